"""The one-time pass that erases the words of notes from an earlier version's entries
(vault.notes_erased) rewrites the trail only: run at the first unlock on both sides, it does not
make a laptop only opened since and a newer backup 'go apart', nor is it said as a loss."""

from __future__ import annotations

from pathlib import Path

import app.backup as backups
from app.audit import NOTES_ERASED
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_restore_of_a_newer_backup_on_a_laptop_only_opened_since import _add, _backup


def _pass_ran(vault: Path) -> None:
    """The pass's own entry, as the first unlock under this version writes it."""
    s = open_vault(vault, PASSPHRASE)
    try:
        with s.db.transaction():
            s.audit.append(NOTES_ERASED, "vault", detail={"rule": "1", "erased_entries": []})
    finally:
        s.close()


def test_a_newer_backup_stays_newer_with_no_loss_said(cli, tmp_path):
    usb, office = tmp_path / "usb", tmp_path / "office"
    usb.mkdir()
    assert cli("--vault", str(office), "init", "--prefix", "SNJ").returncode == 0
    _add(cli, office, "Khalil")
    first = _backup(cli, office, usb)
    assert cli("restore", first, "--yes").returncode == 0
    _pass_ran(cli.vault)  # the laptop's first unlock under this version
    _pass_ran(office)  # and the office's
    _add(cli, office, "Nadia")
    newer = _backup(cli, office, usb)
    _, c = backups.compare_backup(newer, cli.vault, PASSPHRASE)
    assert c.kind == "newer" and not c.risky
    assert c.other_since == 0 and c.coming == ("SNJ-00002",)
    assert "would be lost" not in c.words()
