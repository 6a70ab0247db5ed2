"""Persons read only as far as a line naming each of them needs: case number, sex and names."""

from __future__ import annotations

from app.domain.person import NamePart, Person, Sex


def named_persons(conn, ids: list[int]) -> dict[int, Person]:
    """{id: Person} of these records (merged ones too; missing ids left out) holding only their
    case number, sex, names and other spellings: no statuses, dates or places. For a list that
    names hundreds of women (the desktop's Rescues screen read each whole, her statuses with
    their reports, to show her case number and name). Two queries per 500 ids."""
    found: dict[int, Person] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        # uuid given: a Person made without one draws a new one, for each of hundreds
        for pid, case_no, sex, merged in conn.execute(
                f"SELECT id, case_no, sex, merged_into FROM persons WHERE id IN ({marks})", chunk):
            found[pid] = Person(case_no=case_no, names={}, aliases=[], sex=Sex(sex),
                                merged_into=merged, id=pid, uuid="")
        fill_names(conn, found, chunk)
    return found


def fill_names(conn, people: dict[int, Person], ids: list[int]) -> None:
    """Give each of these persons (by id, in people) her names and other spellings as stored,
    in their order: one query for ids (at most SQLite's bound of variables)."""
    marks = ",".join("?" * len(ids))
    for pid, part, script, value in conn.execute(
            f"SELECT person_id, part, script, value FROM person_names "
            f"WHERE person_id IN ({marks}) ORDER BY person_id, part, seq", ids):
        p = people[pid]
        if part == "alias":
            p.aliases.append(value)
        else:
            setattr(p.name(NamePart(part)), script, value)
