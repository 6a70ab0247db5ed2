"""A backup to a full drive says the drive is full, naming it; a restore given the folder that
holds the backups names the newest inside, as the desktop's restore page does."""

from __future__ import annotations

import json
import os
import subprocess

import pytest


@pytest.fixture
def small_drive(tmp_path):
    """A real 64 KB file system (tmpfs): a drive with less room than a vault takes."""
    drive = tmp_path / "usb"
    drive.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
                                             str(drive)], capture_output=True).returncode:
        pytest.skip("needs root to mount a small file system")
    yield drive
    subprocess.run(["umount", str(drive)], check=True)


def test_a_backup_to_a_full_drive_says_the_drive_is_full(cli, small_drive):
    assert cli("init").returncode == 0
    r = cli("backup", str(small_drive))
    assert r.returncode == 4, r.stderr
    assert f"the drive of {small_drive} is full" in r.stderr
    assert "MB are free there" in r.stderr and "the vault is unchanged" in r.stderr
    assert "database or disk is full" not in r.stderr
    assert list(small_drive.iterdir()) == []
    assert cli("unlock-check").returncode == 0


def test_restore_of_the_folder_holding_backups_names_the_newest(cli, tmp_path):
    assert cli("init").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    made = []
    for _ in range(2):
        r = cli("--json", "backup", str(usb))
        assert r.returncode == 0, r.stderr
        made.append(json.loads(r.stdout)["backup"])
    for extra in (["--check"], ["--yes"]):
        r = cli("restore", str(usb), *extra)
        assert r.returncode == 2, r.stderr
        assert f"{usb} holds backups, not one backup" in r.stderr
        assert f"the newest is {os.path.basename(made[-1])}" in r.stderr
