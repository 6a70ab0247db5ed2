"""A restore of a backup older than the vault (or of another vault) says what it would bring
back and lose, is refused without --older, and never lets a case number be given twice."""

from __future__ import annotations

import json
import os

import app.backup as backups
from tests.conftest import PASSPHRASE

INFORMANT = "Qerenfilzinda 07704419983"


def _backup(cli, usb) -> str:
    r = cli("--json", "backup", str(usb))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["backup"]


def _older_backup_then_work(cli, tmp_path) -> str:
    """Two women backed up; then the first deleted to protect her, the informant taken out of
    the second's notes, and a third added (SNJ-00003)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Shirin", "--sex", "F").returncode == 0
    assert cli("person", "add", "--given", "Ghazal", "--sex", "F",
               "--notes", f"Informant {INFORMANT}").returncode == 0
    backup = _backup(cli, usb)
    assert cli("person", "delete", "SNJ-00001", "--reason", "protect her",
               "--yes").returncode == 0
    assert cli("person", "edit", "SNJ-00002", "--notes", "moved").returncode == 0
    assert cli("person", "add", "--given", "Nazdar", "--sex", "F").returncode == 0
    return backup


def _case_numbers(cli) -> list[str]:
    return sorted(p["case_no"] for p in json.loads(cli("--json", "person", "list").stdout))


def test_an_older_backup_is_refused_naming_what_comes_back_and_what_is_lost(cli, tmp_path):
    backup = _older_backup_then_work(cli, tmp_path)
    r = cli("restore", backup, "--yes")
    assert r.returncode != 0
    said = r.stderr
    assert "OLDER" in said and "--older" in said
    assert "1 person record(s) deleted since would come BACK (SNJ-00001)" in said
    assert "1 person record(s) added since would be LOST from the vault (SNJ-00003)" in said
    assert "1 person record(s) changed since" in said
    # the vault is as it was: she stays deleted, the informant stays out
    assert _case_numbers(cli) == ["SNJ-00002", "SNJ-00003"]
    assert INFORMANT not in cli("person", "show", "SNJ-00002").stdout
    assert not [p for p in os.listdir(tmp_path) if "before-restore" in p]


def test_the_library_refuses_it_too_unless_told(cli, tmp_path):
    backup = _older_backup_then_work(cli, tmp_path)
    try:
        backups.restore_backup(backup, cli.vault, PASSPHRASE)
        raise AssertionError("an older backup was restored without being asked")
    except backups.ValidationError as e:
        assert "SNJ-00001" in str(e)
    _, c = backups.compare_backup(backup, cli.vault, PASSPHRASE)
    assert c.kind == "older" and c.deleted_since == ("SNJ-00001",)
    assert c.added_since == ("SNJ-00003",)


def test_after_an_older_backup_is_restored_no_case_number_is_given_twice(cli, tmp_path):
    backup = _older_backup_then_work(cli, tmp_path)
    r = cli("restore", backup, "--yes", "--older")
    assert r.returncode == 0, r.stderr
    assert "are not given again" in r.stdout
    assert _case_numbers(cli) == ["SNJ-00001", "SNJ-00002"]
    r = cli("--json", "person", "add", "--given", "Hediye", "--sex", "F")
    assert r.returncode == 0, r.stderr
    assert "SNJ-00003" not in r.stdout and "SNJ-00004" in r.stdout


def test_a_backup_of_another_vault_is_refused_saying_so(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    other = tmp_path / "other"
    assert cli("--vault", str(other), "init", "--prefix", "KHN").returncode == 0
    r = cli("--json", "--vault", str(other), "backup", str(usb))
    theirs = json.loads(r.stdout)["backup"]
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Eziza", "--sex", "F").returncode == 0
    r = cli("restore", theirs, "--yes")
    assert r.returncode != 0
    assert "another vault" in r.stderr and "--older" in r.stderr
    assert _case_numbers(cli) == ["SNJ-00001"]


def test_a_backup_with_nothing_lost_since_needs_no_flag(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Shirin", "--sex", "F").returncode == 0
    backup = _backup(cli, usb)
    assert cli("info").returncode == 0  # an unlock since changes nothing of hers
    r = cli("restore", backup, "--yes")
    assert r.returncode == 0, r.stderr


def test_after_an_older_backup_is_restored_no_report_number_is_given_twice(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Shirin", "--sex", "F").returncode == 0
    backup = _backup(cli, usb)
    r = cli("--json", "report", "add", "--person", "SNJ-00001", "--text", "seen in Raqqa")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["report_id"] == 1
    r = cli("restore", backup, "--yes", "--older")
    assert r.returncode == 0, r.stderr
    r = cli("--json", "report", "add", "--person", "SNJ-00001", "--text", "seen in Mosul")
    assert r.returncode == 0, r.stderr
    # report 1 is cited on papers from the vault replaced: never another report's number
    assert json.loads(r.stdout)["report_id"] == 2
