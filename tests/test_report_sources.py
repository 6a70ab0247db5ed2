"""`report sources`: per informant code, its reports, the women they name, how many proved
false and how many of those women were rescued later (on or after the day its report told of
her, and never by a report proved false); text and --json. No command answered "which
informant's reports proved right" (tester 35a, D3)."""

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
    for given in ("Nadia", "Khalida", "Samira", "Gule"):
        _ok(cli, "person", "add", "--given", given, "--father", "Khalaf", "--sex", "F",
            "--status", "missing", "--status-date", "15/08/2014")
    # K7 told of Nadia before her rescue, and of Khalida, still held
    _ok(cli, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--source", "K7",
        "--observed", "06/2025", "--received", "07/2025", "--text", "both seen in al-Hol")
    # S-101 told of Samira only after she was freed: her rescue is not to its credit
    _ok(cli, "report", "add", "--person", "SNJ-3", "--source", "s-101", "--received",
        "10/2025", "--text", "Samira was in Raqqa")
    # S-202's report of Gule proved false; she was freed all the same
    _ok(cli, "report", "add", "--person", "SNJ-4", "--source", "S-202", "--received",
        "05/2025", "--text", "Gule in Tal Afar")
    _ok(cli, "report", "edit", "3", "--proved-false", "she was never in Tal Afar")
    _ok(cli, "report", "add", "--person", "SNJ-2", "--text", "no source given")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "08/2025")
    _ok(cli, "rescue", "add", "--person", "SNJ-3", "--date", "09/2025")
    _ok(cli, "rescue", "add", "--person", "SNJ-4", "--date", "09/2025")
    return cli


def test_each_code_counted_against_what_followed(vault):
    got = {t["source_code"]: t for t in json.loads(
        _ok(vault, "--json", "report", "sources").stdout)}
    assert list(got) == ["K7", "S-101", "S-202", ""]  # most reports first; no code last
    k7, s101, s202 = got["K7"], got["S-101"], got["S-202"]
    assert (k7["reports"], k7["women_named"], k7["proved_false"], k7["women_rescued_later"]) \
        == (1, 2, 0, 1) and k7["rescued_later"] == ["SNJ-00001"]
    assert (s101["reports"], s101["women_rescued_later"]) == (1, 0)
    assert (s202["proved_false"], s202["proved_false_ids"], s202["women_rescued_later"]) \
        == (1, [3], 0)
    assert got[""]["reports"] == 1


def test_text_says_each_code_on_a_line(vault):
    lines = _ok(vault, "report", "sources").stdout.splitlines()
    assert lines[0] == ("K7\treports 1\twomen named 2\tproved false 0\trescued later 1 "
                        "(SNJ-00001)")
    assert lines[2] == ("S-202\treports 1\twomen named 1\tproved false 1 (report 3)"
                        "\trescued later 0")
    assert lines[3].startswith("(no code)\treports 1")
    assert _ok(vault, "report", "sources", "--source", "k7").stdout.startswith("K7\t")
    assert _ok(vault, "report", "sources", "--source", "K70").stdout.strip() == \
        "(no reports from source K70)"
