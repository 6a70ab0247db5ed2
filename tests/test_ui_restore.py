"""Restore from a backup in the access window: onto a new laptop from the create page, over a
vault already there after a plain question (moved aside, never deleted), and refused with the
vault left as it was (a wrong passphrase, No for an answer, a folder that is no backup, a
damaged backup, a trail cut short)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.backup import HEAD_FILE, make_backup
from app.vault import KdfParams, create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui.bidi import bare

OLD = "the old laptop's passphrase"
PERSONS = 12


@pytest.fixture
def backup(tmp_path) -> Path:
    """A backup of a vault with 12 persons, made on the old laptop under its passphrase."""
    from app.demo import populate
    session, _code = create_vault(tmp_path / "old" / "vault", OLD, "DEMO", KdfParams.fast(),
                                  synthetic=True)
    populate(session, PERSONS)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = make_backup(session, usb)
    session.close()
    return made.folder


def _to_restore(window, page):
    [link] = [b for b in page.findChildren(QPushButton) if b.objectName() == "toRestore"]
    link.click()
    assert window.pages.currentWidget() is window.restore_page
    return window.restore_page


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _beside(folder: Path) -> list[str]:
    """What a restore may leave beside the vault's folder: a vault moved aside, a copy."""
    return sorted(p.name for p in folder.parent.iterdir()
                  if p.name.startswith((f"{folder.name}.", f".{folder.name}.")))


def _question(qtbot, page) -> QMessageBox:
    qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible(),
                    timeout=20_000)
    return page.question


def test_restore_onto_a_new_laptop_from_the_create_page(qtbot, gui, backup):
    window = gui.show_access()
    assert not gui.vault_dir.exists()
    page = _to_restore(window, window.create_page)
    steps = []
    busy_with = window.busy_with
    window.busy_with = lambda text: (steps.append(text), busy_with(text))
    page.folder.setText(f"file://{backup}\n")  # pasted from a file manager
    page.secret.setText(OLD)
    page.restore_button.click()
    assert not window.language.isEnabled()  # a new language would rebuild the window now
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=20_000)
    assert window.error.text() == "" and page.question is None  # nothing there to ask about
    assert steps[-1] == "Checking the copy and its audit trail..."
    assert "Copying the backup into the vault's folder..." in steps
    note = window.restored_note.text()
    assert note.startswith(f"The backup was restored: {PERSONS} person record(s).")
    assert "kept" not in note and "passphrase the vault had" in note
    assert window.language.isEnabled() and window.busy.text() == ""
    assert _beside(gui.vault_dir) == []
    main = unlock(qtbot, gui, OLD)
    assert main.persons.model.total == PERSONS


def test_restore_over_a_vault_asks_then_moves_it_aside(qtbot, gui, made_vault, backup):
    folder, _code = made_vault
    gui.vault_dir = folder
    window = gui.show_access()
    page = _to_restore(window, window.unlock_page)
    page.folder.setText(str(backup))
    page.use_recovery.setChecked(True)
    assert page.secret_label.text() == "Recovery code of the backup"
    page.use_recovery.setChecked(False)
    assert page.secret.echoMode() == page.secret.EchoMode.Password
    page.secret.setText(OLD)
    page.restore_button.click()
    box = _question(qtbot, page)
    text = box.text()
    assert f"{PERSONS} person record(s)" in text
    assert str(folder) in text and "moved aside, not deleted" in text
    assert f"{folder.name}.before-restore-" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert _beside(folder) == []  # nothing moved while asking
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page
                    and window.restored_note.text() != "", timeout=20_000)
    [aside] = _beside(folder)
    assert aside.startswith(f"{folder.name}.before-restore-")
    note = bare(window.restored_note.text())
    assert ("The vault that was here is kept, not deleted, in this folder:\n"
            f"{folder.parent / aside}\n") in note
    kept = open_vault(folder.parent / aside, PASSPHRASE)  # the vault that was there, whole
    assert kept.persons.count() == 0
    kept.close()
    main = unlock(qtbot, gui, OLD)
    assert main.persons.model.total == PERSONS


