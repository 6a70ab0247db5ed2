"""`report sources`: a report of no known date cannot show it came before her rescue, so it
never earns one. One undated note of K9's counted Layla, freed in 2015, as rescued after K9's
news, though K9's only dated report about her came in 2020 (review 35, 3)."""

from __future__ import annotations

import json


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _k9(cli) -> dict:
    return json.loads(_ok(cli, "--json", "report", "sources", "--source", "k9").stdout)[0]


def test_an_undated_report_earns_no_rescue(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Layla", "Gule"):
        _ok(cli, "person", "add", "--given", given, "--sex", "F", "--status", "missing",
            "--status-date", "2014")
        _ok(cli, "person", "status", "SNJ-1" if given == "Layla" else "SNJ-2", "rescued",
            "--date", "2015")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "K9", "--received",
        "2020-02-01", "--observed", "2020-01-01", "--text", "she is in Duhok now")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--source", "K9",
        "--text", "undated note")
    tally = _k9(cli)
    assert tally["reports"] == 2 and tally["women"] == ["SNJ-00001", "SNJ-00002"]
    assert tally["women_rescued_later"] == 0 and tally["rescued_later"] == []
    assert "rescued later 0" in _ok(cli, "report", "sources").stdout
