"""A backup folder given where a vault is opened (--vault, CASEKEEPER_VAULT, the desktop) is
refused, saying how to restore or check it, and not a byte of it is written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.domain.errors import VaultError
from app.vault import open_vault
from tests.conftest import PASSPHRASE, cli_env, run_cli


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


@pytest.mark.parametrize("command", [("person", "list"), ("unlock-check",), ("passwd",),
                                     ("passwd", "--new-key")])
def test_a_command_refuses_it_saying_how_to_restore_it(cli, tmp_path, command):
    backup = _backup(cli, tmp_path)
    before = _state(backup)
    r = cli("--vault", str(backup), *command,
            extra_env={"CASEKEEPER_NEW_PASSPHRASE": "another long passphrase here"})
    assert r.returncode == 3
    assert "is a backup, not a vault" in r.stderr
    assert f"casekeeper restore {backup}" in r.stderr and "--check" in r.stderr
    assert _state(backup) == before  # no unlock entry, no vault.lock


def test_casekeeper_vault_naming_it_is_refused_too(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    before = _state(backup)
    r = run_cli(["person", "list"], cli_env(tmp_path, CASEKEEPER_VAULT=str(backup)))
    assert r.returncode == 3 and "is a backup, not a vault" in r.stderr
    assert _state(backup) == before


def test_the_library_refuses_it_for_the_desktop(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    before = _state(backup)
    with pytest.raises(VaultError) as refused:
        open_vault(backup, PASSPHRASE)
    assert refused.value.said[0].startswith("%1 is a backup, not a vault")
    assert _state(backup) == before


def test_it_is_still_checked_and_restored(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    before = _state(backup)
    assert cli("restore", str(backup), "--check").returncode == 0
    r = cli("--vault", str(tmp_path / "laptopB"), "restore", str(backup), "--yes")
    assert r.returncode == 0, r.stderr
    assert cli("--vault", str(tmp_path / "laptopB"), "person", "list").returncode == 0
    assert _state(backup) == before
