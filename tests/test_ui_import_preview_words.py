"""The preview says what comes next and what each row is: its button reads Import when no row
waits for a decision (the next step writes the list into the vault), and a row that repeats an
earlier row of the list is "same as row N", not "already known" (the vault does not hold her)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from app.domain.person import NamePart, NameText, Person, Sex
from tests.import_helpers import write_csv
from tests.test_ui_import_wizard import XLSX, _wizard
from tests.ui_support import wait_job
from ui.settings import write_language

HEADER = ["Name", "Father", "Grandfather", "Family", "Village", "Sex"]
SHIRIN = ["Shirin", "Murad", "Qasim", "Haskani", "Kocho", "F"]
LAYLA = ["Layla", "Elias", "Khudeda", "Haskani", "Kocho", "F"]


def _near_nadia_person() -> Person:
    """Like row 5 of the Kocho list but for its family name: a probable match."""
    return Person(names={NamePart.GIVEN: NameText("نادية"), NamePart.FATHER: NameText("باسي"),
                         NamePart.GRANDFATHER: NameText("طه")}, sex=Sex.FEMALE)


def _preview(qtbot, gui, folder, path, lang="en"):
    write_language(folder, lang)
    gui.language = lang
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    return wizard


def _outcomes(wizard) -> list[str]:
    model = wizard.preview.model
    return [model.item(n, 1).text() for n in range(model.rowCount())]


@pytest.mark.parametrize(("lang", "repeat"), [
    ("en", "same as row 2"), ("ar", "مثل الصف \u20662\u2069")])
def test_a_row_repeating_an_earlier_row_is_the_same_as_that_row_not_already_known(
        qtbot, gui, made_vault, tmp_path, lang, repeat):
    """Shirin twice, the vault without her: the second row is not "already known"."""
    folder, _code = made_vault
    wizard = _preview(qtbot, gui, folder, write_csv(
        tmp_path / "list.csv", HEADER, [SHIRIN, SHIRIN, LAYLA]), lang)
    outcomes = _outcomes(wizard)
    assert outcomes[1] == repeat
    assert outcomes[0] == outcomes[2] != repeat  # new persons
    if lang == "en":
        assert wizard.preview_info.text() == "new person: 2   same as an earlier row: 1"


@pytest.mark.parametrize(("lang", "button"), [("en", "Import"), ("ar", "استيراد")])
def test_the_preview_button_says_import_when_no_row_waits_for_a_decision(
        qtbot, gui, made_vault, tmp_path, lang, button):
    folder, _code = made_vault
    wizard = _preview(qtbot, gui, folder, write_csv(
        tmp_path / "list.csv", HEADER, [SHIRIN, LAYLA]), lang)
    stage = wizard.preview_page.findChild(QPushButton, "import_stage")
    assert stage.text() == button
    stage.click()  # what it says: the list is imported
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.count()) == 2


def test_the_preview_button_says_continue_once_a_row_waits_for_a_decision(
        qtbot, gui, made_vault):
    """Checked again after a woman like a row was entered: the button is said anew."""
    folder, _code = made_vault
    wizard = _preview(qtbot, gui, folder, XLSX)
    stage = wizard.preview_page.findChild(QPushButton, "import_stage")
    assert "probable match" not in _outcomes(wizard) and stage.text() == "Import"
    wait_job(qtbot, gui.worker, lambda s: s.persons.create(_near_nadia_person()))
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: "probable match" in _outcomes(wizard), timeout=20_000)
    assert stage.text() == "Continue"
    stage.click()  # on to the decisions: nothing imported yet
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.count()) == 1
