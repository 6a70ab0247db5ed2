"""`person show` ("what do we know of her") said her rescues as bare numbers ("rescues 1, 3"):
each is now a line of its own with its date, place and whether it freed her. A report's text
is still cut, but says the command that shows it whole (`report show N`)."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once

LONG = ("Seen by a shepherd at the well west of the village with two other women, taken on to "
        "Raqqa the next week")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def her(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--sex", "F", "--status", "missing")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2015-03", "--from-place", "Raqqa",
        "--status", "none")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05", "--from-place",
        "Deir ez-Zor", "--handover-to-family", "2016-06")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", LONG, "--source", "S-469")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", "seen in Mosul")
    return cli


def _lines(cli, word: str) -> list[str]:
    shown = _ok(cli, "person", "show", "SNJ-1").stdout.splitlines()
    return [" ".join(line.split()) for line in shown if line.split()[:1] == [word]]


def test_each_rescue_has_its_date_place_and_what_it_gave(her):
    assert _lines(her, "rescue") == ["rescue 1 2015-03 place Raqqa not freed",
                                     "rescue 2 2016-05 place Deir ez-Zor freed, reunited 2016-06"]
    assert _lines(her, "rescues") == []
    details = json.loads(_ok(her, "--json", "person", "show", "SNJ-1").stdout)["rescue_details"]
    assert [(d["id"], d["freed"], d["from_place"]) for d in details] == [
        (1, False, "Raqqa"), (2, True, "Deir ez-Zor")]


def test_a_rescue_recorded_before_a_rescue_gave_a_status_says_so(her):
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    s = open_vault(her.vault, PASSPHRASE)
    with s.db.transaction():  # as an earlier version stored it
        s.db.conn.execute("UPDATE rescues SET gives_status=NULL WHERE id=1")
    s.close()
    assert _lines(her, "rescue")[0] == ("rescue 1 2015-03 place Raqqa freed or not: not said "
                                        "(recorded before a rescue gave a status)")


def test_a_cut_report_text_says_how_to_see_it_whole(her):
    long, short = _lines(her, "report")
    assert LONG[:50] in long and LONG not in long
    assert "(whole: casekeeper report show 1)" in long
    assert short.endswith("seen in Mosul [could identify its source: withheld outside the team]")
    assert "whole:" not in short
    shown = _ok(her, "report", "show", "1").stdout
    assert LONG in shown and "S-469" in shown and "SNJ-00001" in shown
    assert json.loads(_ok(her, "--json", "report", "show", "1").stdout)["text"] == LONG


def test_report_show_of_no_such_report_is_refused(her):
    r = her("report", "show", "9")
    assert r.returncode != 0 and "no report 9" in r.stderr and r.stdout == ""
