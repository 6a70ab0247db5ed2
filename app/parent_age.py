"""A parent linked fewer than 12 years older than the child, by the widest reading of both births."""

from __future__ import annotations

from datetime import date

from app.domain.errors import ValidationError, YearsWord
from app.domain.fuzzydate import FuzzyDate
from app.domain.records import Relation

# Fewer years than this between a parent's birth and the child's is asked about, never refused:
# a girl abducted at 10 may have a son born in captivity, and both births may be guesses.
MIN_YEARS = 12
PARENTS = frozenset({Relation.MOTHER, Relation.FATHER, Relation.PARENT})
CHILDREN = frozenset({Relation.CHILD, Relation.CHILD_BORN_IN_CAPTIVITY})

# The desktop says it so (ui/error_words.py) and asks whether to link all the same; the
# command line adds its flag.
SAID = ("%1 (born %2) would be a parent of %3 (born %4), older by %5 at most: fewer than 12 years "
        "between their births, even read as widely as they are written; check the births and "
        "the relation")
FLAG = "; to link them all the same, add --despite-ages"


class ParentAgesClose(ValidationError):
    """A link of a parent fewer than MIN_YEARS older than the child (or perhaps younger), by the
    most generous reading of the two births (one born surely after the child stays refused:
    records._check_relative): linked only once the user says so (--despite-ages,
    the desktop's question). years: the whole years at most between the births."""

    def __init__(self, message: str, parent, child, years: int) -> None:
        super().__init__(message)
        self.parent, self.child, self.years = parent, child, years


def parent_and_child(person, relative, relation: Relation):
    """(parent, child) of a link made from person: relative is her relation; (None, None) for
    a link that is not between a parent and a child (sibling, spouse, other: no age rule)."""
    if relation in PARENTS:
        return relative, person
    if relation in CHILDREN:
        return person, relative
    return None, None


def years_at_most(parent_birth: FuzzyDate, child_birth: FuzzyDate) -> int | None:
    """The whole years between the earliest day the parent may have been born and the latest
    the child may have been ('about 1975' is 1973–1977: 1973 counts); None where either end is
    unknown (a birth not given, or text with no dates behind it): nothing to judge by."""
    first, last = parent_birth.earliest, child_birth.latest
    if first is None or last is None:
        return None
    return _whole_years(first, last)


def _whole_years(first: date, last: date) -> int:
    # negative where the child is born before: the parent would be younger
    years = last.year - first.year
    if years > 0 and (last.month, last.day) < (first.month, first.day):
        years -= 1
    elif years < 0 and (last.month, last.day) > (first.month, first.day):
        years += 1
    return years


def check_parent_age(person, relative, relation: Relation) -> int | None:
    """ParentAgesClose for a parent fewer than MIN_YEARS older than the child at the widest
    reading of both births; the years at most between them otherwise (None: not a parent's
    link, or a birth unknown)."""
    parent, child = parent_and_child(person, relative, relation)
    if parent is None:
        return None
    years = years_at_most(parent.birth, child.birth)
    if years is None or years >= MIN_YEARS:
        return years
    values = (parent.case_no, born(parent.birth), child.case_no, born(child.birth),
              YearsWord(years))
    close = ParentAgesClose(ValidationError.saying(SAID, *values).args[0] + FLAG, parent, child,
                            years)
    close.said = (SAID, *values)  # the desktop asks instead of naming the flag
    close.json_facts = {"parent": parent.case_no, "child": child.case_no,
                        "parent_born": born(parent.birth), "child_born": born(child.birth),
                        "years_at_most": years}
    raise close


def born(birth: FuzzyDate) -> str:
    """A birth as typed, with the days it stands for where they differ ('about 1975:
    1973–1977'), so the gap said can be checked against both."""
    plain, text = birth.plain(), birth.text.strip()
    if not text or text == plain:
        return plain or text
    return f"{text}: {plain}" if plain else text
