"""A rescue's statuses stay with the woman it names whatever is done in between: while her
record is merged they are on the record kept (once, at the rescue's current dates); a split
leaves them on her record and takes them from the other woman's; `rescue show` says what is
true of her. A real vault through the command line."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


def _statuses(cli, case_no: str) -> list[tuple[str, str | None, int | None]]:
    shown = json.loads(cli("--json", "person", "show", case_no).stdout)
    return sorted(((e["status"], e["date"]["text"] if e["date"] else None, e["rescue_id"])
                   for e in shown["status_events"]),
                  key=lambda e: (e[0], e[1] or "", e[2] or 0))


def _current(cli, case_no: str) -> str:
    return json.loads(cli("--json", "person", "show", case_no).stdout)["current_status"]


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r


def _rescue_events(cli, case_no: str) -> list[tuple[str, str | None, int | None]]:
    return [e for e in _statuses(cli, case_no) if e[2] is not None]


@pytest.fixture
@built_once
def two_women(cli):
    """SNJ-00001 Nadia and SNJ-00002 Layla, two missing women of one village."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, father in (("Nadia", "Murad"), ("Layla", "Khidir")):
        _ok(cli, "person", "add", "--given", given, "--father", father, "--sex", "F",
            "--status", "missing", "--status-date", "03/08/2014")
    return cli


def test_the_reviewers_case_add_merge_edit_split(two_women):
    cli = two_women
    _ok(cli, "rescue", "add", "--person", "SNJ-00002", "--date", "2019")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    assert _rescue_events(cli, "SNJ-00001") == [("rescued", "2019", 1)]
    _ok(cli, "rescue", "edit", "1", "--date", "05/2019")
    # Merged, the record kept holds the rescue once, at its new date: no copy left at 2019.
    assert _rescue_events(cli, "SNJ-00001") == [("rescued", "05/2019", 1)]
    assert _current(cli, "SNJ-00001") == "rescued"
    assert "SNJ-00001 is now rescued" in _ok(cli, "rescue", "show", "1").stdout
    _ok(cli, "split", "SNJ-00002")
    assert _rescue_events(cli, "SNJ-00001") == []
    assert _current(cli, "SNJ-00001") == "missing"
    assert _rescue_events(cli, "SNJ-00002") == [("rescued", "05/2019", 1)]
    assert _current(cli, "SNJ-00002") == "rescued"
    shown = _ok(cli, "rescue", "show", "1").stdout
    assert "SNJ-00002 is now rescued" in shown and "stays" not in shown
    assert "SNJ-00001" not in shown


def test_a_rescue_added_while_she_is_merged_goes_with_her_at_the_split(two_women):
    cli = two_women
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    r = _ok(cli, "rescue", "add", "--person", "SNJ-00002", "--date", "2019",
            "--handover-to-family", "06/2019")
    assert "SNJ-00001 is now reunited" in r.stdout
    assert _rescue_events(cli, "SNJ-00001") == [("rescued", "2019", 1),
                                                ("reunited", "06/2019", 1)]
    _ok(cli, "split", "SNJ-00002")
    assert _rescue_events(cli, "SNJ-00001") == [] and _current(cli, "SNJ-00001") == "missing"
    assert _rescue_events(cli, "SNJ-00002") == [("rescued", "2019", 1),
                                                ("reunited", "06/2019", 1)]
    assert _current(cli, "SNJ-00002") == "reunited"
    assert "SNJ-00002 is now reunited" in _ok(cli, "rescue", "show", "1").stdout


def test_a_rescue_deleted_while_merged_leaves_neither_woman_rescued(two_women):
    cli = two_women
    _ok(cli, "rescue", "add", "--person", "SNJ-00002", "--date", "2019")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "rescue", "delete", "1", "--reason", "entered for the wrong woman", "--yes")
    assert _rescue_events(cli, "SNJ-00001") == [] and _current(cli, "SNJ-00001") == "missing"
    _ok(cli, "split", "SNJ-00002")
    for case_no in ("SNJ-00001", "SNJ-00002"):
        assert _statuses(cli, case_no) == [("missing", "03/08/2014", None)]
        assert _current(cli, case_no) == "missing"


def test_a_rescue_of_both_stays_with_both_after_the_split(two_women):
    cli = two_women
    _ok(cli, "rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00002",
        "--date", "2019")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    assert _rescue_events(cli, "SNJ-00001") == [("rescued", "2019", 1)]
    _ok(cli, "rescue", "edit", "1", "--date", "05/2019")
    _ok(cli, "split", "SNJ-00002")
    for case_no in ("SNJ-00001", "SNJ-00002"):
        assert _rescue_events(cli, case_no) == [("rescued", "05/2019", 1)]
    shown = _ok(cli, "rescue", "show", "1").stdout
    assert "SNJ-00001 is now rescued" in shown and "SNJ-00002 is now rescued" in shown


def test_an_edit_after_the_split_reaches_her_and_not_the_other_woman(two_women):
    cli = two_women
    _ok(cli, "rescue", "add", "--person", "SNJ-00002", "--date", "2019")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "rescue", "edit", "1", "--date", "05/2019")
    assert _rescue_events(cli, "SNJ-00001") == []
    assert _rescue_events(cli, "SNJ-00002") == [("rescued", "05/2019", 1)]
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    assert _rescue_events(cli, "SNJ-00001") == [("rescued", "05/2019", 1)]
    assert _ok(cli, "audit", "verify").returncode == 0
