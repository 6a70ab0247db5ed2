"""A backup folder given where a vault is opened (--vault, CASEKEEPER_VAULT, the desktop) is
never refused: her work may be in it (a laptop run on a copied backup folder). Unlocked, it
becomes a working vault the way a restore makes one, said once; a wrong secret changes no byte."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from app.backup_drive import HEAD_FILE, ID_FILE
from app.vault import open_vault
from tests.conftest import PASSPHRASE, cli_env, run_cli
from tests.ui_support import unlock

SAID = "was a backup: it is now a working vault"


def _backup(cli, tmp_path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    r = cli("--json", "backup", str(usb))
    assert r.returncode == 0, r.stderr
    return Path(json.loads(r.stdout)["backup"])


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _cases(cli, vault: Path) -> list[str]:
    r = cli("--json", "--vault", str(vault), "person", "list")
    assert r.returncode == 0, r.stderr
    return sorted(p["case_no"] for p in json.loads(r.stdout))


def test_a_copied_backup_folder_worked_in_opens_and_is_said_a_vault_once(cli, tmp_path):
    laptop = tmp_path / "laptop"
    shutil.copytree(_backup(cli, tmp_path), laptop)
    r = cli("--vault", str(laptop), "person", "add", "--given", "Layla", "--sex", "F")
    assert r.returncode == 0, r.stderr
    assert f"{laptop} {SAID}" in r.stderr and "Keep another copy" in r.stderr
    assert not (laptop / HEAD_FILE).exists() and not (laptop / ID_FILE).exists()
    r = cli("--vault", str(laptop), "person", "list")
    assert r.returncode == 0 and SAID not in r.stderr  # once
    assert _cases(cli, laptop) == ["SNJ-00001", "SNJ-00002"]


def test_casekeeper_vault_naming_a_backup_opens_it(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    r = run_cli(["person", "list"], cli_env(tmp_path, CASEKEEPER_VAULT=str(backup)))
    assert r.returncode == 0, r.stderr
    assert SAID in r.stderr


def test_the_library_opens_it_for_the_desktop_and_says_so(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    s = open_vault(backup, PASSPHRASE)
    try:
        assert s.was_backup and s.persons.get("SNJ-00001") is not None
    finally:
        s.close()
    s = open_vault(backup, PASSPHRASE)
    try:
        assert not s.was_backup
    finally:
        s.close()


def test_a_wrong_passphrase_leaves_the_backup_as_it_was(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    before = _state(backup)
    r = cli("--vault", str(backup), "person", "list",
            extra_env={"CASEKEEPER_PASSPHRASE": "not the passphrase at all"})
    assert r.returncode != 0
    assert {k: v for k, v in _state(backup).items() if k != "vault.lock"} == before


def test_init_beside_a_stray_head_file_makes_a_vault_no_later_command_calls_a_backup(cli, tmp_path):
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / HEAD_FILE).write_text("0" * 64, encoding="ascii")
    assert cli("--vault", str(folder), "init", "--prefix", "SNJ").returncode == 0
    assert not (folder / HEAD_FILE).exists()
    r = cli("--vault", str(folder), "person", "list")
    assert r.returncode == 0, r.stderr
    assert SAID not in r.stderr


def test_it_is_still_checked_and_restored_without_a_byte_changed(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    before = _state(backup)
    assert cli("restore", str(backup), "--check").returncode == 0
    r = cli("--vault", str(tmp_path / "laptopB"), "restore", str(backup), "--yes")
    assert r.returncode == 0, r.stderr
    assert cli("--vault", str(tmp_path / "laptopB"), "person", "list").returncode == 0
    assert _state(backup) == before


def test_the_desktop_opens_it_and_says_it_is_a_vault_now(qtbot, gui, cli, tmp_path):
    laptop = tmp_path / "laptop"
    shutil.copytree(_backup(cli, tmp_path), laptop)
    gui.vault_dir = laptop
    main = unlock(qtbot, gui, PASSPHRASE)
    qtbot.waitUntil(lambda: main.unlock_note.isVisible(), timeout=10_000)
    assert "was a backup: it is now a working vault" in main.unlock_note.text()
    assert not (laptop / HEAD_FILE).exists()
