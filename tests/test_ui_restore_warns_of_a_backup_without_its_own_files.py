"""The desktop's restore of a backup copied without audit-chain-head.txt (a copy stopped early)
says, in its question and once restored, that its trail's end could not be checked; it still
restores it."""

from __future__ import annotations

import json
import shutil

from tests.ui_support import desktop_restore_asks, desktop_restores


def _stick(cli, tmp_path, *lose: str) -> str:
    (tmp_path / "usb").mkdir()
    assert cli("init").returncode == 0
    made = json.loads(cli("--json", "backup", str(tmp_path / "usb")).stdout)["backup"]
    copy = tmp_path / "stick" / "casekeeper-backup-copied"
    shutil.copytree(made, copy)
    for name in lose:
        (copy / name).unlink()
    return str(copy)


def test_the_question_and_the_restored_note_say_it(qtbot, gui, cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt", "vault-id.txt")
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, copy)
    asked = page.question.text()
    assert "Missing beside the backup" in asked and "audit-chain-head.txt" in asked
    assert "could not be checked" in asked
    page.question.close()
    gui.vault_dir = cli.vault
    window = desktop_restores(qtbot, gui, copy)
    note = window.restored_note.text()
    assert "Missing beside the backup" in note and "could not be checked" in note


def test_a_whole_backup_says_nothing_of_it(qtbot, gui, cli, tmp_path):
    copy = _stick(cli, tmp_path)
    gui.vault_dir = cli.vault
    window = desktop_restores(qtbot, gui, copy)
    assert "Missing beside" not in window.restored_note.text()
