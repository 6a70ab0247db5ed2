"""A status resting on a report: the audit trail names the report (its number only), and told
without a date it takes the date the report was observed, on the command line and the desktop."""

from __future__ import annotations

import json

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person
from app.domain.records import Report
from tests.cli_helpers import add
from ui import person_ops


def _report(cli, case_no: str) -> int:
    r = cli("--json", "report", "add", "--person", case_no, "--text", "seen in the market of Raqqa",
            "--source", "K-40", "--observed", "02/2015", "--received", "03/2015")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["report_id"]


def test_cli_status_on_a_report_takes_its_observed_date_and_names_it_in_the_trail(cli):
    cli("init", "--prefix", "SNJ")
    a = add(cli, "--given", "Xezal", "--sex", "F", "--abducted", "03/08/2014")
    rid = _report(cli, a)
    r = cli("person", "status", a, "located", "--report", str(rid))
    assert r.returncode == 0, r.stderr
    assert f"dated 02/2015, when report {rid} was observed" in r.stdout
    shown = json.loads(cli("--json", "person", "show", a).stdout)
    located = [e for e in shown["status_events"] if e["status"] == "located"]
    assert [e["date"]["earliest"] for e in located] == ["2015-02-01"], located
    trail = cli("--json", "audit", "log", "--case", a)
    entries = [e for e in json.loads(trail.stdout) if e["action"] == "person.status"]
    assert entries and entries[-1]["detail"]["report"] == rid
    assert entries[-1]["detail"]["date"] == "02/2015"
    said = json.dumps(entries)
    assert "Raqqa" not in said and "K-40" not in said  # its number only
    # a date given is the status's own, the report still named
    r = cli("person", "status", a, "sighted", "--date", "2016", "--report", str(rid))
    assert r.returncode == 0 and "when report" not in r.stdout, r.stderr
    entries = [e for e in json.loads(cli("--json", "audit", "log", "--case", a).stdout)
               if e["action"] == "person.status"]
    assert entries[-1]["detail"]["report"] == rid and entries[-1]["detail"]["date"] == "2016"


def test_desktop_status_on_a_report_goes_through_the_same_service(session):
    p = session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Xezal")},
                                      abduction_date=FuzzyDate.parse("2014")))
    rid = session.records.add_report(Report(observed=FuzzyDate.parse("02/2015"), text="seen",
                                            source_code="K-40", person_ids=[p.id]))
    person = person_ops.add_status(session, p.case_no, "located", "", "", rid)
    added = person.status_events[-1]
    assert (added.report_id, added.date.text) == (rid, "02/2015")
    [entry] = [e for e in session.audit.history("person", p.case_no) if e.action == "person.status"]
    assert json.loads(entry.detail)["report"] == rid
