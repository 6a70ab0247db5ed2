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
