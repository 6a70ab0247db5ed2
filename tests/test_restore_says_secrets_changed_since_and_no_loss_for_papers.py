"""A restore after only papers printed, unlocks and backups is no loss; a passphrase or recovery
code changed since is said in its own words (and asks --older); notes are named only if edited."""

from __future__ import annotations

import json

from app.vault import open_vault
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase"


def _vault_and_backup(cli, tmp_path) -> str:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Shirin", "--sex", "F").returncode == 0
    r = cli("--json", "backup", str(usb))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["backup"]


def _paper_printed(vault) -> None:
    s = open_vault(vault, passphrase=PASSPHRASE)
    try:
        with s.db.transaction():
            s.audit.append("export.summary", "person", "SNJ-00001", {"pages": 1})
            s.audit.append("export.dossier.printed", "person", "SNJ-00001", {"pages": 2})
    finally:
        s.close()


def test_papers_printed_since_are_no_loss(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    _paper_printed(cli.vault)
    assert cli("person", "list").returncode == 0
    r = cli("restore", backup, "--yes")
    assert r.returncode == 0, r.stderr


def test_a_passphrase_changed_since_is_said_as_such(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW}).returncode == 0
    r = cli("restore", backup, "--yes", extra_env={"CASEKEEPER_PASSPHRASE": PASSPHRASE})
    assert r.returncode != 0
    assert ("the passphrase was changed since: the backup's passphrase opens the vault again "
            "and the one set since does not") in r.stderr
    assert "other change" not in r.stderr and "--older" in r.stderr
    assert "person record" not in r.stderr


def test_a_new_recovery_code_since_is_said_as_such(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("passwd", "--new-recovery-code").returncode == 0
    r = cli("restore", backup, "--yes")
    assert r.returncode != 0 and "other change" not in r.stderr
    assert ("the recovery code was replaced since: the backup's recovery code opens the vault "
            "again and the one made since does not") in r.stderr


def test_notes_are_named_only_when_notes_were_edited(cli, tmp_path):
    backup = _vault_and_backup(cli, tmp_path)
    assert cli("person", "edit", "SNJ-00001", "--village", "Kocho").returncode == 0
    r = cli("restore", backup, "--yes")
    assert "1 person record(s) changed since would go back to what they were" in r.stderr
    assert "notes" not in r.stderr
    assert cli("person", "edit", "SNJ-00001", "--notes", "seen in Raqqa").returncode == 0
    r = cli("restore", backup, "--yes")
    assert "(notes edited since among them)" in r.stderr
