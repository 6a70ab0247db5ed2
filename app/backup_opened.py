"""A backup folder opened as a vault: at its first unlock it becomes a working vault, said once."""

from __future__ import annotations

from pathlib import Path

from app.backup_drive import HEAD_FILE, ID_FILE

# Said once, at the unlock that made it a vault (stderr; the desktop's window). Refusing it
# locked her out of her own work: a laptop may run on a copied backup folder (the README once
# allowed it), and both remedies the refusal gave were refused too.
BACKUP_NOW_VAULT = ("%1 was a backup: it is now a working vault (it was unlocked), and the "
                    "backup it was is gone. Keep another copy: casekeeper backup, or on the "
                    "desktop Vault > Back up...")


def is_backup(folder: Path) -> bool:
    return (Path(folder).expanduser() / HEAD_FILE).is_file()


def make_it_a_vault(folder: Path) -> bool:
    """Take out what only a backup holds beside its database, as a restore does with the copy it
    puts in the vault's place (the head file, the vault id), once it has been unlocked: the
    trail now goes on past the head written beside it. True where it was a backup."""
    folder = Path(folder).expanduser()
    if not is_backup(folder):
        return False
    (folder / HEAD_FILE).unlink(missing_ok=True)
    (folder / ID_FILE).unlink(missing_ok=True)
    return True
