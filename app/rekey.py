"""A new data key for the whole vault, with a new passphrase and a new recovery code.

A new passphrase alone re-wraps the same data key: whoever saw the old passphrase and copied
keyslots.bin once can open every later copy of vault.db. After a passphrase or recovery code
may have been seen (taken at a checkpoint, read over a shoulder), `passwd --new-key` encrypts
every page again under a fresh key.

The handover survives being cut off at any point: the new key slots are written beside the old
ones (keyslots.next) before the database changes key in one transaction, and take their place
after it. Unlocking (open_with_handover) opens whichever of the two fits the database and
finishes or forgets the handover.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.audit import AUDIT_KEY_META
from app.disk_full import (
    DRIVE_REKEY,
    REKEY_NO_ROOM,
    DiskFull,
    mb,
    no_room_for,
    refused_as_full,
    vault_drive_failed,
)
from app.domain.errors import ValidationError, VaultError, WrongSecret
from app.recovery_code import mark_unseen
from db.connection import disk_refused
from db.database import DB_FILE, Database
from db.keyslots import TAG_PASSPHRASE, KdfParams, SlotFile, fsync_dir

NEXT_SLOT_FILE = "keyslots.next"


def new_data_key(session, new_passphrase: str, params: KdfParams) -> str:
    """Encrypt the vault under a new data key, opened by new_passphrase and by the new recovery
    code returned (shown once). The old passphrase and recovery code stop opening it, and so
    does a copy of the old keyslots.bin. Backups made before keep their old key."""
    from app.vault import SLOT_FILE, check_new_passphrase, generate_recovery_code

    check_new_passphrase(new_passphrase)
    folder = Path(session.folder)
    try:
        taken = _opens(folder / SLOT_FILE, new_passphrase)
        # Refused before anything is written where the disk has not the room: a new key
        # refused part way by a full disk (a file-size limit of half the vault) left a page the
        # old key no longer read ("HMAC verification failed"), the vault damaged.
        need = _room_needed(folder)
    except OSError as e:  # nothing written yet: a drive failing said as for a new key
        if vault_drive_failed(e, folder):
            raise DiskFull.saying(DRIVE_REKEY, folder, e.strerror) from None
        raise
    if taken:  # the passphrase that may have been seen would go on opening every later copy
        raise ValidationError.saying(
            "the new passphrase must differ from the one the vault has now")
    if no_room_for(folder, need):
        raise DiskFull.saying(REKEY_NO_ROOM, folder, mb(need))
    key, code = os.urandom(32), generate_recovery_code()
    # Alone with the vault: another window or command on the old key would fail at its next
    # read ("file is not a database") and lose what it had not saved.
    with session.lock.alone():
        # remembered under the old key, carried over: a stop before the code is shown is said
        mark_unseen(session)
        _hand_over(session, folder, key, new_passphrase, code, params)
    return code


def _opens(slots: Path, passphrase: str) -> bool:
    """Whether passphrase opens the vault's key slots now."""
    try:
        SlotFile(slots).unlock(passphrase, TAG_PASSPHRASE)
    except WrongSecret:
        return False
    return True


