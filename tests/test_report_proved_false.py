"""A report's outcome, apart from its credibility: `report edit N --proved-false "REASON"`
(and `--not-proved-false`), that and when in the audit trail, shown by `report show`,
`report list` and `person show`; refused while a status rests on the report, naming the
`person status-withdraw` to run first, as `report delete` is. There was no such mark: the
nearest was credibility 5 (tester 35a, D3)."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def vault(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Khalaf", "--sex", "F",
        "--status", "missing", "--status-date", "15/08/2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "S-404", "--received",
        "01/12/2025", "--observed", "11/2025", "--text", "seen in Raqqa", "--credibility", "2")
    _ok(cli, "person", "status", "SNJ-1", "located", "--report", "1")
    return cli


def _show(cli, rid: int = 1) -> dict:
    return json.loads(_ok(cli, "--json", "report", "show", str(rid)).stdout)


def test_refused_while_a_status_rests_on_it_naming_the_withdrawal(vault):
    r = vault("report", "edit", "1", "--proved-false", "she was in Duhok camp all year")
    assert r.returncode != 0
    assert ("SNJ-00001's status located of 11/2025 rests on report 1 (to withdraw it: "
            "casekeeper person status-withdraw SNJ-00001 located --date 11/2025 --reason ...): "
            "withdraw it first, then mark report 1 proved false") in r.stderr
    assert _show(vault)["proved_false"] is None  # the vault unchanged


def test_marked_with_reason_and_date_shown_and_audited_then_taken_back(vault):
    _ok(vault, "person", "status-withdraw", "SNJ-1", "located", "--date", "11/2025",
        "--reason", "the report proved false")
    said = _ok(vault, "report", "edit", "1", "--proved-false", " she was in Duhok camp ",
               "--proved-false-on", "05/12/2025").stdout
    assert "it is marked proved false on 2025-12-05: she was in Duhok camp" in said
    shown = _show(vault)
    assert shown["proved_false"]["reason"] == "she was in Duhok camp"
    assert shown["proved_false"]["on"]["earliest"] == "2025-12-05"
    assert shown["credibility"] == 2  # its credibility stays as it was judged
    text = _ok(vault, "report", "show", "1").stdout
    assert "[PROVED FALSE]" in text.splitlines()[0]
    assert "outcome      proved false on 2025-12-05: she was in Duhok camp" in text
    line = _ok(vault, "report", "list").stdout.splitlines()[0]
    assert line.endswith("\t[proved false on 2025-12-05: she was in Duhok camp]")
    assert "[proved false on 2025-12-05: she was in Duhok camp]" in _ok(
        vault, "person", "show", "SNJ-1").stdout
    entries = json.loads(_ok(vault, "--json", "audit", "log").stdout)
    edit = [e for e in entries if e["action"] == "report.edit"][-1]
    assert edit["detail"]["proved_false"] == "marked"  # never its words: see
    assert edit["detail"]["proved_false_on"] == "2025-12-05"  # test_report_proved_false_trail
    _ok(vault, "report", "edit", "1", "--not-proved-false")
    assert _show(vault)["proved_false"] is None
    entries = json.loads(_ok(vault, "--json", "audit", "log").stdout)
    edit = [e for e in entries if e["action"] == "report.edit"][-1]
    assert edit["detail"]["proved_false"] == "taken back"
    assert edit["detail"]["was"] == {"proved_false_on": "2025-12-05"}
    assert "proved false" not in _ok(vault, "report", "list").stdout


def test_bad_input_is_refused_and_nothing_changes(vault):
    _ok(vault, "person", "status-withdraw", "SNJ-1", "located", "--date", "11/2025",
        "--reason", "x")
    for args, said in ((["--proved-false", "  "], "--proved-false needs its reason"),
                       (["--proved-false-on", "2025"], "--proved-false-on is the date of"),
                       (["--proved-false", "lie", "--proved-false-on", "03/2025"],
                        "the report was proved false (2025-03-01 – 2025-03-31) before it was "
                        "received (2025-12-01)"),
                       (["--proved-false", "lie", "--not-proved-false"], "not allowed with")):
        r = vault("report", "edit", "1", *args)
        assert r.returncode != 0 and said in r.stderr, (args, r.stderr)
    assert _show(vault)["proved_false"] is None


def test_no_status_rests_on_it_until_the_mark_is_taken_back(vault):
    """Marked, a report holds no new status (it would stand on her papers as true); taken
    back, it can: the mark is no deletion."""
    _ok(vault, "person", "status-withdraw", "SNJ-1", "located", "--date", "11/2025",
        "--reason", "x")
    _ok(vault, "report", "edit", "1", "--proved-false", "lie")
    r = vault("person", "status", "SNJ-1", "located", "--report", "1")
    assert r.returncode != 0 and ("report 1 is marked proved false: a status cannot rest "
                                  "on it; if it did not prove false, take the mark back first "
                                  "(casekeeper report edit 1 --not-proved-false)") in r.stderr
    assert json.loads(_ok(vault, "--json", "person", "show", "SNJ-1").stdout)[
        "current_status"] == "missing"  # nothing was recorded
    _ok(vault, "report", "edit", "1", "--not-proved-false")
    _ok(vault, "person", "status", "SNJ-1", "located", "--report", "1")
