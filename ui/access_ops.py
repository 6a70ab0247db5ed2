"""What the create / unlock window asks of the vault: each runs on the vault thread."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app import backup as backups
from app import vault
from app.backup_drive import restore_leftovers
from app.vault import KdfParams  # the parameter type the vault layer takes
from app.vault_lock import check_free


def kdf_for_new_vault() -> KdfParams | None:
    """Production Argon2id unless CASEKEEPER_KDF_PROFILE=fast (tests and demo vaults only)."""
    return KdfParams.fast() if os.environ.get("CASEKEEPER_KDF_PROFILE") == "fast" else None


def create(worker, folder: Path, passphrase: str, prefix: str) -> str:
    worker.set_folder(folder)
    session, code = vault.create_vault(folder, passphrase, prefix, kdf_for_new_vault())
    worker.set_session(session)
    return code


def unlock(worker, folder: Path, passphrase: str) -> None:
    worker.set_folder(folder)
    worker.set_session(vault.open_vault(folder, passphrase=passphrase))


def recover(worker, folder: Path, code: str, new_passphrase: str) -> str:
    """Open with the recovery code, set a new passphrase, and replace the used code."""
    worker.set_folder(folder)
    vault.check_new_passphrase(new_passphrase)
    with _kept_if_done(worker, vault.open_vault(folder, recovery_code=code)) as session:
        return vault.reset_with_recovery(session, new_passphrase)  # as `passwd --recovery`


def change(worker, folder: Path, current: str, new_passphrase: str,
           new_key: bool = False) -> str | None:
    """A new passphrase; with new_key, the whole vault under a new key too, and the new
    recovery code returned (to be shown once)."""
    worker.set_folder(folder)
    vault.check_new_passphrase(new_passphrase)
    with _kept_if_done(worker, vault.open_vault(folder, passphrase=current)) as session:
        if new_key:
            return vault.new_data_key(session, new_passphrase)
        vault.change_passphrase(session, new_passphrase)
        return None


@contextlib.contextmanager
def _kept_if_done(worker, session):
    """The session stays the window's only if what it was opened for is done: refused (a new
    key while the vault is open elsewhere), it is closed, so that the next try does not meet
    this window's own forgotten session still holding the vault."""
    worker.set_session(session)
    try:
        yield session
    except BaseException:
        worker.set_session(None)
        with contextlib.suppress(Exception):
            session.close()
        raise


# What app.backup.restore_backup says it is doing, in order: passed on as step n of 3.
RESTORE_STEPS = ("checking the backup", "copying", "checking the copy")


def check_backup(_worker, backup: Path, secret: str, recovery: bool,
                 vault_dir: Path | None = None) -> dict[str, int]:
    """Open a backup with its secret, writing nothing: the rows of each table. With vault_dir,
    first refused if the vault there is open elsewhere (a restore would be)."""
    if vault_dir is not None:
        check_free(vault_dir)
    return backups.check_backup(backup, secret, recovery)


def compare_backup(worker, backup: Path, secret: str, recovery: bool, vault_dir: Path):
    """check_backup, and the backup set against the vault in vault_dir: (rows, Comparison)."""
    worker.set_folder(vault_dir)
    check_free(vault_dir)
    return backups.compare_backup(backup, vault_dir, secret, recovery)


def restore(worker, backup: Path, folder: Path, secret: str, recovery: bool,
            progress=None, cancel=None, older: bool = False
            ) -> tuple[dict[str, int], Path | None, list[str]]:
    """Put the backup in the vault's place (a vault there moved aside): (rows, where it went,
    the copies an earlier restore cut off left beside the vault, which it deletes first).
    progress(n, of) is called with each step; there is nothing to cancel halfway. older: she
    was told what the vault has since that the backup has not, and said yes."""
    def step(name: str) -> None:
        if progress is not None and name in RESTORE_STEPS:
            progress(RESTORE_STEPS.index(name) + 1, len(RESTORE_STEPS))
    worker.set_folder(folder)
    leftovers = [p.name for p in restore_leftovers(folder)]  # as the command line says them
    counts, aside = backups.restore_backup(backup, folder, secret, recovery, step, older=older)
    return counts, aside, leftovers
