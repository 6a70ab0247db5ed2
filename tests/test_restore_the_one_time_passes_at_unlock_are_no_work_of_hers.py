"""The one-time passes the program runs by itself at an unlock (current statuses chosen again,
dates, aliases, placeholders... set right: app/vault.py open_vault) are typed by no one, and the
restored vault runs them again at its first unlock: an older backup is not refused for them, nor
are they said as changes lost. A real edit since still is."""

from __future__ import annotations

import json
from pathlib import Path

import app.backup as backups
from app.audit_words import ACTIONS
from app.backup_compare import ONE_TIME, ROUTINE, SECRETS
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_restore_of_a_newer_backup_on_a_laptop_only_opened_since import _backup


def _stale_statuses(vault: Path) -> None:
    """As an earlier version left it: a current status stored by an earlier rule."""
    s = open_vault(vault, PASSPHRASE)
    try:
        with s.db.transaction():
            s.db.conn.execute("UPDATE persons SET current_status='missing'")
            s.db.conn.execute("UPDATE vault_meta SET value='4' WHERE key='status_rule'")
    finally:
        s.close()


def _older_backup_then_the_pass(cli, tmp_path) -> str:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--status", "missing").returncode == 0
    assert cli("person", "status", "SNJ-00001", "sighted", "--date", "2015").returncode == 0
    made = _backup(cli, cli.vault, usb)
    _stale_statuses(cli.vault)
    log = cli("--json", "audit", "log").stdout  # this unlock runs the pass
    assert "vault.statuses" in log and "person.set_right" in log
    return made


def test_an_older_backup_is_restored_over_a_pass_alone(cli, tmp_path):
    made = _older_backup_then_the_pass(cli, tmp_path)
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.kind == "older" and not c.risky
    assert (c.changed_since, c.other_since) == (0, 0)
    assert "would" not in c.words()
    r = cli("restore", made, "--yes")
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "sighted"  # the backup holds it as this version chose it


def test_a_real_edit_after_the_pass_is_still_counted(cli, tmp_path):
    made = _older_backup_then_the_pass(cli, tmp_path)
    assert cli("person", "edit", "SNJ-00001", "--notes", "seen in Tal Afar").returncode == 0
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.risky and c.changed_since == 1 and c.other_since == 0
    r = cli("restore", made, "--yes")
    assert r.returncode != 0 and "1 person record(s) changed since" in r.stderr


def test_every_vault_action_is_told_apart():
    """A new one-time pass is placed here too: counted as her work, it refused older backups."""
    counted = {"vault.create"}  # the trail's first entry: never after a backup
    vault_actions = {a for a in ACTIONS if a.startswith("vault.")}
    assert vault_actions <= ROUTINE | ONE_TIME | SECRETS | counted, \
        vault_actions - (ROUTINE | ONE_TIME | SECRETS | counted)
