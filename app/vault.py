"""Creating, unlocking and re-keying a vault: one folder with the database and its key slots."""

from __future__ import annotations

import base64
import contextlib
import hmac
import os
import re
import shutil
from pathlib import Path

import platformdirs

from app.audit import CREATE, NOTES_WORDS_KEPT
from app.disk_full import NOT_OPENED, disk_full
from app.domain.errors import WRITING_ELSEWHERE, ValidationError, VaultError, VaultInUse, WrongSecret
from app.import_reread import REREAD_MARK, REREAD_RULE, ensure_import_reread
from app.merge_aliases import MERGE_ALIAS_MARK, MERGE_ALIAS_RULE, ensure_merge_aliases
from app.notes_erased import NOTES_MARK, NOTES_RULE, ensure_notes_erased
from app.persons import STATUS_RULE, STATUS_RULE_MARK
from app.placeholders_cleared import (
    PLACEHOLDER_MARK,
    PLACEHOLDER_RULE,
    ensure_placeholders_cleared,
)
from app.records import REPORT_RULE, REPORT_RULE_MARK
from app.recovery_code import mark_unseen
from app.search_service import INDEX_MARK, INDEX_VERSION
from app.serial_dates import SERIAL_RULE, SERIAL_RULE_MARK, ensure_serial_dates
from app.session import VaultSession
from app.split_rows import SPLIT_ROWS_MARK, SPLIT_ROWS_RULE, ensure_split_rows
from app.split_statuses import SPLIT_STATUSES_MARK, SPLIT_STATUSES_RULE, ensure_split_statuses
from app.vault_lock import LOCK_FILE, VaultLock
from db.connection import DatabaseError, locked_by_another
from db.database import DB_FILE, SENTINEL_KEY, SENTINEL_VALUE, Database
from db.keyslots import TAG_PASSPHRASE, TAG_RECOVERY, KdfParams, SlotFile

SLOT_FILE = "keyslots.bin"
MIN_PASSPHRASE = 8
_PREFIX = re.compile(r"^[A-Z]{2,6}$")


def check_case_prefix(case_prefix: str) -> None:
    if not _PREFIX.match(case_prefix):
        raise ValidationError.saying("the case prefix must be 2 to 6 capital letters A-Z")


def default_vault_dir() -> Path:
    return platformdirs.user_data_path("CaseKeeper", appauthor=False) / "vault"


