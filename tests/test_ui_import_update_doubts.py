"""The import wizard asks once more about every update the command line refuses without
--despite-contradiction (given names only partly alike, a score now below 0.5), and tells the
vault "despite" only for the rows the user said yes to."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_ui_import_wizard import _near_nadia, _staged_for_review
from tests.ui_support import wait_job


def _nadira(folder) -> str:
    """Nadira, of row 5's father and grandfather: a probable match whose given name only
    partly agrees with the row's Nadia (her sister?)."""
    s = open_vault(folder, PASSPHRASE)
    try:
        return s.persons.create(Person(
            names={NamePart.GIVEN: NameText("نادرة"), NamePart.FATHER: NameText("باسي"),
                   NamePart.GRANDFATHER: NameText("طه")}, sex=Sex.FEMALE)).case_no
    finally:
        s.close()


def _question(wizard):
    shown = [b for b in wizard.findChildren(QMessageBox, "updateQuestion") if b.isVisible()]
    return shown[0] if shown else None


def _update_row_5(wizard) -> None:
    box = wizard.decision_boxes[5]
    box.setCurrentIndex(box.findData("update"))
    wizard.commit()


def test_an_update_onto_a_given_name_only_partly_alike_is_asked_naming_both(
        qtbot, gui, made_vault):
    folder, _code = made_vault
    her = _nadira(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    (w,) = wizard.state["waiting"]
    assert w["given_partial"] == {"list": "نادية", "vault": "نادرة"} and not w["contradicts"]
    _update_row_5(wizard)
    qtbot.waitUntil(lambda: _question(wizard) is not None, timeout=10_000)
    text = _question(wizard).text()
    assert "Row 5: the given name" in text and "نادية" in text and "نادرة" in text
    assert her in text and "perhaps her sister" in text
    # not also "another person of the same names": her sister, by the names
    assert "same names" not in text and text.endswith("Update them all the same?")
    # Enter cancels: Cancel is the default, and cancelling leaves her record alone.
    assert _question(wizard).defaultButton() is _question(wizard).button(
        QMessageBox.StandardButton.Cancel)
    _question(wizard).button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: _question(wizard) is None, timeout=10_000)
    assert wizard.pages.currentWidget() is wizard.review_page
    _update_row_5(wizard)
    qtbot.waitUntil(lambda: _question(wizard) is not None, timeout=10_000)
    _question(wizard).findChild(QPushButton, "updateAnyway").click()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    (hand,) = [d for d in wizard.report_data["decided_by_hand"] if d["decision"] == "update"]
    assert (hand["row"], hand["person"]) == (5, her)


def test_an_update_whose_score_fell_below_one_half_since_staging_is_asked(
        qtbot, gui, made_vault):
    """Nadia's record corrected after the list was staged (born 1960, another village): the
    row now scores 0.2 against her, though no name or sex contradicts."""
    folder, _code = made_vault
    her = _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)

    def corrected(s):
        p = s.persons.get(her)
        p.birth, p.origin_village = FuzzyDate.parse("1960"), "سيبا شيخ خدر"
        s.persons.update(p)

    wait_job(qtbot, gui.worker, corrected)
    wizard.open_batch(wizard.state["batch"])  # the page filled again, as when resumed
    qtbot.waitUntil(lambda: wizard.state["waiting"][0]["unlikely"], timeout=20_000)
    _update_row_5(wizard)
    qtbot.waitUntil(lambda: _question(wizard) is not None, timeout=10_000)
    assert "Row 5 scores 0.2" in _question(wizard).text()
    assert f"against {her} now: unlikely to be one person." in _question(wizard).text()
    assert "same names" not in _question(wizard).text()
    _question(wizard).findChild(QPushButton, "updateAnyway").click()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)


def test_an_update_that_came_into_doubt_while_the_page_was_open_is_shown_again(
        qtbot, gui, made_vault):
    """The record changed after the page was filled: Import shows the row again instead of
    updating her unasked; asked then, the update goes ahead."""
    folder, _code = made_vault
    her = _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)

    def corrected(s):
        p = s.persons.get(her)
        p.birth, p.origin_village = FuzzyDate.parse("1960"), "سيبا شيخ خدر"
        s.persons.update(p)

    wait_job(qtbot, gui.worker, corrected)
    _update_row_5(wizard)  # the page still shows the old score: nothing asked yet
    qtbot.waitUntil(lambda: wizard.state["waiting"] and wizard.state["waiting"][0]["unlikely"],
                    timeout=20_000)
    assert wizard.pages.currentWidget() is wizard.review_page
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get(her).names.get(
        NamePart.FAMILY)) is None  # not updated from the row
    _update_row_5(wizard)
    qtbot.waitUntil(lambda: _question(wizard) is not None, timeout=10_000)
