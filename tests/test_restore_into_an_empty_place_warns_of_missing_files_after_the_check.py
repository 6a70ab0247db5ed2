"""`restore` of a backup copied without its own files into a place with no vault: the warning that
"its pages and tables were checked whole" comes only once the backup has opened and been checked,
and once (not before a wrong passphrase or a folder that is no backup is refused, nor once more
for the retry with a Notepad file's mark)."""

from __future__ import annotations

import json
import shutil

from tests.cli_helpers import ok
from tests.conftest import PASSPHRASE, run_in_process
from tests.test_restore_warns_of_a_backup_without_its_own_files import _stick

WARNED = "missing beside the backup"


def test_a_wrong_passphrase_is_refused_without_the_warning(cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt")
    r = cli("--vault", str(tmp_path / "laptop2"), "restore", str(copy),
            extra_env={"CASEKEEPER_PASSPHRASE": "not the passphrase"})
    assert r.returncode == 3
    assert WARNED not in r.stderr and "checked whole" not in r.stderr


def test_a_folder_that_is_no_backup_is_refused_without_the_warning(cli, tmp_path):
    ok(cli, "init")
    folder = tmp_path / "not-a-backup"
    folder.mkdir()
    (folder / "notes.txt").write_text("hers")
    r = cli("--vault", str(tmp_path / "laptop2"), "restore", str(folder))
    assert r.returncode != 0
    assert WARNED not in r.stderr and "checked whole" not in r.stderr


def test_restored_it_is_warned_of_once(cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt")
    r = cli("--vault", str(tmp_path / "laptop2"), "restore", str(copy))
    assert r.returncode == 0, r.stderr
    assert r.stderr.count(WARNED) == 1


def test_the_retry_with_the_notepad_mark_warns_once(cli, tmp_path):
    marked = {"CASEKEEPER_PASSPHRASE": "\ufeff" + PASSPHRASE}
    ok(cli, "init", extra_env=marked)
    (tmp_path / "usb").mkdir()
    made = json.loads(ok(cli, "--json", "backup", str(tmp_path / "usb"), extra_env=marked).stdout)["backup"]
    copy = tmp_path / "stick" / "casekeeper-backup-copied"
    shutil.copytree(made, copy)
    (copy / "audit-chain-head.txt").unlink()
    notepad = tmp_path / "passphrase.txt"
    notepad.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    notepad.chmod(0o600)
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}
    r = run_in_process(["--vault", str(tmp_path / "laptop2"), "restore", str(copy)],
                       {**env, "CASEKEEPER_PASSPHRASE_FILE": str(notepad)})
    assert r.returncode == 0, r.stderr
    assert r.stderr.count(WARNED) == 1
    assert "The backup opened only with the invisible mark" in r.stderr
