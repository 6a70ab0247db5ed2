"""A report's proved-false reason is free text that names her and how an informant failed
("Layla Haskani was in Duhok; Abu Karim lied to K7"): the audit trail keeps that the mark was
set, changed or taken back and when, never the words, as it keeps a report's text out. The
trail can never be changed, so words kept there outlived a corrected reason, the mark taken
back and her deletion (review 35, 1)."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once

NAMES = ("Haskani", "Abu Karim", "elsewhere")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def vault(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Layla", "--family", "Haskani", "--sex", "F",
        "--status", "missing", "--status-date", "2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "K7", "--received",
        "2018-02-01", "--observed", "2018-01-01", "--text", "seen in Raqqa")
    return cli


def _edits(cli) -> list[dict]:
    return [e["detail"] for e in json.loads(_ok(cli, "--json", "audit", "log").stdout)
            if e["action"] == "report.edit"]


def test_marked_changed_and_taken_back_say_so_and_when_never_the_words(vault):
    _ok(vault, "report", "edit", "1", "--proved-false",
        "Layla Haskani was in Duhok; Abu Karim (the driver) lied to K7",
        "--proved-false-on", "2019")
    _ok(vault, "report", "edit", "1", "--proved-false", "she was elsewhere")
    _ok(vault, "report", "edit", "1", "--not-proved-false")
    marked, changed, back = _edits(vault)
    assert marked["proved_false"] == "marked" and marked["proved_false_on"] == "2019"
    assert changed["proved_false"] == "changed" and changed["changed"] == ["proved_false"]
    assert back["proved_false"] == "taken back"
    assert back["changed"] == ["proved_false", "proved_false_on"]  # the date went with it
    assert back["was"] == {"proved_false_on": "2019"}
    log = _ok(vault, "audit", "log").stdout
    assert "proved_false: taken back; was: proved_false_on=2019" in log
    for words in NAMES:
        assert words not in log and words not in json.dumps(_edits(vault))


def test_marked_with_no_date_says_the_day_it_was_given(vault):
    said = _ok(vault, "report", "edit", "1", "--proved-false", "she was elsewhere").stdout
    assert "(proved_false, proved_false_on)" in said  # today's date was set, and said so
    (marked,) = _edits(vault)
    assert marked["changed"] == ["proved_false", "proved_false_on"]
    assert marked["proved_false_on"]


def test_deleting_her_leaves_no_words_of_it(vault):
    _ok(vault, "report", "edit", "1", "--proved-false", "Layla Haskani was in Duhok")
    _ok(vault, "person", "delete", "SNJ-00001", "--reason", "protect her", "--yes")
    assert "Haskani" not in _ok(vault, "--json", "audit", "log").stdout
