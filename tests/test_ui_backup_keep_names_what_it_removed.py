"""The desktop's "Backups to keep there" names the backups it removed, and keeps the new one
even when the laptop's clock is behind the names of those already there."""

from __future__ import annotations

from app.backup import backups_in
from tests.test_ui_backup import _dialog
from tests.ui_support import unlock


def test_keep_names_the_backups_removed_and_keeps_the_new_one(qtbot, gui, demo_vault, tmp_path):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    dialog = _dialog(qtbot, main)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.folder.setText(str(usb))
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.result.text().startswith("Backup made")
                    and dialog.start.isEnabled(), timeout=30_000)
    [first] = backups_in(usb)
    later = first.rename(usb / "casekeeper-backup-20991231-235959")  # a right clock's name
    dialog.keep.setValue(1)
    dialog.result.setText("")
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.result.text().startswith("Backup made")
                    and dialog.start.isEnabled(), timeout=30_000)
    [made] = backups_in(usb)
    assert made.name != later.name
    said = dialog.result.text().replace("\u2066", "").replace("\u2069", "")
    assert "1 older backup(s) removed" in said and later.name in said
