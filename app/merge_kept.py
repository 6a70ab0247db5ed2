"""What a merge kept of the record merged into where the other record said otherwise."""

from __future__ import annotations

from typing import NamedTuple

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person
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


def kept_over(keep: Person, other: Person) -> list[KeptOver]:
    """The fields where keep's value stands over other's, disagreeing: two births five years
    apart were merged and the second said nowhere (the lawyer had to know to look). A date
    other's gives more exactly (1998 beside "about 1998") is said too: not taken, so a split in
    any order gives back each record's own date, and the lawyer decides whether to take it."""
    out = []
    for attr in DATES:
        mine, theirs = getattr(keep, attr), getattr(other, attr)
        if (not mine.is_blank and not theirs.is_blank
                and (not _may_be_one(mine, theirs) or _more_exact(theirs, mine))):
            out.append(KeptOver(attr, _shown(mine), _shown(theirs)))
    for attr in TEXTS:
        mine, theirs = getattr(keep, attr).strip(), getattr(other, attr).strip()
        # a place spelt two ways (Kocho, كوجو) is one place, not a disagreement
        if mine and theirs and not one_place(mine, theirs):
            out.append(KeptOver(attr, mine, theirs))
    return out


def _may_be_one(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether two dates may be one day: their spans meet ("about 1998" and 1998 do); two
    texts no date was read from, only when they read alike."""
    if a.earliest and a.latest and b.earliest and b.latest:
        return a.earliest <= b.latest and b.earliest <= a.latest
    return a.text.strip().casefold() == b.text.strip().casefold()


def _more_exact(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether a's span lies inside b's and is narrower: 1998 beside "about 1998"."""
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return False
    return (b.earliest <= a.earliest and a.latest <= b.latest
            and (a.earliest, a.latest) != (b.earliest, b.latest))


def _shown(d: FuzzyDate) -> str:
    return d.text.strip() or d.display()
