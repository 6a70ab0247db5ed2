"""Her page's photos, family contacts and relatives tabs each have a Remove button (and the
Delete key): a wrong photo, contact or link could not be taken off on the desktop at all (a
tester found no button, no menu, and Delete doing nothing). Each asks first; Cancel keeps it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from tests.conftest import PASSPHRASE
from tests.ui_support import read_vault, unlock

MARK = b"WRONG-WOMAN-FACE-ui-91c2"


def _vault(folder, tmp_path) -> None:
    """Nadia (SNJ-00001) with a photo of another woman, a contact typed wrong, and Jamila
    (SNJ-00002) linked as her sister by mistake, from Jamila's side."""
    from PIL import Image

    from app.domain.person import NamePart, NameText, Person, Sex
    from app.domain.records import FamilyContact, Relation, RelativeLink
    from app.vault import open_vault
    path = tmp_path / "face.jpg"
    Image.new("RGB", (40, 50), (120, 80, 60)).save(path, "JPEG", comment=MARK * 10)
    s = open_vault(folder, PASSPHRASE)
    try:
        for given in ("Nadia", "Jamila"):
            s.persons.create(Person(names={NamePart.GIVEN: NameText("", given)}, sex=Sex.FEMALE))
        s.records.add_photo("SNJ-00001", path.read_bytes(), "Kocho")
        s.records.add_contact("SNJ-00001", FamilyContact(0, "Xidirê Şêx", "0750 999 1234",
                                                         "brother"))
        s.records.link_relative("SNJ-00002", "SNJ-00001", RelativeLink(0, 0, Relation.SIBLING))
    finally:
        s.close()


@pytest.fixture
def page(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    _vault(folder, tmp_path)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.photos_tab.list.count() == 1,
                    timeout=10_000)
    return page


def _question(qtbot, page) -> QMessageBox:
    def shown():
        boxes = [b for b in page.findChildren(QMessageBox, "removeQuestion") if b.isVisible()]
        return boxes[0] if boxes else None
    qtbot.waitUntil(lambda: shown() is not None, timeout=10_000)
    return shown()


def _choose_row(table) -> None:
    table.setFocus()
    table.selectionModel().select(table.model().index(0, 0),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)


def _held(folder) -> dict:
    def read(s):
        p = s.persons.get("SNJ-00001")
        conn = s.db.conn
        return {"photos": len(s.records.photos_for(p.id)),
                "contacts": len(s.records.contacts_for(p.id)),
                "relatives": len(s.records.relatives_for(p.id)),
                # any image left in the table at all (its bytes are erased: the CLI's test
                # searches every column for them)
                "image": conn.execute("SELECT count(*) FROM photos WHERE length(data) > 0"
                                      ).fetchone()[0],
                "trail": [a for (a,) in conn.execute(
                    "SELECT action FROM audit_log WHERE action LIKE '%.remove'")],
                "reasons": [json.loads(d)["reason"] for (d,) in conn.execute(
                    "SELECT detail FROM audit_log WHERE action LIKE '%.remove'")]}
    return read_vault(folder, read)


def test_the_photo_is_removed_once_the_question_is_answered(qtbot, gui, page, made_vault):
    tab = page.photos_tab
    assert not tab.remove_button.isEnabled()  # nothing chosen
    tab.list.setCurrentRow(0)
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()
    box = _question(qtbot, page)
    assert "SNJ-00001" in box.text() and "erased" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps
    box.findChild(QLineEdit, "reasonBox").setText("  a photo of her cousin  ")
    box.findChild(QPushButton, "removeGo").click()
    qtbot.waitUntil(lambda: tab.list.count() == 0, timeout=10_000)
    gui.worker.close()
    gui.locked = True
    held = _held(made_vault[0])
    assert (held["photos"], held["image"]) == (0, 0)
    assert held["trail"] == ["person.photo.remove"]
    assert held["reasons"] == ["a photo of her cousin"]  # as `photo remove --reason` keeps it


def test_cancel_keeps_the_contact_and_the_delete_key_asks_too(qtbot, gui, page, made_vault):
    tab = page.contacts_tab
    _choose_row(tab.table)
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()
    box = _question(qtbot, page)
    assert "Xidirê Şêx" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert tab.model.rowCount() == 1
    _choose_row(tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    _question(qtbot, page).findChild(QPushButton, "removeGo").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10_000)
    assert page.error.text() == ""


def test_the_link_made_from_the_other_side_is_removed(qtbot, gui, page, made_vault):
    tab = page.relatives_tab
    assert tab.model.rowCount() == 1  # Jamila linked her; her page shows it turned
    _choose_row(tab.table)
    tab.remove_button.click()
    box = _question(qtbot, page)
    assert "SNJ-00001" in box.text() and "SNJ-00002" in box.text()
    box.findChild(QPushButton, "removeGo").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10_000)
    gui.worker.close()
    gui.locked = True
    held = _held(made_vault[0])
    assert held["relatives"] == 0 and held["trail"] == ["person.relative.remove"]


@pytest.mark.parametrize("lang, asked, button", [
    ("ar", "هل تُزال هذه الصورة من", "إزالة"), ("ckb", "ئەم وێنەیە لە", "لابردن"),
    ("kmr", "Ev wêne ji", "Rake")])
def test_the_question_is_asked_in_the_desktops_language(qtbot, gui, made_vault, tmp_path,
                                                        new_translations, lang, asked, button):
    from ui.settings import write_language
    folder, _code = made_vault
    _vault(folder, tmp_path)
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.photos_tab.list.count() == 1, timeout=10_000)
    tab = page.photos_tab
    assert tab.remove_button.text() == button
    tab.list.setCurrentRow(0)
    tab.remove_button.click()
    box = _question(qtbot, page)
    assert asked in box.text() and "SNJ-00001" in box.text()
    assert box.findChild(QPushButton, "removeGo").text() == button
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert tab.list.count() == 1
