"""A vault a restore replaced stays beside the restored one (VAULT.before-restore-DATE-TIME),
never deleted: the restore says where and that it is hers to delete once the restored vault is
checked (command line and desktop, translated), and `info` names every such folder until then."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.ui_support import desktop_restores
from ui.settings import write_language

DELETE_IT = "CaseKeeper never deletes it: once the restored vault is checked"


def _vault_and_backup(cli, tmp_path) -> str:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("--json", "backup", str(usb))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["backup"]


def test_the_restore_and_info_say_where_it_is_and_that_it_is_hers_to_delete(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    r = cli("restore", backup, "--yes")
    assert r.returncode == 0, r.stderr
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("vault.before-restore-")]
    assert f"the vault that was there is kept in {aside}" in r.stdout and DELETE_IT in r.stdout
    # folders that are not this vault's replaced one are not named
    (tmp_path / "vault2.before-restore-20260101-000000").mkdir()
    (tmp_path / "vault.before-restore-notes").mkdir()
    info = cli("info")
    assert f"replaced by a restore, kept beside the vault: {aside}" in info.stdout
    assert DELETE_IT in info.stdout and "vault2" not in info.stdout and "notes" not in info.stdout
    facts = json.loads(cli("--json", "info").stdout)
    assert facts["replaced_by_restore"] == [str(aside)]
    shutil.rmtree(aside)  # deleted, as the README says: no longer named
    info = cli("info")
    assert "replaced by a restore" not in info.stdout and DELETE_IT not in info.stdout
    assert json.loads(cli("--json", "info").stdout)["replaced_by_restore"] == []


def _restored_note(qtbot, gui, cli, backup) -> str:
    gui.vault_dir = cli.vault
    window = desktop_restores(qtbot, gui, backup)
    return window.restored_note.text()


def test_the_desktop_says_it_is_hers_to_delete(qtbot, gui, cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    note = _restored_note(qtbot, gui, cli, backup)
    assert "vault.before-restore-" in note
    assert "CaseKeeper never deletes it: once you have checked the restored vault, delete that " \
           "folder yourself." in note


@pytest.mark.usefixtures("new_translations")  # the new sentence is not in the .qm yet
def test_the_desktop_says_it_in_kurmanji(qtbot, gui, cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    write_language(cli.vault, "kmr")
    gui.language = "kmr"
    note = _restored_note(qtbot, gui, cli, backup)
    assert "CaseKeeper qet wê jê nabe" in note and "never deletes" not in note
