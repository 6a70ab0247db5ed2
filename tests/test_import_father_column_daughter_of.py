"""A father's column that writes «بنت سمير» (daughter of Samir) names her father Samir: the
words saying whose daughter she is are no part of his name, and never a spelling of hers."""

import json

import pytest

from app.domain.person import NamePart
from app.importing.names import split_full_name
from app.importing.service import ImportService
from tests.import_helpers import cli, new_vault, write_csv

_CELLS = [("بنت سمير", "سمير"), ("ابنة سمير", "سمير"), ("إبنة سمير", "سمير"),
          ("کچی سمیر", "سمیر"), ("bint Samir", "Samir"), ("keça Samir", "Samir"),
          ("daughter of Samir", "Samir"), ("Bint Samir Ali", "Samir Ali"),
          ("kiça Samir", "Samir"), ("kiçê Samir", "Samir"), ("qîzê Samir", "Samir"),
          ("d/o Samir", "Samir")]


@pytest.mark.parametrize("cell, father", _CELLS)
def test_a_father_cell_saying_daughter_of_is_read_as_his_name(tmp_path, cell, father):
    session = new_vault(tmp_path / "vault")
    try:
        path = write_csv(tmp_path / "list.csv", ["Name", "Father"], [["Nadia", cell]])
        svc = ImportService(session)
        [row] = svc.stage_rows(svc.prepare(str(path)))
        name = row.person.name(NamePart.FATHER)
        assert father in (name.original, name.latin)
        assert "" in (name.original, name.latin)  # one script, the other left blank
        assert row.person.aliases == []
    finally:
        session.close()


@pytest.mark.parametrize("cell", ["بنت", "Bint"])
def test_the_word_alone_in_a_father_cell_stays_as_written(tmp_path, cell):
    session = new_vault(tmp_path / "vault")
    try:
        path = write_csv(tmp_path / "list.csv", ["Name", "Father"], [["Nadia", cell]])
        svc = ImportService(session)
        [row] = svc.stage_rows(svc.prepare(str(path)))
        name = row.person.name(NamePart.FATHER)
        assert cell in (name.original, name.latin)
    finally:
        session.close()


@pytest.mark.parametrize("text, given, father", [
    ("ليلى ابنة خلف", "ليلى", "خلف"), ("ليلى إبنة خلف رشو", "ليلى", "خلف"),
    ("ليلى بنت خلف", "ليلى", "خلف"), ("Layla bint Khalaf", "Layla", "Khalaf"),
    # Kurmanji as it is spoken (kiça, kiçê), and English lists' short forms
    ("Vîyan kiça Xelîl Elî Şerqî", "Vîyan", "Xelîl"), ("Vîyan kiçê Xelîl", "Vîyan", "Xelîl"),
    ("Nadia d/o Murad Taha", "Nadia", "Murad"), ("Khalil s/o Elias Hasan", "Khalil", "Elias"),
    ("Nadia D/O Murad", "Nadia", "Murad")])
def test_a_full_name_x_daughter_of_y_is_given_x_father_y(text, given, father):
    parts = split_full_name(text)
    assert (parts[NamePart.GIVEN], parts[NamePart.FATHER]) == (given, father)


def test_an_update_from_a_father_cell_saying_daughter_of_adds_no_spelling_of_hers(tmp_path):
    """The tester's case: Nadia, daughter of Samir, known; the list's father column wrote
    «بنت سمير». Updating her added «نادية بنت سمير» to her names as another spelling."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    out = cli(tmp_path, "--json", "person", "add", "--given", "نادية", "--given", "Nadia",
              "--father", "سمير", "--father", "Samir", "--sex", "F")
    case_no = json.loads(out.stdout)["case_no"]
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "Name", "Father"],
                     [["نادية", "بنت سمير", "Nadia", "bint Samir"]])
    assert cli(tmp_path, "import", str(path)).returncode == 0
    out = cli(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", case_no)
    assert out.returncode == 0, out.stderr
    assert "list:  نادية سمير / Nadia Samir" in out.stdout
    assert cli(tmp_path, "review", "1", "--commit").returncode == 0
    shown = json.loads(cli(tmp_path, "--json", "person", "show", case_no).stdout)
    assert shown["aliases"] == []
    assert shown["names"]["father"] == {"original": "سمير", "latin": "Samir"}
    # Her row's provenance keeps the cells as the list wrote them.
    raw = json.loads(shown["provenance"][0]["raw_json"])
    assert raw["اسم الاب"] == "بنت سمير" and raw["Father"] == "bint Samir"


def test_a_merged_record_whose_father_reads_daughter_of_adds_no_spelling_of_hers(tmp_path):
    """A record an earlier version imported kept «بنت سمير» as her father's name; merged into
    Nadia, daughter of Samir, it made «نادية بنت سمير» a name of hers."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    cases = []
    for father in (("سمير", "Samir"), ("بنت سمير", "bint Samir")):
        out = cli(tmp_path, "--json", "person", "add", "--given", "نادية", "--father", father[0],
                  "--father", father[1], "--sex", "F")
        cases.append(json.loads(out.stdout)["case_no"])
    out = cli(tmp_path, "merge", *cases)
    assert out.returncode == 0, out.stderr
    shown = json.loads(cli(tmp_path, "--json", "person", "show", cases[0]).stdout)
    assert shown["aliases"] == []
    assert shown["names"]["father"] == {"original": "سمير", "latin": "Samir"}


@pytest.mark.parametrize("text, words", [
    ("Vîyan kiça Xelîl", ["viyan", "xelil"]), ("Viyan keça Xelîl", ["viyan", "xelil"]),
    ("Nadia d/o Murad", ["nadia", "murad"]), ("Khalil s/o Elias", ["khalil", "elias"])])
def test_search_words_leave_out_daughter_of_before_a_name(text, words):
    """Searched for as typed, "Nadia d/o Murad" held the word "o" and "Viyan keça Xelîl" the
    word keça: neither is a name she is found by."""
    from app.text.normalize import tokens

    assert tokens(text) == words
