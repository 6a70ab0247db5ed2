"""The women a report or a rescue names, each by case number and name as `person list` shows her."""

from __future__ import annotations

from app.domain.person import Person, person_names_shown


def name_said(p: Person) -> str:
    """Her names as `person list` shows them, both scripts where known: a case number mistyped
    (SNJ-00026 for SNJ-00019, both Khalida) is seen at once only beside her name."""
    names = [n for n in person_names_shown(p) if n]
    if names:
        return " / ".join(names)
    return known_as_said(p.known_as())


def known_as_said(known: str) -> str:
    """A record no part of whose name is known, by what she is known as (Person.known_as):
    "known as أم خليل", for a kunya bare reads as her given name; "(no name)" where there is
    nothing to call her by."""
    return f"known as {known}" if known else "(no name)"


def _said(p: Person) -> dict:
    return {"case_no": p.case_no, **dict(zip(("name_original", "name_latin"),
                                             person_names_shown(p), strict=True)),
            "name": name_said(p)}


def named(session, cases: list[str]) -> list[dict]:
    """Each of these case numbers (as kept) with her names, as `person list --json` gives them."""
    return [_said(session.persons.get(c)) for c in cases]


def named_lists(session, id_lists: list[list[int]]) -> list[list[dict]]:
    """The women of each record (a report, a rescue) by their ids, as named() names them: a
    record merged into another as the one it is part of now, each once, a deleted one left out.
    All read in a few queries: one by one, `report list` of 2,000 reports took 9 s, not 1."""
    kept = _said_by_id(session, [i for ids in id_lists for i in ids])
    out = []
    for ids in id_lists:
        said = {kept[i]["case_no"]: kept[i] for i in ids if i in kept}
        out.append(list(said.values()))
    return out


def _said_by_id(session, ids: list[int]) -> dict[int, dict]:
    people = session.persons.kept_records(ids)
    said = {p.id: _said(p) for p in people.values()}
    return {i: said[p.id] for i, p in people.items()}


def named_text(session, cases: list[str] | None = None, sep: str = "; ",
               said: list[dict] | None = None) -> str:
    """'SNJ-00001 نادية خلف / Nadia Khalaf; SNJ-00002 ...', or 'none left'; said: named()'s
    answer already read, so that no woman is read twice."""
    if said is None:
        said = named(session, cases or [])
    return sep.join(f"{p['case_no']} {p['name']}" for p in said) or "none left"
