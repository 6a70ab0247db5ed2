"""A backup to a stick pulled out, and a restore onto a vault drive that fails, are said as the
drive (check that it is in place), never a traceback, and a restore is not told to add --older
(which would restore over a vault that is only on a failing drive). The vault is unchanged."""

from __future__ import annotations

import errno

import pytest

from db.connection import DatabaseError

RESTORE = "could not be read or written (Input/output error): it may be failing, or it was " \
          "removed or made read-only; nothing was restored, the vault is as it was"


@pytest.fixture
def backed_up(cli, tmp_path):
    """A vault with one person, and a backup of it."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Hêvî", "--sex", "F").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("backup", str(usb)).returncode == 0
    return cli, next(usb.iterdir())


def test_a_backup_to_a_stick_pulled_out_is_said_not_a_traceback(session, monkeypatch, tmp_path):
    import app.backup_said

    usb = tmp_path / "usb"
    usb.mkdir()

    def pulled(*_a, **_k):  # its first write: the copy's folder
        raise OSError(errno.EIO, "Input/output error", str(usb / ".casekeeper-backup-x.partial"))

    monkeypatch.setattr(app.backup_said, "make_backup", pulled)
    with pytest.raises(app.backup_said.DriveFull) as e:
        app.backup_said.make_backup_said(session, usb)
    assert str(e.value) == (f"the drive of {usb} could not be written (Input/output error): it "
                            "may be failing, or it was removed or made read-only; no backup was "
                            "made and the vault is unchanged: check that the drive is in place, "
                            "or back up to another")


def test_a_vault_drive_failing_under_a_restore_is_not_told_to_add_older(backed_up, monkeypatch):
    import app.backup_compare
    from app.backup import restore_backup
    from app.disk_full import DiskFull

    cli, backup = backed_up
    real = app.backup_compare.read_trail

    def failing(path, *a, **k):  # the vault's own file: its drive fails
        if cli.vault in path.parents:
            raise DatabaseError("disk I/O error")
        return real(path, *a, **k)

    monkeypatch.setattr(app.backup_compare, "read_trail", failing)
    with pytest.raises(DiskFull) as e:
        restore_backup(backup, cli.vault, cli.env["CASEKEEPER_PASSPHRASE"])
    said = str(e.value)
    assert said.startswith(f"the drive of the vault {cli.vault} could not be read or written "
                           "(disk I/O error)"), said
    assert "nothing was restored" in said and "--older" not in said and "damaged" not in said


@pytest.mark.parametrize("older", [False, True])
def test_a_restore_whose_copy_the_drive_cannot_begin_is_said(backed_up, monkeypatch, older):
    """--older, or a new vault folder on a drive pulled out: the copy's folder beside the vault
    was made before the restore's guard, a traceback."""
    import app.backup
    from app.disk_full import DiskFull

    cli, backup = backed_up

    def pulled(vault_dir, *_a):
        raise OSError(errno.EIO, "Input/output error", str(vault_dir.parent / ".v.restoring-x"))

    monkeypatch.setattr(app.backup.drive, "clear_restore_leftovers", pulled)
    with pytest.raises(DiskFull) as e:
        app.backup.restore_backup(backup, cli.vault, cli.env["CASEKEEPER_PASSPHRASE"],
                                  older=older)
    assert str(e.value).startswith(f"the drive of the vault {cli.vault} {RESTORE}"), str(e.value)
    assert '"persons": 1' in cli("--json", "info").stdout


