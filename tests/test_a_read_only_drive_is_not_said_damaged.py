"""A vault whose drive went read-only (the system remounts a failing drive so, or a stick's
write-protect switch is on) is said as the drive made read-only, exit 9: never "the vault
database is damaged or truncated", which could send her to restore over it or discard it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from db.connection import DatabaseError
from tests.conftest import ROOT

SAID = "could not be read or written (Read-only file system): it may be failing, or it was " \
       "removed or made read-only; the vault was not opened and nothing in it was changed"


def test_a_vault_on_a_read_only_drive_is_said_so_not_damaged(cli, monkeypatch):
    import db.connection
    from app.vault import open_vault

    assert cli("init", "--prefix", "SNJ").returncode == 0
    statvfs, connect = os.statvfs, db.connection.sqlcipher3.connect

    def read_only(path):
        found = statvfs(path)
        said = {k: getattr(found, k) for k in dir(found) if k.startswith("f_")}
        return SimpleNamespace(**dict(said, f_flag=found.f_flag | os.ST_RDONLY))

    class CannotMakeTheShm:  # what SQLite says where it cannot make the -shm beside the vault
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if "sqlite_master" in sql:
                raise DatabaseError("unable to open database file")
            return self.conn.execute(sql, *args)

        def close(self):
            self.conn.close()

    monkeypatch.setattr(os, "statvfs", read_only)
    monkeypatch.setattr(db.connection.sqlcipher3, "connect",
                        lambda *a, **k: CannotMakeTheShm(connect(*a, **k)))
    with pytest.raises(Exception) as e:
        open_vault(cli.vault, cli.env["CASEKEEPER_PASSPHRASE"])
    assert str(e.value).startswith(f"the drive of the vault {cli.vault} {SAID}"), str(e.value)


def test_a_read_only_drive_and_not_damage_on_the_command_line(cli, tmp_path):
    """A real file system remounted read-only (tmpfs, root only)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root and mount")
    drive = tmp_path / "drive"
    drive.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(drive)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount")
    try:
        vault = drive / "vault"

        def ck(*args):
            return subprocess.run([sys.executable, "-m", "app.cli.main", "--vault", str(vault),
                                   *args], cwd=ROOT, env=cli.env, capture_output=True,
                                  text=True, timeout=120)

        assert ck("init", "--prefix", "SNJ").returncode == 0
        assert ck("person", "add", "--given", "Hêvî", "--sex", "F").returncode == 0
        if subprocess.run(["mount", "-o", "remount,ro", str(drive)],
                          capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only")
        for args in (("info",), ("person", "add", "--given", "Nadia", "--sex", "F")):
            r = ck(*args)
            assert r.returncode == 9 and "Traceback" not in r.stderr, r.stderr
            assert f"the drive of the vault {vault} {SAID}" in r.stderr, r.stderr
            assert "damaged" not in r.stderr
        subprocess.run(["mount", "-o", "remount,rw", str(drive)], check=True)
        assert '"persons": 1' in ck("--json", "info").stdout  # as it was
    finally:
        subprocess.run(["umount", "-l", str(drive)], capture_output=True)
