"""A row of a given name and a clan, her father's name left out: asked about a woman of both."""

from __future__ import annotations

from app.domain.person import NamePart
from app.matching.score import MATCH_AT, MatchScore, Prepared, Verdict, forms_sim, more_agrees

# A family's list often leaves out her father's name: «روزا», «حسكاني», Kocho, against the
# vault's only روزا بركات خليل حسكاني of Kocho scored 0.71 (given, family, sex and village
# agreeing), under import's ASKED (0.75), and she was a new person with no word of her, where
# «روزا» alone of Kocho was asked about (score.GIVEN_ALONE). Asked about in the same way: her
# given name agrees in full, so does the clan, her village, birth or mother agrees, and
# nothing disagrees. A clan is shared by thousands, so never more than asked.
GIVEN_AND_FAMILY = ("only a given and a family name on one side, no father's name: asked because "
                    "they and more agree")
_FOREBEARS = (NamePart.FATHER, NamePart.GRANDFATHER)


def given_and_family(a: Prepared, b: Prepared) -> bool:
    """One of the two holds a given and a family name and no father's or grandfather's name,
    the other the same given name (in full) and family name."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.forms, y.forms
        if x.multiword or any(p in fx for p in _FOREBEARS) \
                or not all(p in fx and p in fy for p in (NamePart.GIVEN, NamePart.FAMILY)):
            continue
        return forms_sim(fx[NamePart.GIVEN], fy[NamePart.GIVEN], True, True) >= MATCH_AT \
            and forms_sim(fx[NamePart.FAMILY], fy[NamePart.FAMILY]) >= MATCH_AT
    return False


def given_and_family_asks(a: Prepared, b: Prepared, score: MatchScore) -> bool:
    """given_and_family, her village, birth or mother agrees, and nothing disagrees."""
    return given_and_family(a, b) and more_agrees(a, b) \
        and not any(f.verdict == Verdict.MISMATCH for f in score.fields)
