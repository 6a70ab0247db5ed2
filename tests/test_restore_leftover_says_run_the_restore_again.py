"""After a restore cut off, the unlock that deletes the copy it left says what to do: the
backup was not restored, so run the restore again (on the desktop, from the unlock window's
"Restore from a backup..."); it said only that the vault was not replaced."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui.settings import write_language


def _leftover(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    made = json.loads(cli("--json", "backup", str(usb)).stdout)["backup"]
    leftover = cli.vault.with_name(f".{cli.vault.name}.restoring-20260101-000000")
    shutil.copytree(made, leftover)
    return leftover


def test_the_command_line_says_to_run_the_restore_again(cli, tmp_path):
    leftover = _leftover(cli, tmp_path)
    r = cli("person", "list")
    assert r.returncode == 0, r.stderr
    assert leftover.name in r.stderr
    assert "the vault was not replaced by it" in r.stderr
    assert "to restore that backup, run the restore again (casekeeper restore BACKUP)" in r.stderr


def test_the_desktop_says_where_to_restore_it_again(qtbot, gui, cli, tmp_path):
    leftover = _leftover(cli, tmp_path)
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui, PASSPHRASE)
    qtbot.waitUntil(lambda: main.unlock_note.isVisible(), timeout=10_000)
    text = main.unlock_note.text()
    assert leftover.name in text
    assert 'lock the vault (Vault > Lock) and choose "Restore from a backup..." again' in text


@pytest.mark.usefixtures("new_translations")  # the new sentence is not in the .qm yet
def test_the_desktop_says_it_in_kurmanji(qtbot, gui, cli, tmp_path):
    leftover = _leftover(cli, tmp_path)
    write_language(cli.vault, "kmr")
    gui.vault_dir, gui.language = cli.vault, "kmr"
    main = unlock(qtbot, gui, PASSPHRASE)
    qtbot.waitUntil(lambda: main.unlock_note.isVisible(), timeout=10_000)
    text = main.unlock_note.text()
    assert leftover.name in text and "«Ji yedekekê vegerîne...»" in text and "Lock" not in text
