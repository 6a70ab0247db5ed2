"""Backups of the vault to another folder (a USB stick), verified before they count, and restore.

A backup is a vault folder of its own (vault.db and keyslots.bin), encrypted with the same data
key: it opens with the passphrase or recovery code the vault had when it was made, and
`casekeeper unlock-check --vault BACKUP` checks it at any time. It is written under a temporary
name, flushed to the disk, opened again and checked (every page's HMAC, SQLite's structure, the
rows of every table against the vault's), and only then renamed to its own name: a stick pulled
out halfway leaves no folder that looks like a backup.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import backup_drive as drive
from app.backup_compare import Comparison, compare
from app.disk_full import failed_under, restore_refused, restore_said
from app.domain.errors import BackupWrongSecret, ValidationError, VaultError, WrongSecret
from app.vault_lock import alone_with
from db.connection import DatabaseError
from db.copies import read_copy, vacuum_into
from db.database import DB_FILE
from db.high_marks import NUMBERED, highest_given, key_of
from db.keyslots import TAG_PASSPHRASE, TAG_RECOVERY, SlotFile, fsync_dir

SLOT_FILE = "keyslots.bin"
PREFIX = "casekeeper-backup-"
_NAME = re.compile(rf"^{PREFIX}\d{{8}}-\d{{6}}(?:-\d+)?$")
# Beside the copy, in plain text: the audit chain head it holds, so that a vault whose trail
# was cut short since can be told from it (SECURITY.md, promise 18). A MAC names no one.
HEAD_FILE = drive.HEAD_FILE

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Backup:
    folder: Path
    made_at: str  # UTC, as in the audit trail
    chain_head: str
    counts: dict[str, int]  # rows of each table, checked in the copy
    removed: tuple[str, ...] = ()  # older backups let go by keep
    # unfinished copies an earlier backup of this vault left when it was cut off (the drive
    # pulled, the laptop switched off), cleared before this one
    unfinished: tuple[str, ...] = ()
    # those of another vault (or whose none can tell), left where they are and named
    unfinished_left: tuple[str, ...] = ()


def make_backup(session, dest: Path, keep: int | None = None,
                progress: Progress | None = None) -> Backup:
    """Copy the open vault into a new folder inside dest, verify it, and record it."""
    say = progress or (lambda _step: None)
    dest = Path(dest).expanduser()
    _check_destination(session.folder, dest)
    if keep is not None and keep < 1:
        raise ValidationError(f"--keep must be 1 or more (the backups to keep), not {keep}")
    made = datetime.now(UTC)
    places = drive.Places(session)  # the trail read once, if at all, for every backup there
    unfinished, left = drive.clear_unfinished(session, dest, PREFIX, places)
    name = _free_name(dest, made)
    partial = dest / f".{name}.partial"
    partial.mkdir(mode=0o700)
    held = drive.hold(partial)  # another backup meanwhile leaves it alone
    try:
        # first, so that a copy cut off at any point says whose it is
        _write_new(partial / drive.ID_FILE, drive.vault_id(session))
        say("copying")
        counts, head = _copy_into(session, partial)
        _write_new(partial / HEAD_FILE, head)
        for f in (DB_FILE, SLOT_FILE, HEAD_FILE, drive.ID_FILE):
            _fsync(partial / f)
        say("checking the copy")
        _verify(partial, session.data_key, counts)
        os.rename(partial, dest / name)
        fsync_dir(dest)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    finally:
        drive.let_go(held)
    at = made.strftime("%Y-%m-%dT%H:%M:%SZ")
    with session.db.transaction():
        session.audit.append("vault.backup", "vault", name, {"backup": name, "chain_head": head})
    removed = tuple(_prune(session, dest, keep, dest / name, places)) if keep else ()
    return Backup(dest / name, at, head, counts, removed, tuple(unfinished), tuple(left))


def backups_in(folder: Path) -> list[Path]:
    """The finished backups in folder, oldest first (their names sort by time)."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and _NAME.match(p.name)
                  and (p / DB_FILE).is_file() and (p / SLOT_FILE).is_file())


