"""A backup copied without audit-chain-head.txt or vault-id.txt (a copy stopped early) is not said
to be simply "whole": `restore --check` and `restore` say which of its files are missing and
what could not be checked, and still check it and restore it (her only backup may be that one)."""

from __future__ import annotations

import json
import shutil

from app.backup_drive import moved_aside
from tests.cli_helpers import ok


def _stick(cli, tmp_path, *lose: str):
    ok(cli, "init")
    (tmp_path / "usb").mkdir()
    made = json.loads(ok(cli, "--json", "backup", str(tmp_path / "usb")).stdout)["backup"]
    copy = tmp_path / "stick" / "casekeeper-backup-copied"
    shutil.copytree(made, copy)
    for name in lose:
        (copy / name).unlink()
    return copy


def test_check_says_the_trail_head_could_not_be_checked(cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt", "vault-id.txt")
    r = ok(cli, "restore", str(copy), "--check")
    assert "opens and is whole" not in r.stdout
    assert "not its trail's end: audit-chain-head.txt is missing" in r.stdout
    assert ("warning: audit-chain-head.txt and vault-id.txt are missing beside the backup"
            in r.stderr)
    assert "could not be checked against the head it was made at" in r.stderr
    assert "It can still be restored" in r.stderr


def test_check_json_names_the_missing_files(cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt")
    r = ok(cli, "--json", "restore", str(copy), "--check")
    assert json.loads(r.stdout)["missing_beside"] == ["audit-chain-head.txt"]


def test_without_the_id_alone_the_trail_was_checked(cli, tmp_path):
    copy = _stick(cli, tmp_path, "vault-id.txt")
    r = ok(cli, "restore", str(copy), "--check")
    assert "opens and is whole" in r.stdout
    assert "vault-id.txt is missing beside the backup" in r.stderr
    assert "its trail was checked against the head it was made at" in r.stderr


def test_it_is_restored_all_the_same_and_said(cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt", "vault-id.txt")
    r = cli("--json", "--vault", str(tmp_path / "laptop2"), "restore", str(copy))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["missing_beside"] == ["audit-chain-head.txt", "vault-id.txt"]
    assert "could not be checked against the head it was made at" in r.stderr
    assert ok(cli, "--vault", str(tmp_path / "laptop2"), "unlock-check")


def test_a_whole_backup_is_said_whole(cli, tmp_path):
    copy = _stick(cli, tmp_path)
    r = ok(cli, "restore", str(copy), "--check")
    assert "opens and is whole" in r.stdout and "missing" not in r.stderr


def test_the_vault_a_restore_moved_aside_restored_back_is_not_warned_of(cli, tmp_path):
    """Undoing a restore restores the folder it moved aside: a working vault, which never holds
    the backup's own files; nothing is missing from it."""
    copy = _stick(cli, tmp_path)
    ok(cli, "restore", str(copy), "--yes")
    [aside] = moved_aside(cli.vault)
    r = ok(cli, "restore", str(aside), "--yes")
    assert "missing" not in r.stderr
