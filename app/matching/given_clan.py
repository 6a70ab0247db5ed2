"""A row of a given name and a clan, her father's name left out: asked about a woman of both."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from app.domain.person import NamePart
from app.matching.score import (
    MATCH_AT,
    MatchScore,
    Prepared,
    Verdict,
    forms_sim,
    more_agrees,
    none_disagrees,
    score_prepared,
)

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


# Her given name and clan, and nothing more to go on: no village, birth or mother on one side
# («روزا», «حسكاني» with no village, against the vault's only روزا بركات خليل حسكاني of Kocho:
# 0.56, and she was a second record of her without a word). When she is the only record of
# that given name and clan that nothing disagrees with, she is asked about; when there are
# more, the row is new and says so (notes.CLAN_NAMESAKES): which one cannot be told.
ONLY_ONE = ("only a given and a family name on one side, no father's name: the only record of "
            "them that nothing disagrees with, so asked")
GIVEN_FAMILY = 0b1001  # the name-part mask (blocking.filled) of a given and a family name alone
_SCORED_AT_MOST = 25  # namesakes left after sifting that are scored in full (see clan_namesakes)


def uncontested(a: Prepared, b: Prepared) -> MatchScore | None:
    """given_and_family and no field disagreeing: the explained score, else None."""
    if not given_and_family(a, b):
        return None
    score = score_prepared(a, b)
    return None if any(f.verdict == Verdict.MISMATCH for f in score.fields) else score


def clan_namesakes(index, me: Prepared, keys: set[str], sifted: dict | None = None
                   ) -> tuple[int, ...]:
    """The live records of an index (blocking.BlockIndex) of her given name and clan that
    nothing disagrees with, ids ascending. A record merged into another is not a woman of
    its own: it leads to the record it is kept as, judged as she is (a merged record of no
    village stood for a woman of Kocho, and a row of Hardan was asked about her). Read from
    the clan's blocks whole: the candidates scored are cut at a few dozen, and "the only one"
    must be true of the vault. Sifted cheaply first, scored in full where few are left.
    sifted: a cache of the sifting for one index, kept by the caller (a list's rows of one
    given name and clan, no village, are sifted alike: 5,000 against 560 namesakes each
    took twice the staging's time)."""
    key = (frozenset(keys), me.forms.get(NamePart.GIVEN), me.forms.get(NamePart.FAMILY),
           me.forms.get(NamePart.MOTHER), me.multiword, me.sex, me.village, me.birth_key,
           me.abducted_key)
    known = None if sifted is None else sifted.get(key)
    if known is None:
        found = _sifted(index, me, keys)
        # past _SCORED_AT_MOST the answer is the sifting's, the same for each such row
        known = (found, None if len(found) <= _SCORED_AT_MOST else tuple(sorted(found)))
        if sifted is not None:
            sifted[key] = known
    found, many = known
    if many is not None:
        return many
    return tuple(sorted(pid for pid, o in found.items() if uncontested(me, o) is not None))


def _sifted(index, me: Prepared, keys: set[str]) -> dict[int, Prepared]:
    """The live records her clan's blocks lead to that given_and_family and none_disagrees
    pass, each with what scoring reads of her."""
    found: dict[int, Prepared] = {}
    seen: set[int] = set()
    alike: dict[tuple, bool] = {}
    for pid in index.clan_members(keys):
        kept = index.kept_as(pid)
        if kept in seen or kept not in index.entries:
            continue
        seen.add(kept)
        other = index.entries[kept].ready()
        fo = other.forms
        # a clan's namesakes are spelt a handful of ways: each compared once
        spelt = (fo.get(NamePart.GIVEN), fo.get(NamePart.FAMILY), other.multiword,
                 any(p in fo for p in _FOREBEARS))
        if spelt not in alike:
            alike[spelt] = given_and_family(me, other)
        if alike[spelt] and none_disagrees(me, other):
            found[kept] = other
    return found


def clan_pairs_shown(clan: list[tuple[int, int, MatchScore]], short: dict[int, bool],
                     each: int, most: int) -> list[tuple[int, int, MatchScore]]:
    """The pairs of a given name and clan `duplicates` shows below its threshold, as import
    asks about them (given_and_family_asks): clan holds each such pair explained; short:
    whether a record holds only a given and a family name. Only where that record fits at
    most `each` records, and at most `most` pairs, the best first, labelled GIVEN_AND_FAMILY.
    Not the only record of them with nothing more agreeing (ONLY_ONE): on the bench's people
    with a fifth of the records losing the father's and grandfather's names, 4 of 19 such
    pairs were one person, against 41 of 81 of these; import asks of the one row in view."""
    fits = Counter(pid for a, b, _ in clan for pid in (a, b) if short[pid])
    kept = [(a, b, replace(score, note=GIVEN_AND_FAMILY)) for a, b, score in clan
            if all(fits[pid] <= each for pid in (a, b) if short[pid])]
    return sorted(kept, key=lambda t: (-t[2].score, t[0], t[1]))[:most]
