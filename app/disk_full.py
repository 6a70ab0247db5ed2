"""A vault's disk that takes no more bytes, said as such: where, what was kept, what to do."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from app.domain.errors import CaseKeeperError
from db.connection import disk_refused

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


class DiskFull(CaseKeeperError):
    """The disk under the vault takes no more bytes: nothing is wrong with the vault."""

    exit_code = 9


def disk_full(error: BaseException, folder: Path | str | None,
              template: str = DISK_FULL, saved_before: bool = False) -> DiskFull | None:
    """The error said as the vault's disk refusing to be written, if it is that. saved_before:
    the command or job had committed changes before the one refused (Database.commits moved)."""
    if not disk_refused(error):
        return None
    if saved_before and template == DISK_FULL:
        template = PART_SAVED
    return DiskFull.saying(template, Path(folder) if folder is not None else Path("."), error)


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
    try:
        import resource
    except ImportError:  # Windows: no such limit
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY and soft < need


def mb(size: int) -> str:
    return f"{max(size, 0) / 1_000_000:.1f} MB"
