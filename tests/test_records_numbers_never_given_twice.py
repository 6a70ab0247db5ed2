"""A rescue or report deleted keeps its number: the next one recorded takes a new number, never
the deleted one's (SQLite gives a deleted last row's number again), so that a paper citing
"rescue operation 2" can never come to name another operation. Deleting a rescue says what
her status was and is now when it changed."""

from __future__ import annotations

import json


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def test_a_deleted_rescues_number_is_not_given_again(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Layla", "--father", "Khalaf", "--sex", "F")
    _ok(cli, "person", "status", "SNJ-00001", "missing")
    for month in ("2018-06", "2019-06"):
        _ok(cli, "rescue", "add", "--person", "SNJ-00001", "--date", month)
    said = _ok(cli, "rescue", "delete", "2", "--yes").stdout
    assert "  SNJ-00001 stays rescued" in said, said  # rescue 1 still gives it
    said = _ok(cli, "rescue", "delete", "1", "--yes").stdout
    assert "  SNJ-00001 is now missing (was rescued)" in said, said
    made = json.loads(_ok(cli, "--json", "rescue", "add", "--person", "SNJ-00001", "--date",
                          "2020-01").stdout)
    assert made["rescue_id"] == 3, made


def test_a_deleted_reports_number_is_not_given_again(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Layla", "--father", "Khalaf", "--sex", "F")
    for text in ("seen in Raqqa", "seen in Mosul"):
        _ok(cli, "report", "add", "--person", "SNJ-00001", "--text", text, "--received",
            "2019-01-01", "--cannot-identify-source")
    _ok(cli, "report", "delete", "2", "--yes")
    made = json.loads(_ok(cli, "--json", "report", "add", "--person", "SNJ-00001", "--text",
                          "seen in Tal Afar", "--received", "2019-02-01",
                          "--cannot-identify-source").stdout)
    assert made["report_id"] == 3, made
