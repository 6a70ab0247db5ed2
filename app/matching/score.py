"""Score two person records as "the same person?" with a per-field explanation of why.

Names decide; sex, birth year, origin village and abduction date confirm or cast doubt.
Every field says match / partial / mismatch / blank with the two values, so the lawyer can see
the reason for a proposal instead of trusting a number.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import FULL_NAME_ORDER, NamePart, NameText, Person, Sex
from app.matching.namesim import positional_sims, text_sim, text_tokens, tokens_sim


class Verdict(StrEnum):
    MATCH = "match"
    PARTIAL = "partial"
    MISMATCH = "mismatch"
    BLANK = "blank"


@dataclass(frozen=True)
class FieldResult:
    field: str
    verdict: Verdict
    left: str
    right: str
    similarity: float | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["verdict"] = str(self.verdict)
        if self.similarity is not None:
            d["similarity"] = round(self.similarity, 3)
        return d


@dataclass
class MatchScore:
    score: float
    fields: list[FieldResult] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"score": round(self.score, 3), "fields": [f.to_dict() for f in self.fields]}

    def summary(self) -> str:
        """One line such as 'given match, father partial, sex mismatch'."""
        shown = (f for f in self.fields if f.verdict != Verdict.BLANK)
        return ", ".join(f"{f.field} {f.verdict}" for f in shown)


# Evidence weights (log-odds style, Fellegi-Sunter): what agreement (first) and disagreement
# (second) on a field say about "same person". Siblings share father, grandfather, family and
# mother, so the given name says most; a clan name is shared by thousands, so it says little.
PART_WEIGHTS = {
    NamePart.GIVEN: (4.0, -4.5), NamePart.FATHER: (3.0, -3.0),
    NamePart.GRANDFATHER: (2.5, -2.5), NamePart.FAMILY: (1.2, -1.5),
    NamePart.MOTHER: (2.0, -2.0),
}
SEX_WEIGHTS = (0.3, -3.0)
BIRTH_WEIGHTS = {Verdict.MATCH: 1.5, Verdict.PARTIAL: 0.2, Verdict.MISMATCH: -2.5}
VILLAGE_WEIGHTS = {Verdict.MATCH: 0.6, Verdict.PARTIAL: 0.2, Verdict.MISMATCH: -0.4}
ABDUCTION_WEIGHTS = {Verdict.MATCH: 0.3, Verdict.PARTIAL: 0.0, Verdict.MISMATCH: -0.5}
# Total evidence that maps to a score of 0.5, and how fast the score rises around it:
# given + father agreeing alone (7) gives about 0.78; three name parts (9.5) about 0.96.
MIDPOINT, SPREAD = 5.5, 1.2
MATCH_AT, PARTIAL_AT = 0.85, 0.70


# Similarity anchors for name evidence: (at or below: full disagreement, neutral, at or above:
# full agreement). A one-letter slip (دلال / دال) lands near neutral: it happens to copies of
# one person as often as sisters' names differ by a letter (Sahira, Samira). The given name is
# judged more strictly because siblings share every other part.
_ANCHORS = {NamePart.GIVEN: (0.62, 0.74, 0.90)}
_DEFAULT_ANCHORS = (0.55, 0.68, 0.88)


def _name_weight(part: NamePart, sim: float) -> float:
    """Evidence (log-odds style) of one name part from its similarity."""
    agree, disagree = PART_WEIGHTS[part]
    lo, mid, hi = _ANCHORS.get(part, _DEFAULT_ANCHORS)
    if sim >= hi:
        return agree
    if sim >= mid:
        return agree * (sim - mid) / (hi - mid)
    if sim > lo:
        return disagree * (mid - sim) / (mid - lo)
    return disagree


def _weigh(weights: tuple[float, float], agreement: float) -> float:
    agree, disagree = weights
    return disagree + (agree - disagree) * agreement


def _verdict(sim: float) -> Verdict:
    return Verdict.MATCH if sim >= MATCH_AT else Verdict.PARTIAL if sim >= PARTIAL_AT \
        else Verdict.MISMATCH


def _forms(nt: NameText | None) -> list[str]:
    if nt is None:
        return []
    return [t for t in (nt.original.strip(), nt.latin.strip()) if t]


def _show(forms: list[str]) -> str:
    return " / ".join(forms)


def forms_sim(fa: list[str], fb: list[str]) -> float:
    return max((text_sim(a, b) for a in fa for b in fb), default=0.0)


def _aliases(p: Person) -> list[str]:
    return [*_forms(p.names.get(NamePart.NICKNAME)), *(a for a in p.aliases if a.strip())]


def _full_tokens(p: Person, script: str) -> list[str]:
    out: list[str] = []
    for part in FULL_NAME_ORDER:
        out.extend(text_tokens(getattr(p.names.get(part, NameText()), script)))
    return out


def _names(a: Person, b: Person, fields: list[FieldResult]) -> float:
    """Name evidence: part by part, or the full names aligned when parts sit in other columns."""
    al_a, al_b = _aliases(a), _aliases(b)
    total = 0.0
    for part, weights in PART_WEIGHTS.items():
        fa, fb = _forms(a.names.get(part)), _forms(b.names.get(part))
        if not fa or not fb:
            fields.append(FieldResult(str(part), Verdict.BLANK, _show(fa), _show(fb)))
            continue
        sim = forms_sim(fa, fb)
        verdict, weight = _verdict(sim), _name_weight(part, sim)
        if part == NamePart.GIVEN and verdict != Verdict.MATCH and al_a + al_b:
            # One list gives the name people use (an alias of the other record): Khalo, Xelo.
            if max(forms_sim(al_a, fb), forms_sim(fa, al_b)) >= MATCH_AT:
                verdict, weight = Verdict.PARTIAL, max(weight, 0.6 * weights[0])
        fields.append(FieldResult(str(part), verdict, _show(fa), _show(fb), sim))
        total += weight
    if al_a and al_b:
        sim = forms_sim(al_a, al_b)
        fields.append(FieldResult("aliases", _verdict(sim), _show(al_a), _show(al_b), sim))
        if sim >= MATCH_AT:
            total += 1.0
    # Lists put parts in the wrong columns or a whole name in one: read the full names word by
    # word too, and keep whichever reading agrees better.
    loose = None
    for sa in ("original", "latin"):
        for sb in ("original", "latin"):
            sims = positional_sims(_full_tokens(a, sa), _full_tokens(b, sb))
            if len(sims) > 1:
                w = sum(_name_weight(p, x) for p, x in zip(FULL_NAME_ORDER, sims, strict=False))
                loose = w if loose is None else max(loose, w)
    return total if loose is None else max(total, loose)


def _dates(name: str, a: FuzzyDate, b: FuzzyDate, tolerance_years: int) -> FieldResult:
    if a.is_blank or b.is_blank or a.year is None or b.year is None:
        return FieldResult(name, Verdict.BLANK, a.display(), b.display())
    # Ranges that overlap agree; otherwise compare the gap in years.
    if a.earliest and b.earliest and a.latest and b.latest and \
            a.earliest <= b.latest and b.earliest <= a.latest:
        return FieldResult(name, Verdict.MATCH, a.display(), b.display(), 1.0)
    gap = abs(a.year - b.year)
    v = Verdict.MATCH if gap == 0 else Verdict.PARTIAL if gap <= tolerance_years \
        else Verdict.MISMATCH
    return FieldResult(name, v, a.display(), b.display(), max(0.0, 1 - gap / 10))


def score_persons(a: Person, b: Person) -> MatchScore:
    """How likely a and b are one person (0..1), with the reason field by field."""
    fields: list[FieldResult] = []
    total = _names(a, b, fields)
    if a.sex != Sex.UNKNOWN and b.sex != Sex.UNKNOWN:
        same = a.sex == b.sex
        fields.append(FieldResult("sex", Verdict.MATCH if same else Verdict.MISMATCH,
                                  str(a.sex), str(b.sex)))
        total += _weigh(SEX_WEIGHTS, 1.0 if same else 0.0)
    else:
        fields.append(FieldResult("sex", Verdict.BLANK, str(a.sex), str(b.sex)))
    birth = _dates("birth", a.birth, b.birth, 3)
    village = _village(a.origin_village, b.origin_village)
    abducted = _dates("abduction", a.abduction_date, b.abduction_date, 1)
    fields += [birth, village, abducted]
    total += BIRTH_WEIGHTS.get(birth.verdict, 0.0) + VILLAGE_WEIGHTS.get(village.verdict, 0.0) \
        + ABDUCTION_WEIGHTS.get(abducted.verdict, 0.0)
    return MatchScore(1.0 / (1.0 + math.exp(-(total - MIDPOINT) / SPREAD)), fields)


def _village(a: str, b: str) -> FieldResult:
    if not a.strip() or not b.strip():
        return FieldResult("village", Verdict.BLANK, a, b)
    sim = tokens_sim(text_tokens(a), text_tokens(b))
    return FieldResult("village", _verdict(sim), a, b, sim)
