"""A list's date against the one the vault holds: it narrows it, agrees with it, or disagrees."""

from __future__ import annotations

from enum import Enum

from app.domain.fuzzydate import FuzzyDate


class Verdict(Enum):
    TAKE = "take"  # the vault's is blank, or the list's lies inside it and says fewer days
    KEEP = "keep"  # the list's may be the same day and says no fewer days
    CONFLICT = "conflict"  # the two cannot be one day, or the list's says more and does not fit


def weigh(held: FuzzyDate, listed: FuzzyDate, known_by: bool = False) -> Verdict:
    """What an update does with a list's date for a date the vault holds (birth, abduction,
    a status's date). A birth stored from an age ("age 22, year not given": 1991-2004) and a
    list giving the day (01/07/1992) is one woman known better: the day is taken, and the trail
    keeps the range it replaced. A list's date that says more and lies partly outside the
    vault's range ("about 1990" beside that age) is another reading the lawyer must see, never
    taken; one that says no more is news only when the two cannot be one day ("age 35, year not
    given", 1978-1991, beside "about 1979" is no conflict; 1994 beside 1993 is).

    known_by: held is a status's date told as "known by that day" (no earliest day): a list's
    later date of the same status says she was still so then, which is no news and no conflict.
    """
    if listed.is_blank:
        return Verdict.KEEP
    if held.is_blank:
        return Verdict.TAKE
    if _new_year_of(listed, held):
        return Verdict.KEEP
    if held.latest is None or listed.latest is None:
        return _unranged(held, listed)
    if _within(listed, held):
        return Verdict.KEEP if _within(held, listed) else Verdict.TAKE
    if _within(held, listed):
        return Verdict.KEEP
    if known_by and held.earliest is None and listed.earliest and listed.earliest > held.latest:
        return Verdict.KEEP
    if _meet(held, listed) and not _fewer_days(listed, held):
        return Verdict.KEEP
    return Verdict.CONFLICT


def _new_year_of(listed: FuzzyDate, held: FuzzyDate) -> bool:
    """A list's 1 January of the very year the vault holds (1995-01-01 beside 1995): what
    papers write when only the year is known (new_year.py reads a column so when it does it
    often), no day learnt: taken, it would set an invented day on her papers."""
    d = listed.earliest
    return (d is not None and listed.latest == d and (d.month, d.day) == (1, 1)
            and held.earliest == d and held.latest is not None
            and (held.latest.year, held.latest.month, held.latest.day) == (d.year, 12, 31))


def _unranged(held: FuzzyDate, listed: FuzzyDate) -> Verdict:
    """A text no date could be read from, on either side: the same text agrees. The vault's
    text that was never read as a date ("عمر 7", "بعد الاحداث") is no date the vault knows,
    so a list's readable date fills it, as it fills a blank (the trail keeps the text it
    replaced); any other pair is for the lawyer (a list's unread words never replace the
    vault's)."""
    same = (held.earliest, held.latest, held.text.strip()) == (
        listed.earliest, listed.latest, listed.text.strip())
    if same:
        return Verdict.KEEP
    if held.earliest is None and held.latest is None and listed.latest is not None:
        return Verdict.TAKE
    return Verdict.CONFLICT


def _meet(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether the two ranges share a day (no earliest day: any day up to the latest)."""
    return (a.earliest is None or a.earliest <= b.latest) and (
        b.earliest is None or b.earliest <= a.latest)


def _fewer_days(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether a's range is narrower than b's (a range with no earliest day is the widest)."""
    if a.earliest is None:
        return False
    return b.earliest is None or a.latest - a.earliest < b.latest - b.earliest


def _within(inner: FuzzyDate, outer: FuzzyDate) -> bool:
    """Whether every day inner may be lies in outer's range (outer with no earliest day: any
    day up to its latest)."""
    if inner.latest > outer.latest:
        return False
    return outer.earliest is None or (inner.earliest is not None
                                      and inner.earliest >= outer.earliest)
