"""`report add`, `rescue add`, `report show` and `report list` (and their --json) name each woman
as `person list` does, by case number and name in both scripts: a report filed under a
mistyped number (SNJ-00002 for SNJ-00001) went unnoticed beside bare numbers. `report list`
cuts a report's text as `person show` does, saying so and where it is whole."""

from __future__ import annotations

import json

import pytest

NADIA = "SNJ-00001 نادية خلف / Nadia Khalaf"
KHALIDA = "SNJ-00002 خالدة سلو / Khalida Salo"
LONG = "Confirmed: Nadia in al-Hol phase 4, tent 311, with the two Qiran sisters"


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
def two(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "نادية", "--given", "Nadia", "--father", "خلف",
        "--father", "Khalaf", "--sex", "F")
    _ok(cli, "person", "add", "--given", "خالدة", "--given", "Khalida", "--father", "سلو",
        "--father", "Salo", "--sex", "F")
    return cli


def test_report_add_names_her(two):
    r = _ok(two, "report", "add", "--person", "SNJ-2", "--source", "S-404", "--text", "seen")
    assert f"persons: {KHALIDA}" in r.stdout
    data = json.loads(_ok(two, "--json", "report", "add", "--person", "SNJ-1", "--person",
                          "SNJ-2", "--source", "S-404", "--text", "seen").stdout)
    assert data["persons"] == ["SNJ-00001", "SNJ-00002"]
    assert [(n["case_no"], n["name_original"], n["name_latin"]) for n in data["named"]] == [
        ("SNJ-00001", "نادية خلف", "Nadia Khalaf"), ("SNJ-00002", "خالدة سلو", "Khalida Salo")]


def test_report_show_and_list_name_each_woman(two):
    _ok(two, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--source", "S-4",
        "--text", "seen")
    shown = _ok(two, "report", "show", "1").stdout
    assert NADIA in shown and KHALIDA in shown
    assert f"persons {NADIA}; {KHALIDA}" in _ok(two, "report", "list").stdout
    listed = json.loads(_ok(two, "--json", "report", "list").stdout)
    assert [n["name"] for n in listed[0]["named"]] == ["نادية خلف / Nadia Khalaf",
                                                       "خالدة سلو / Khalida Salo"]
    assert json.loads(_ok(two, "--json", "report", "show", "1").stdout)["named"] == listed[0]["named"]


def test_rescue_add_names_each_woman_it_frees(two):
    r = _ok(two, "rescue", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--date", "2026")
    assert f"persons: {NADIA}; {KHALIDA}" in r.stdout
    data = json.loads(_ok(two, "--json", "rescue", "add", "--person", "SNJ-1",
                          "--date", "2026").stdout)
    assert data["named"][0]["name"] == "نادية خلف / Nadia Khalaf"


def test_report_list_marks_a_text_it_cuts_and_says_where_it_is_whole(two):
    _ok(two, "report", "add", "--person", "SNJ-1", "--source", "S-303", "--text", LONG)
    _ok(two, "report", "add", "--person", "SNJ-1", "--source", "S-303", "--text", "short")
    lines = _ok(two, "report", "list").stdout.splitlines()
    cut = next(x for x in lines if x.startswith("1\t"))
    assert f"{LONG[:60]}…  (whole: casekeeper report show 1)" in cut
    assert "…" not in next(x for x in lines if x.startswith("2\t"))
