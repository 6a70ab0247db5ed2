"""What a merge kept of the record merged into where the other record said otherwise."""

from __future__ import annotations

from typing import NamedTuple

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person
from app.importing.narrowing import Verdict, weigh
from app.matching.places import one_place

# The fields a merge fills only where the kept record is blank (matching_service._absorb):
# where both give one and they disagree, the merged record's is not taken.
DATES = ("birth", "abduction_date")
TEXTS = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
         "last_known_location", "held_by")


class KeptOver(NamedTuple):
    """A field both records gave, differently: the kept record's value stays, the merged
    record's is not taken (its own record keeps it, and a split shows it again)."""
    field: str
    kept: str
    not_taken: str


class Narrowed(NamedTuple):
    """A date of the kept record the merged record's says more exactly ("about 1998", 1998):
    taken, as a list's update takes it; the trail keeps the one replaced, and a split sets it
    back."""
    field: str
    was: str
    now: str


def narrowed_dates(keep: Person, other: Person) -> list[str]:
    """The dates other's gives more exactly, lying inside keep's (narrowing.weigh, as a list's
    update weighs its dates): the merge takes them. Kept, the exact 1998 went unsaid."""
    return [attr for attr in DATES
            if not getattr(keep, attr).is_blank and not getattr(other, attr).is_blank
            and weigh(getattr(keep, attr), getattr(other, attr)) is Verdict.TAKE]


def narrowed(field: str, was: FuzzyDate, now: FuzzyDate) -> Narrowed:
    return Narrowed(field, _shown(was), _shown(now))


def kept_over(keep: Person, other: Person) -> list[KeptOver]:
    """The fields where keep's value stands over other's, disagreeing: two births five years
    apart were merged and the second said nowhere (the lawyer had to know to look). A date
    other's gives more exactly is taken instead (narrowed_dates); one that may be the same day
    and says no more is no news, as for a list's update."""
    out = []
    for attr in DATES:
        mine, theirs = getattr(keep, attr), getattr(other, attr)
        if (not mine.is_blank and not theirs.is_blank
                and weigh(mine, theirs) is Verdict.CONFLICT):
            out.append(KeptOver(attr, _shown(mine), _shown(theirs)))
    for attr in TEXTS:
        mine, theirs = getattr(keep, attr).strip(), getattr(other, attr).strip()
        # a place spelt two ways (Kocho, كوجو) is one place, not a disagreement
        if mine and theirs and not one_place(mine, theirs):
            out.append(KeptOver(attr, mine, theirs))
    return out


def _shown(d: FuzzyDate) -> str:
    return d.text.strip() or d.display()