def test_a_wrong_passphrase_is_said_and_the_vault_is_left_as_it_was(qtbot, gui, made_vault,
                                                                    backup):
    folder, _code = made_vault
    before = _files(folder)
    gui.vault_dir = folder
    window = gui.show_access()
    page = _to_restore(window, window.unlock_page)
    page.folder.setText(str(backup))
    page.secret.setText(PASSPHRASE)  # this laptop's, not the backup's
    page.restore_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=20_000)
    from ui.passphrase_fields import keyboard_hint
    assert window.error.text() == (
        "The passphrase or recovery code does not open this backup: a backup opens with the "
        "passphrase the vault had when the backup was made, or the recovery code of that "
        "time.\n" + keyboard_hint())
    assert page.question is None and page.secret.text() == ""
    assert window.pages.currentWidget() is page and page.isEnabled()
    assert _files(folder) == before and _beside(folder) == []


def test_a_wrong_passphrase_on_a_new_laptop_makes_no_folder(qtbot, gui, backup):
    window = gui.show_access()
    page = _to_restore(window, window.create_page)
    page.folder.setText(str(backup))
    page.use_recovery.setChecked(True)
    page.secret.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    page.restore_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=20_000)
    assert "does not open this backup" in window.error.text()
    assert not gui.vault_dir.exists()


def test_answering_no_changes_nothing(qtbot, gui, made_vault, backup):
    folder, _code = made_vault
    before = _files(folder)
    gui.vault_dir = folder
    window = gui.show_access()
    page = _to_restore(window, window.unlock_page)
    page.folder.setText(str(backup))
    page.secret.setText(OLD)
    page.restore_button.click()
    box = _question(qtbot, page)
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter answers No
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=5_000)
    assert window.error.text() == "Nothing was restored; the vault is as it was."
    assert window.pages.currentWidget() is page
    assert _files(folder) == before and _beside(folder) == []
    unlock(qtbot, gui)  # still this laptop's vault, under its passphrase


def test_what_is_no_backup_is_refused_and_said(qtbot, gui, made_vault, backup, tmp_path):
    folder, _code = made_vault
    before = _files(folder)
    gui.vault_dir = folder
    window = gui.show_access()
    page = _to_restore(window, window.unlock_page)

    def refused(path: str, secret: str = OLD) -> str:
        window.error.clear()
        page.folder.setText(path)
        page.secret.setText(secret)
        page.restore_button.click()
        qtbot.waitUntil(lambda: window.error.text() != "", timeout=20_000)
        assert page.question is None
        return bare(window.error.text())

    assert refused("").startswith("Choose the backup folder")
    assert refused(str(tmp_path / "no-drive")).startswith(f"There is no folder {tmp_path}")
    assert refused(str(backup.parent)) == (
        f"{backup.parent} holds backups, not one backup: choose one of the folders in it "
        f"(the newest is {backup.name}).")
    assert refused(str(tmp_path / "old")) == (
        f"{tmp_path / 'old'} is not a CaseKeeper backup: it holds no vault.db.")
    page.folder.setText(str(backup))
    page.restore_button.click()
    assert window.error.text() == "Type the passphrase the vault had when the backup was made."
    (backup / HEAD_FILE).write_text("0" * 64 + "\n")  # its trail cut short since
    assert "does not reach where it did when the backup was made" in refused(str(backup))
    raw = bytearray((backup / "vault.db").read_bytes())
    raw[4096 + 200] ^= 0xFF  # one byte of its second page
    (backup / "vault.db").write_bytes(bytes(raw))
    assert refused(str(backup)).startswith(f"The backup in {backup} is damaged (")
    assert _files(folder) == before and _beside(folder) == []
