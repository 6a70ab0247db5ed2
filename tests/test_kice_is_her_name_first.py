"""Kiçê (Kiche, Kice, Kîçê), a Yazidi woman's name, is also keça ("daughter of") as spoken. First
in a name it is hers: "Kiche Shamo" was rejected as "says whose child ... she is", and a search
for "Kiçê Shamo" counted only her father's name and put her sister Xezal Shamo first. After a
name, or in a father's column, it still says "daughter of"."""

import json

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.name_cells import read_cell
from app.importing.names import forebear_name, split_full_name
from app.text.normalize import tokens
from tests.import_helpers import cli, write_csv

SPELLINGS = ["Kiche Shamo", "Kiçê Shamo", "Kice Şemo", "Kîçê Shamo"]


@pytest.mark.parametrize("text", SPELLINGS)
def test_kice_first_is_her_given_name(text):
    assert read_cell(text) is None
    parts = split_full_name(text)
    assert parts[NamePart.GIVEN] == text.split()[0]
    assert parts[NamePart.FATHER] == text.split()[1]
    assert len(tokens(text)) == 2


@pytest.mark.parametrize("text", ["Vîyan kiçê Xelîl", "Viyan Kiche Xelil"])
def test_kice_after_a_name_is_daughter_of(text):
    parts = split_full_name(text)
    assert (parts[NamePart.GIVEN], parts[NamePart.FATHER]) == tuple(text.split()[::2])
    assert len(tokens(text)) == 2


def test_kica_first_still_says_daughter_of():
    """keça, kiça are never a name: the row of an unnamed daughter stays held."""
    assert read_cell("kiça Shamo") is not None and read_cell("Keça Shamo") is not None


@pytest.mark.parametrize("cell", ["kiçê Samir", "Kiche Samir"])
def test_kice_in_a_fathers_cell_is_daughter_of(cell):
    assert forebear_name(cell) == "Samir"


@pytest.mark.parametrize("typed", SPELLINGS)
def test_search_finds_kice_before_her_sister(session, typed):
    made = {}
    for given in (("غزال", "Xezal"), ("كيجي", "Kiçê")):
        made[given[1]] = session.persons.create(Person(
            names={NamePart.GIVEN: NameText(*given), NamePart.FATHER: NameText("شمو", "Shamo"),
                   NamePart.FAMILY: NameText("مندكاني", "Mandkani")}, sex=Sex.FEMALE)).case_no
    found = session.search.search(typed)
    assert found[0].case_no == made["Kiçê"], (typed, found[:2])
    assert len(found) == 1 or found[1].score < found[0].score, (typed, found[:2])


def test_a_list_row_of_kice_is_read_as_her_name_and_matched_to_her(tmp_path):
    """(Kiche with English ch against Kiçê is a question of spelling, not of reading: that row
    is only required to be read as her name here.)"""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for given in (("غزال", "Xezal"), ("كيجي", "Kiçê")):
        r = cli(tmp_path, "person", "add", "--given", given[0], "--given", given[1], "--father",
                "شمو", "--father", "Shamo", "--sex", "F", "--born", "2004", "--village", "Kocho")
        assert r.returncode == 0, r.stderr
    path = write_csv(tmp_path / "l.csv", ["Name", "Village"],
                     [["Kiçê Shamo", "Kocho"], ["Kice Şemo", "Kocho"], ["Kiche Shamo", "Kocho"]])
    r = cli(tmp_path, "--json", "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert [x["match"] for x in rows[:2]] == ["SNJ-00002", "SNJ-00002"], rows
    assert not any(x["rejected"] for x in rows), rows
    said = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "name read as: given 'Kiche', father 'Shamo'" in said, said
