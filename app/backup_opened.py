"""A backup folder given where a vault is opened: refused before a byte of it is written."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import VaultError

# Only a backup holds it: a restore takes it out of the copy it puts in the vault's place.
HEAD_FILE = "audit-chain-head.txt"

# Opened as a vault, a backup took unlock entries and a lock file, and any work done in it
# was lost from her vault: a backup stays as it was made, to be checked and restored.
BACKUP_NOT_VAULT = ("%1 is a backup, not a vault: a backup stays as it was made and is not "
                    "opened as a vault. To work with it, restore it into the vault's place "
                    "(casekeeper restore %1; on the desktop, Restore from a backup...); to check "
                    "it without changing it, add --check to that command")


def is_backup(folder: Path) -> bool:
    return (Path(folder).expanduser() / HEAD_FILE).is_file()


def refuse_a_backup(folder: Path) -> None:
    """VaultError, saying how to restore it, where folder is a backup."""
    if is_backup(folder):
        raise VaultError.saying(BACKUP_NOT_VAULT, Path(folder).expanduser())
