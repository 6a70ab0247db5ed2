"""Whether the persons a family's paper is for are one family: linked as relatives in the vault."""

from __future__ import annotations

from app.domain.errors import Grouped, ValidationError
from app.domain.person import Person
from app.domain.records import Relation

# "other" is any tie the team wanted noted (a neighbour, the woman who hid her): not kin, and
# no reason for one family's paper to list another family's daughter
_NOT_KIN = {Relation.OTHER}


def families(session, persons: list[Person]) -> list[list[Person]]:
    """The persons grouped by family, in the order given: two are one family when a chain of
    relative links (mother, father, child, sibling, spouse...) joins them, directly or through
    other relatives, whichever of their records (merged or not) the links were made on."""
    group_of: dict[int, int] = {}
    groups: list[list[Person]] = []
    for p in persons:
        if p.id in group_of:
            groups[group_of[p.id]].append(p)
            continue
        kin = _kin_of(session, p)
        group_of.update({q.id: len(groups) for q in persons if q.id in kin})
        groups.append([p])
    return groups


# The desktop's words for it (ui/error_words.py): its Print screen has no command to type
NOT_ONE_FAMILY = ("a family summary lists one family's own persons, and these are not linked as "
                  "relatives in the vault (%1): make one summary for each family, or, if they "
                  "are one family, link them first (Link relative on her page)")


def not_one_family(groups: list[list[Person]]) -> ValidationError:
    """The refusal of a family paper for persons of more than one family."""
    said = Grouped([p.case_no for p in g] for g in groups)
    first, second = groups[0][0].case_no, groups[1][0].case_no
    return ValidationError.saying_apart(
        "a family summary lists one family's own persons, and these are not linked as "
        f"relatives in the vault ({said}): make one summary for each family, or, if they "
        f"are one family, link them first (e.g. `casekeeper relative {first} sibling "
        f"{second}`, or Link relative on her page in the desktop)", NOT_ONE_FAMILY, said)


def _kin_of(session, person: Person) -> set[int]:
    """The ids (as kept now) of everyone a chain of relative links joins to her, hers included."""
    persons, records = session.persons, session.records
    seen, todo = {person.id}, [person]
    while todo:
        p = todo.pop()
        linked = [lk.relative_id for pid, _ in persons.records_of(p)
                  for lk in records.relatives_for(pid) if lk.relation not in _NOT_KIN]
        for q in persons.as_kept(linked):
            if q.id not in seen:
                seen.add(q.id)
                todo.append(q)
    return seen
