"""A restore replaces the vault's unsaved edits kept at the lock and its settings, which no audit
entry records: a vault whose drafts or settings differ from the backup's is never restored over
in silence, whether the backup is newer, the same or older."""

from __future__ import annotations

import json
from pathlib import Path

import app.backup as backups
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_restore_of_a_newer_backup_on_a_laptop_only_opened_since import _backup, _two_laptops


def _meta(vault: Path, key: str, value: str) -> None:
    s = open_vault(vault, PASSPHRASE)
    try:
        with s.db.transaction():
            s.meta.set(key, value)
    finally:
        s.close()


def _keep_draft(vault: Path) -> None:
    s = open_vault(vault, PASSPHRASE)
    try:
        p = s.persons.get("SNJ-00001")
        p.notes = "Seen in Tal Afar on 3 May; family told"  # typed, not saved, when it locked
        s.drafts.keep_person(p)
    finally:
        s.close()


def _kept(vault: Path) -> tuple[str | None, bool]:
    s = open_vault(vault, PASSPHRASE)
    try:
        return s.meta.get("ui.idle_minutes"), s.drafts.person("SNJ-00001") is not None
    finally:
        s.close()


def test_a_newer_backup_is_refused_over_a_kept_draft_and_a_setting(cli, tmp_path):
    newer = _two_laptops(cli, tmp_path)
    _meta(cli.vault, "ui.idle_minutes", "1")  # shortened for checkpoints
    _keep_draft(cli.vault)
    _, c = backups.compare_backup(newer, cli.vault, PASSPHRASE)
    assert c.kind == "newer" and c.risky
    assert c.drafts_since == ("SNJ-00001",) and c.settings_since == ("ui.idle_minutes",)
    r = cli("--json", "restore", newer, "--yes")
    assert r.returncode != 0
    said = json.loads(r.stdout)
    assert said["unsaved_edits_kept_since"] == ["SNJ-00001"]
    assert said["settings_changed_since"] == ["ui.idle_minutes"]
    assert "unsaved edits kept in the vault when the window locked would be LOST (SNJ-00001: " \
        "notes)" in said["error"]
    assert said["unsaved_edits_typed"] == {"SNJ-00001": ["notes"]}
    assert _kept(cli.vault) == ("1", True)  # nothing restored


def test_with_older_it_is_restored_as_asked(cli, tmp_path):
    newer = _two_laptops(cli, tmp_path)
    _meta(cli.vault, "ui.idle_minutes", "1")
    r = cli("restore", newer, "--yes", "--older")
    assert r.returncode == 0, r.stderr
    assert _kept(cli.vault) == (None, False)


def test_a_backup_of_the_same_trail_is_refused_over_a_draft_kept_since(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    made = _backup(cli, cli.vault, usb)
    _keep_draft(cli.vault)
    _, c = backups.compare_backup(made, cli.vault, PASSPHRASE)
    assert c.risky and c.drafts_since == ("SNJ-00001",)


def test_drafts_and_settings_the_backup_holds_alike_are_no_change(cli, tmp_path):
    newer = _two_laptops(cli, tmp_path)
    _, c = backups.compare_backup(newer, cli.vault, PASSPHRASE)
    assert not c.risky and c.drafts_since == () and c.settings_since == ()
