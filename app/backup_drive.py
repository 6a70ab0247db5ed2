"""Whose backups are on a drive, and the unfinished copies a backup or restore cut off left."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.audit_words import FOLDER_KEYS, LEFTOVERS_REMOVED  # noqa: F401 - said from here too
from app.vault_lock import _EX, _close, _locked
from db.connection import DatabaseError
from db.database import DB_FILE
from db.trails import read_trail

# Beside a backup, in plain text: which vault it is of (a hash of the trail's first MAC: it
# names no one, and tells a colleague's vault's backups, on the same stick, from hers).
ID_FILE = "vault-id.txt"
HEAD_FILE = "audit-chain-head.txt"
PARTIAL = ".partial"

# Where the system gives no locks: an unfinished copy this old belongs to no backup still
# running (a backup of 100,000 persons takes seconds).
UNFINISHED_AFTER = timedelta(hours=1)


def vault_id(session) -> str:
    first = session.audit.repo.mac_of(1) or ""
    return hashlib.sha256(f"casekeeper vault id {first}".encode("ascii")).hexdigest()[:32]


class Places:
    """This vault's trail as each entry's MAC and its place (seq), read once, when first asked:
    a command that places many backups (--keep, --list) reads the trail once, not once for
    each backup (the MACs are not indexed: a lookup of one reads the whole trail)."""

    def __init__(self, session) -> None:
        self.session = session
        self._seq: dict[str, int] | None = None

    def _read(self) -> dict[str, int]:
        if self._seq is None:
            self._seq = self.session.audit.repo.seqs_by_mac()
        return self._seq

    def seq_of(self, mac: str) -> int | None:
        """The place of the entry whose MAC is mac, whole."""
        return self._read().get(mac) if mac else None

    def holds_start(self, prefix: str) -> bool:
        """Some entry's MAC starts with prefix (a head noted on paper, cut short)."""
        return bool(prefix) and (prefix in self._read()
                                 or any(m.startswith(prefix) for m in self._read()))


def is_of(session, folder: Path, places: Places | None = None) -> bool | None:
    """Is the backup (or unfinished copy) in folder this vault's? None where nothing says."""
    written = folder / ID_FILE
    if written.is_file():
        return written.read_text(encoding="ascii").strip() == vault_id(session)
    head = folder / HEAD_FILE  # a backup made before the id was written beside it
    if head.is_file():
        mac = head.read_text(encoding="ascii").strip()
        if (places or Places(session)).holds_start(mac):
            return True
    if (folder / DB_FILE).is_file():  # its first page opens under this vault's key, or not
        try:
            read_trail(folder / DB_FILE, session.data_key)
            return True
        except DatabaseError:
            return False
    return None


def place_in_trail(session, folder: Path, places: Places | None = None) -> int | None:
    """The seq in this vault's trail of the backup's chain head: None where its head is no entry
    of this trail (another vault, or a copy of this one that went apart since, whose vault-id.txt
    is the same). The place orders this vault's backups where names (the clock's) cannot.
    places: the trail read once for every backup a command places."""
    try:
        mac = (folder / HEAD_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeError):
        mac = ""
    if not mac and (folder / DB_FILE).is_file():  # made before the head was written beside it
        try:
            mac = read_trail(folder / DB_FILE, session.data_key).head
        except DatabaseError:
            return None
    # the whole MAC must be ours (a head noted on paper may be a prefix; a backup's is not)
    return (places or Places(session)).seq_of(mac)


def hold(partial: Path) -> int | None:
    """An exclusive lock on the unfinished copy while it is written, so that another backup
    tells it from one cut off (None where the system keeps no locks)."""
    return _locked(partial, _EX)


def let_go(fd: int | None) -> None:
    _close(fd)


def unfinished_in(dest: Path, prefix: str) -> list[Path]:
    """The hidden unfinished copies (.PREFIX....partial) in dest that no backup is writing now."""
    if not Path(dest).is_dir():
        return []
    out = []
    for p in sorted(Path(dest).iterdir()):
        if p.is_dir() and p.name.startswith(f".{prefix}") and p.name.endswith(PARTIAL) \
                and not _being_written(p):
            out.append(p)
    return out


