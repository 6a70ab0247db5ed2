"""Removing a photo, a family contact or a relative link, and withdrawing a status, on her page
asks why in the same question, as the command line takes `--reason`, and records it in the
audit trail as the command does (optional there, optional here: left blank, the reason is
empty, as a command without --reason leaves it). The desktop asked nothing and wrote
"removed on the desktop" for every one."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from tests.test_ui_person_page_bidi import _page
from tests.test_ui_remove_photo_contact_relative import _vault
from tests.ui_support import read_vault


def _question(qtbot, page, name: str) -> QMessageBox:
    def shown():
        boxes = [b for b in page.findChildren(QMessageBox, name) if b.isVisible()]
        return boxes[0] if boxes else None
    qtbot.waitUntil(lambda: shown() is not None, timeout=10_000)
    return shown()


def _choose_row(table, row: int = 0) -> None:
    table.setFocus()
    table.selectionModel().select(table.model().index(row, 0),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)


def _reasons(folder) -> dict[str, str]:
    def read(s):
        return {a: json.loads(d)["reason"] for a, d in s.db.conn.execute(
            "SELECT action, detail FROM audit_log WHERE action LIKE '%.remove' "
            "OR action = 'person.status_withdraw'")}
    return read_vault(folder, read)


def _answer(qtbot, page, name: str, go: str, reason: str, shot: str = "") -> None:
    box = _question(qtbot, page, name)
    field = box.findChild(QLineEdit, "reasonBox")
    assert field is not None and field.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps
    field.setText(reason)
    if shot:
        box.grab().save(shot)
    box.findChild(QPushButton, go).click()


@pytest.fixture
def page(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    _vault(folder, tmp_path)
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import Status, StatusEvent
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        s.persons.add_status("SNJ-00001", StatusEvent(Status.DECEASED, FuzzyDate.parse("2016")))
    finally:
        s.close()
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    qtbot.waitUntil(lambda: page.photos_tab.list.count() == 1, timeout=10_000)
    return page


def test_each_removal_records_the_reason_typed_as_the_command_line_does(
        qtbot, gui, made_vault, page):
    shot = os.environ.get("CK_SHOT", "")
    page.photos_tab.list.setCurrentRow(0)
    page.photos_tab.remove_button.click()
    _answer(qtbot, page, "removeQuestion", "removeGo", "  a photo of her cousin  ",
            shot and f"{shot}-photo.png")
    qtbot.waitUntil(lambda: page.photos_tab.list.count() == 0, timeout=10_000)
    _choose_row(page.contacts_tab.table)
    page.contacts_tab.remove_button.click()
    _answer(qtbot, page, "removeQuestion", "removeGo", "the number is her neighbour's")
    qtbot.waitUntil(lambda: page.contacts_tab.model.rowCount() == 0, timeout=10_000)
    _choose_row(page.relatives_tab.table)
    page.relatives_tab.remove_button.click()
    _answer(qtbot, page, "removeQuestion", "removeGo", "")  # optional, as --reason is
    qtbot.waitUntil(lambda: page.relatives_tab.model.rowCount() == 0, timeout=10_000)
    events = page.status_tab.events
    page.status_tab.table.selectRow([e.status.value for e in events].index("deceased"))
    page.findChild(QPushButton, "withdrawStatusEvent").click()
    version = page.person.version
    _answer(qtbot, page, "withdrawStatusQuestion", "withdrawStatusGo",
            "the death was a rumour: she called her brother in 2019", shot and f"{shot}-status.png")
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    assert page.error.text() == ""
    gui.worker.close()
    gui.locked = True
    assert _reasons(made_vault[0]) == {
        "person.photo.remove": "a photo of her cousin",
        "person.contact.remove": "the number is her neighbour's",
        "person.relative.remove": "",
        "person.status_withdraw": "the death was a rumour: she called her brother in 2019"}


def test_enter_in_the_reason_box_neither_removes_nor_throws_the_reason_away(qtbot, page):
    """Enter in the box went to the question's default button, Cancel: the reason just typed
    was lost with the removal not done. It does nothing; Remove is clicked to remove."""
    page.photos_tab.list.setCurrentRow(0)
    page.photos_tab.remove_button.click()
    box = _question(qtbot, page, "removeQuestion")
    field = box.findChild(QLineEdit, "reasonBox")
    field.setFocus()
    qtbot.keyClicks(field, "not her")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert box.isVisible() and field.text() == "not her"
    assert page.photos_tab.list.count() == 1
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.photos_tab.list.count() == 1


@pytest.mark.parametrize("lang, words", [("ar", "السبب"), ("ckb", "هۆکار"), ("kmr", "Sedem")])
def test_the_reason_is_asked_in_the_desktops_language(qtbot, gui, made_vault, tmp_path,
                                                      new_translations, lang, words):
    folder, _code = made_vault
    _vault(folder, tmp_path)
    page = _page(qtbot, gui, folder, lang, "SNJ-00001")
    qtbot.waitUntil(lambda: page.photos_tab.list.count() == 1, timeout=10_000)
    page.photos_tab.list.setCurrentRow(0)
    page.photos_tab.remove_button.click()
    box = _question(qtbot, page, "removeQuestion")
    label = box.findChild(QLineEdit, "reasonBox").parent().findChild(QLabel)
    assert words in label.text(), label.text()
    if shot := os.environ.get("CK_SHOT"):
        box.grab().save(f"{shot}-{lang}.png")
    box.button(QMessageBox.StandardButton.Cancel).click()
