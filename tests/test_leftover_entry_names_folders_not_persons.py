"""The trail's entry of an unlock that deleted a restore's leftover names the folder as a folder:
`audit log` said "removed: a person since deleted (record .v1.restoring-...)", its key being one
of those naming persons, and the desktop's History said nothing of it. An entry written so
before is said right too. The entry is written before the folder goes: a database error at the
unlock leaves the folder in place and the trail without an entry."""

from __future__ import annotations

import json
import shutil

import pytest

from app import vault as vault_module
from app.audit_words import detail_said, person_ids, sentence
from db.connection import DatabaseError
from tests.conftest import PASSPHRASE
from tests.ui_support import read_vault

LEFTOVER = "vault.restore_leftovers_removed"


def _leftover(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Eziza", "--sex", "F").returncode == 0
    made = json.loads(cli("--json", "backup", str(usb)).stdout)["backup"]
    leftover = cli.vault.with_name(f".{cli.vault.name}.restoring-20260101-000000")
    shutil.copytree(made, leftover)
    return leftover


def test_audit_log_says_the_folder_deleted_not_a_person(cli, tmp_path):
    leftover = _leftover(cli, tmp_path)
    assert cli("person", "list").returncode == 0
    [detail] = read_vault(cli.vault, lambda s: [json.loads(r.detail) for r in s.audit.repo.all()
                                                if r.action == LEFTOVER])
    assert detail == {"folders": [leftover.name]}
    log = cli("audit", "log").stdout
    [line] = [x for x in log.splitlines() if "restore cut off" in x]
    assert f"folders deleted: {leftover.name}" in line
    assert "person" not in line


def test_an_entry_written_before_under_removed_is_said_as_a_folder():
    old = {"removed": [".v1.restoring-20261206-101500"]}
    said = detail_said(old, {}, LEFTOVER)
    assert said == "folders deleted: .v1.restoring-20261206-101500"
    assert person_ids(old) == set()
    assert sentence(LEFTOVER, old) == "Copy left beside the vault by a restore cut off, deleted"
    # a rescue's "removed" is still persons
    assert "a person since deleted (record 7)" in detail_said({"removed": [7]}, {}, "rescue.edit")


@pytest.mark.parametrize("key", ["folders", "removed"])
def test_the_desktop_history_names_the_folder(qtbot, key):
    from ui.history_words import history_entry
    _what, said, _raw = history_entry(LEFTOVER, json.dumps({key: [".v1.restoring-x"]}),
                                      case_nos={})
    assert ".v1.restoring-x" in said and "folders deleted" in said


def test_a_database_error_at_unlock_leaves_the_folder_and_no_entry(cli, tmp_path, monkeypatch):
    leftover = _leftover(cli, tmp_path)

    def broken(_session):
        raise DatabaseError("disk I/O error")
    monkeypatch.setattr(vault_module, "ensure_notes_erased", broken)
    with pytest.raises(Exception):
        vault_module.open_vault(cli.vault, PASSPHRASE).close()
    assert leftover.exists()
    monkeypatch.undo()
    entries = read_vault(cli.vault, lambda s: [r.action for r in s.audit.repo.all()])
    assert entries.count(LEFTOVER) == 1  # the unlock that did delete it, not the failed one
    assert not leftover.exists()
