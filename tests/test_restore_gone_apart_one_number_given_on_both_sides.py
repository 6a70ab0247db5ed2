"""Gone apart, one case number given to a woman on each side: the vault's woman is said lost
under her number and the backup's said to come in, not one record 'changed since'."""

from __future__ import annotations

import app.backup as backups
from tests.conftest import PASSPHRASE
from tests.test_restore_of_a_newer_backup_on_a_laptop_only_opened_since import _add, _backup


def test_the_laptops_woman_is_said_lost_and_the_backups_said_to_come_in(cli, tmp_path):
    usb, office = tmp_path / "usb", tmp_path / "office"
    usb.mkdir()
    assert cli("--vault", str(office), "init", "--prefix", "SNJ").returncode == 0
    _add(cli, office, "Khalil")
    first = _backup(cli, office, usb)
    assert cli("restore", first, "--yes").returncode == 0
    _add(cli, cli.vault, "Layla")  # SNJ-00002 on the laptop
    _add(cli, office, "Nadia")  # SNJ-00002 at the office
    newer = _backup(cli, office, usb)
    _, c = backups.compare_backup(newer, cli.vault, PASSPHRASE)
    assert c.kind == "apart" and c.risky
    assert c.added_since == ("SNJ-00002",) and c.coming == ("SNJ-00002",)
    assert c.changed_since == 0 and c.deleted_since == ()
    words = c.words()
    assert "1 person record(s) added since would be LOST from the vault (SNJ-00002)" in words
    assert "1 person record(s) added in it since would come into the vault (SNJ-00002)" in words
