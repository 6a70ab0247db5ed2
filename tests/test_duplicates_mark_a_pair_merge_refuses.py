"""`duplicates` and `match` mark a pair that `merge` would refuse (given names the engine calls
two: the sisters Samira and Samia), by the merge's own rule, and keep such a pair in score order
(most are one woman with a father spelt two ways); aliases alike do not make two given names one."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once

SISTERS = [
    ("--given", "سميرة", "--given", "Samira", "--born", "2000"),
    ("--given", "سامية", "--given", "Samia", "--born", "2003"),
]
FAMILY = ("--father", "الياس", "--father", "Elias", "--grandfather", "حيدر", "--grandfather",
          "Haydar", "--mother", "ليلى", "--mother", "Layla", "--village", "Hardan")


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in SISTERS:  # SNJ-00001, SNJ-00002
        out = cli("person", "add", *given, *FAMILY, "--sex", "F", "--status", "missing")
        assert out.returncode == 0, out.stderr
    # one woman written twice, less alike than the sisters (SNJ-00003, SNJ-00004)
    for args in (("--given", "نادية", "--father", "خليل", "--grandfather", "حسن"),
                 ("--given", "Nadiya", "--father", "Xelîl", "--grandfather", "Hesen")):
        out = cli("person", "add", *args, "--sex", "F", "--status", "missing")
        assert out.returncode == 0, out.stderr
    for case, alias in (("SNJ-00001", "Samira Ilyas"), ("SNJ-00002", "Sameeya Ilyas Heyder")):
        assert cli("person", "edit", case, "--alias", alias).returncode == 0
    return cli


def _pairs(cli):
    r = cli("--json", "duplicates")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_sisters_marked_and_listed_in_score_order(vault):
    pairs = _pairs(vault)
    cases = [(p["a"]["case_no"], p["b"]["case_no"]) for p in pairs]
    scores = [p["score"] for p in pairs]
    assert scores == sorted(scores, reverse=True), pairs
    sisters = pairs[cases.index(("SNJ-00001", "SNJ-00002"))]
    assert sisters["merge_refused"] == ["given"]
    assert "merge_refused" not in pairs[cases.index(("SNJ-00003", "SNJ-00004"))]
    line = next(x for x in vault("duplicates").stdout.splitlines() if "SNJ-00002" in x)
    assert line.endswith("-- a merge refuses: they disagree on given name")
    refused = vault("merge", "SNJ-00001", "SNJ-00002")
    assert refused.returncode != 0 and "disagree on given name" in refused.stderr


def test_aliases_alike_do_not_match_across_two_given_names(vault):
    sisters = next(p for p in _pairs(vault) if p["b"]["case_no"] == "SNJ-00002")
    aliases = next(f for f in sisters["fields"] if f["field"] == "aliases")
    assert aliases["verdict"] != "match"


def test_match_marks_the_sister(vault, tmp_path):
    listed = tmp_path / "list.csv"
    listed.write_text("given,father,grandfather,mother,sex,village\n"
                      "Samira,Elias,Haydar,Layla,F,Hardan\n", encoding="utf-8")
    out = vault("match", str(listed))
    assert out.returncode == 0, out.stderr
    rows = [x for x in out.stdout.splitlines() if "SNJ-0000" in x]
    sister = next(x for x in rows if "SNJ-00002" in x)
    assert sister.endswith("-- a merge refuses: they disagree on given name")
    assert not next(x for x in rows if "SNJ-00001" in x).endswith("given name")
