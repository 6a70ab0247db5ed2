"""A moved report's status "stays behind" is said once: a withdrawal is matched to the status
event it took back. It was matched by the status's name alone, so her "sighted" on another
report, told and withdrawn after she was put back on this one, was taken for this report's,
and the next move said again, with a command to tell it on the other woman, a status
withdrawn long before (a review)."""

from __future__ import annotations

import json
from types import SimpleNamespace

from app.report_left import _told_on


def _ok(cli, *args: str) -> str:
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _moved_off_and_back(cli, *between: tuple[str, ...]) -> str:
    """Report 1's sighting of SNJ-1 withdrawn, the report moved to SNJ-2 and back, whatever is
    between done, then moved to SNJ-2 again: what that last move says."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, father in (("Nadia", "Murad"), ("Leila", "Salo")):
        _ok(cli, "person", "add", "--given", given, "--father", father, "--sex", "F",
            "--status", "missing", "--status-date", "03/08/2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", "seen in Raqqa", "--source", "K7",
        "--received", "01/12/2026", "--observed", "2016")
    _ok(cli, "person", "status", "SNJ-1", "sighted", "--report", "1", "--date", "2016")
    _ok(cli, "person", "status-withdraw", "SNJ-1", "sighted", "--date", "2016",
        "--reason", "filed under the wrong woman")
    assert "stays behind" in _ok(cli, "report", "edit", "1", "--remove-person", "SNJ-1",
                                 "--add-person", "SNJ-2")
    _ok(cli, "report", "edit", "1", "--remove-person", "SNJ-2", "--add-person", "SNJ-1")
    for args in between:
        _ok(cli, *args)
    return _ok(cli, "report", "edit", "1", "--remove-person", "SNJ-1", "--add-person", "SNJ-2")


def test_her_status_withdrawn_from_another_report_does_not_bring_this_one_s_back(cli):
    said = _moved_off_and_back(
        cli,
        ("report", "add", "--person", "SNJ-1", "--text", "seen in Tabqa", "--source", "Q3",
         "--received", "02/12/2026", "--observed", "2019"),
        ("person", "status", "SNJ-1", "sighted", "--report", "2", "--date", "2019"),
        ("person", "status-withdraw", "SNJ-1", "sighted", "--date", "2019",
         "--reason", "informant retracted"))
    assert "stays behind" not in said and "person status" not in said, said


def _entry(seq: int, action: str, **detail) -> SimpleNamespace:
    return SimpleNamespace(seq=seq, action=action, detail=json.dumps(detail))


def test_a_withdrawal_of_an_earlier_version_naming_no_report_is_matched_by_its_date():
    rows = [_entry(1, "person.status", status="sighted", date="2016", report=1),
            _entry(2, "person.status_withdraw", status="sighted", date="2016"),
            _entry(5, "person.status", status="sighted", date="2019", report=2),
            _entry(6, "person.status_withdraw", status="sighted", date="2019")]
    # put back on report 1 at entry 3: report 1's was withdrawn before, report 2's is not its
    assert _told_on(rows, 1, 3, {""}) == {}
    assert _told_on(rows, 1, 0, {""}) == {"sighted": "2016"}  # the first move says it