def backups_of(session, folder: Path, places: drive.Places | None = None) -> list[Path]:
    """This vault's finished backups in folder, oldest first by their place in this vault's
    trail (the names hold the clock's time, which may be behind): only those whose chain head
    is an entry of this trail. A colleague's vault, her second one, or a copy of this one that
    went apart since (the same vault-id.txt) may keep its backups on the same drive. The
    trail is read once for them all (places, or read here)."""
    places = places or drive.Places(session)
    placed = [(drive.place_in_trail(session, p, places), p.name, p) for p in backups_in(folder)]
    return [p for seq, _name, p in sorted(x for x in placed if x[0] is not None)]


def check_backup(folder: Path, secret: str, recovery: bool = False) -> dict[str, int]:
    """Open a backup with its secret without writing to it: the rows of each table, or
    VaultError naming what is wrong."""
    return _checked(Path(folder).expanduser(), secret, recovery)[0]


def _checked(folder: Path, secret: str, recovery: bool) -> tuple[dict[str, int], bytes]:
    for f in (DB_FILE, SLOT_FILE):
        if not (folder / f).is_file():
            raise VaultError(f"{folder} is no CaseKeeper backup: it holds no {f}")
    key = _unlock(folder, secret, recovery)
    return _verify(folder, key, None), key


def moved_aside_to(vault_dir: Path, when: datetime | None = None) -> Path:
    """The folder beside vault_dir that a vault already there is moved to by a restore at when
    (now): VAULT.before-restore-DATE-TIME (UTC), with -2, -3... if that name is taken."""
    vault_dir = Path(vault_dir).expanduser()
    base = f"{vault_dir.name}.before-restore-{(when or datetime.now(UTC)).strftime('%Y%m%d-%H%M%S')}"
    aside, n = vault_dir.with_name(base), 1
    while aside.exists():
        n += 1
        aside = vault_dir.with_name(f"{base}-{n}")
    return aside


def compare_backup(backup: Path, vault_dir: Path, secret: str,
                   recovery: bool = False) -> tuple[dict[str, int], Comparison]:
    """Check the backup, and set it against the vault it would replace (read, nothing
    written): its rows, and whether it is older and what would come back or be lost."""
    backup = Path(backup).expanduser()
    counts, key = _checked(backup, secret, recovery)
    return counts, compare(backup, key, Path(vault_dir).expanduser())


def restore_backup(backup: Path, vault_dir: Path, secret: str, recovery: bool = False,
                   progress: Progress | None = None,
                   older: bool = False) -> tuple[dict[str, int], Path | None]:
    """Put a checked copy of the backup where the vault lives. A vault already there is moved
    aside, never deleted: returns (the rows of each table, where the old vault went).

    The copy is checked, its audit trail verified and the restore recorded in it before the
    vault is moved aside: whatever fails, the vault stays as it was. A backup older than the
    vault, gone apart from it, of another vault, or one that cannot be compared with it takes
    away what the vault has since (a woman deleted to protect her comes back): refused unless
    older is given (the user was told, and said yes). Of the same vault, the vault's case
    numbers' high mark is kept, so that a number given since is never given again."""
    backup, vault_dir = Path(backup).expanduser(), Path(vault_dir).expanduser()
    # Alone with the vault there from the check to the rename: a window or command that had it
    # open would go on writing into the folder moved aside, lost from her view.
    with alone_with(vault_dir):
        return _restore(backup, vault_dir, secret, recovery, progress, older)


class OlderBackup(ValidationError):
    """A restore that would take away what the vault has since, not asked for."""


