"""A record holding only a given name (a family's list: «شيرين», Kocho, age 25) meets every
record of that given name: `match` shows the known woman, the import asks about the row instead
of making her a second record, and `duplicates` finds the pair at the threshold it is given.
Shown only when something besides the name agrees and nothing disagrees. Real vaults and csv
lists through the command line."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once
from tests.import_helpers import arabic_suffix


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for args in (("--given", "شيرين", "--father", "خلف", "--grandfather", "حسن",
                  "--village", "Kocho", "--born", "about 1999"),
                 ("--given", "Shireen", "--father", "Murad", "--village", "Tel Qasab",
                  "--born", "1990")):
        r = cli("person", "add", "--sex", "F", *args)
        assert r.returncode == 0, r.stderr
    return cli


def _list(tmp_path, name: str, rows: list[str], header: str = "الاسم,القرية,العمر") -> str:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return str(path)


def _candidates(cli, path: str) -> list[list[str]]:
    r = cli("match", path, "--json")
    assert r.returncode == 0, r.stderr
    return [[c["case_no"] for c in entry["candidates"]] for entry in json.loads(r.stdout)]


def test_match_shows_the_known_woman_a_given_name_alone_may_be(vault, tmp_path):
    path = _list(tmp_path, "l.csv", ["شيرين,كوجو,25"])
    assert _candidates(vault, path) == [["SNJ-00001"]]


def test_another_village_keeps_a_given_name_alone_from_being_shown(vault, tmp_path):
    path = _list(tmp_path, "l.csv", ["شيرين,حردان,25"])
    assert _candidates(vault, path) == [[]]


def test_the_import_asks_about_the_row_instead_of_making_a_second_record(vault, tmp_path):
    path = _list(tmp_path, "l.csv", ["شيرين,كوجو,25"])
    r = vault("import", path, "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "row 2: probable match with SNJ-00001" in r.stdout
    assert "only a given name on one side" in r.stdout
    assert "0 new persons" in r.stdout


def test_duplicates_finds_the_pair_at_the_threshold_it_is_given(vault, tmp_path):
    path = _list(tmp_path, "l.csv", ["شيرين,كوجو,25"])
    r = vault("import", path, "--yes")
    assert r.returncode == 0, r.stderr
    r = vault("duplicates", "--threshold", "0.3", "--json")
    assert r.returncode == 0, r.stderr
    pairs = {(p["a"]["case_no"], p["b"]["case_no"]) for p in json.loads(r.stdout)}
    assert ("SNJ-00001", "SNJ-00003") in pairs


def test_a_short_list_finds_the_given_name_alone_as_the_whole_vault_does(vault, tmp_path):
    """A list of up to 50 rows reads only the records it can meet (nearby.py); one of more
    reads the whole vault. A full row meets a record holding only her given name either way."""
    path = _list(tmp_path, "l.csv", ["شيرين,كوجو,25"])
    assert vault("import", path, "--yes").returncode == 0  # SNJ-00003: شيرين alone, Kocho
    header = "الاسم,اسم الاب,القرية"
    row = "شيرين,خلف,كوجو"
    short = _candidates(vault, _list(tmp_path, "short.csv", [row], header))
    filler = [f"نادية{arabic_suffix(n)},سعيد,حردان" for n in range(60)]
    long = _candidates(vault, _list(tmp_path, "long.csv", [row, *filler], header))
    assert short[0] == long[0]
    assert "SNJ-00003" in short[0] and short[0][0] == "SNJ-00001"
