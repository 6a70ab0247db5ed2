"""`duplicates` and `match` name a record that has no part of her name, only what she is known
by (a kunya, أم خليل / Umm Khalil), by it and marked as such ("known as أم خليل", as `report
list` names her): her name columns were blank, the pair two case numbers and nothing else, and
--json gave two empty names. --json keeps its fields and adds `known_as`."""

from __future__ import annotations

import json


def _vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for nick in ("أم خليل", "Umm Khalil"):
        out = cli("person", "add", "--nickname", nick, "--sex", "F", "--village", "Kocho")
        assert out.returncode == 0, out.stderr
    return cli


def test_duplicates_says_each_side_known_as(cli):
    vault = _vault(cli)
    r = vault("duplicates")
    assert r.returncode == 0, r.stderr
    line = r.stdout.splitlines()[0]
    assert "SNJ-00001  known as أم خليل  ==  SNJ-00002  known as Umm Khalil  (" in line, line


def test_duplicates_json_adds_known_as_and_keeps_the_names(cli):
    vault = _vault(cli)
    r = vault("--json", "duplicates")
    assert r.returncode == 0, r.stderr
    [pair] = json.loads(r.stdout)
    assert pair["a"] == {"case_no": "SNJ-00001", "name_original": "", "name_latin": "",
                         "known_as": "أم خليل"}
    assert pair["b"] == {"case_no": "SNJ-00002", "name_original": "", "name_latin": "",
                         "known_as": "Umm Khalil"}


def test_a_record_with_a_name_is_known_as_nothing(cli):
    vault = _vault(cli)
    for _ in range(2):
        out = cli("person", "add", "--given", "نادية", "--father", "خليل", "--grandfather", "حسن",
                  "--sex", "F", "--village", "Kocho")
        assert out.returncode == 0, out.stderr
    pairs = json.loads(vault("--json", "duplicates").stdout)
    named = next(p for p in pairs if p["a"]["case_no"] == "SNJ-00003")
    assert named["a"]["name_original"] == "نادية خليل حسن" and named["a"]["known_as"] == ""


def test_match_names_a_candidate_known_only_by_a_kunya(cli, tmp_path):
    vault = _vault(cli)
    rows = tmp_path / "list.csv"
    rows.write_text("nickname,village\nأم خليل,Kocho\n", encoding="utf-8")
    r = vault("match", str(rows))
    assert r.returncode == 0, r.stderr
    assert "SNJ-00001  known as أم خليل  [status unknown]" in r.stdout, r.stdout
    found = json.loads(vault("--json", "match", str(rows)).stdout)
    assert {c["case_no"]: c["known_as"] for c in found[0]["candidates"]} == {
        "SNJ-00001": "أم خليل", "SNJ-00002": "Umm Khalil"}
