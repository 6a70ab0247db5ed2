"""Kurmanji ç (and the ch of English spellings) meets چ, and ج, which Arabic keyboards write for
it (Çîçek, چیچەک, جيجك; Kocho, كوجو); Kurmanji c still meets ج (Cemîle, جميلة) and sh ش."""

import json

import pytest

from app.matching.namesim import word_sim
from app.text.normalize import tokens

CICEK_ARABIC = ["چیچەک", "چيچك", "جيجك"]


def sim(a, b):
    return word_sim(tokens(a)[0], tokens(b)[0])


@pytest.mark.parametrize("latin, arabic", [
    *((la, ar) for la in ("Çîçek", "Chichek", "Cicek") for ar in CICEK_ARABIC),
    ("Koço", "كوجو"), ("Kocho", "كوجو")])
def test_c_cedilla_and_ch_are_the_arabic_che_or_jeem(latin, arabic):
    assert sim(latin, arabic) >= 0.95


@pytest.mark.parametrize("latin, arabic", [
    ("Cemîle", "جميلة"), ("Celal", "جلال"), ("Bachar", "بشار"), ("Şêx", "شيخ")])
def test_the_other_readings_still_meet(latin, arabic):
    assert sim(latin, arabic) >= 0.9


def add(cli, *args):
    r = cli("--json", "person", "add", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def test_search_and_match_find_cicek_from_her_arabic_script_spellings(cli, tmp_path):
    assert cli("init").returncode == 0
    cicek = add(cli, "--given", "Çîçek", "--father", "Derwêş", "--grandfather", "Xûdêda",
                "--sex", "F")
    add(cli, "--given", "Cemîle", "--father", "Îlyas", "--grandfather", "Xidêda", "--sex", "F")
    add(cli, "--given", "شيماء", "--father", "درويش", "--sex", "F")
    for query in [*CICEK_ARABIC, "چیچەک دەروێش"]:
        found = json.loads(cli("--json", "search", query).stdout)
        assert found and found[0]["case_no"] == cicek, query
        assert found[0]["score"] > 0.9, query
    listing = tmp_path / "list.csv"
    listing.write_text("Name,Father,Grandfather\n"
                       "چیچەک,دەروێش,خودێدە\nچيچك,درويش,خديدة\nجيجك,درويش,خديدة\n",
                       encoding="utf-8")
    r = cli("--json", "match", str(listing))
    assert r.returncode == 0, r.stderr
    for row in json.loads(r.stdout):
        best = row["candidates"][0]
        assert best["case_no"] == cicek and best["score"] >= 0.9
        assert {f["field"]: f["verdict"] for f in best["fields"]}["given"] == "match"
