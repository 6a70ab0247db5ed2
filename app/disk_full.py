"""A vault's disk that takes no more bytes, said as such: where, what was kept, what to do."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import CaseKeeperError
from db.connection import disk_refused

# SQLite said only "disk I/O error" (a traceback at the close, or "the vault database reported
# an error"): she could not tell a full disk from a damaged vault, nor whether her import was in.
# Every change is one transaction, rolled back whole when a write is refused: nothing changed.
DISK_FULL = ("the disk of the vault %1 is full or cannot be written (%2): nothing was changed, "
             "the vault is as it was before; free space on that disk (move or delete files you "
             "do not need), then do it again")
NOT_OPENED = ("the disk of the vault %1 is full or cannot be written (%2): the vault was not "
              "opened and nothing in it was changed; free space on that disk (move or delete "
              "files you do not need), then unlock again")
# At the close, after the command did its work: it is kept (in the vault's log, vault.db-wal),
# only not yet folded into vault.db; the next unlock does that.
NOT_FOLDED = ("the disk of the vault %1 is full or cannot be written (%2): what was done is "
              "saved, in the vault's log beside it, but could not be folded into the vault, and "
              "the log may hold earlier versions of what was changed until it is: free space on "
              "that disk, then unlock once (casekeeper unlock-check)")


class DiskFull(CaseKeeperError):
    """The disk under the vault takes no more bytes: nothing is wrong with the vault."""

    exit_code = 9


def disk_full(error: BaseException, folder: Path | str | None,
              template: str = DISK_FULL) -> DiskFull | None:
    """The error said as the vault's disk refusing to be written, if it is that."""
    if not disk_refused(error):
        return None
    return DiskFull.saying(template, Path(folder) if folder is not None else Path("."), error)
