"""After `restore --older --yes` (and on the desktop), a recovery code or passphrase replaced since
the backup opens the restored vault again, and its closing words say so with the remedy: only a
code made void by a new key was said, so a code replaced because it was seen came back unsaid."""

from __future__ import annotations

import json

from tests.ui_support import desktop_restores
from ui.bidi import bare

NEW = "another passphrase entirely"
CODE_BACK = "the recovery code replaced since the backup (passwd --new-recovery-code or --recovery)" \
            " opens it again"


def _backup(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Eziza", "--sex", "F").returncode == 0
    return json.loads(cli("--json", "backup", str(usb)).stdout)["backup"]


def test_a_code_replaced_since_is_said_to_open_it_again(cli, tmp_path):
    made = _backup(cli, tmp_path)
    assert cli("passwd", "--new-recovery-code").returncode == 0
    r = cli("restore", made, "--older", "--yes")
    assert r.returncode == 0, r.stderr
    assert CODE_BACK in r.stdout and "casekeeper passwd --new-recovery-code" in r.stdout
    assert "passwd --new-key" not in r.stdout  # no new key was made: not its words


def test_a_code_used_to_set_a_passphrase_is_said_too(cli, tmp_path):
    made = _backup(cli, tmp_path)
    code = json.loads(cli("--json", "passwd", "--new-recovery-code").stdout)["recovery_code"]
    r = cli("passwd", "--recovery", extra_env={"CASEKEEPER_RECOVERY_CODE": code,
                                               "CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    r = cli("restore", made, "--older", "--yes")
    assert r.returncode == 0, r.stderr
    assert CODE_BACK in r.stdout
    assert "the passphrase replaced since the backup opens it again" in r.stdout


def test_the_desktop_says_the_code_opens_it_again(qtbot, gui, cli, tmp_path):
    made = _backup(cli, tmp_path)
    assert cli("passwd", "--new-recovery-code").returncode == 0
    gui.vault_dir = cli.vault
    window = desktop_restores(qtbot, gui, made)
    note = bare(window.restored_note.text())
    assert "The recovery code replaced since the backup opens it again" in note
    assert "New recovery code..." in note and "new key" not in note
