"""SQLite's "disk I/O error" is told full or failing by the free space of the drive the vault
is (to be) on: never the program's working folder (the laptop's disk, with room, made a full
stick "failing" on the desktop's New vault, Forgot it? and change passphrase), and a limit on
the size of files counts only where a file there has grown to it."""

from __future__ import annotations

import resource
from collections import namedtuple
from pathlib import Path
from types import SimpleNamespace

import pytest

from db.connection import DatabaseError

FULL = "is full or cannot be written (disk I/O error)"
FAILING = "could not be read or written (disk I/O error): it may be failing"
usage = namedtuple("usage", "total used free")


@pytest.fixture
def full_stick(tmp_path, monkeypatch):
    """A stick (a folder under tmp_path) with 16 KB left; every other disk has room, and the
    program runs from a folder elsewhere, as the desktop started from a menu."""
    import app.disk_full

    stick = tmp_path / "stick"
    stick.mkdir()
    elsewhere = tmp_path / "home"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    def disk_usage(path):
        path = Path(path).absolute()
        if not path.exists():
            raise FileNotFoundError(2, "No such file or directory", str(path))
        on_stick = path == stick or stick in path.parents
        return usage(2 << 20, 2 << 20, 16 << 10) if on_stick else usage(10**12, 0, 10**11)

    monkeypatch.setattr(app.disk_full, "shutil", SimpleNamespace(disk_usage=disk_usage))
    return stick


def _refused(_a=None, *_args, **_kwargs):
    raise DatabaseError("disk I/O error")


def _said(qtbot, worker, fn, *args) -> str:
    said: list[str] = []
    worker.submit(lambda _s: fn(worker, *args), on_done=lambda r: said.append(f"done {r}"),
                  on_error=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    return said[0]


def test_a_new_vault_on_a_full_stick_is_said_full_and_named(qapp, qtbot, full_stick,
                                                              monkeypatch):
    from ui import access_ops
    from ui.worker import VaultWorker

    monkeypatch.setattr(access_ops.vault, "create_vault", _refused)
    vault = full_stick / "vault"
    said = _said(qtbot, VaultWorker(), access_ops.create, vault, "correct horse battery", "SNJ")
    assert f"the disk of the vault \u2066{vault}\u2069 {FULL}" in said, said
    assert "failing" not in said


def test_a_new_passphrase_on_a_full_stick_is_said_full(qapp, qtbot, cli, full_stick,
                                                       monkeypatch):
    """Forgot it? and change passphrase: their session is let go before the job's error is
    said (_kept_if_done), so the worker had no folder left."""
    import shutil

    from ui import access_ops
    from ui.worker import VaultWorker

    assert cli("init", "--prefix", "SNJ").returncode == 0
    vault = full_stick / "vault"
    shutil.copytree(cli.vault, vault)
    monkeypatch.setattr(access_ops.vault, "change_passphrase", _refused)
    said = _said(qtbot, VaultWorker(), access_ops.change, vault,
                 cli.env["CASEKEEPER_PASSPHRASE"], "a quite new passphrase 7")
    assert f"the disk of the vault \u2066{vault}\u2069 {FULL}" in said, said


def test_a_restore_on_the_desktop_names_the_vault_and_its_drive(qapp, qtbot, full_stick,
                                                                 monkeypatch, tmp_path):
    from ui import access_ops
    from ui.worker import VaultWorker

    monkeypatch.setattr(access_ops, "check_free", lambda _v: None)
    monkeypatch.setattr(access_ops.backups, "compare_backup", _refused)
    vault = full_stick / "vault"
    said = _said(qtbot, VaultWorker(), access_ops.compare_backup, tmp_path / "backup",
                 "correct horse battery", False, vault)
    assert f"the disk of the vault \u2066{vault}\u2069 {FULL}" in said, said


def test_a_vault_still_to_be_made_is_measured_on_the_drive_it_goes_on(full_stick):
    from app.disk_full import disk_full

    vault = full_stick / "new" / "vault"  # init: neither is there yet
    assert FULL in str(disk_full(DatabaseError("disk I/O error"), vault))
    assert FAILING in str(disk_full(DatabaseError("disk I/O error"), full_stick.parent / "v"))


def test_without_a_vault_named_no_other_disk_is_asked(full_stick):
    from app.disk_full import refused_as_full

    assert refused_as_full(DatabaseError("disk I/O error"), None)  # "full or cannot be written"


def _limit(monkeypatch, size: int) -> None:
    monkeypatch.setattr(resource, "getrlimit",
                        lambda which: (size, size) if which == resource.RLIMIT_FSIZE else
                        (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def test_a_file_size_limit_far_above_the_vault_does_not_make_a_failing_drive_full(
        tmp_path, monkeypatch):
    from app.disk_full import disk_full

    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "vault.db").write_bytes(b"\0" * 8192)
    _limit(monkeypatch, 100 << 30)
    said = str(disk_full(DatabaseError("disk I/O error"), vault))
    assert FAILING in said and "full" not in said, said


def test_a_vault_file_grown_to_the_limit_is_said_full(tmp_path, monkeypatch):
    from app.disk_full import disk_full

    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "vault.db").write_bytes(b"\0" * 8192)
    (vault / "vault.db-wal").write_bytes(b"\0" * (3 << 20))
    _limit(monkeypatch, (3 << 20) + 4096)
    assert FULL in str(disk_full(DatabaseError("disk I/O error"), vault))
