"""A status a report dated follows its corrected observed date only where it took the report's
date when told (noted with it), and `report edit` says what the move made her: located moved
past her rescue made her held again, a death moved before her rescue made her rescued again, in
silence. A status typed with its own date in the report's month was moved too; one told before
the report had a date, or after it was erased, never followed the date given later."""

from __future__ import annotations

import json

import pytest

from app.vault import open_vault
from tests.conftest import PASSPHRASE


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
def nadia(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Khalaf", "--sex", "F",
        "--status", "missing", "--status-date", "03/08/2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "S-1", "--received", "2021-01",
        "--observed", "2019-03", "--text", "seen in Raqqa")
    return cli


def _dates(cli, status: str) -> list[str]:
    shown = json.loads(_ok(cli, "--json", "person", "show", "SNJ-1").stdout)
    return [e["date"]["text"] for e in shown["status_events"] if e["status"] == status]


def _now(cli) -> str:
    return json.loads(_ok(cli, "--json", "person", "show", "SNJ-1").stdout)["current_status"]


def test_located_moved_past_her_rescue_says_she_is_located_again(nadia):
    _ok(nadia, "person", "status", "SNJ-1", "located", "--report", "1")
    _ok(nadia, "rescue", "add", "--person", "SNJ-1", "--date", "2019-06", "--status", "rescued")
    r = _ok(nadia, "report", "edit", "1", "--observed", "2020-01")
    assert "SNJ-00001: her status located now dated 2020-01, as report 1" in r.stdout
    assert "SNJ-00001 is now located (was rescued)" in r.stdout
    assert _now(nadia) == "located"
    said = json.loads(_ok(nadia, "--json", "report", "edit", "1", "--observed", "2019-04").stdout)
    [moved] = said["statuses_dated"]
    assert (moved["now_status"], moved["was_status"]) == ("rescued", "located")


def test_a_death_moved_before_her_rescue_says_so_and_what_to_withdraw(nadia):
    _ok(nadia, "rescue", "add", "--person", "SNJ-1", "--date", "2019-06", "--status", "rescued")
    _ok(nadia, "report", "edit", "1", "--observed", "2020-01")
    _ok(nadia, "person", "status", "SNJ-1", "deceased", "--report", "1")
    r = _ok(nadia, "report", "edit", "1", "--observed", "2019-01")
    assert "SNJ-00001 is now rescued (was deceased)" in r.stdout
    assert ("her death is recorded on 2019-01, before a status she was alive in" in r.stdout
            and "status-withdraw SNJ-00001 deceased --date 2019-01" in r.stdout), r.stdout


def test_a_status_typed_with_its_own_date_in_the_reports_month_keeps_it_said(nadia):
    _ok(nadia, "person", "status", "SNJ-1", "sighted", "--report", "1", "--date", "03/2019",
        "--note", "her brother saw her, March 2019")
    r = _ok(nadia, "report", "edit", "1", "--observed", "2018-05")
    assert _dates(nadia, "sighted") == ["03/2019"]
    assert "her status sighted keeps 03/2019: told with a date of its own" in r.stdout
    assert "now dated" not in r.stdout


def test_a_date_erased_then_given_again_moves_it_again(nadia):
    _ok(nadia, "person", "status", "SNJ-1", "located", "--report", "1")
    _ok(nadia, "report", "edit", "1", "--observed", "2019-07")
    r = _ok(nadia, "report", "edit", "1", "--observed", "")
    assert "keeps 2019-07: report 1 gives no observed date now" in r.stdout
    r = _ok(nadia, "report", "edit", "1", "--observed", "2019-09")
    assert "SNJ-00001: her status located now dated 2019-09, as report 1" in r.stdout
    assert _dates(nadia, "located") == ["2019-09"]


def test_a_status_told_before_the_report_had_a_date_takes_the_date_given_it(nadia):
    _ok(nadia, "report", "add", "--person", "SNJ-1", "--source", "S-2", "--received", "2021-01",
        "--text", "seen again")
    _ok(nadia, "person", "status", "SNJ-1", "located", "--report", "2")
    r = _ok(nadia, "report", "edit", "2", "--observed", "2019-02")
    assert "SNJ-00001: her status located now dated 2019-02, as report 2" in r.stdout
    assert _dates(nadia, "located") == ["2019-02"]


def test_a_status_told_before_the_vault_noted_it_keeps_its_date_said(nadia):
    _ok(nadia, "person", "status", "SNJ-1", "located", "--report", "1")
    s = open_vault(nadia.vault, passphrase=PASSPHRASE)
    try:  # as a vault of format 12 holds it: whether it took the report's date never noted
        with s.db.transaction():
            s.db.conn.execute("UPDATE status_events SET dated_by_report=0")
    finally:
        s.close()
    r = _ok(nadia, "report", "edit", "1", "--observed", "2019-05")
    assert _dates(nadia, "located") == ["2019-03"]
    assert ("her status located keeps 2019-03: told with a date of its own, or before "
            "CaseKeeper noted which statuses took the report's date" in r.stdout)
    assert "status-withdraw SNJ-00001 located --date 2019-03" in r.stdout


def test_the_audit_log_words_the_move_as_a_re_dating(nadia):
    _ok(nadia, "person", "status", "SNJ-1", "located", "--report", "1")
    _ok(nadia, "report", "edit", "1", "--observed", "2019-07")
    [entry] = [x for x in _ok(nadia, "audit", "log").stdout.splitlines() if "was: 2019-03" in x]
    assert "Status located re-dated 2019-03 -> 2019-07, as report 1" in entry, entry
