"""The women a report or a rescue names, each by case number and name as `person list` shows her."""

from __future__ import annotations

from app.domain.person import Person, person_names_shown


def name_said(p: Person) -> str:
    """Her names as `person list` shows them, both scripts where known: a case number mistyped
    (SNJ-00026 for SNJ-00019, both Khalida) is seen at once only beside her name."""
    names = [n for n in person_names_shown(p) if n]
    if names:
        return " / ".join(names)
    known = p.known_as()
    return f"known as {known}" if known else "(no name)"


def named(session, cases: list[str]) -> list[dict]:
    """Each of these case numbers (as kept) with her names, as `person list --json` gives them."""
    people = [session.persons.get(c) for c in cases]
    return [{"case_no": p.case_no, **dict(zip(("name_original", "name_latin"),
                                              person_names_shown(p), strict=True)),
             "name": name_said(p)} for p in people]


def named_text(session, cases: list[str], sep: str = "; ") -> str:
    """'SNJ-00001 نادية خلف / Nadia Khalaf; SNJ-00002 ...', or 'none left'."""
    return sep.join(f"{p['case_no']} {p['name']}" for p in named(session, cases)) or "none left"