def _being_written(p: Path) -> bool:
    try:
        fd = _locked(p, _EX)
    except BlockingIOError:
        return True
    except OSError:
        return False
    if fd is not None:
        _close(fd)
        return False
    # no locks here: judged by age
    try:
        newest = max([p.stat().st_mtime, *(f.stat().st_mtime for f in p.iterdir())])
    except OSError:
        return False
    return datetime.now(UTC) - datetime.fromtimestamp(newest, UTC) < UNFINISHED_AFTER


def clear_unfinished(session, dest: Path, prefix: str,
                     places: Places | None = None) -> tuple[list[str], list[str]]:
    """Delete this vault's unfinished copies in dest, whatever their age: a copy nobody sees,
    which --keep never lets go of, and which the passphrase of that day still opens after it
    is changed. Returns (removed, left: another vault's, or whose none can tell)."""
    removed, left = [], []
    for p in unfinished_in(dest, prefix):
        if is_of(session, p, places) is True:
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p.name)
        else:
            left.append(p.name)
    return removed, left


# The audit entry of an unlock that deleted such folders (said on the command line's stderr and
# above the desktop's screens: a whole copy of a backup went without a word before).
# Its detail names the folders under "folders": not "removed", which the trail's readers take
# for person record numbers (a folder was said as "a person since deleted"); entries written
# before name them under "removed", which the readers say as folders too (app/audit_words.py).
LEFTOVERS_KEY = FOLDER_KEYS[0]


def restore_leftovers(vault_dir: Path) -> list[Path]:
    """The hidden folders .VAULT.restoring-DATE a restore cut off left beside the vault: a whole
    copy of a backup, opening with the passphrase it had then."""
    vault_dir = Path(vault_dir).expanduser()
    if not vault_dir.parent.is_dir():
        return []
    mark = f".{vault_dir.name}.restoring-"
    return sorted(p for p in vault_dir.parent.iterdir() if p.name.startswith(mark) and p.is_dir())


# What such a folder is, and what to do with it (the command line's words, after a restore and
# in `info`): it was only ever said where it went, and it stayed there for years.
REPLACED_KEPT = ("a vault replaced by a restore is whole, as it was, and opens with the "
                 "passphrase and recovery code it had then; CaseKeeper never deletes it: once "
                 "the restored vault is checked (casekeeper unlock-check, and a look at her "
                 "records), delete that folder yourself")


def moved_aside(vault_dir: Path) -> list[Path]:
    """The folders VAULT.before-restore-DATE-TIME beside the vault, oldest first: each a vault a
    restore replaced, moved aside and never deleted, opening with the passphrase it had. They
    stay until she deletes them, so `info` and each restore name them."""
    # whole paths, whatever --vault was given as: the line that deletes one is copied, and a
    # relative `rm -r` is right only from the folder the command was run in
    vault_dir = Path(os.path.abspath(Path(vault_dir).expanduser()))
    if not vault_dir.parent.is_dir():
        return []
    name = re.compile(rf"^{re.escape(vault_dir.name)}\.before-restore-\d{{8}}-\d{{6}}(?:-\d+)?$")
    return sorted(p for p in vault_dir.parent.iterdir() if name.match(p.name) and p.is_dir())


def clear_restore_leftovers(vault_dir: Path, names: list[str] | None = None) -> list[str]:
    """Delete them (call while no restore into vault_dir runs), or only those of names: the
    names of those gone."""
    return delete_restore_leftovers(vault_dir, names)[0]


def _delete_tree(folder: Path) -> list[str]:
    """Delete what can be of folder: why each thing that could not be went (file: reason)."""
    errors: list[str] = []

    def note(_func, path, info) -> None:
        errors.append(f"{path}: {getattr(info[1], 'strerror', None) or info[1]}")

    try:
        shutil.rmtree(folder, onerror=note)
    except OSError as e:  # rmtree raises itself where the folder cannot be listed
        errors.append(str(e))
    return errors


def delete_restore_leftovers(vault_dir: Path,
                             names: list[str] | None = None) -> tuple[list[str], dict[str, str]]:
    """As clear_restore_leftovers, and those that stayed, each with why: a file held open
    (Windows' indexer, an antivirus) or made unchangeable stops a delete, and such a folder
    was said and recorded as deleted, unlock after unlock, while it stayed."""
    gone, kept = [], {}
    for p in restore_leftovers(vault_dir):
        if names is not None and p.name not in names:
            continue
        errors = _delete_tree(p)
        if p.exists():
            kept[p.name] = errors[0] if errors else "it is still there"
        else:
            gone.append(p.name)
    return gone, kept
