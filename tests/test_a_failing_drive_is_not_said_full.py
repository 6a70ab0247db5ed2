"""A drive that fails a read or write, or is pulled out (SQLite's "disk I/O error" with room on
the disk, or the system's EIO), is said as such, never "the disk is full": a full disk
(SQLITE_FULL, ENOSPC, no room left, a file-size limit) still is. The vault is left unchanged."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections import namedtuple

import pytest

from db.connection import DatabaseError
from tests.conftest import ROOT
from tests.run_command import run_command

FAILED = "could not be read or written (disk I/O error): it may be failing, or it was removed " \
         "or made read-only"
PART = "it stopped part way: what was saved before stays in the vault, the rest was not saved"


def _refused_at_once(args, ctx):
    ctx.open_session()
    raise DatabaseError("disk I/O error")


def _saves_then_refused(args, ctx):
    session = ctx.open_session()
    with session.db.transaction():
        session.meta.set("test_first_part", "saved")
    raise DatabaseError("disk I/O error")


def test_an_io_error_with_room_on_the_disk_is_a_failing_drive(cli, monkeypatch, capsys):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    code, err = run_command(monkeypatch, capsys, cli, _refused_at_once)
    assert code == 9
    assert f"the drive of the vault {cli.vault} {FAILED}" in err, err
    assert "nothing was saved, the vault is as it was before" in err
    assert "full" not in err and "free space" not in err


def test_a_failing_drive_after_saved_changes_says_what_stays(cli, monkeypatch, capsys):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    code, err = run_command(monkeypatch, capsys, cli, _saves_then_refused)
    assert code == 9
    assert FAILED in err and PART in err and "full" not in err, err


def test_an_io_error_on_a_disk_with_no_room_left_is_still_full(cli, monkeypatch, capsys):
    """A full disk says "disk I/O error" where SQLite could not grow the -shm beside the
    vault (every unlock on it): with next to no free bytes, it is said full."""
    import app.disk_full

    assert cli("init", "--prefix", "SNJ").returncode == 0
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(app.disk_full.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 4096))
    code, err = run_command(monkeypatch, capsys, cli, _refused_at_once)
    assert code == 9
    assert "is full or cannot be written (disk I/O error): nothing was changed" in err, err


def test_the_desktop_says_a_failing_drive_in_arabic(qapp, new_translations, tmp_path):
    import ui.i18n
    from ui.worker import describe_error

    try:
        ui.i18n.apply_language(qapp, "ar")
        said = describe_error(DatabaseError("disk I/O error"), tmp_path / "vault")
        full = describe_error(DatabaseError("database or disk is full"), tmp_path / "vault")
    finally:
        ui.i18n.apply_language(qapp, "en")
    assert said.startswith("تعذّرت القراءة من قرص الخزنة") and "لم يُحفظ شيء" in said, said
    assert "ممتلئ" not in said
    assert "ممتلئ أو لا يمكن الكتابة فيه" in full


def test_an_unlock_whose_key_slots_the_drive_fails_to_read_is_said(cli, monkeypatch):
    """A drive pulled out: reading the key slots raised EIO, a traceback."""
    from app.vault import open_vault
    from db.keyslots import SlotFile

    assert cli("init", "--prefix", "SNJ").returncode == 0

    def unreadable(self):
        raise OSError(errno.EIO, "Input/output error", str(self.path))

    monkeypatch.setattr(SlotFile, "read", unreadable)
    with pytest.raises(Exception) as e:
        open_vault(cli.vault, cli.env["CASEKEEPER_PASSPHRASE"])
    said = str(e.value)
    assert said.startswith(f"the drive of the vault {cli.vault} could not be read or written "
                           "(Input/output error)"), said
    assert "the vault was not opened and nothing in it was changed" in said


def test_a_new_key_the_drive_fails_is_not_said_full(session, monkeypatch):
    from app.rekey import new_data_key
    from app.vault import open_vault
    from db.keyslots import KdfParams

    def failing(_key):
        session.db.close()  # as Database.rekey does when the pragma fails
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(session.db, "rekey", failing)
    with pytest.raises(Exception) as e:
        new_data_key(session, "a quite new passphrase 7", KdfParams.fast())
    said = str(e.value)
    assert FAILED in said and "the vault was not given a new key" in said, said
    assert "full" not in said
    open_vault(session.folder, "correct horse battery").close()  # the old one opens it


# A real drive failing: an ext4 file system on a loop device, shut down under the vault
# (EXT4_IOC_SHUTDOWN: every read and write of it fails with EIO from then on), as a USB stick
# pulled out. Root only.
_SHUTDOWN = 0x8004587D


def _can_mount() -> bool:
    return os.geteuid() == 0 and all(shutil.which(t) for t in ("mkfs.ext4", "losetup", "mount"))


@pytest.fixture
def stick(tmp_path):
    if not _can_mount():
        pytest.skip("needs root, mkfs.ext4 and a loop device")
    image, mnt = tmp_path / "stick.img", tmp_path / "stick"
    mnt.mkdir()
    subprocess.run(["truncate", "-s", "16M", str(image)], check=True)
    subprocess.run(["mkfs.ext4", "-q", str(image)], check=True)
    loop = subprocess.run(["losetup", "-f", "--show", str(image)], capture_output=True,
                          text=True)
    if loop.returncode != 0:
        pytest.skip("no loop device")
    dev = loop.stdout.strip()
    try:
        if subprocess.run(["mount", dev, str(mnt)]).returncode != 0:
            pytest.skip("cannot mount")
        yield dev, mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        subprocess.run(["losetup", "-d", dev], capture_output=True)


_PULLED = """
import fcntl, os, sys
import app.vault
real = app.vault.open_vault
def pulled_after_unlock(*a, **k):
    session = real(*a, **k)
    fd = os.open(sys.argv[1], os.O_RDONLY)
    fcntl.ioctl(fd, 0x8004587D, (2).to_bytes(4, "little"))
    return session
