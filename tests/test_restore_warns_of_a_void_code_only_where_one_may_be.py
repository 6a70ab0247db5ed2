"""A restore warns that a recovery code made void since opens the vault again only where one may
have been: after a restore of a vault given no new key since, the command line and the desktop
still said "a recovery code made void since (passwd --new-key) opens it again: make a new key
now", beside the trail's own words that only the passphrase changed, or nothing did."""

from __future__ import annotations

import json

from tests.ui_support import desktop_restores
from ui.bidi import bare

VOID = "recovery code made void since"
NEW = "a new passphrase for the new key"


def _backup(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Eziza", "--sex", "F").returncode == 0
    return json.loads(cli("--json", "backup", str(usb)).stdout)["backup"]


def test_no_new_key_since_no_void_code_said(cli, tmp_path):
    made = _backup(cli, tmp_path)
    r = cli("restore", made, "--yes")
    assert r.returncode == 0, r.stderr
    assert "a passphrase set since does not open it" in r.stdout
    assert VOID not in r.stdout and "made void" not in r.stdout
    assert "passwd --new-key" not in r.stdout


def test_a_new_key_since_says_it(cli, tmp_path):
    made = _backup(cli, tmp_path)
    r = cli("passwd", "--new-key", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    r = cli("restore", made, "--yes", "--older")
    assert r.returncode == 0, r.stderr
    assert "made void" in r.stdout and "make a new key now (casekeeper passwd --new-key)" \
        in r.stdout


def test_onto_an_empty_folder_it_cannot_be_told_and_is_said_as_may_be(cli, tmp_path):
    made = _backup(cli, tmp_path)
    r = cli("--vault", str(tmp_path / "elsewhere"), "restore", made, "--yes")
    assert r.returncode == 0, r.stderr
    assert "if the vault was given a new key since (passwd --new-key), the recovery code it " \
           "made void opens it again" in r.stdout


def test_the_desktop_says_no_void_code_after_no_new_key(qtbot, gui, cli, tmp_path):
    made = _backup(cli, tmp_path)
    gui.vault_dir = cli.vault
    window = desktop_restores(qtbot, gui, made)
    note = bare(window.restored_note.text())
    assert "A passphrase set since the backup does not open it." in note
    assert "made void" not in note and "new key" not in note
