"""Vault > Back up... makes the same checked copy as `casekeeper backup`, says what it made,
and says what is wrong when the folder is not there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.backup import backups_in, check_backup
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock


def _dialog(qtbot, main):
    [action] = [a for a in main.menuBar().actions()[0].menu().actions() if a.text() == "Back up..."]
    action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible()
                                for w in main.findChildren(QDialog)), timeout=5_000)
    from ui.backup_dialog import BackupDialog
    [dialog] = [w for w in main.findChildren(BackupDialog) if w.isVisible()]
    return dialog


def test_back_up_from_the_menu_makes_a_checked_copy(qtbot, gui, demo_vault, tmp_path):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    dialog = _dialog(qtbot, main)
    dialog.start.click()
    assert dialog.error.text() == "Choose the folder to put the backup in."
    dialog.folder.setText(str(tmp_path / "no-drive"))
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "" and dialog.start.isEnabled(),
                    timeout=10_000)
    assert "There is no folder" in dialog.error.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.folder.setText(f"'{usb}'")  # pasted as a file manager copies it
    dialog.keep.setValue(1)
    for _ in range(2):
        dialog.start.click()
        qtbot.waitUntil(lambda: dialog.result.text().startswith("Backup made")
                        and dialog.start.isEnabled(), timeout=30_000)
    assert dialog.error.text() == ""
    [made] = backups_in(usb)  # the first let go by "keep 1"
    assert made.name in dialog.result.text().replace("\u2066", "").replace("\u2069", "")
    assert "1 older backup(s) removed" in dialog.result.text()
    counts = check_backup(made, PASSPHRASE)
    assert f"{counts['persons']} person record(s) in it" in dialog.result.text()


def test_a_folder_that_cannot_take_the_backup_is_said_in_sorani(qtbot, gui, demo_vault, tmp_path):
    """The vault's own check says it in English only: "there is no folder ...: plug in the
    backup drive" reached a Sorani user as it was."""
    from ui.backup_dialog import BackupDialog
    from ui.bidi import file_path
    from ui.settings import write_language
    write_language(demo_vault, "ckb")
    gui.vault_dir, gui.language = demo_vault, "ckb"
    main = unlock(qtbot, gui)
    dialog = BackupDialog(main.worker, main)
    dialog.show()
    missing = tmp_path / "no-drive"
    a_file = tmp_path / "list.xlsx"
    a_file.write_text("")
    for folder in (missing, a_file):
        dialog.folder.setText(str(folder))
        dialog.start.click()
        said = dialog.error.text()
        assert said and str(file_path(folder)) in said, said
        assert not any("a" <= c.lower() <= "z" for c in said.replace(str(folder), "")), said
        assert backups_in(tmp_path) == []
    assert dialog.start.isEnabled() and dialog.result.text() == ""
