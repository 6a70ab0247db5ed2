"""After a chain of merges (C into B, then B into A) a status C brought shows on A as C's, as
C's reports do: a tester read C's sighting on A marked "[from B]", a record that never said it
(the demo's DEMO-00186 showed DEMO-00195's statuses as another record's)."""

from __future__ import annotations

import json


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def _add(cli, given: str, latin: str, father: str, status: str, date: str) -> None:
    _ok(cli, "person", "add", "--given", given, "--given", latin, "--father", father,
        "--grandfather", "مشكو", "--sex", "F", "--status", status, "--status-date", date)


def _chain(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _add(cli, "خالدة", "Khalida", "Rashid", "missing", "2014-08-15")   # A
    _add(cli, "خالده", "Khaleeda", "Raşid", "missing", "2014-08-16")   # B
    _add(cli, "خالدة", "Khelida", "Reshid", "sighted", "2016-03-01")   # C
    _ok(cli, "merge", "SNJ-00002", "SNJ-00003")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002")


def test_each_status_names_the_record_it_was_told_on(cli):
    _chain(cli)
    shown = _ok(cli, "person", "show", "SNJ-00001").stdout
    assert "2016-03-01   sighted  [from SNJ-00003]" in shown, shown
    assert "2014-08-16   missing  [from SNJ-00002]" in shown, shown
    events = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001").stdout)["status_events"]
    assert [e.get("from_case_no") for e in events] == [None, "SNJ-00002", "SNJ-00003"], events


def test_split_of_the_last_merge_leaves_b_its_own_and_cs(cli):
    _chain(cli)
    _ok(cli, "split", "SNJ-00002")
    shown = _ok(cli, "person", "show", "SNJ-00002").stdout
    assert "2016-03-01   sighted  [from SNJ-00003]" in shown, shown