def _restore(backup: Path, vault_dir: Path, secret: str, recovery: bool,
             progress: Progress | None, older: bool) -> tuple[dict[str, int], Path | None]:
    say = progress or (lambda _step: None)
    say("checking the backup")
    counts, key = _checked(backup, secret, recovery)
    against = compare(backup, key, vault_dir)
    if against.risky and not older:
        raise OlderBackup(f"nothing restored: {against.words()}")
    try:
        vault_dir.parent.mkdir(parents=True, exist_ok=True)
        # alone with the vault: no other restore is under way, so any such folder was cut off
        cleared = drive.clear_restore_leftovers(vault_dir)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        incoming = vault_dir.with_name(f".{vault_dir.name}.restoring-{stamp}")
        incoming.mkdir(mode=0o700)
    except OSError as e:  # nothing begun yet: a full or failing drive said, not a traceback
        if restore_refused(e) or failed_under(e, vault_dir.parent):
            raise restore_said(e, vault_dir) from None
        raise
    aside = None
    try:
        say("copying")
        for f in (DB_FILE, SLOT_FILE, HEAD_FILE):
            if not (backup / f).is_file():
                continue  # the head file is a check, not part of the vault
            target = incoming / f
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            with open(backup / f, "rb") as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
            _fsync(target)
        say("checking the copy")
        _verify(incoming, _unlock(incoming, secret, recovery), counts)
        (incoming / HEAD_FILE).unlink(missing_ok=True)
        _record_restore(incoming, backup.name, secret, recovery, against, cleared)
        if vault_dir.exists():
            aside = moved_aside_to(vault_dir)
            os.rename(vault_dir, aside)
        os.rename(incoming, vault_dir)
        fsync_dir(vault_dir.parent)
    except BaseException as e:
        if aside is not None and not vault_dir.exists():
            os.rename(aside, vault_dir)  # the copy could not take its place: the vault back
            aside = None
        shutil.rmtree(incoming, ignore_errors=True)
        # lexists: a drive that fails cannot be asked (exists() raised in this except)
        if aside is None and not os.path.lexists(incoming) and (
                restore_refused(e) or failed_under(e, vault_dir.parent)):
            # the vault is in its place untouched and the copy is gone: said, not a traceback
            raise restore_said(e, vault_dir) from None
        raise
    return counts, aside


def _record_restore(folder: Path, name: str, secret: str, recovery: bool,
                    against: Comparison, cleared: list[str]) -> None:
    """The restored copy's own trail says where it came from; its chain is checked first.
    Each high mark (a next case number, a record number never given again) is the higher of
    the replaced vault's and the copy's own, a record's read from its rows and trail; the
    copies an earlier restore cut off left, deleted first, are named (cleared)."""
    from app.vault import open_vault

    session = open_vault(folder, recovery_code=secret) if recovery \
        else open_vault(folder, secret)
    try:
        chain = session.audit.verify()
        if not chain.ok:
            raise VaultError(f"the audit trail of the backup {name} is broken "
                             f"({chain.problem}): it was not restored")
        with session.db.transaction():
            # the copy's own highest (its rows and its trail), read before any mark is set: a
            # mark set masks the trail, and the copy's deleted newest may be above the vault's
            own = {key_of(t): highest_given(session.db.conn, t) for t in NUMBERED}
            kept = {}
            for key, mark in against.marks.items():
                if mark > max(own.get(key, 0), int(session.meta.get(key, "0") or 0)):
                    session.meta.set(key, str(mark))
                    kept[key] = mark
            for key, mark in own.items():
                if key not in kept and mark > int(session.meta.get(key, "0") or 0):
                    session.meta.set(key, str(mark))
            detail = {"backup": name, "compared": against.kind}
            if kept:
                detail["marks_kept"] = kept
            if cleared:
                detail["restore_leftovers_removed"] = cleared
            session.audit.append("vault.restore", "vault", name, detail)
    finally:
        session.close()


# -- the steps ------------------------------------------------------------------------------

def _check_destination(vault_folder: Path, dest: Path) -> None:
    if not dest.exists():
        raise ValidationError(f"there is no folder {dest}: plug in the backup drive, or "
                              f"create the folder first")
    if not dest.is_dir():
        raise ValidationError.saying("%1 is a file, not a folder", dest)
    here, there = Path(vault_folder).resolve(), dest.resolve()
    if there == here or here in there.parents:
        raise ValidationError.saying("%1 is inside the vault's own folder: a backup there is "
                                     "lost with the laptop; choose another drive", dest)
    if not os.access(dest, os.W_OK):
        raise ValidationError.saying("%1 cannot be written to (read-only, or not yours)", dest)