def _hand_over(session, folder: Path, key: bytes, new_passphrase: str, code: str,
               params: KdfParams) -> None:
    """The new slots beside the old, the database under the new key, the slots in place."""
    from app.vault import SLOT_FILE

    with session.db.transaction():
        # The chain keeps its key (derived from the first data key) so that every entry made
        # before still verifies; kept inside the vault, where the data key already guards it.
        if not session.meta.get(AUDIT_KEY_META):
            session.meta.set(AUDIT_KEY_META, session.audit.key_hex())
    SlotFile.create(folder / NEXT_SLOT_FILE, key, new_passphrase, code, params)
    need = _room_needed(folder)  # a disk filled since the check before: said the same
    try:
        session.db.rekey(key)
    except Exception as exc:
        # Database.rekey closed the connection: nothing was written under either key. The
        # new slots never took; the old secrets open the vault as before.
        (folder / NEXT_SLOT_FILE).unlink(missing_ok=True)
        if no_room_for(folder, need) or (disk_refused(exc) and refused_as_full(exc, folder)):
            raise DiskFull.saying(REKEY_NO_ROOM, folder, mb(need)) from None
        if disk_refused(exc):  # a drive failing or pulled out, with room on it
            raise DiskFull.saying(DRIVE_REKEY, folder, exc) from None
        raise VaultError(f"the vault could not be given a new key ({exc}); nothing was "
                         "changed and the passphrase and recovery code it had still open "
                         "it: close the program (or lock it), unlock again and try once "
                         "more, with no other CaseKeeper window open on this vault") from None
    # The database has the new key from here: the code is hers whatever fails after (a
    # file not renamed is renamed at the next unlock; a trail entry not written is no loss
    # of the vault).
    session.data_key = key
    try:
        os.replace(folder / NEXT_SLOT_FILE, folder / SLOT_FILE)
        fsync_dir(folder)
        with session.db.transaction():
            session.audit.append("vault.rekey", "vault")
    except Exception:  # noqa: BLE001, S110 - said at the next unlock, which finishes it
        pass


def _room_needed(folder: Path) -> int:
    """About what a new key writes beside the vault: every page again into its log (each with
    its frame's header), after what the log holds already, with a little to spare."""
    size = (folder / DB_FILE).stat().st_size
    wal = folder / (DB_FILE + "-wal")
    held = wal.stat().st_size if wal.exists() else 0
    return held + size + size // 100 + (64 << 10)


def open_with_handover(folder: Path, secret: str, tag: bytes) -> tuple[Database, bytes]:
    """The database and its key, unlocked with secret (a passphrase, or a recovery code with
    tag db.keyslots.TAG_RECOVERY). A handover cut off is finished (the new slots take their place) or, if
    the database never changed key, forgotten."""
    from app.vault import SLOT_FILE

    pending = folder / NEXT_SLOT_FILE
    key = _unlock(folder / SLOT_FILE, secret, tag, none_if_wrong=pending.exists())
    if key is not None:
        try:
            db = Database.open(folder, key)
        except VaultError as e:
            if not pending.exists():
                raise _misfit(folder, key, e) from None
        else:
            # the database kept its old key: the new slots never took
            pending.unlink(missing_ok=True)
            return db, key
    if not pending.exists():
        raise WrongSecret()
    new = _unlock(pending, secret, tag, none_if_wrong=True)
    if new is None:
        raise VaultError("the vault was being given a new key when it stopped, and this "
                         "secret opens only the old one: unlock with the passphrase (or "
                         "recovery code) set with the new key")
    try:
        db = Database.open(folder, new)
    except VaultError:
        raise VaultError("this secret was being set with a new key, which the vault never "
                         "took (it stopped first): unlock with the passphrase (or recovery "
                         "code) it had before") from None
    # Pages under the old key may still stand in the file (cut off before the checkpoint):
    # folded in now, so that the first check after it does not read them as damage.
    db.forget_old_pages()
    os.replace(pending, folder / SLOT_FILE)
    fsync_dir(folder)
    return db, new


def _misfit(folder: Path, key: bytes, error: VaultError) -> VaultError:
    """The key file opened, but its key does not read the database. When it does not read
    even the first page (a damaged or cut file still has it), that is most often a key file
    from before a new key, put beside today's database."""
    from db.connection import UNREADABLE, first_page_reads
    from db.database import DB_FILE

    if str(error) != UNREADABLE or first_page_reads(folder / DB_FILE, key):
        return error
    return VaultError(
        f"the key file {folder / 'keyslots.bin'} opens, but its key does not open "
        f"{folder / DB_FILE}: most likely the key file is an older one (from before the vault was "
        "given a new key with passwd --new-key, or from a backup or another copy): put back the "
        "keyslots.bin that was beside this vault.db, or open the copy it came from. Only if "
        "there is none may the database be damaged: keep both files and restore from a backup")


def _unlock(path: Path, secret: str, tag: bytes, none_if_wrong: bool) -> bytes | None:
    try:
        return SlotFile(path).unlock(secret, tag)
    except WrongSecret:
        if none_if_wrong:
            return None
        raise

