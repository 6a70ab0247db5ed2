"""A new empty vault for a test, copied from one made once per test process instead of made anew."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.session import VaultSession
from app.vault import create_vault
from app.vault_lock import VaultLock
from db.database import Database
from db.keyslots import KdfParams

# Making a vault runs every schema step (each DDL statement re-reads the whole schema under
# cipher_memory_security): about 60 ms, paid by some 1,500 tests. Copying the files of one made
# at the start of the run costs about a tenth of it.
#
# ALL COPIES SHARE ONE DATA KEY, AUDIT KEY, RECOVERY CODE, VAULT ID, slot salts and first trail
# entry: to the program, two copies are one vault gone apart (app/backup_compare.py), not two
# vaults. So these tests must not use a copy (session, made_vault, new_vault) but make their
# vault with create_vault (or `cli init`):
# - a test that needs a second, different vault beside the first: another vault's backup,
#   restore's ANOTHER / not-comparable paths, backup --keep or --list marks across vaults, a
#   recovery code or key unlike another's; two copies would test "a copy gone apart" instead;
# - a test of what making a vault does, or of the session create_vault hands back (the desktop's
#   first sitting after "Create vault"): its connection's settings, deleted content overwritten
#   in it (created_session in conftest.py); a copy is opened anew by open_copy, not made.


# The run's template, made by conftest.py's vault_template before the first test.
made: VaultTemplate | None = None


class VaultTemplate:
    """One vault made in folder (closed); copy_to puts the same files in a new folder."""

    def __init__(self, folder: Path, passphrase: str, case_prefix: str = "SNJ") -> None:
        session, self.recovery_code = create_vault(folder, passphrase, case_prefix, KdfParams.fast())
        self.data_key = session.data_key
        session.close()
        self.folder, self.passphrase = folder, passphrase
        # what a new vault holds once closed: vault.db, keyslots.bin, vault.lock (no -wal left)
        self.files = sorted(p.name for p in folder.iterdir())

    def copy_to(self, folder: Path) -> Path:
        """The template's files in folder, a new folder made owner-only as create_vault makes it
        (FileExistsError if it is there: a test that puts a vault in a folder that has files
        already makes it with create_vault, which answers for them)."""
        if not folder.parent.exists():
            folder.parent.mkdir(parents=True, mode=0o700)
        folder.mkdir(mode=0o700)
        for name in self.files:
            shutil.copy2(self.folder / name, folder / name)  # their 0600 kept
        return folder

    def open_copy(self, folder: Path) -> VaultSession:
        """A copy in folder, open as create_vault leaves it: no unlock entry in the trail (as
        open_vault writes), the vault held shared for the session's lifetime."""
        self.copy_to(folder)
        lock = VaultLock(folder).share()
        try:
            db = Database.open(folder, self.data_key)
        except BaseException:
            lock.release()
            raise
        return VaultSession(folder, db, self.data_key, lock)


def new_session(folder: Path, passphrase: str) -> VaultSession:
    """A new empty vault (SNJ) in folder, open: the template's copy where it can be (a new
    folder, the template's passphrase), else made."""
    if made is not None and passphrase == made.passphrase and not folder.exists():
        return made.open_copy(folder)
    session, _code = create_vault(folder, passphrase, "SNJ", KdfParams.fast())
    return session
