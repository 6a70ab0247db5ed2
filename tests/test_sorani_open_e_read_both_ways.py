"""A bare ە at a word's start is read both ways: as the ه a Kurdish keyboard types for it (ەيفاء,
Haifa) and as the vowel of a Sorani word whose ئ was left out (ەحمەد for ئەحمەد, Ahmed, احمد),
in search, matching and import; Sorani's ە inside a word is still a vowel Arabic leaves out."""

from __future__ import annotations

import csv

from app.matching.namesim import text_sim, word_sim
from app.text.normalize import token_variants, tokens
from tests.import_helpers import cli
from tests.search_engine_of import engine_of

PEOPLE = {
    1: [("given", "احمد"), ("father", "خلف")],
    2: [("given", "Ahmed"), ("father", "Khalaf")],
    3: [("given", "Haifa"), ("father", "Nasser")],
    4: [("given", "هيفاء"), ("father", "ناصر")],
    5: [("given", "Asma"), ("father", "Qasim")],
    6: [("given", "Hamad"), ("father", "Salo")],
}


def engine():
    return engine_of(PEOPLE)


def _found(e, query, typing=False):
    return [h.person_id for h in e.search(query, typing=typing) if h.score >= 0.85]


def test_both_readings_of_a_word_initial_e():
    assert {"احمد", "هحمد"} <= set(token_variants(tokens("ەحمەد")[0]))
    assert word_sim(tokens("ەحمەد")[0], tokens("احمد")[0]) == 1.0
    assert word_sim(tokens("ەيفاء")[0], tokens("هيفاء")[0]) == 1.0
    assert text_sim("ەحمەد", "Ahmed") >= 0.9 and text_sim("ەسما", "Asma") >= 0.9
    assert text_sim("ەيفاء", "Haifa") >= 0.9


def test_e_inside_a_word_unchanged():
    for sorani, arabic in [("حەسەن", "حسن"), ("ئەحمەد", "احمد"), ("جەمیلة", "جميلة"),
                           ("خەدیجە", "خديجة")]:
        assert tokens(sorani) == tokens(arabic), sorani


def test_search_finds_both_readings():
    e = engine()
    found = _found(e, "ەحمەد")
    assert 1 in found and 2 in found, found
    assert 3 in _found(e, "ەيفاء") and 4 in _found(e, "ەيفاء")
    assert 5 in _found(e, "ەسما")
    assert 1 in _found(e, "ەحم", typing=True)  # half typed


def _two_ahmeds(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    r = cli(tmp_path, "person", "add", "--given", "احمد", "--father", "خدر", "--grandfather",
            "حسن", "--sex", "M", "--village", "Kocho", "--status", "missing")
    assert r.returncode == 0, r.stderr  # SNJ-00001
    r = cli(tmp_path, "person", "add", "--given", "Ahmed", "--father", "Qasim", "--sex", "M",
            "--status", "missing")
    assert r.returncode == 0, r.stderr  # SNJ-00002


def test_cli_search(tmp_path):
    _two_ahmeds(tmp_path)
    r = cli(tmp_path, "search", "ەحمەد", "--limit", "5")
    cases = {line.split("\t")[1] for line in r.stdout.splitlines()
             if float(line.split("\t")[0]) >= 0.85}
    assert {"SNJ-00001", "SNJ-00002"} <= cases, r.stdout


def test_import_row_updates_her_record(tmp_path):
    _two_ahmeds(tmp_path)

    path = tmp_path / "list.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["Name", "Father", "Grandfather", "Sex", "Village", "Status"],
                                  ["ەحمەد", "خدر", "حسن", "M", "كوجو", "rescued"]])
    r = cli(tmp_path, "import", str(path), "--source", "test", "--yes")
    assert r.returncode == 0, r.stderr
    r = cli(tmp_path, "--json", "person", "list")
    assert r.stdout.count('"case_no"') == 2, r.stdout  # updated, not made twice
    r = cli(tmp_path, "--json", "person", "show", "SNJ-00001")
    assert "rescued" in r.stdout, r.stdout


def test_duplicates_pairs_her_two_spellings(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for given in ("احمد", "ەحمەد"):
        r = cli(tmp_path, "person", "add", "--given", given, "--father", "خدر", "--grandfather",
                "حسن", "--sex", "M", "--village", "Kocho", "--status", "missing")
        assert r.returncode == 0, r.stderr
    r = cli(tmp_path, "duplicates")
    assert "SNJ-00001" in r.stdout and "SNJ-00002" in r.stdout and "given match" in r.stdout, r.stdout
