"""`report list` newest first by date received (then number), and `--person` for "which reports
mention her": listed by number, report 4 received 2017-03 came between reports of 2015."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _ids(cli, *args) -> list[int]:
    return [r["id"] for r in json.loads(_ok(cli, "--json", "report", "list", *args).stdout)]


@pytest.fixture
@built_once
def reports(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Vian", "Viyan", "Nadia"):
        _ok(cli, "person", "add", "--given", given, "--father", "Dakhil", "--sex", "F")
    for case, received in (("SNJ-1", "2015-02"), ("SNJ-3", "2015-06"), ("SNJ-2", "2015-01"),
                           ("SNJ-1", "2017-03"), ("SNJ-1", None), ("SNJ-3", "2015-06")):
        _ok(cli, "report", "add", "--person", case, "--text", "seen in Raqqa",
            *(("--received", received) if received else ()))
    return cli


def test_newest_first_by_date_received_then_number_undated_last(reports):
    assert _ids(reports) == [4, 6, 2, 1, 3, 5]
    assert _ids(reports, "--limit", "2") == [4, 6]


def test_the_order_is_said_in_help(reports):
    said = " ".join(_ok(reports, "report", "list", "--help").stdout.split())
    assert "newest first by date received (then by number" in said and "--person" in said


def test_person_lists_only_the_reports_about_her(reports):
    assert _ids(reports, "--person", "snj-1") == [4, 1, 5]
    assert _ids(reports, "--person", "SNJ-00003") == [6, 2]
    text = _ok(reports, "report", "list", "--person", "SNJ-1").stdout
    assert [line.split("\t")[0] for line in text.splitlines()] == ["4", "1", "5"]


def test_a_merged_number_lists_the_kept_record_and_says_so(reports):
    _ok(reports, "merge", "SNJ-1", "SNJ-2")
    r = _ok(reports, "--json", "report", "list", "--person", "SNJ-2")
    assert [x["id"] for x in json.loads(r.stdout)] == [4, 1, 3, 5]
    assert "SNJ-00002 is merged into SNJ-00001: the reports about SNJ-00001 are listed" in r.stderr
    assert _ids(reports, "--person", "SNJ-1") == [4, 1, 3, 5]


def test_a_person_with_no_reports_and_an_unknown_number(reports):
    _ok(reports, "person", "add", "--given", "Khalil", "--sex", "M")
    assert _ok(reports, "report", "list", "--person", "SNJ-4").stdout.strip() == \
        "(no reports about SNJ-00004)"
    r = reports("report", "list", "--person", "SNJ-9")
    assert r.returncode != 0 and "SNJ-9" in r.stderr and r.stdout == ""
