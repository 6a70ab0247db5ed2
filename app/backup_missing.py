"""A backup whose own small files (the head it was made at, its vault's id) are not beside it."""

from __future__ import annotations

from pathlib import Path

from app.backup_drive import HEAD_FILE, ID_FILE
from app.vault_lock import LOCK_FILE


def missing_beside(folder: Path) -> list[str]:
    """Which of the backup's own files are not in folder: a copy stopped early, or made by
    hand without them (a backup of an old version had neither)."""
    folder = Path(folder).expanduser()
    if (folder / LOCK_FILE).exists():
        # a vault that has been opened (one a restore moved aside, restored back to undo it):
        # a working vault holds neither file, and nothing of it is missing. A backup never
        # holds the lock: only opening a vault writes it, and --check leaves none behind
        return []
    return [f for f in (HEAD_FILE, ID_FILE) if not (folder / f).is_file()]


# Warned, not refused: the vault in it opens and every page and table was checked, and a
# woman whose only backup lost a small file on the way must still be able to restore it.
# Said, because "whole" read as if the trail had been checked to where it ended that day.
NO_HEAD = ("{files} missing beside the backup (a copy stopped early or made without {them}, or a "
           "backup of an old version): its pages and tables were checked whole, but its audit "
           "trail could not be checked against the head it was made at, so entries taken off "
           "the end of that trail since would not show. It can still be restored; if another "
           "copy of this backup has {them}, use that one")
NO_ID = ("{files} missing beside the backup: it only says which vault the backup is of, and "
         "`backup --list` and `--keep` tell that from the backup itself instead; its trail was "
         "checked against the head it was made at")


def missing_said(folder: Path) -> str:
    """The warning for a backup without its own files, or "" where both are there."""
    missing = missing_beside(folder)
    if not missing:
        return ""
    files = " and ".join(missing) + (" are" if len(missing) > 1 else " is")
    words = NO_HEAD if HEAD_FILE in missing else NO_ID
    return words.format(files=files, them="them" if len(missing) > 1 else "it")
