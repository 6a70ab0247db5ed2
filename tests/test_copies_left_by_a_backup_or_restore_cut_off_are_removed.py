"""A backup cut off leaves a hidden whole copy on the drive, a restore cut off one beside the
vault: the next backup, --list, restore or unlock finds them, whatever their age."""

from __future__ import annotations

import json
import shutil

from app.backup import PREFIX


def _backup(cli, usb, *more) -> dict:
    r = cli("--json", "backup", str(usb), *more)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _cut_off_backup(cli, usb):
    """What a backup killed while it checked its copy leaves: the finished folder, hidden."""
    made = _backup(cli, usb)["backup"]
    leftover = usb / f".{PREFIX}20260101-000000.partial"
    shutil.move(made, leftover)
    return leftover


def test_a_fresh_unfinished_copy_is_listed_and_removed_by_the_next_backup(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Eziza", "--sex", "F").returncode == 0
    leftover = _cut_off_backup(cli, usb)  # just now: no hour has passed
    listed = cli("backup", str(usb), "--list").stdout
    assert leftover.name in listed and "UNFINISHED" in listed
    made = _backup(cli, usb)
    assert made["unfinished_removed"] == [leftover.name]
    assert not leftover.exists()


def test_another_vaults_unfinished_copy_is_named_not_removed(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    other = tmp_path / "other"
    assert cli("--vault", str(other), "init", "--prefix", "KHN").returncode == 0
    made = json.loads(cli("--json", "--vault", str(other), "backup", str(usb)).stdout)["backup"]
    leftover = usb / f".{PREFIX}20260101-000000.partial"
    shutil.move(made, leftover)
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("backup", str(usb))
    assert r.returncode == 0, r.stderr
    assert leftover.exists() and f"ANOTHER vault (or of none that can be told), not removed: " \
                                 f"{leftover.name}" in r.stdout


def test_a_copy_left_by_a_restore_cut_off_is_removed_at_the_next_unlock(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    made = _backup(cli, usb)["backup"]
    leftover = cli.vault.with_name(f".{cli.vault.name}.restoring-20260101-000000")
    shutil.copytree(made, leftover)
    assert cli("unlock-check").returncode == 0
    assert not leftover.exists()


def test_a_copy_left_by_a_restore_cut_off_is_removed_by_the_next_restore(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    made = _backup(cli, usb)["backup"]
    leftover = cli.vault.with_name(f".{cli.vault.name}.restoring-20260101-000000")
    shutil.copytree(made, leftover)
    r = cli("restore", made, "--yes")
    assert r.returncode == 0, r.stderr
    assert not leftover.exists()
    assert f"unfinished copy left by a restore cut off, removed: {leftover.name}" in r.stdout
