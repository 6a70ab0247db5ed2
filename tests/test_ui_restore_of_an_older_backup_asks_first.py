"""The desktop's restore page says, before it asks, that a backup is older than the vault and
what would come back or be lost; No is the default, and Yes keeps case numbers unrepeated."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import desktop_restore_asks


def test_an_older_backup_is_said_before_the_question(qtbot, gui, cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Shirin", "--sex", "F").returncode == 0
    backup = json.loads(cli("--json", "backup", str(usb)).stdout)["backup"]
    assert cli("person", "delete", "SNJ-00001", "--reason", "protect her",
               "--yes").returncode == 0
    assert cli("person", "add", "--given", "Nazdar", "--sex", "F").returncode == 0
    gui.vault_dir = cli.vault
    window, page = desktop_restore_asks(qtbot, gui, backup)
    box = page.question
    text = box.text()
    assert "The backup is OLDER than the vault on this laptop" in text
    assert "1 person record(s) deleted since would come back: SNJ-00001." in text
    assert "1 person record(s) added since would be lost: SNJ-00002." in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.restored_note.text() != "", timeout=20_000)
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        assert s.meta.get("next_case_number") == "3"  # SNJ-00002 was hers: never again
    finally:
        s.close()
