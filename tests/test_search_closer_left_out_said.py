"""A search narrowed by filters says when they leave out matches that score higher than the best
one shown: searching سميره among the missing showed only Samia (0.71), and the user took one
sister for the other while Samira, rescued, scored 1.00. The command line says it in a line
after the results, the desktop under them in the interface's language."""

from __future__ import annotations

import os

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.vault import KdfParams, create_vault
from db.repositories.search import SearchFilter
from tests.ui_support import PASSPHRASE, unlock
from ui.bidi import isolated
from ui.settings import write_language


def _woman(given: NameText, status: Status, year: str) -> Person:
    return Person(sex=Sex.FEMALE, origin_village="Kocho",
                  names={NamePart.GIVEN: given, NamePart.FATHER: NameText("الياس", "Elias")},
                  status_events=[StatusEvent(status, FuzzyDate.parse(year))])


def _sisters(session) -> None:
    """SNJ-00001 and -02 strangers; SNJ-00003 Samira, rescued; SNJ-00004 Samia, missing."""
    for given, father in (("Nadiya", "Xelef"), ("Khalida", "Murad")):
        session.persons.create(Person(sex=Sex.FEMALE, names={
            NamePart.GIVEN: NameText(latin=given), NamePart.FATHER: NameText(latin=father)}))
    session.persons.create(_woman(NameText("سميرة", "Samira"), Status.RESCUED, "2017"))
    session.persons.create(_woman(NameText("سامية", "Samia"), Status.MISSING, "2014"))


@pytest.mark.parametrize("warm", [False, True], ids=["from the vault", "held in memory"])
def test_the_search_names_the_closer_matches_the_filter_leaves_out(session, warm):
    _sisters(session)
    if warm:
        session.search.warm()
    missing = SearchFilter(status="missing")
    shown, closer = session.search.search_apart("سميره", f=missing)
    assert [r.case_no for r in shown] == ["SNJ-00004"]
    assert [(r.case_no, r.outside) for r in closer] == [("SNJ-00003", (("status", "rescued"),))]
    assert closer[0].score > shown[0].score
    # What is shown is what search() shows; with no filter, or the sister not closer, none.
    assert shown == session.search.search("سميره", f=missing)
    assert session.search.search_apart("سميره")[1] == []
    assert session.search.search_apart("Samia", f=missing)[1] == []
    # A filter that shows no one: all the matches it left out are named.
    shown, closer = session.search.search_apart("Samira", f=SearchFilter(village="Sinjar"))
    assert shown == [] and closer[0].case_no == "SNJ-00003"
    assert closer[0].outside == (("village", "Kocho"),)


def test_the_command_line_says_the_closer_matches_left_out(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    elias = ["--father", "الياس", "--father", "Elias"]
    for args in (["--given", "Nadiya", "--father", "Xelef"], ["--given", "Khalida"],
                 ["--given", "سميرة", "--given", "Samira", *elias, "--status", "rescued",
                  "--status-date", "2017"],
                 ["--given", "سامية", "--given", "Samia", *elias, "--status", "missing"]):
        assert cli("person", "add", "--sex", "F", *args).returncode == 0
    out = cli("search", "Samira Elias", "--status", "missing").stdout.splitlines()
    assert out[0].split("\t")[1] == "SNJ-00004"
    assert out[-1] == ("1 closer match is left out by the filters (best: SNJ-00003 1.00, "
                       "status rescued)")
    assert "left out" not in cli("search", "Samira Elias").stdout
    r = cli("--json", "search", "Samira Elias", "--status", "missing")
    assert "1 closer match is left out" in r.stderr  # the JSON keeps its shape


@pytest.mark.parametrize("lang,words", [
    ("en", "1 closer match(es) left out by the filters (best: {case} {score}, status: "
           "Rescued)"),
    ("ar", "نتائج أقرب استبعدتها عوامل التصفية: 1 (الأفضل: {case} \u200f{score}، الحالة: "
           "أُنقذت)")])
def test_the_desktop_says_it_under_the_results(qtbot, gui, tmp_path, lang, words):
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    _sisters(s)
    s.close()
    write_language(folder, lang)
    gui.language, gui.vault_dir = lang, folder
    view = unlock(qtbot, gui).persons
    view.status.setCurrentIndex(view.status.findData("missing"))
    with qtbot.waitSignal(view.model.found_by_loaded, timeout=10_000):
        view.search_box.setText("سميره")
    assert [r.case_no for r in view.model.results] == ["SNJ-00004"]
    assert view.left_out.isVisibleTo(view)
    assert view.left_out.text() == words.format(case=isolated("SNJ-00003"),
                                                score=isolated("1.00"))
    if os.environ.get("CK_SHOTS"):
        view.window().grab().save(str(tmp_path / f"left-out-{lang}.png"))
    # All statuses again: Samira is shown, and nothing is said.
    with qtbot.waitSignal(view.model.found_by_loaded, timeout=10_000):
        view.status.setCurrentIndex(view.status.findData(None))
    assert view.model.results[0].case_no == "SNJ-00003"
    assert not view.left_out.isVisibleTo(view)
