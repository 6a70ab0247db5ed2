"""The copy of a backup a restore cut off left beside the vault, deleted at the next unlock, is
said: on the command line's stderr, above the desktop's screens (translated), and in the audit
trail; once, and no restore later counts that entry as a change it would undo."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import PASSPHRASE
from tests.ui_support import desktop_restores, read_vault, unlock
from ui.settings import write_language


def _leftover(cli, tmp_path):
    """A vault, a backup of it, and the folder a restore of it cut off at the copy left."""
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Eziza", "--sex", "F").returncode == 0
    made = json.loads(cli("--json", "backup", str(usb)).stdout)["backup"]
    leftover = cli.vault.with_name(f".{cli.vault.name}.restoring-20260101-000000")
    shutil.copytree(made, leftover)
    return made, leftover


def _entries(folder, action):
    return read_vault(folder, lambda s: [json.loads(r.detail) for r in s.audit.repo.all()
                                         if r.action == action])


def test_the_unlock_that_deletes_it_says_so_once_and_the_trail_keeps_it(cli, tmp_path):
    made, leftover = _leftover(cli, tmp_path)
    r = cli("--json", "person", "list")
    assert r.returncode == 0, r.stderr
    assert not leftover.exists()
    assert f"casekeeper: deleted {leftover.name} beside the vault: the copy of a backup a " \
           f"restore left when it was cut off" in r.stderr
    json.loads(r.stdout)  # the output stays the list
    assert _entries(cli.vault, "vault.restore_leftovers_removed") == [
        {"folders": [leftover.name]}]
    again = cli("person", "list")
    assert again.returncode == 0 and leftover.name not in again.stderr
    log = cli("audit", "log").stdout
    assert "Copy left beside the vault by a restore cut off, deleted" in log
    # the entry is no change of hers: the backup of before restores without --older
    r = cli("restore", made, "--yes")
    assert r.returncode == 0, r.stderr


def test_a_wrong_passphrase_deletes_nothing_and_says_nothing(cli, tmp_path):
    _made, leftover = _leftover(cli, tmp_path)
    r = cli("person", "list", extra_env={"CASEKEEPER_PASSPHRASE": "not the passphrase"})
    assert r.returncode != 0 and leftover.exists() and leftover.name not in r.stderr


def test_a_restore_that_deletes_it_names_it_in_the_restored_vaults_trail(cli, tmp_path):
    made, leftover = _leftover(cli, tmp_path)
    r = cli("restore", made, "--yes")
    assert r.returncode == 0, r.stderr
    [restored] = _entries(cli.vault, "vault.restore")
    assert restored["restore_leftovers_removed"] == [leftover.name]


def test_the_desktop_says_it_above_its_screens(qtbot, gui, cli, tmp_path):
    _made, leftover = _leftover(cli, tmp_path)
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui, PASSPHRASE)
    qtbot.waitUntil(lambda: main.unlock_note.isVisible(), timeout=10_000)
    text = main.unlock_note.text()
    assert leftover.name in text and "restore" in text and "cut off" in text
    assert not leftover.exists()


@pytest.mark.usefixtures("new_translations")  # the new sentence is not in the .qm yet
def test_the_desktop_says_it_in_sorani(qtbot, gui, cli, tmp_path):
    _made, leftover = _leftover(cli, tmp_path)
    write_language(cli.vault, "ckb")
    gui.vault_dir, gui.language = cli.vault, "ckb"
    main = unlock(qtbot, gui, PASSPHRASE)
    qtbot.waitUntil(lambda: main.unlock_note.isVisible(), timeout=10_000)
    text = main.unlock_note.text()
    assert leftover.name in text and "cut off" not in text and "گەنجینە" in text


def test_an_unlock_with_nothing_beside_the_vault_says_nothing(qtbot, gui, cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui, PASSPHRASE)
    qtbot.wait(200)
    assert not main.unlock_note.isVisible() and main.unlock_note.text() == ""


def test_the_desktops_restore_that_deletes_it_says_so(qtbot, gui, cli, tmp_path):
    made, leftover = _leftover(cli, tmp_path)
    gui.vault_dir = cli.vault
    window = desktop_restores(qtbot, gui, made)
    assert not leftover.exists()
    note = window.restored_note.text()
    assert "Deleted first, beside the vault" in note and leftover.name in note
