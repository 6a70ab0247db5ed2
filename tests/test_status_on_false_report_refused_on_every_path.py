"""No status may rest on a report proved false, whichever way it comes: `person status` was
refused, but `person add --json` (and an edit, an import) stored one, even on a false report
about another woman, which then stood on her papers as her status (review 35, 2)."""

from __future__ import annotations

import json

import pytest

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.records import Report


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def test_person_add_json_refused(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Layla", "--sex", "F", "--status", "missing",
        "--status-date", "2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "K7", "--received",
        "2018-02-01", "--text", "Layla seen in Raqqa")
    _ok(cli, "report", "edit", "1", "--proved-false", "she was in Duhok", "--proved-false-on",
        "2019")
    file = tmp_path / "p.json"
    file.write_text(json.dumps({"names": {"given": "Test"}, "sex": "F", "status_events": [
        {"status": "missing", "date": {"text": "2014"}},
        {"status": "sighted", "date": {"text": "2018"}, "report_id": 1}]}))
    r = cli("person", "add", "--json", str(file))
    assert r.returncode != 0
    assert "report 1 is marked proved false: a status cannot rest on it" in r.stderr
    assert cli("person", "show", "SNJ-2").returncode != 0  # nothing was added


def _her(given: str, *events: StatusEvent) -> Person:
    return Person(names={NamePart.GIVEN: NameText("", given)}, sex=Sex.FEMALE,
                  status_events=list(events))


def _false_report(session) -> int:
    pid = session.persons.create(_her("Layla", StatusEvent(Status.MISSING,
                                                           FuzzyDate.parse("2014")))).id
    rid = session.records.add_report(Report(text="seen", source_code="K7", person_ids=[pid]))
    session.records.edit_report(rid, {"proved_false": "she was in Duhok"})
    return rid


def test_import_and_edit_refused(session):
    rid = _false_report(session)
    resting = StatusEvent(Status.SIGHTED, FuzzyDate.parse("2018"), report_id=rid)
    with pytest.raises(ValidationError, match=f"report {rid} is marked proved false"):
        session.persons.create_many([_her("Test", resting)])
    assert session.persons.get("SNJ-00001").status_events[-1].report_id is None
    layla = session.persons.get("SNJ-00001")
    layla.status_events.append(resting)
    with pytest.raises(ValidationError, match=f"report {rid} is marked proved false"):
        session.persons.update(layla)
    assert [e.status for e in session.persons.get("SNJ-00001").status_events] == [
        Status.MISSING]
