"""--keep orders this vault's backups by their place in its trail, not the clock's names, never
removes the backup just made, and leaves a copy's backups (the same vault-id.txt) alone."""

from __future__ import annotations

import json
import os

from app.backup import backups_in


def _backup(cli, usb, *more, vault=None) -> dict:
    where = ["--vault", str(vault)] if vault else []
    r = cli("--json", *where, "backup", str(usb), *more)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_keep_never_removes_the_backup_just_made_when_the_clock_is_behind(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    for i, _ in enumerate(range(2)):
        made = _backup(cli, usb)["backup"]
        # named by a right clock, later than this laptop's (a new laptop, a dead battery)
        os.rename(made, usb / f"casekeeper-backup-20991201-10000{i}")
    assert cli("person", "add", "--given", "Layla", "--sex", "F").returncode == 0
    made = _backup(cli, usb, "--keep", "2")
    new = os.path.basename(made["backup"])
    assert made["removed"] == ["casekeeper-backup-20991201-100000"]
    assert [p.name for p in backups_in(usb)] == [new, "casekeeper-backup-20991201-100001"]
    # kept to one, the one kept is still the backup just made
    again = _backup(cli, usb, "--keep", "1")
    assert [p.name for p in backups_in(usb)] == [os.path.basename(again["backup"])]


def test_keep_leaves_the_backups_of_a_copy_that_went_apart(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    a, b = tmp_path / "A", tmp_path / "B"
    assert cli("--vault", str(a), "init", "--prefix", "SNJ").returncode == 0
    assert cli("--vault", str(a), "person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    first = _backup(cli, usb, vault=a)["backup"]
    assert cli("--vault", str(b), "restore", first, "--yes").returncode == 0
    assert cli("--vault", str(b), "person", "add", "--given", "Layla", "--sex", "F").returncode == 0
    os.rename(first, usb / "casekeeper-backup-20000101-000000")  # names alike: order by trail
    bs = os.path.basename(_backup(cli, usb, vault=b)["backup"])
    made = _backup(cli, usb, "--keep", "1", vault=a)
    assert made["removed"] == ["casekeeper-backup-20000101-000000"]
    left = [p.name for p in backups_in(usb)]
    assert bs in left and os.path.basename(made["backup"]) in left
    listed = {r["name"]: r for r in json.loads(
        cli("--json", "--vault", str(b), "backup", str(usb), "--list").stdout)}
    assert listed[bs]["this_vault"] is True
    theirs = listed[os.path.basename(made["backup"])]
    assert theirs["this_vault"] is False and theirs["copy_gone_apart"] is True
    text = cli("--vault", str(b), "backup", str(usb), "--list").stdout
    assert "went apart since" in text


def test_keep_removes_nothing_until_there_are_more_than_it_keeps(cli, tmp_path):
    """--keep 5 into an empty folder: 1, 2, 3, 4, 5 backups, then 5 (the fourth backup removed
    two, a count past the start of the list taken from its end, and no more than 3 stayed)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for n in range(1, 8):
        assert cli("person", "add", "--given", f"Nadia {n}", "--sex", "F").returncode == 0
        made = _backup(cli, usb, "--keep", "5")
        assert len(made["removed"]) == (1 if n > 5 else 0), (n, made["removed"])
        held = [p.name for p in backups_in(usb)]
        assert len(held) == min(n, 5) and os.path.basename(made["backup"]) in held
