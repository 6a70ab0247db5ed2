"""What a backup or restore the drive refuses is said as: the drive named, not the vault blamed."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from app.backup import backups_in, make_backup
from app.disk_full import failed_under, refused_as_full
from app.domain.errors import CaseKeeperError, ValidationError
from db.connection import DatabaseError, disk_refused
from db.database import DB_FILE


class DriveFull(CaseKeeperError):
    """The backup drive has no room: nothing is wrong with the vault."""

    exit_code = 4


DRIVE_FULL = ("the drive of %1 is full: the backup needs about %2 and %3 are free there; no "
              "backup was made and the vault is unchanged: free space on that drive, or back "
              "up to another")


# A drive with room that still refuses the copy's bytes (a file grown past what the system
# allows, a failing stick): said as the drive's, not as the vault's disk.
DRIVE_REFUSED = ("the drive of %1 is full or cannot be written (%2): no backup was made and the "
                 "vault is unchanged: free space on that drive, or back up to another")
# The same with room on it (SQLite's "disk I/O error"): a stick failing or pulled out was told
# to have space freed on it.
DRIVE_FAILED = ("the drive of %1 could not be written (%2): it may be failing, or it was "
                "removed or made read-only; no backup was made and the vault is unchanged: "
                "check that the drive is in place, or back up to another")


def make_backup_said(session, dest: Path, keep: int | None = None, progress=None):
    """app.backup.make_backup, a full drive said as such (SQLite says "database or disk is
    full", which sent her to look at her vault and her laptop)."""
    before = backups_in(dest)
    try:
        return make_backup(session, dest, keep, progress)
    except (DatabaseError, OSError) as e:
        said = drive_full(e, Path(dest).expanduser(), Path(session.folder))
        if said is None and disk_refused(e) and backups_in(dest) == before:
            where = Path(dest).expanduser()
            said = DriveFull.saying(DRIVE_REFUSED if refused_as_full(e, where) else DRIVE_FAILED,
                                    where, e)
        if said is None and failed_under(e, Path(dest).expanduser()):
            # the stick pulled out before its first byte (the copy's folder): not a traceback
            said = DriveFull.saying(DRIVE_FAILED, Path(dest).expanduser(), e.strerror)
        if said is None:
            raise
        raise said from None


def drive_full(error: BaseException, dest: Path, vault_folder: Path) -> DriveFull | None:
    """The error as the drive's being full, if it is that (SQLite's words or the system's)."""
    full = (isinstance(error, DatabaseError) and "full" in str(error)) or \
        (isinstance(error, OSError) and error.errno == errno.ENOSPC)
    if not full:
        return None
    need = (vault_folder / DB_FILE).stat().st_size
    try:
        free = shutil.disk_usage(dest).free
    except OSError:
        return None
    if free >= need:  # room for it there (the partial copy is gone): the laptop's disk, then
        return None
    return DriveFull.saying(DRIVE_FULL, dest, _mb(need), _mb(free))


def refuse_folder_of_backups(folder: Path, found: list[Path]) -> None:
    """A folder that holds backups, given where one backup is asked for: the newest named."""
    if found and not (Path(folder) / DB_FILE).exists():
        raise ValidationError(f"{folder} holds backups, not one backup: give one of the folders "
                              f"in it (the newest is {found[-1].name})")


def _mb(size: int) -> str:
    return f"{max(size, 0) / 1_000_000:.1f} MB"
