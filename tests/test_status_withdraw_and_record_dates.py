"""A wrong status can be withdrawn (a death reported in error no longer outranks her rescue);
a report or rescue dated before she was taken, a report received before what it tells was seen,
a person named twice, and a status resting on a report about someone else are refused."""

from __future__ import annotations

import json


def _person(cli, *more) -> str:
    r = cli("--json", "person", "add", "--given", "Dalal", "--father", "Murad", "--sex", "F",
            "--abducted", "2014-08-03", *more)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _status(cli, case_no) -> str:
    return json.loads(cli("--json", "person", "show", case_no).stdout)["current_status"]


def test_a_death_reported_in_error_is_withdrawn_and_her_rescue_counts(cli):
    assert cli("init").returncode == 0
    p = _person(cli)
    assert cli("person", "status", p, "deceased", "--date", "2019", "--note",
               "unconfirmed").returncode == 0
    r = cli("rescue", "add", "--person", p, "--date", "2019-03-20", "--handover-to-family",
            "2019-04-02")
    assert r.returncode == 0, r.stderr
    assert f"{p} stays deceased" in r.stdout
    assert f"casekeeper person status-withdraw {p} deceased" in r.stdout
    assert _status(cli, p) == "deceased"
    r = cli("person", "status-withdraw", p, "deceased", "--reason", "a false report")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{p}: deceased (2019) withdrawn; she is now reunited"
    assert _status(cli, p) == "reunited"
    shown = json.loads(cli("--json", "person", "show", p).stdout)
    assert "deceased" not in [e["status"] for e in shown["status_events"]]
    [entry] = [e for e in json.loads(cli("--json", "audit", "log").stdout)
               if e["action"] == "person.status_withdraw"]
    assert entry["ref"] == p and entry["detail"]["reason"] == "a false report"
    assert entry["detail"]["status"] == "deceased" and entry["detail"]["date"] == "2019"
    # a rescue's status goes with the rescue, and one she never had is named as such
    r = cli("person", "status-withdraw", p, "rescued")
    assert r.returncode == 2 and "came with rescue 1" in r.stderr and _status(cli, p) == "reunited"
    r = cli("person", "status-withdraw", p, "sighted")
    assert r.returncode == 2 and "no status sighted to withdraw" in r.stderr


def test_two_statuses_of_one_kind_need_the_date_unless_alike(cli):
    assert cli("init").returncode == 0
    p = _person(cli)
    for when in ("2016", "2018"):
        assert cli("person", "status", p, "sighted", "--date", when).returncode == 0
    r = cli("person", "status-withdraw", p, "sighted")
    assert r.returncode == 2 and "give --date" in r.stderr
    assert cli("person", "status-withdraw", p, "sighted", "--date", "2018").returncode == 0
    dates = [e["date"]["text"] for e in json.loads(cli("--json", "person", "show", p).stdout)[
        "status_events"]]
    assert dates == ["2016"]


def test_dates_before_she_was_taken_or_received_before_seen_are_refused(cli):
    assert cli("init").returncode == 0
    p = _person(cli)
    r = cli("report", "add", "--person", p, "--text", "seen", "--observed", "2012")
    assert r.returncode == 2 and f"{p} was taken on 2014-08-03" in r.stderr
    r = cli("report", "add", "--person", p, "--text", "seen", "--observed", "2016",
            "--received", "2015")
    assert r.returncode == 2 and "received (2015) before what it tells was seen (2016)" in r.stderr
    r = cli("rescue", "add", "--person", p, "--date", "2013-01-01")
    assert r.returncode == 2 and "cannot have been freed on 2013-01-01" in r.stderr
    assert json.loads(cli("--json", "report", "list").stdout) == []
    assert cli("rescue", "show", "1").returncode != 0
    assert cli("report", "add", "--person", p, "--text", "seen", "--observed",
               "2016").returncode == 0
    r = cli("report", "edit", "1", "--observed", "2013")
    assert r.returncode == 2 and "before that" in r.stderr
    assert cli("rescue", "add", "--person", p, "--date", "2017").returncode == 0
    r = cli("rescue", "edit", "1", "--date", "2010")
    assert r.returncode == 2 and "before that" in r.stderr


def test_a_person_named_twice_or_a_report_about_another_is_refused(cli):
    assert cli("init").returncode == 0
    p, q = _person(cli), _person(cli)
    for cmd in (("report", "add", "--text", "x"), ("rescue", "add", "--date", "2017")):
        r = cli(*cmd, "--person", p, "--person", p.lower())
        assert r.returncode == 2 and f"{p} is given more than once" in r.stderr, r.stderr
    assert cli("report", "add", "--person", q, "--text", "seen in Raqqa").returncode == 0
    r = cli("person", "status", p, "sighted", "--report", "1")
    assert r.returncode == 2 and f"report 1 is about {q}, not {p}" in r.stderr
    assert _status(cli, p) == "unknown"
    assert cli("person", "status", q, "sighted", "--report", "1").returncode == 0


def test_a_reports_text_can_come_from_standard_input(cli):
    """Typed on the command line, an informant's words stayed in the shell's history file."""
    assert cli("init").returncode == 0
    p = _person(cli)
    r = cli("report", "add", "--person", p, "--text", "-",
            stdin="seen with Abu Hamza in Raqqa\n")
    assert r.returncode == 0, r.stderr
    [shown] = json.loads(cli("--json", "report", "list").stdout)
    assert shown["text"] == "seen with Abu Hamza in Raqqa"
    assert cli("report", "edit", "1", "--text", "-", stdin="seen in Mosul").returncode == 0
    assert json.loads(cli("--json", "report", "list").stdout)[0]["text"] == "seen in Mosul"
    r = cli("report", "add", "--person", p, "--text", "-", stdin="")
    assert r.returncode == 2 and "nothing came on standard input" in r.stderr
