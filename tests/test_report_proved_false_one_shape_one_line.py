"""A report proved false: one shape in every --json (the object of `report show`, not an
English sentence in `person show`), and its reason on one line, a pasted line break read as a
space, so `report list` and `person show` stay one report a line (review 35, 4 and 5)."""

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
    _ok(cli, "person", "add", "--given", "Layla", "--sex", "F", "--status", "missing",
        "--status-date", "2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "K7", "--received",
        "2018-02-01", "--text", "seen")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "K8", "--received",
        "2018-03-01", "--text", "seen again")
    _ok(cli, "report", "edit", "1", "--proved-false", "she was in Duhok\n2\tK8 seen again",
        "--proved-false-on", "2019")
    return cli


def test_one_shape_in_every_json(vault):
    shown = json.loads(_ok(vault, "--json", "report", "show", "1").stdout)["proved_false"]
    assert shown == {"reason": "she was in Duhok 2 K8 seen again",
                     "on": {"earliest": "2019-01-01", "latest": "2019-12-31", "text": "2019"}}
    listed = json.loads(_ok(vault, "--json", "report", "list").stdout)
    assert [r["proved_false"] for r in listed] == [None, shown]
    hers = json.loads(_ok(vault, "--json", "person", "show", "SNJ-1").stdout)["reports"]
    assert sorted(hers, key=lambda r: r["id"])[0]["proved_false"] == shown


def test_a_reason_with_a_line_break_stays_on_its_report_line(vault):
    lines = _ok(vault, "report", "list").stdout.splitlines()
    assert len(lines) == 2
    assert lines[1].endswith("\t[proved false on 2019: she was in Duhok 2 K8 seen again]")
    page = [x for x in _ok(vault, "person", "show", "SNJ-1").stdout.splitlines()
            if "report " in x or "K8 seen again" in x]
    assert len(page) == 2 and "[proved false on 2019: she was in Duhok 2 K8 seen again]" in \
        [x for x in page if "source K7" in x][0]
