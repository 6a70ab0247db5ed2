"""A summary's persons are those asked for, and the paper says how they were chosen: its words
(`--query`, the Print screen's name box) each in her own names or case number, as written
there; "Print list..." the persons the Persons list showed, in its order. Read as the list's
ranked search at every score, a court paper for "Layla Khalil" listed 8 women (a mother named
Layla among them), and one for another name 397 persons of a demo vault (found by a reviewer)."""

from __future__ import annotations

import json
import re

import pytest

from app.reports.labels import label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext
from tests.ui_support import unlock

PERSONS = (  # given, father, mother
    ("Layla", "Khalil", ""), ("Rana", "Khaleel", ""), ("Jamila", "Khalid", ""),
    ("Khalida", "Hassan", ""), ("Nadia", "Ali", "Layla"), ("Leyla", "Xelîl", ""),
    ("Vian", "Murad", ""))


@pytest.fixture
@built_once
def khalils(cli) -> dict[str, str]:
    assert cli("init").returncode == 0
    people = {}
    for given, father, mother in PERSONS:
        r = cli("--json", "person", "add", "--given", given, "--father", father, "--sex", "F",
                "--village", "Kocho", "--status", "missing", "--sharing", "public",
                *(["--mother", mother] if mother else []))
        assert r.returncode == 0, r.stderr
        people[given] = json.loads(r.stdout)["case_no"]
    return people


def _paper(cli, tmp_path, *args: str, profile: str = "court") -> str:
    out = tmp_path / "s.pdf"
    r = cli("summary", "-o", str(out), "--profile", profile, "--force", *args)
    assert r.returncode == 0, r.stderr
    return pdftotext(out.read_bytes())


def _listed(text: str) -> list[str]:
    return re.findall(r"SNJ-\d{5}", text)


def test_every_word_is_in_her_own_names(cli, tmp_path, khalils):
    assert _listed(_paper(cli, tmp_path, "--query", "Layla Khalil")) == [khalils["Layla"]]
    assert _listed(_paper(cli, tmp_path, "--query", "khalil")) == [khalils["Layla"]]


def test_a_mothers_name_chooses_no_one_on_a_public_paper(cli, tmp_path, khalils):
    text = _paper(cli, tmp_path, "--query", "Layla", profile="public")
    assert _listed(text) == [khalils["Layla"]]


def test_a_case_number_or_its_digits_choose_her(cli, tmp_path, khalils):
    vian = khalils["Vian"]
    assert set(_listed(_paper(cli, tmp_path, "--query", vian))) == {vian}  # (and in Filters)
    assert _listed(_paper(cli, tmp_path, "--query", vian.split("-")[1])) == [vian]


def test_the_paper_says_its_words_are_in_the_names(cli, tmp_path, khalils):
    text = " ".join(_paper(cli, tmp_path, "--query", "Khalil").split())
    assert f"{label('query_words', 'en')}: Khalil" in text, text


# -- Print list... ---------------------------------------------------------------------------

def _shown(qtbot, main, words: str) -> list[str]:
    persons = main.persons
    persons.search_box.setText(words)
    qtbot.waitUntil(lambda: persons.model.results is not None
                    and persons.model.query == words, timeout=10_000)
    qtbot.wait(300)
    return [persons.model.index(r, 0).data(0x0100) for r in range(persons.model.rowCount())]


def _print_list(qtbot, main) -> tuple:
    main.persons.print_button.click()
    view = main.screens["print"]
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""
    text = pdftotext(view.built["pdf"])
    return view, _listed(text), " ".join(text.split())


def test_print_list_prints_the_persons_the_list_shows_in_its_order(qtbot, gui, khalils):
    main = unlock(qtbot, gui)
    shown = _shown(qtbot, main, "Layla Khalil")
    assert len(shown) > 1 and shown[0] == khalils["Layla"]  # the list's other spellings
    view, printed, text = _print_list(qtbot, main)
    assert printed == shown
    assert view.summary.listed_note.isVisible()
    assert not view.summary.sort.isEnabled()  # the list's order, not the Order box's
    said = label("listed_all", "en").format(n=len(shown), found=len(shown),
                                             query="Layla Khalil")
    assert f"{label('chosen_how', 'en')}: {said}" in text, text
    # other words in the name box: those words, word for word
    view.query.setText("Layla Khalil Haskani")
    view.query.setText("Layla Khalil")
    assert not view.summary.listed_note.isVisible()
    assert view.summary.sort.isEnabled()
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert _listed(pdftotext(view.built["pdf"])) == [khalils["Layla"]]


def test_print_list_of_a_list_cut_short_prints_what_it_showed_and_says_so(qtbot, gui, khalils,
                                                                       monkeypatch):
    monkeypatch.setattr("ui.persons_model.SEARCH_LIMIT", 2)
    main = unlock(qtbot, gui)
    shown = _shown(qtbot, main, "Layla Khalil")
    found = 2 + main.persons.model.told.more
    assert len(shown) == 2 and found > 2
    view, printed, text = _print_list(qtbot, main)
    assert printed == shown
    note = view.summary.listed_note.text()
    assert "shows 2 of the" in note and str(found) in note, note
    said = label("listed_some", "en").format(n=2, found=found, query="Layla Khalil")
    assert said in text, text


def test_words_that_choose_no_one_are_said_as_typed(cli, tmp_path, khalils):
    """Two case numbers are two words, both to be in one person's: nobody, said so."""
    out = tmp_path / "s.pdf"
    r = cli("summary", "-o", str(out), "--profile", "court", "--force", "--query",
            f"{khalils['Layla']} {khalils['Vian']}")
    assert r.returncode == 0, r.stderr
    said = r.stdout + r.stderr
    assert f"matches --query {khalils['Layla']} {khalils['Vian']})" in said, said
