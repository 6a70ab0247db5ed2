"""`report list --source CODE`: which informant's reports, the whole code in any case (K7 is not
K70), alone or with --person; a code with none says so. There was no filter (tester 35a, D3)."""

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
    for given in ("Nadia", "Khalida"):
        _ok(cli, "person", "add", "--given", given, "--father", "Khalaf", "--sex", "F")
    for case, code, received in (("SNJ-1", "K7", "2025-01"), ("SNJ-2", "K70", "2025-02"),
                                 ("SNJ-2", "k7", "2025-03"), ("SNJ-1", "S-101", "2025-04")):
        _ok(cli, "report", "add", "--person", case, "--source", code, "--received", received,
            "--text", "seen in al-Hol")
    return cli


def test_source_lists_that_code_whole_in_any_case(reports):
    assert _ids(reports, "--source", "K7") == [3, 1]
    assert _ids(reports, "--source", " k7 ") == [3, 1]
    assert _ids(reports, "--source", "K70") == [2]
    text = _ok(reports, "report", "list", "--source", "s-101").stdout
    assert [line.split("\t")[0] for line in text.splitlines()] == ["4"]


def test_source_with_person_lists_hers_of_that_code(reports):
    assert _ids(reports, "--source", "K7", "--person", "SNJ-2") == [3]
    assert _ids(reports, "--source", "K70", "--person", "SNJ-1") == []


def test_a_code_with_no_reports_says_so(reports):
    assert _ok(reports, "report", "list", "--source", "K8").stdout.strip() == \
        "(no reports from source K8)"
    assert _ok(reports, "report", "list", "--source", "K70", "--person", "SNJ-1"
               ).stdout.strip() == "(no reports about SNJ-00001 from source K70)"


def test_the_option_is_in_help(reports):
    assert "--source" in _ok(reports, "report", "list", "--help").stdout


def test_a_blank_code_is_refused(cli):
    """`--source ""` listed the reports of no code, saying "(no reports from source )"."""
    _ok(cli, "init", "--prefix", "SNJ")
    for command in (["report", "list"], ["report", "sources"]):
        r = cli(*command, "--source", "  ")
        assert r.returncode != 0 and "give a source code, e.g. K7" in r.stderr, r.stderr
