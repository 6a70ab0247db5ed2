"""Opening the SQLCipher database: raw key, start-up self-test, and the settings we promise."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from app.domain.errors import EnvironmentRefused, VaultError
from db.repositories import seen

DatabaseError = sqlcipher3.DatabaseError
Connection = sqlcipher3.Connection

# Said when the key from the slot does not read the first page (app/rekey.py tells more).
UNREADABLE = "the vault database is damaged or truncated"
_NOTADB = 26
_FULL = 13  # SQLITE_FULL, the primary code of an extended one


def _key_pragma(data_key: bytes) -> str:
    # A raw 256-bit key: SQLCipher skips its own PBKDF2, our Argon2id slots already did the work.
    assert len(data_key) == 32
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def rekey_pragma(new_key: bytes) -> str:
    """Every page encrypted again under new_key, in one transaction (SQLCipher's rekey)."""
    assert len(new_key) == 32
    return f"PRAGMA rekey = \"x'{new_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, create: bool) -> Connection:
    """Open (or, with create=True, make) the database and apply the settings.

    An existing vault is opened with mode=rw so that a missing file is never created as empty.
    """
    if create:
        if path.exists():
            raise VaultError(f"a database already exists at {path}")
        # Owner-only from the first byte; SQLite gives -wal and -shm the same permissions.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        uri = f"file:{path.as_posix()}?mode=rwc"
    else:
        if not path.is_file():
            raise VaultError(f"the vault database is missing: {path}")
        if path.stat().st_size == 0:
            raise VaultError("the vault database is empty (0 bytes): damaged or not a vault")
        uri = f"file:{path.as_posix()}?mode=rw"
    # isolation_level=None: we issue BEGIN/COMMIT ourselves so transactions are explicit.
    # cached_statements=0: with cipher_memory_security every allocation SQLite makes outside its
    # lookaside buffer costs an mlock and an munlock; cached prepared statements use up that
    # buffer, which made inserts 5-10x slower (measured: BENCHMARKS.md, "memory security").
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                              cached_statements=0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as e:
            # the -shm beside it not written (a full disk, a drive made read-only): not damage
            if disk_refused(e) or on_read_only_drive(path):
                raise
            # The key came out of a slot whose GCM tag checked, so the key is right: the file is bad.
            raise VaultError(UNREADABLE) from None
        self_test(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted and replaced content is overwritten with zeros, not left in free space: a
        # report's text edited to take an informant's name out, or a person deleted to protect
        # her, must not be readable from the file by whoever is made to give the passphrase.
        # SQLCipher turns it on for a keyed database; said here and checked, not assumed.
        conn.execute("PRAGMA secure_delete = ON")
        if _one(conn, "PRAGMA secure_delete") != "1":
            raise EnvironmentRefused("secure_delete could not be switched on")
        # 64 MiB page cache: a large import must not spill pages to the WAL one by one.
        conn.execute("PRAGMA cache_size = -65536")
        seen.register(conn)  # --seen-since reads dates by its one rule (db/repositories/seen.py)
    except BaseException:
        conn.close()
        raise
    return conn


def first_page_reads(path: Path, data_key: bytes) -> bool:
    """Whether the key reads the file's first page (its header), read-only: a truncated or
    damaged file still does; a key the database was never, or no longer, under does not."""
    # immutable: nothing written beside it (no -shm), the folder left as it was
    conn = sqlcipher3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True,
                              cached_statements=0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        conn.execute("PRAGMA user_version").fetchone()
        return True
    except DatabaseError as e:
        # SQLITE_NOTADB: page 1 fails its HMAC under this key; a cut file is "malformed"
        return getattr(e, "sqlite_errorcode", None) != _NOTADB
    finally:
        conn.close()


def self_test(conn: Connection) -> dict[str, str]:
    """Refuse to run unless this is SQLCipher 4 on OpenSSL with memory security and temp in RAM."""
    facts = {
        "cipher_version": _one(conn, "PRAGMA cipher_version"),
        "cipher_provider": _one(conn, "PRAGMA cipher_provider"),
        "cipher_memory_security": _one(conn, "PRAGMA cipher_memory_security"),
        "temp_store": _one(conn, "PRAGMA temp_store"),
    }
    if not facts["cipher_version"].startswith("4."):
        raise EnvironmentRefused(f"SQLCipher 4.x required, found {facts['cipher_version'] or 'none'}")
    if facts["cipher_provider"] != "openssl":
        raise EnvironmentRefused(f"OpenSSL crypto provider required, found {facts['cipher_provider']}")
    if facts["cipher_memory_security"] != "1":
        raise EnvironmentRefused("cipher_memory_security could not be switched on")
    if facts["temp_store"] != "2":
        raise EnvironmentRefused("temporary storage is not in memory")
    return facts


def _one(conn: Connection, sql: str) -> str:
    row = conn.execute(sql).fetchone()
    return "" if row is None or row[0] is None else str(row[0])


def integrity_problems(conn: Connection) -> list[str]:
    """Pages whose HMAC fails (tampering or damage) plus SQLite's own structural check."""
    rows = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    try:
        ok = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except DatabaseError as e:  # a page whose HMAC fails cannot even be read
        ok = [f"structure check stopped: {e}"]
    return rows + ([] if ok == ["ok"] else ok)


def locked_by_another(error: Exception) -> bool:
    """Whether a database error is SQLite's "locked": another connection held the write lock
    past the wait (app.domain.errors.WRITING_ELSEWHERE), not a damaged file."""
    return "database is locked" in str(error) or "database table is locked" in str(error)


def disk_refused(error: Exception) -> bool:
    """Whether a database error is the disk refusing to take bytes: full ("database or disk is
    full"), a file grown past what the system allows or a drive failing ("disk I/O error"), or
    made read-only under it. Not a damaged vault: SQLite wrote nothing it keeps."""
    said = str(error)
    words = ("disk is full", "disk I/O error", "readonly database")
    return isinstance(error, DatabaseError) and any(w in said for w in words)


def disk_said_full(error: Exception) -> bool:
    """Whether SQLite said the disk is full (SQLITE_FULL: the system said no space left). Its
    "disk I/O error" is a drive failing or pulled out as well as a full disk in places (the
    -shm it could not grow, a file-size limit): app/disk_full.py tells those apart."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, DatabaseError) and (
        "disk is full" in str(error) or (code is not None and code & 0xFF == _FULL))


def disk_failed(error: Exception) -> bool:
    """Whether a database error is a read or write the drive failed ("disk I/O error"), or a
    drive made read-only under the vault: a refusal of the disk that it did not say is full."""
    return disk_refused(error) and not disk_said_full(error)


def on_read_only_drive(path: Path) -> bool:
    """Whether the file system under path is mounted read-only (a drive the system remounted so
    after errors, a stick's write-protect switch): SQLite cannot make the -shm beside the vault
    and says "unable to open database file", which was said as a damaged vault."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs
        return False
