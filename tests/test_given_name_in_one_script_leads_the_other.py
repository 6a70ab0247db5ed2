"""A woman whose given name is written in one script only is never shown, in the other script's
name column, as her father's name alone: Xezal (in Latin letters only), daughter of الياس حيدر
قيران, showed in the Arabic-script column of the person list, search and duplicates as "الياس
حيدر قيران", which an Arabic reader takes for a man named Elias (two such sisters for one man).
Her given name, as written, stands in its place ("Xezal الياس حيدر قيران"), at the start of the
name in that script's direction, on the command line and on the desktop alike."""

from __future__ import annotations

import re

import pytest

from tests.built_once import built_once
from tests.ui_support import unlock
from ui.bidi import bare

FAMILY = ["--father", "الياس", "--father", "Elias", "--grandfather", "حيدر",
          "--grandfather", "Heyder", "--family", "قيران", "--family", "Qiran", "--sex", "F",
          "--village", "Gir Zerik", "--status", "missing"]
XEZAL = "Xezal الياس حيدر قيران"
SAMIRA = "سميرة Elias Heyder Qiran"  # her sister's given name in Arabic script only


@pytest.fixture
@built_once
def vault(cli):
    """SNJ-00001 Xezal, her given name in Latin letters only; SNJ-00002 سميرة, hers in Arabic
    script only; SNJ-00003 Xezal again (a second list's record of her); SNJ-00004 a sister
    whose given name no list gave."""
    assert cli("init").returncode == 0
    for given in (["--given", "Xezal"], ["--given", "سميرة"], ["--given", "Xezal"], []):
        done = cli("person", "add", *given, *FAMILY)
        assert done.returncode == 0, done.stderr
    return cli


def _line(out: str, case_no: str) -> str:
    return next(line for line in out.splitlines() if case_no in line)


def test_the_command_line_lists_her_given_name_before_her_fathers(vault):
    listed = vault("person", "list").stdout
    assert f"\t{XEZAL}\tXezal Elias Heyder Qiran" in _line(listed, "SNJ-00001")
    assert f"\tسميرة الياس حيدر قيران\t{SAMIRA}" in _line(listed, "SNJ-00002")
    # a given name unknown in both scripts is marked, as before
    assert "(given name unknown) الياس حيدر قيران" in _line(listed, "SNJ-00004")
    found = vault("search", "الياس حيدر").stdout
    assert XEZAL in _line(found, "SNJ-00001") and SAMIRA in _line(found, "SNJ-00002")
    pairs = vault("duplicates").stdout
    pair = next(line for line in pairs.splitlines() if "SNJ-00001" in line and "SNJ-00003" in line)
    assert pair.count(XEZAL) == 2, pair
    # --json gives the names as stored: the two scripts' parts apart, as a program reads them
    assert '"name_original": "الياس حيدر قيران"' in vault("person", "list", "--json").stdout


def _drawn_names(text: str, font, rtl: bool) -> str:
    from tests.test_ui_languages import _drawn
    return _drawn(text, font, rtl).replace(" ", "")


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_desktops_lists_show_her_given_name_first(qtbot, gui, vault, lang):
    from ui.settings import write_language
    write_language(vault.vault, lang)
    gui.vault_dir, gui.language = vault.vault, lang
    main = unlock(qtbot, gui)
    model = main.persons.model
    qtbot.waitUntil(lambda: model.rowCount() >= 4 and all(
        model.summary(n) is not None for n in range(4)), timeout=10_000)
    rows = {bare(model.data(model.index(n, 0))): n for n in range(model.rowCount())}
    font = main.persons.font()

    def cell(case_no: str, col: int) -> str:
        return model.data(model.index(rows[case_no], col))

    assert bare(cell("SNJ-00001", 1)) == XEZAL
    assert bare(cell("SNJ-00002", 2)) == SAMIRA
    # Xezal at the start of the Arabic-script name, read right to left: at its right end,
    # whatever the window's direction; سميرة at the left of the Latin one
    for rtl in (True, False):
        assert re.fullmatch(r"·+Xezal", _drawn_names(cell("SNJ-00001", 1), font, rtl))
        assert re.fullmatch(r"·+Elias·?Heyder·?Qiran",
                            _drawn_names(cell("SNJ-00002", 2), font, rtl))
    # search as you type shows her so too
    main.persons.search_box.setText("Qiran")
    qtbot.waitUntil(lambda: model.rowCount() >= 1
                    and getattr(model.summary(0), "score", None) is not None, timeout=10_000)
    shown = [bare(model.data(model.index(n, 1))) for n in range(model.rowCount())]
    assert XEZAL in shown, shown
    # the Duplicates screen's pair of her two records
    dups = main.show_screen("duplicates")
    dups.find()
    qtbot.waitUntil(lambda: dups.list.model.rowCount() > 0, timeout=20_000)
    names = [bare(dups.list.model.item(n, c).text()) for n in range(dups.list.model.rowCount())
             for c in (2, 4)]
    assert XEZAL in names and "الياس حيدر قيران" not in names, names


def test_a_review_card_names_her_so_too():
    """`review` and the import wizard's cards: the same rule, and the mark of a given name
    known in neither script kept."""
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.importing.review import card_text, person_card
    family = {NamePart.FATHER: NameText("الياس", "Elias"), NamePart.GRANDFATHER:
              NameText("حيدر", "Heyder"), NamePart.FAMILY: NameText("قيران", "Qiran")}
    xezal = Person(names={NamePart.GIVEN: NameText("", "Xezal"), **family}, sex=Sex.FEMALE)
    xezal.case_no = "SNJ-00001"
    assert card_text(person_card(xezal)).startswith(
        f"SNJ-00001 {XEZAL} / Xezal Elias Heyder Qiran")
    sister = Person(names=dict(family), sex=Sex.FEMALE)
    sister.case_no = "SNJ-00004"
    assert card_text(person_card(sister)).startswith(
        "SNJ-00004 (given name unknown) الياس حيدر قيران / (given name unknown) Elias")
