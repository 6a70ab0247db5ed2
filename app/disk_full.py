"""A vault's disk that takes no more bytes, or a drive that fails, said as such: where, what
was kept, what to do."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from app.domain.errors import CaseKeeperError
from db.connection import DatabaseError, disk_failed, disk_refused, on_read_only_drive
from db.database import DB_FILE

# SQLite said only "disk I/O error" (a traceback at the close, or "the vault database reported
# an error"): she could not tell a full disk from a damaged vault, nor whether her import was in.
# A change is one transaction, rolled back whole when a write is refused: said where the
# command or window had committed nothing else before it (one change, an import).
DISK_FULL = ("the disk of the vault %1 is full or cannot be written (%2): nothing was changed, "
             "the vault is as it was before; free space on that disk (move or delete files you "
             "do not need), then do it again")
# A command or job of many changes (demo: its persons, then its reports one by one; a save,
# then its draft discarded) the disk refused after some were committed: "nothing was changed"
# was said after 1500 persons had been added, and "do it again" added 1500 more.
PART_SAVED = ("the disk of the vault %1 is full or cannot be written (%2): it stopped part way: "
              "what was saved before the disk refused stays in the vault, the rest was not done; "
              "free space on that disk (move or delete files you do not need), then look at what "
              "is there before doing the rest")
NOT_OPENED = ("the disk of the vault %1 is full or cannot be written (%2): the vault was not "
              "opened and nothing in it was changed; free space on that disk (move or delete "
              "files you do not need), then unlock again")
# At the close, after the command did its work: it is kept (in the vault's log, vault.db-wal),
# only not yet folded into vault.db; the next unlock does that.
NOT_FOLDED = ("the disk of the vault %1 is full or cannot be written (%2): what was done is "
              "saved, in the vault's log beside it, but could not be folded into the vault, and "
              "the log may hold earlier versions of what was changed until it is: free space on "
              "that disk, then unlock once (casekeeper unlock-check)")

# A restore whose copy of the backup the disk refused (a traceback, "unexpected error (OSError)"
# on the desktop): the copy begun beside the vault is deleted and the vault never left its place.
RESTORE_REFUSED = ("the disk of the vault %1 is full or cannot be written (%2): nothing was "
                   "restored, the vault is as it was and the copy begun beside it was deleted; "
                   "free space on that disk (the backup's size is needed), then restore again")
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
# A new key writes every page again into the vault's log: on a disk without that room SQLCipher
# says "database table is locked", which sent her to close "another CaseKeeper window".
REKEY_NO_ROOM = ("the disk of the vault %1 is full or cannot be written (it needs about %2 more, "
                 "the vault's size again): the vault was not given a new key and nothing was "
                 "changed, the passphrase and recovery code it had still open it; free space on "
                 "that disk (move or delete files you do not need), then do it again")


# A drive that fails a read or write, or was pulled out (SQLite's "disk I/O error" with room on
# it): "the disk is full" sent her to delete files from a drive that was failing or gone.
DRIVE_FAILED = ("the drive of the vault %1 could not be read or written (%2): it may be "
                "failing, or it was removed or made read-only; nothing was saved, the vault is as "
                "it was before; check that the drive is in place, then do it again; if it "
                "happens again, back the vault up to another drive at once")
DRIVE_PART = ("the drive of the vault %1 could not be read or written (%2): it may be failing, "
              "or it was removed or made read-only; it stopped part way: what was saved before "
              "stays in the vault, the rest was not saved; check that the drive is in place, "
              "then look at what is there before doing the rest; if it happens again, back the "
              "vault up to another drive at once")
DRIVE_NOT_OPENED = ("the drive of the vault %1 could not be read or written (%2): it may be "
                    "failing, or it was removed or made read-only; the vault was not opened and "
                    "nothing in it was changed; check that the drive is in place, then unlock "
                    "again; if it happens again, copy the vault's folder to another drive at once")
DRIVE_NOT_FOLDED = ("the drive of the vault %1 could not be read or written (%2): it may be "
                    "failing, or it was removed or made read-only; what was done is saved, in "
                    "the vault's log beside it, but could not be folded into the vault, and the "
                    "log may hold earlier versions of what was changed until it is: with the "
                    "drive in place, unlock once (casekeeper unlock-check); if it happens again, "
                    "back the vault up to another drive at once")
DRIVE_RESTORE = ("the drive of the vault %1 could not be read or written (%2): it may be "
                 "failing, or it was removed or made read-only; nothing was restored, the vault "
                 "is as it was and the copy begun beside it was deleted; check that the drive is "
                 "in place, then restore again")
DRIVE_REKEY = ("the drive of the vault %1 could not be read or written (%2): it may be failing, "
               "or it was removed or made read-only; the vault was not given a new key and "
               "nothing was changed, the passphrase and recovery code it had still open it; "
               "check that the drive is in place, then do it again")
_FAILED = {DISK_FULL: DRIVE_FAILED, PART_SAVED: DRIVE_PART, NOT_OPENED: DRIVE_NOT_OPENED,
           NOT_FOLDED: DRIVE_NOT_FOLDED, RESTORE_REFUSED: DRIVE_RESTORE}
# A read or write the system failed: the drive's end, pulled out, or made read-only
_FAILING = (errno.EIO, errno.ENODEV, errno.ENXIO, errno.EROFS)
# Free space below this is a full disk: SQLite said "disk I/O error" of a full disk where the
# -shm beside the vault could not grow (every unlock), not "database or disk is full"
ALMOST_NONE = 1 << 20


class DiskFull(CaseKeeperError):
    """The disk under the vault takes no more bytes, or the drive failed a read or write:
    nothing is wrong with the vault."""

    exit_code = 9


def unreadable(folder: Path | str | None) -> str | None:
    """The system's words where the vault's database file cannot be read now (its drive
    failing or pulled out); None where it can, or there is none."""
    if folder is None:
        return None
    try:
        with open(Path(folder) / DB_FILE, "rb") as f:
            f.read(4096)
    except OSError as e:
        return e.strerror if e.errno in _FAILING else None
    return None


def vault_drive_failed(error: OSError, folder: Path | str) -> bool:
    """Whether the system failed a read or write of a file in the vault's folder (a drive
    pulled out read its key slots with a traceback): not one elsewhere (a list on a stick)."""
    if error.errno not in _FAILING or not error.filename:
        return False
    try:
        return Path(os.fsdecode(error.filename)).absolute().parent == Path(folder).absolute()
    except (TypeError, ValueError):
        return False


def failed_under(error: BaseException, folder: Path | str) -> bool:
    """Whether the system failed a read or write of folder or a file under it (a stick pulled
    out, or write-protected, under a backup being made there)."""
    if not isinstance(error, OSError) or error.errno not in _FAILING or not error.filename:
        return False
    try:
        path, top = Path(os.fsdecode(error.filename)).absolute(), Path(folder).absolute()
    except (TypeError, ValueError):
        return False
    return path == top or top in path.parents


def refused_as_full(error: BaseException | str, folder: Path | str | None) -> bool:
    """Whether a disk's refusal is its being full: SQLite or the system said so, or said only
    "disk I/O error" where the disk has next to no room or a file-size limit is set (what a
    write past it is refused with). Else it is a drive that fails, was pulled out or made
    read-only, and is said as such."""
    if isinstance(error, str):  # a failed read or write the system named (vault_drive_failed)
        return False
    if isinstance(error, OSError):
        return error.errno in _FULL
    if not disk_failed(error):
        return True
    if folder is None:  # no vault named: "full or cannot be written", not a guess from elsewhere
        return "disk I/O error" in str(error)
    return "disk I/O error" in str(error) and no_room(Path(folder))


def drive_of(folder: Path | str) -> Path:
    """The folder, or the nearest one above it that is there (a vault still being made): the
    drive whose free space is asked, never the program's working folder (the laptop's disk
    with room, when the stick the vault is made on is full)."""
    path = Path(folder).expanduser().absolute()
    while path.parent != path:
        try:
            os.stat(path)
            return path
        except (FileNotFoundError, NotADirectoryError):
            path = path.parent
        except OSError:  # there, but the drive does not answer: asked as it is
            return path
    return path


def no_room(folder: Path | str) -> bool:
    """Whether the drive of folder (drive_of) has next to no free bytes, or a file there has
    grown to a limit set for this program on the size of files. A drive that cannot be asked
    (pulled out) has not."""
    where = drive_of(folder)
    try:
        if shutil.disk_usage(where).free < ALMOST_NONE:
            return True
    except OSError:
        return False
    limit = file_size_limit()
    # a limit far above every file there (100 GB) refused nothing: a pulled drive was said full
    return limit is not None and largest_file(where) > limit - ALMOST_NONE


def file_size_limit() -> int | None:
    """The largest file the system lets this program write (a limit set for it), or None."""
    try:
        import resource
    except ImportError:  # Windows: no such limit
        return None
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if soft == resource.RLIM_INFINITY else soft


def largest_file(folder: Path) -> int:
    """The size of the largest file in folder or a folder directly in it (the vault's files,
    a backup or restore copy being written); 0 where none can be asked."""
    sizes = [0]
    try:
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                with os.scandir(entry.path) as inner:
                    sizes += [e.stat().st_size for e in inner if e.is_file(follow_symlinks=False)]
            elif entry.is_file(follow_symlinks=False):
                sizes.append(entry.stat().st_size)
    except OSError:
        pass
    return max(sizes)


def disk_full(error: BaseException, folder: Path | str | None,
              template: str = DISK_FULL, saved_before: bool = False) -> DiskFull | None:
    """The error said as the vault's disk refusing to be written, or its drive failing, if it
    is that. saved_before: the command or job had committed changes before the one refused
    (Database.commits moved)."""
    if isinstance(error, OSError) and folder is not None and vault_drive_failed(error, folder):
        error = error.strerror  # said without its path: the folder is named
    elif not disk_refused(error):
        unread = unreadable(folder) if isinstance(error, DatabaseError) else None
        if unread is None and isinstance(error, DatabaseError) and folder is not None \
                and on_read_only_drive(Path(folder)):
            unread = os.strerror(errno.EROFS)  # "Read-only file system", not "damaged"
        if unread is None:
            return None
        # SQLCipher read nothing from a drive pulled out and said "database disk image is
        # malformed": the vault's own file cannot be read now, so the drive is said, not damage
        error = unread
    if saved_before and template == DISK_FULL:
        template = PART_SAVED
    where = Path(folder) if folder is not None else Path(".")
    if not refused_as_full(error, where):
        template = _FAILED.get(template, template)
    return DiskFull.saying(template, where, error)


def restore_said(error: BaseException, vault_dir: Path) -> DiskFull:
    """A restore refused by the vault's disk (restore_refused), said as full or as failing."""
    if isinstance(error, DiskFull):  # the copy's own unlock refused, said there already
        failed = bool(error.said) and error.said[0] in _FAILED.values()
    else:
        failed = not refused_as_full(error, vault_dir.parent)
    return DiskFull.saying(DRIVE_RESTORE if failed else RESTORE_REFUSED, vault_dir,
                           refused_why(error))


def restore_refused(error: BaseException) -> bool:
    """Whether a restore stopped because the disk took no more bytes (the copy, or the copy's
    own unlock and trail entry)."""
    return isinstance(error, DiskFull) or disk_refused(error) or (
        isinstance(error, OSError) and error.errno in _FULL)


def refused_why(error: BaseException) -> str:
    """The system's short words for it ("No space left on device"), without a path."""
    if isinstance(error, DiskFull):
        return str(error.said[2]) if getattr(error, "said", None) else str(error)
    return (error.strerror if isinstance(error, OSError) and error.strerror else str(error))


def no_room_for(folder: Path, need: int) -> bool:
    """Whether need bytes more cannot be written beside the vault: the disk's free space, or
    the largest file the system lets this program write (a quota, a limit set for it)."""
    try:
        if shutil.disk_usage(folder).free < need:
            return True
    except OSError:
        return False
    limit = file_size_limit()
    return limit is not None and limit < need


def mb(size: int) -> str:
    return f"{max(size, 0) / 1_000_000:.1f} MB"
