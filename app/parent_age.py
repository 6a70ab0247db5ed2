"""A parent's and a child's births judged where they are linked: refused, or asked about."""

from __future__ import annotations

from app.domain.errors import BirthWord, ValidationError, YearsWord
from app.domain.fuzzydate import FuzzyDate
from app.domain.records import Relation

# Fewer years than this between a parent's birth and the child's is asked about, never refused:
# a girl abducted at 10 may have a son born in captivity, and both births may be guesses.
MIN_YEARS = 12
PARENTS = frozenset({Relation.MOTHER, Relation.FATHER, Relation.PARENT})
CHILDREN = frozenset({Relation.CHILD, Relation.CHILD_BORN_IN_CAPTIVITY})

# The desktop says it so (ui/error_words.py) and asks whether to link all the same; the
# command line adds its flag.
SAID = ("%1 (birth: %2) would be a parent of %3 (birth: %4), older by %5: fewer than 12 "
        "years between their births, even read as widely as they are written; check the births "
        "and the relation")
FLAG = "; to link them all the same, add --despite-ages"


class ParentAgesClose(ValidationError):
    """A link of a parent fewer than MIN_YEARS older than the child by the most generous
    reading of the two births: linked only once the user says so (--despite-ages, the
    desktop's question). years: the whole years at most between the births."""

    years = 0


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
    years = last.year - first.year
    return years - 1 if (last.month, last.day) < (first.month, first.day) else years


def check_births(person, relative, relation: Relation) -> int | None:
    """A parent surely born after the child refused (ValidationError: nothing to ask, the
    births or the relation are wrong); one fewer than MIN_YEARS older by the widest reading of
    both births ParentAgesClose; otherwise the years at most between them (None: not a
    parent's link, or a birth unknown). person, relative: their records as kept (live), whose
    births the program shows."""
    parent, child = parent_and_child(person, relative, relation)
    if parent is None:
        return None
    years = years_at_most(parent.birth, child.birth)
    if years is None or years >= MIN_YEARS:
        return years
    values = (parent.case_no, BirthWord(parent.birth), child.case_no, BirthWord(child.birth))
    if parent.birth.earliest > child.birth.latest:
        raise ValidationError.saying(
            "%1 (born %2) would be the parent of %3, born before: %4; check the relation or "
            "the births", *values)
    said = (SAID, *values, YearsWord(years))
    # the desktop asks instead of naming the flag
    close = ParentAgesClose.saying_apart(ValidationError.saying(*said).args[0] + FLAG, *said)
    close.years = years
    close.json_facts = {"parent": parent.case_no, "child": child.case_no,
                        "parent_born": str(values[1]), "child_born": str(values[3]),
                        "years_at_most": years}
    raise close
