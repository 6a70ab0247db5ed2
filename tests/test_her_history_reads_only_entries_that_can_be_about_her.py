"""Her history (`audit log --case`, her page's History tab, read each time her page opens)
reads only the trail's entries that can be about her: it read every report's and rescue's
entry of the vault, 0.09 s at 6,300 reports and more with every report filed about anyone."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person, Sex
from app.domain.records import Report
from db.repositories import audit as audit_rows


def _woman(given: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(latin=given)}, sex=Sex.FEMALE)


def test_a_woman_s_history_reads_her_entries_not_the_vault_s(session, monkeypatch):
    nadia = session.persons.create(_woman("Nadia"))
    vian = session.persons.create(_woman("Vian"))
    layla = session.persons.create(_woman("Layla"))
    for n in range(120):  # reports about others: the vault grows, not her history
        session.records.add_report(Report(text=f"seen {n}", source_code="K7",
                                          person_ids=[nadia.id, layla.id]))
    session.records.add_report(Report(text="Vian seen", source_code="Q3", person_ids=[vian.id]))
    read = []

    class Counted(audit_rows.AuditRow):
        def __init__(self, seq: int, *rest) -> None:
            read.append(seq)
            super().__init__(seq, *rest)

    monkeypatch.setattr(audit_rows, "AuditRow", Counted)
    trail = session.records.trail_about(vian.case_no)
    assert [r.action for r in trail] == ["person.create", "report.create"], trail
    assert len(read) < 10, len(read)