def _free_name(dest: Path, made: datetime) -> str:
    base = f"{PREFIX}{made.strftime('%Y%m%d-%H%M%S')}"
    name, n = base, 1
    while (dest / name).exists() or (dest / f".{name}.partial").exists():
        n += 1
        name = f"{base}-{n}"
    return name


def _copy_into(session, folder: Path) -> tuple[dict[str, int], str]:
    target = folder / DB_FILE
    # owner-only from the first byte; VACUUM INTO accepts an empty file
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with session.db.exclusive():  # the head read with the copy, before any later write
        counts = vacuum_into(session.db, target)
        head = session.audit.head()
    slots = folder / SLOT_FILE
    os.close(os.open(slots, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    slots.write_bytes((Path(session.folder) / SLOT_FILE).read_bytes())
    return counts, head


def _verify(folder: Path, data_key: bytes, want: dict[str, int] | None) -> dict[str, int]:
    """Open the copy read-only, check every page and the structure, and count its rows."""
    path = folder / DB_FILE
    if path.stat().st_size == 0:
        raise VaultError(f"the copy in {folder} is empty")
    written = folder / HEAD_FILE
    head = written.read_text(encoding="ascii").strip() if written.is_file() else ""
    try:
        facts = read_copy(path, data_key, head)
    except DatabaseError as e:
        raise VaultError(f"the copy in {folder} does not open: {e}") from None
    if facts.problems:
        n = len(facts.problems)
        raise VaultError(f"the copy in {folder} is damaged: {facts.problems[0]}"
                         f"{f' and {n - 1} more' if n > 1 else ''}")
    if not facts.is_vault:
        raise VaultError(f"{folder} holds no CaseKeeper vault")
    if not facts.has_mac:  # opened since, its trail goes on past the head: that is fine
        raise VaultError(f"the audit trail in {folder} does not reach where it did when the "
                         f"backup was made ({HEAD_FILE} names an entry it no longer holds): "
                         f"entries were taken from it, or the file was changed")
    got = facts.counts
    if want is not None and got != want:
        differ = sorted(t for t in set(got) | set(want) if got.get(t) != want.get(t))
        said = ", ".join(f"{t}: {want.get(t)} in the vault, {got.get(t)} in the copy"
                         for t in differ[:3])
        raise VaultError(f"the copy in {folder} does not hold what the vault holds ({said})")
    return got


def _unlock(folder: Path, secret: str, recovery: bool) -> bytes:
    from app.vault import normalise_recovery

    slots = SlotFile(folder / SLOT_FILE)
    try:
        if recovery:
            return slots.unlock(normalise_recovery(secret), TAG_RECOVERY)
        return slots.unlock(secret, TAG_PASSPHRASE)
    except WrongSecret:
        # "not correct" alone sent her to retype today's passphrase: the backup's is older
        raise BackupWrongSecret() from None


def _prune(session, dest: Path, keep: int, new: Path, places: drive.Places) -> list[str]:
    """Let go of this vault's oldest finished backups beyond keep; the new one is always among
    those kept, whatever its place. Another vault's (or a copy's gone apart) are not counted,
    nor touched."""
    earlier = [p for p in backups_of(session, dest, places) if p.name != new.name]
    # keep - 1 of the earlier ones stay beside the new one; none goes while there are fewer
    # (a negative end counted from the other end: the fourth backup of --keep 5 removed two)
    old = earlier[:max(0, len(earlier) - (keep - 1))]
    for folder in old:
        shutil.rmtree(folder)
    if old:
        fsync_dir(dest)
    return [p.name for p in old]


def _write_new(path: Path, text: str) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    path.write_text(f"{text}\n", encoding="ascii")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
