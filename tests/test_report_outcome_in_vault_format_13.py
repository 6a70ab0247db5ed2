"""A vault of format 12 opened by this version: its reports gain the outcome columns (m0013),
none of them proved false; a report marked proved false keeps why and when across a reopen."""

from __future__ import annotations

from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.domain.records import Report
from db import migrations


def _report(session) -> int:
    pid = session.persons.get(session.persons.create(Person(
        names={NamePart.GIVEN: NameText(latin="Nadia")}, sex=Sex.FEMALE)).case_no).id
    return session.records.add_report(Report(text="seen in Raqqa", source_code="S-404",
                                             person_ids=[pid]))


def test_a_format_12_vault_gains_the_columns_with_no_report_proved_false(session):
    rid = _report(session)
    conn = session.db.conn
    for column in ("false_reason", "false_earliest", "false_latest", "false_text"):
        conn.execute(f"ALTER TABLE reports DROP COLUMN {column}")
    conn.execute("ALTER TABLE status_events DROP COLUMN dated_by_report")  # m0014
    conn.execute("PRAGMA user_version = 12")
    assert migrations.migrate(conn) == [13, 14]
    report = session.records.get_report(rid)
    assert report.proved_false == "" and report.proved_false_on.is_blank


def test_why_and_when_are_kept(session):
    rid = _report(session)
    session.records.edit_report(rid, {"proved_false": " she was in Duhok ",
                                      "proved_false_on": FuzzyDate.exact(date(2026, 12, 3))})
    report = session.records.get_report(rid)
    assert report.proved_false == "she was in Duhok"
    assert report.proved_false_on == FuzzyDate.exact(date(2026, 12, 3))
    session.records.edit_report(rid, {"proved_false": ""})
    report = session.records.get_report(rid)
    assert report.proved_false == "" and report.proved_false_on.is_blank
