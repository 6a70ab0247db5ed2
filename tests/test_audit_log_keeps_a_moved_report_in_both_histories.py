"""`audit log --case` reads a report's and a rescue's entries by the persons each entry names:
one moved to another woman (`report edit --remove-person A --add-person B`) had left A's
history whole, its filing under her and her taking off with it, and stood whole in B's."""

from __future__ import annotations

import json


def _log(cli, case_no: str) -> list[tuple[str, str, int]]:
    r = cli("--json", "audit", "log", "--case", case_no, "--limit", "500")
    assert r.returncode == 0, r.stderr
    return [(e["action"], e["ref"], e["seq"]) for e in json.loads(r.stdout)]


def _ok(cli, *args: str) -> None:
    r = cli(*args)
    assert r.returncode == 0, r.stderr


def _two_women_and_a_move(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Vian", "--father", "Khalil", "--sex", "F",
        "--status", "missing", "--status-date", "03/08/2014")
    _ok(cli, "person", "add", "--given", "Vian", "--father", "Salo", "--sex", "F",
        "--status", "missing", "--status-date", "15/08/2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", "moved to Deir ez-Zor", "--source",
        "K7", "--received", "01/12/2026", "--observed", "30/11/2026")
    _ok(cli, "report", "edit", "1", "--credibility", "3")  # while it was about her alone
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "02/12/2026")
    _ok(cli, "report", "edit", "1", "--remove-person", "SNJ-1", "--add-person", "SNJ-2")
    _ok(cli, "rescue", "edit", "1", "--remove-person", "SNJ-1", "--add-person", "SNJ-2")
    _ok(cli, "report", "edit", "1", "--credibility", "2")  # about the other woman alone


def _of(log, action: str, ref: str) -> list[int]:
    return [seq for a, r, seq in log if (a, r) == (action, ref)]


def test_her_history_keeps_the_filing_and_the_move_that_took_her_off(cli):
    _two_women_and_a_move(cli)
    hers = _log(cli, "SNJ-00001")
    assert _of(hers, "report.create", "1") and _of(hers, "rescue.create", "1"), hers
    # the credibility set while it was hers, and the move; not the edit made after it
    assert len(_of(hers, "report.edit", "1")) == 2, hers
    assert len(_of(hers, "rescue.edit", "1")) == 1, hers


def test_the_other_woman_has_the_filing_the_move_and_what_came_after(cli):
    _two_women_and_a_move(cli)
    hers, other = _log(cli, "SNJ-00001"), _log(cli, "SNJ-00002")
    (set_before, moved), other_edits = _of(hers, "report.edit", "1"), _of(other, "report.edit",
                                                                           "1")
    assert _of(other, "report.create", "1"), other  # where the report begins
    assert set_before not in other_edits, other  # about her alone then
    assert moved in other_edits and len(other_edits) == 2, other  # about both: in both
    assert _of(other, "rescue.edit", "1") == _of(hers, "rescue.edit", "1"), (hers, other)


def test_a_deleted_report_stays_in_her_history(cli):
    _two_women_and_a_move(cli)
    _ok(cli, "report", "add", "--person", "SNJ-2", "--text", "filed by mistake")
    _ok(cli, "report", "delete", "2", "--reason", "another family's", "--yes")
    other = _log(cli, "SNJ-00002")
    assert _of(other, "report.create", "2") and _of(other, "report.delete", "2"), other
    assert not _of(_log(cli, "SNJ-00001"), "report.create", "2")


def test_a_record_number_given_again_does_not_take_the_deleted_woman_s_reports(cli):
    """The newest record deleted, the next one made takes its number (SQLite): the trail's
    entries naming it before were about the woman deleted."""
    _two_women_and_a_move(cli)
    _ok(cli, "person", "add", "--given", "Nadia", "--sex", "F")  # record 3
    _ok(cli, "report", "add", "--person", "SNJ-3", "--person", "SNJ-1", "--text", "both")
    _ok(cli, "person", "delete", "SNJ-3", "--reason", "entered twice", "--yes")
    _ok(cli, "person", "add", "--given", "Layla", "--sex", "F")  # record 3 again, SNJ-00004
    _ok(cli, "report", "edit", "2", "--credibility", "4")
    assert [a for a, _, _ in _log(cli, "SNJ-00004")] == ["person.create"]