# Real drives: ext4 on loop devices, one shut down (EXT4_IOC_SHUTDOWN: every read and write of
# it fails with EIO from then on), as a stick pulled out. Root only; skipped where a loop device,
# a mount or the shutdown is refused, and every mount and loop device is undone.
_REFUSED = 77
_SHUT = r"""
import fcntl, os, sys
import app.vault
where, when = sys.argv[1], sys.argv[2]
def shut():
    fd = os.open(where, os.O_RDONLY)
    try:
        fcntl.ioctl(fd, 0x8004587D, (2).to_bytes(4, "little"))
    except OSError:
        sys.exit(77)
    finally:
        os.close(fd)
if when == "now":
    shut()
else:
    real = app.vault.open_vault
    def pulled_after_unlock(*a, **k):
        session = real(*a, **k)
        shut()
        return session
    app.vault.open_vault = pulled_after_unlock
from app.cli.main import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.fixture
def drives(tmp_path):
    """Two drives, mounted: (vault drive, stick)."""
    import os
    import shutil
    import subprocess

    if os.geteuid() != 0 or not all(shutil.which(t) for t in ("mkfs.ext4", "losetup", "mount")):
        pytest.skip("needs root, mkfs.ext4 and a loop device")
    made: list[tuple[str, object]] = []

    def drive(name):
        image, mnt = tmp_path / f"{name}.img", tmp_path / name
        mnt.mkdir()
        subprocess.run(["truncate", "-s", "16M", str(image)], check=True)
        if subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], capture_output=True).returncode:
            pytest.skip("cannot make a file system")
        loop = subprocess.run(["losetup", "-f", "--show", str(image)], capture_output=True,
                              text=True)
        if loop.returncode != 0:
            pytest.skip("no loop device")
        made.append(("loop", loop.stdout.strip()))
        if subprocess.run(["mount", loop.stdout.strip(), str(mnt)],
                          capture_output=True).returncode != 0:
            pytest.skip("cannot mount")
        made.append(("mount", mnt))
        return mnt

    try:
        yield drive("vaultdrive"), drive("stick")
    finally:
        for kind, what in reversed(made):
            if kind == "mount":
                subprocess.run(["umount", "-l", str(what)], capture_output=True)
            else:
                subprocess.run(["losetup", "-d", str(what)], capture_output=True)


def _ck(cli, vault, *args, shut=None, when="now"):
    import subprocess
    import sys

    from tests.conftest import ROOT

    pre = [sys.executable, "-c", _SHUT, str(shut), when] if shut else \
        [sys.executable, "-m", "app.cli.main"]
    r = subprocess.run([*pre, "--vault", str(vault), *args], cwd=ROOT, env=cli.env,
                       capture_output=True, text=True, timeout=120)
    if r.returncode == _REFUSED:
        pytest.skip("the drive could not be shut down here")
    return r


def test_real_drives_pulled_under_a_backup_and_a_restore(cli, drives):
    vault_drive, stick = drives
    vault = vault_drive / "vault"
    assert _ck(cli, vault, "init", "--prefix", "SNJ").returncode == 0
    assert _ck(cli, vault, "person", "add", "--given", "Hêvî", "--sex", "F").returncode == 0
    assert _ck(cli, vault, "backup", str(stick)).returncode == 0
    backup = next(p for p in stick.iterdir() if p.name.startswith("casekeeper-backup-"))
    # the vault's drive fails: the restore says the drive, restores nothing, no --older
    r = _ck(cli, vault, "restore", str(backup), "--yes", shut=vault_drive)
    assert r.returncode == 9 and "Traceback" not in r.stderr, r.stderr
    assert f"the drive of the vault {vault} {RESTORE}" in r.stderr, r.stderr
    assert "--older" not in r.stderr and "damaged" not in r.stderr
    r = _ck(cli, vault, "restore", str(backup), "--yes", "--older")  # still shut
    assert r.returncode == 9 and f"the drive of the vault {vault} {RESTORE}" in r.stderr, r.stderr


def test_a_real_stick_pulled_under_a_backup(cli, drives):
    vault = drives[0] / "vault"
    stick = drives[1]
    assert _ck(cli, vault, "init", "--prefix", "SNJ").returncode == 0
    r = _ck(cli, vault, "backup", str(stick), shut=stick, when="after_unlock")
    assert "Traceback" not in r.stderr, r.stderr
    assert f"the drive of {stick} could not be written (Input/output error): it may be failing" \
           in r.stderr, r.stderr
    assert _ck(cli, vault, "unlock-check").returncode == 0  # the vault as it was
