"""The persons' stored sort texts (persons.sort_latin, sort_original), filled from their names."""

from __future__ import annotations

from types import SimpleNamespace

from app.domain.name_collation import sort_text
from app.domain.person import NamePart, Person, given_from_other_script, names_shown, person_sort_texts

# The order a list asks for -> the stored sort text that holds it, case number breaking ties
BY_NAME = {"name": "sort_latin, case_no", "name_original": "sort_original, case_no"}


def fill_sort_texts(conn) -> None:
    """Every person's sort texts, as PersonRepository writes them on save (person_sort_texts),
    for a vault made before they were stored: from her full names as stored and her given name
    (100,000 persons in seconds, not the half minute of reading every record whole); a record
    with no name part from its nickname or other spellings."""
    given: dict[int, tuple[str, str]] = {}
    for pid, script, value in conn.execute(  # the last of a script wins, as _hydrate reads
            "SELECT person_id, script, value FROM person_names WHERE part = 'given' "
            "ORDER BY person_id, seq"):
        original, latin = given.get(pid, ("", ""))
        given[pid] = (value, latin) if script == "original" else (original, value)
    texts, unnamed = [], []
    for pid, original, latin in conn.execute("SELECT id, name_original, name_latin FROM persons"):
        if not (original or latin):
            unnamed.append(pid)
            continue
        shown = names_shown(SimpleNamespace(
            name_original=original, name_latin=latin, given_unknown=False,
            given_across=given_from_other_script(*given.get(pid, ("", "")))), template="{name}")
        texts.append((sort_text(shown, 1), sort_text(shown, 0), pid))
    texts += [(*person_sort_texts(p), pid) for pid, p in _known_by(conn, unnamed).items()]
    conn.executemany("UPDATE persons SET sort_latin=?, sort_original=? WHERE id=?", texts)


def _known_by(conn, ids: list[int]) -> dict[int, Person]:
    """These persons (with no name part) with their nicknames and other spellings."""
    people = {pid: Person() for pid in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for pid, part, script, value in conn.execute(
                f"SELECT person_id, part, script, value FROM person_names WHERE person_id IN "
                f"({','.join('?' * len(chunk))}) ORDER BY person_id, part, seq", chunk):
            if part == "alias":
                people[pid].aliases.append(value)
            else:
                setattr(people[pid].name(NamePart(part)), script, value)
    return people