def resolve_vault_dir(explicit: str | os.PathLike | None) -> Path:
    """--vault DIR, else CASEKEEPER_VAULT, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CASEKEEPER_VAULT")
    return Path(env).expanduser() if env else default_vault_dir()


def vault_exists(folder: Path) -> bool:
    return (folder / SLOT_FILE).exists() or (folder / DB_FILE).exists()


def generate_recovery_code() -> str:
    """160 random bits as 8 groups of 4 base32 letters: easy to write down, no 0/O 1/I clash."""
    raw = base64.b32encode(os.urandom(20)).decode("ascii")
    return "-".join(raw[i:i + 4] for i in range(0, 32, 4))


def normalise_recovery(code: str) -> str:
    cleaned = re.sub(r"[^A-Za-z2-7]", "", code).upper()
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")


def create_vault(folder: Path, passphrase: str, case_prefix: str = "SNJ",
                 kdf: KdfParams | None = None, synthetic: bool = False
                 ) -> tuple[VaultSession, str]:
    """Make a new vault; returns the open session and the recovery code (shown once)."""
    check_new_passphrase(passphrase)
    check_case_prefix(case_prefix)
    if vault_exists(folder):
        raise VaultError(f"a vault already exists in {folder}")
    if not folder.parent.exists():
        # the data folder ~/.local/share/CaseKeeper made here: its name alone says the program
        # is installed; no other account need list it
        folder.parent.mkdir(parents=True, mode=0o700)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    from app.backup_opened import make_it_a_vault
    make_it_a_vault(folder)  # a stray head file of no backup: it made the new vault look like one
    data_key, recovery = os.urandom(32), generate_recovery_code()
    lock = VaultLock(folder).share()
    try:
        db = Database.create(folder, data_key)
        session = VaultSession(folder, db, data_key, lock)
        with db.transaction():
            session.meta.set(SENTINEL_KEY, SENTINEL_VALUE)
            session.meta.set("case_prefix", case_prefix)
            session.meta.set("next_case_number", "1")
            session.meta.set("synthetic", "1" if synthetic else "0")
            # Indexed by this version from the first person on: no re-indexing at first search.
            session.meta.set(INDEX_MARK, INDEX_VERSION)
            session.meta.set(STATUS_RULE_MARK, STATUS_RULE)
            session.meta.set(REPORT_RULE_MARK, REPORT_RULE)
            session.meta.set(SERIAL_RULE_MARK, SERIAL_RULE)
            session.meta.set(MERGE_ALIAS_MARK, MERGE_ALIAS_RULE)
            session.meta.set(REREAD_MARK, REREAD_RULE)
            session.meta.set(PLACEHOLDER_MARK, PLACEHOLDER_RULE)
            session.meta.set(SPLIT_ROWS_MARK, SPLIT_ROWS_RULE)
            session.meta.set(SPLIT_STATUSES_MARK, SPLIT_STATUSES_RULE)
            session.meta.set(NOTES_MARK, NOTES_RULE)
            # sealed first in the chain: no erasure of notes' words can be one of this vault's
            session.audit.append(CREATE, "vault", detail={"synthetic": synthetic,
                                                          NOTES_WORDS_KEPT: False})
        SlotFile.create(folder / SLOT_FILE, data_key, passphrase, recovery,
                        kdf or KdfParams.production())
    except BaseException:
        lock.release()
        for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", SLOT_FILE, LOCK_FILE):
            (folder / name).unlink(missing_ok=True)
        raise
    return session, recovery


def open_vault(folder: Path, passphrase: str | None = None,
               recovery_code: str | None = None) -> VaultSession:
    """Unlock with the passphrase or the recovery code. A wrong secret changes no byte."""
    from app.backup_drive import LEFTOVERS_KEY, LEFTOVERS_REMOVED, delete_restore_leftovers, restore_leftovers
    from app.backup_opened import make_it_a_vault
    from app.rekey import NEXT_SLOT_FILE, open_with_handover

    # Before the secret is tried: a vault being given a new key or restored is not opened
    # halfway through (a folder that holds no vault is left without a lock file).
    lock = VaultLock(folder)
    if vault_exists(folder):
        lock.share()
    try:
        # a new key cut off is finished by the first to unlock, the others after it
        with lock.one_at_a_time() if (folder / NEXT_SLOT_FILE).exists() \
                else contextlib.nullcontext():
            if recovery_code is not None:
                db, data_key = open_with_handover(folder, normalise_recovery(recovery_code),
                                                  TAG_RECOVERY)
            else:
                db, data_key = open_with_handover(folder, passphrase or "", TAG_PASSPHRASE)
    except DatabaseError as e:
        lock.release()
        raise disk_full(e, folder, NOT_OPENED) or e from None
    except BaseException:
        lock.release()
        raise
    session = VaultSession(folder, db, data_key, lock)
    # A restore cut off left a whole copy of a backup beside the vault; none runs now (it
    # would hold the vault alone, and this unlock would have been refused). They are deleted
    # in the unlock's transaction, last, and the trail names those that went, not those that
    # stayed (a file held open): it claimed a deletion at every unlock while the copy stayed.
    leftovers = [p.name for p in restore_leftovers(folder)]
    try:
        with db.transaction():
            session.audit.append("vault.unlock", "vault",
                                 detail={"with": "recovery code" if recovery_code else "passphrase"})
            session.persons.ensure_statuses()  # once, in a vault saved by an earlier version
            session.records.ensure_reports_withheld()  # so too
            ensure_serial_dates(session.db, session.meta, session.audit)  # so too
            ensure_merge_aliases(session)  # so too
            ensure_import_reread(session.db, session.meta, session.audit)  # so too
            ensure_placeholders_cleared(session)  # so too
            ensure_split_rows(session)  # so too
            ensure_split_statuses(session)  # so too
            ensure_notes_erased(session)  # so too
            if leftovers:  # a whole copy goes: the trail says when
                gone, kept = delete_restore_leftovers(folder, leftovers)
                session.restore_leftovers_removed = gone
                beside = Path(folder).expanduser().absolute().parent  # said where it is
                session.restore_leftovers_kept = {str(beside / n): why for n, why in kept.items()}
                if gone:
                    session.audit.append(LEFTOVERS_REMOVED, "vault", detail={LEFTOVERS_KEY: gone})
    except DatabaseError as e:
        if locked_by_another(e):
            # another window or command writing (an import, a format step at first opening):
            # busy, not damaged ("restore it from a backup" there could lose her work)
            with contextlib.suppress(Exception):
                session.close()
            raise VaultInUse(WRITING_ELSEWHERE) from None
        full = disk_full(e, folder, NOT_OPENED)
        if full is not None:  # the unlock's audit entry refused by a full disk: not damage
            with contextlib.suppress(Exception):
                session.close()
            raise full from None
        # A damaged page on the unlock path: name it, the way unlock-check would, and let go.
        problems = db.integrity_problems() or [str(e)]
        try:
            db.close()
        except DatabaseError:
            pass  # the checkpoint at close may trip over the same page; the file stays as it is
        finally:
            lock.release()
        raise VaultError(f"the vault database is damaged ({problems[0]}"
                         f"{f' and {len(problems) - 1} more' if len(problems) > 1 else ''}); "
                         "restore it from a backup and keep this copy for examination") from None
    except BaseException:
        with contextlib.suppress(Exception):
            session.close()  # its lock too: no session is handed out
        raise
    # a backup folder unlocked is a vault from now on: its trail went past the head beside it
    session.was_backup = make_it_a_vault(folder)
    return session


def change_passphrase(session: VaultSession, new_passphrase: str,
                      kdf: KdfParams | None = None) -> None:
    """Rewrap the data key under the new passphrase; the old one stops working at once. The
    passphrase it has now, given again, is refused: "changed" would have been untrue."""
    check_new_passphrase(new_passphrase)
    slots = SlotFile(session.folder / SLOT_FILE)
    try:
        same = hmac.compare_digest(slots.unlock(new_passphrase, TAG_PASSPHRASE), session.data_key)
    except WrongSecret:
        same = False
    if same:
        raise ValidationError.saying(
            "the new passphrase must differ from the one the vault has now")
    params = kdf or _current_params(slots) or KdfParams.production()
    with session.lock.one_at_a_time():
        slots.replace(TAG_PASSPHRASE, new_passphrase, session.data_key, params)
    with session.db.transaction():
        session.audit.append("vault.passwd", "vault")


def confirm_passphrase(session: VaultSession, current: str) -> None:
    """WrongSecret unless current is the passphrase that opens this vault now: asked before a
    change made from inside an open vault, where whoever sits at the window may not be her."""
    try:
        key = SlotFile(session.folder / SLOT_FILE).unlock(current, TAG_PASSPHRASE)
    except WrongSecret:
        raise WrongSecret() from None
    if not hmac.compare_digest(key, session.data_key):
        raise WrongSecret()


def reset_with_recovery(session: VaultSession, new_passphrase: str,
                        kdf: KdfParams | None = None) -> str:
    """After an unlock with the recovery code: the new passphrase, and the used code replaced
    (it was typed where it could be seen); the new code returned, to be shown once."""
    change_passphrase(session, new_passphrase, kdf)
    return new_recovery_code(session, kdf)


def new_data_key(session: VaultSession, new_passphrase: str,
                 kdf: KdfParams | None = None) -> str:
    """The whole vault encrypted again under a new data key, with new_passphrase and a new
    recovery code (returned; shown once): app/rekey.py."""
    from app import rekey

    params = kdf or _current_params(SlotFile(session.folder / SLOT_FILE)) \
        or KdfParams.production()
    return rekey.new_data_key(session, new_passphrase, params)


def new_recovery_code(session: VaultSession, kdf: KdfParams | None = None) -> str:
    """Replace the recovery slot (after the old code was used or exposed). The vault keeps it
    unseen until app.recovery_code.mark_seen: a stop before it is shown is said at each unlock."""
    code = generate_recovery_code()
    slots = SlotFile(session.folder / SLOT_FILE)
    mark_unseen(session)
    with session.lock.one_at_a_time():
        slots.replace(TAG_RECOVERY, code, session.data_key, kdf or _current_params(slots)
                      or KdfParams.production())
    with session.db.transaction():
        session.audit.append("vault.recovery_code_replaced", "vault")
    return code


def kdf_params(folder: Path) -> list[tuple[str, KdfParams]]:
    from db.keyslots import slot_params
    out = []
    for slot in SlotFile(folder / SLOT_FILE).read():
        info = slot_params(slot)
        if info:
            out.append(("passphrase" if info[0] == TAG_PASSPHRASE else "recovery", info[1]))
    return out


def _current_params(slots: SlotFile) -> KdfParams | None:
    from db.keyslots import slot_params
    for slot in slots.read():
        info = slot_params(slot)
        if info and info[0] == TAG_PASSPHRASE:
            return info[1]
    return None


def copy_vault(src: Path, dst: Path) -> None:
    """A byte copy of a closed vault folder (used by tests and by backups)."""
    shutil.copytree(src, dst)
