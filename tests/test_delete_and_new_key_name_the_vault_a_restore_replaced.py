"""A person deleted to protect her, and a passphrase or key changed after it was forced out, name
each vault a restore replaced beside this one (a whole vault that still holds her and opens with
the old passphrase), with the exact way to delete it; none is deleted unasked."""

from __future__ import annotations

import json
import shlex

from app.backup_drive import moved_aside
from tests.cli_helpers import add, ok
from tests.conftest import PASSPHRASE

NEW = "another long passphrase"


def _restored(cli, tmp_path):
    """A vault with her, backed up and restored over itself: one folder beside it."""
    ok(cli, "init")
    case_no = add(cli, "--given", "Gulizar", "--father", "Nasser")
    (tmp_path / "usb").mkdir()
    backup = json.loads(ok(cli, "--json", "backup", str(tmp_path / "usb")).stdout)["backup"]
    ok(cli, "restore", backup, "--yes")
    [kept] = moved_aside(cli.vault)
    return case_no, kept


def test_person_delete_names_the_folder_and_how_to_delete_it(cli, tmp_path):
    case_no, kept = _restored(cli, tmp_path)
    r = ok(cli, "person", "delete", case_no, "--reason", "protect her", "--yes")
    assert f"{kept}, beside the vault, is the whole vault a restore replaced" in r.stdout
    assert f"delete it: rm -r {shlex.quote(str(kept))}" in r.stdout
    assert kept.is_dir()  # said, never deleted unasked
    # and it does hold her, opening with the passphrase of then
    shown = ok(cli, "--vault", str(kept), "person", "show", case_no)
    assert "Gulizar" in shown.stdout


def test_person_delete_json_lists_the_folders(cli, tmp_path):
    case_no, kept = _restored(cli, tmp_path)
    r = ok(cli, "--json", "person", "delete", case_no, "--reason", "protect her", "--yes")
    assert json.loads(r.stdout)["replaced_by_restore"] == [str(kept)]


def test_a_new_key_names_the_folder_that_opens_with_the_old_passphrase(cli, tmp_path):
    _case_no, kept = _restored(cli, tmp_path)
    r = cli("passwd", "--new-key", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    assert f"{kept}, beside the vault, is the whole vault a restore replaced" in r.stdout
    assert "still opens with the passphrase and recovery code it had then" in r.stdout
    assert f"rm -r {shlex.quote(str(kept))}" in r.stdout
    old = cli("--vault", str(kept), "unlock-check", extra_env={"CASEKEEPER_PASSPHRASE": PASSPHRASE})
    assert old.returncode == 0, old.stderr


def test_a_new_passphrase_alone_names_it_too(cli, tmp_path):
    _case_no, kept = _restored(cli, tmp_path)
    r = cli("--json", "passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["replaced_by_restore"] == [str(kept)]


def test_without_such_a_folder_nothing_more_is_said(cli):
    ok(cli, "init")
    case_no = add(cli, "--given", "Gulizar")
    r = ok(cli, "person", "delete", case_no, "--reason", "protect her", "--yes")
    assert "restore replaced" not in r.stdout