app.vault.open_vault = pulled_after_unlock
from app.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def _ck(env, vault, *args, pulled_at=None):
    pre = [sys.executable, "-c", _PULLED, str(pulled_at)] if pulled_at else \
        [sys.executable, "-m", "app.cli.main"]
    return subprocess.run([*pre, "--vault", str(vault), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_stick_pulled_out_is_said_as_such_and_the_vault_kept(cli, stick, tmp_path):
    dev, mnt = stick
    vault = mnt / "vault"
    assert _ck(cli.env, vault, "init", "--prefix", "SNJ").returncode == 0
    assert _ck(cli.env, vault, "person", "add", "--given", "Hêvî", "--sex", "F").returncode == 0
    listed = tmp_path / "list.csv"
    listed.write_text("Name,Father,Sex\n" + "\n".join(f"Nadia{i},Elyas{i},F" for i in range(50))
                      + "\n")
    # the drive fails once the vault is open: the import is refused whole, said as the drive
    r = _ck(cli.env, vault, "import", str(listed), "--source", "X", "--yes", pulled_at=mnt)
    assert r.returncode == 9 and "Traceback" not in r.stderr, r.stderr
    assert f"the drive of the vault {vault} could not be read or written" in r.stderr
    assert "full" not in r.stderr and "damaged" not in r.stderr and "malformed" not in r.stderr
    # still out: the unlock says the drive, not a traceback
    r = _ck(cli.env, vault, "info")
    assert r.returncode == 9 and "Traceback" not in r.stderr, r.stderr
    assert "could not be read or written (Input/output error)" in r.stderr
    assert "the vault was not opened" in r.stderr
    # put back: the vault is whole and as it was
    subprocess.run(["umount", str(mnt)], check=True)
    subprocess.run(["mount", dev, str(mnt)], check=True)
    assert _ck(cli.env, vault, "unlock-check").returncode == 0
    assert '"persons": 1' in _ck(cli.env, vault, "--json", "info").stdout


def test_a_backup_stick_that_fails_is_not_told_to_free_space(session, monkeypatch, tmp_path):
    import app.backup_said

    usb = tmp_path / "usb"
    usb.mkdir()

    def failing(*_a, **_k):
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(app.backup_said, "make_backup", failing)
    with pytest.raises(Exception) as e:
        app.backup_said.make_backup_said(session, usb)
    said = str(e.value)
    assert said.startswith(f"the drive of {usb} could not be written (disk I/O error): it may be "
                           "failing, or it was removed or made read-only; no backup was made"), said
    assert "free space" not in said


def test_a_restore_the_drive_fails_is_not_said_full(tmp_path):
    from app.disk_full import restore_said

    failed = str(restore_said(DatabaseError("disk I/O error"), tmp_path / "vault"))
    assert FAILED in failed and "nothing was restored" in failed and "free space" not in failed
    full = str(restore_said(DatabaseError("database or disk is full"), tmp_path / "vault"))
    assert "is full or cannot be written (database or disk is full): nothing was restored" in full
