"""A laptop set up from an older backup and only opened since takes a newer backup as newer:
unlocks and its own restore entry do not make the two go apart, and no record is said deleted."""

from __future__ import annotations

import json

import app.backup as backups
from tests.conftest import PASSPHRASE


def _add(cli, vault, given: str) -> None:
    r = cli("--vault", str(vault), "person", "add", "--given", given, "--sex", "F")
    assert r.returncode == 0, r.stderr


def _backup(cli, vault, usb) -> str:
    r = cli("--json", "--vault", str(vault), "backup", str(usb))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["backup"]


def _two_laptops(cli, tmp_path):
    """Laptop A: Nadia, backup 1. Laptop B (cli.vault): set up from backup 1, opened once.
    Laptop A: Layla and Samira, backup 2. Returns backup 2."""
    usb, a = tmp_path / "usb", tmp_path / "laptopA"
    usb.mkdir()
    assert cli("--vault", str(a), "init", "--prefix", "SNJ").returncode == 0
    _add(cli, a, "Nadia")
    first = _backup(cli, a, usb)
    r = cli("restore", first, "--yes")
    assert r.returncode == 0, r.stderr
    assert cli("person", "list").returncode == 0  # only opened: an unlock entry
    _add(cli, a, "Layla")
    _add(cli, a, "Samira")
    return _backup(cli, a, usb)


def _case_numbers(cli) -> list[str]:
    return sorted(p["case_no"] for p in json.loads(cli("--json", "person", "list").stdout))


def test_a_newer_backup_is_newer_and_names_what_comes_in(cli, tmp_path):
    newer = _two_laptops(cli, tmp_path)
    _, c = backups.compare_backup(newer, cli.vault, PASSPHRASE)
    assert c.kind == "newer" and not c.risky
    assert c.deleted_since == () and c.added_since == ()
    assert c.coming == ("SNJ-00002", "SNJ-00003")
    assert "deleted since" not in c.words() and "would come BACK" not in c.words()
    assert "2 person record(s) added in it since would come into the vault" in c.words()


def test_it_is_restored_without_older(cli, tmp_path):
    newer = _two_laptops(cli, tmp_path)
    r = cli("--json", "restore", newer, "--yes")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["compared"] == "newer"
    assert _case_numbers(cli) == ["SNJ-00001", "SNJ-00002", "SNJ-00003"]


def test_a_real_change_on_the_laptop_still_goes_apart(cli, tmp_path):
    newer = _two_laptops(cli, tmp_path)
    r = cli("person", "edit", "SNJ-00001", "--notes", "seen in Tal Afar")
    assert r.returncode == 0, r.stderr
    r = cli("--json", "restore", newer, "--yes")
    assert r.returncode != 0
    said = json.loads(r.stdout)
    assert said["compared"] == "apart" and said["changed_since"] == 1
    # the backup's own two are new here, not deleted since
    assert said["deleted_since"] == [] and said["added_in_backup_since"] == ["SNJ-00002",
                                                                             "SNJ-00003"]
    assert _case_numbers(cli) == ["SNJ-00001"]


def test_gone_apart_a_woman_deleted_on_the_laptop_is_still_said_to_come_back(cli, tmp_path):
    newer = _two_laptops(cli, tmp_path)
    r = cli("person", "delete", "SNJ-00001", "--reason", "protect her", "--yes")
    assert r.returncode == 0, r.stderr
    r = cli("restore", newer, "--yes")
    assert r.returncode != 0
    assert "went apart" in r.stderr
    assert "1 person record(s) deleted since would come BACK (SNJ-00001)" in r.stderr
    assert "2 person record(s) added in it since would come into the vault" in r.stderr


def test_a_backup_of_a_laptop_only_opened_is_older_than_a_vault_that_went_on(cli, tmp_path):
    """The mirror: the backup's own unlocks and restore do not hide the vault's work since."""
    usb, b = tmp_path / "usb", tmp_path / "laptopB"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _add(cli, cli.vault, "Nadia")
    first = _backup(cli, cli.vault, usb)
    assert cli("--vault", str(b), "restore", first, "--yes").returncode == 0
    theirs = _backup(cli, b, usb)
    _add(cli, cli.vault, "Layla")
    _, c = backups.compare_backup(theirs, cli.vault, PASSPHRASE)
    assert c.kind == "older" and c.risky
    assert c.added_since == ("SNJ-00002",) and c.deleted_since == ()


def test_restored_with_yes_it_names_the_persons_that_came_in(cli, tmp_path):
    from app.cli.commands.backup_cmds import _came_and_went

    newer = _two_laptops(cli, tmp_path)
    _, before = backups.compare_backup(newer, cli.vault, PASSPHRASE)
    assert "came in, added in the backup since: SNJ-00002, SNJ-00003" in \
        "\n".join(_came_and_went(before))
    r = cli("--json", "restore", newer, "--yes")
    assert r.returncode == 0, r.stderr
    said = json.loads(r.stdout)
    assert said["added_in_backup_since"] == ["SNJ-00002", "SNJ-00003"]
    assert said["deleted_in_backup_since"] == []
    r = cli("restore", newer, "--yes")  # the same backup again: nothing comes in
    assert r.returncode == 0 and "came in" not in r.stdout
