"""Encrypted copies of the database (VACUUM INTO under the same key) and read-only checks of one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db import connection
from db.database import Database


@dataclass(frozen=True)
class CopyFacts:
    problems: list[str]  # pages whose HMAC fails, SQLite's structure check
    counts: dict[str, int]  # rows of each table
    is_vault: bool  # the schema sentinel is there
    has_mac: bool  # the audit entry asked about is in its trail (True when none was asked)


def vacuum_into(db: Database, target: Path) -> dict[str, int]:
    """One consistent copy, encrypted under the same key (an ATTACH with an empty key would
    give a plaintext one: never). The rows of each table are counted under the same lock, so
    no write of another thread falls between the copy and what it is checked against."""
    with db.exclusive() as conn:
        conn.execute("VACUUM INTO ?", (str(target),))
        return table_counts(conn)


def table_counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    # the names come from sqlite_master itself, quoted
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]  # noqa: S608
            for t in tables}


def read_copy(path: Path, data_key: bytes, mac: str = "") -> CopyFacts:
    """Open a copy read-only (nothing written to it, not even a journal) and check it."""
    conn = connection.sqlcipher3.connect(f"file:{path.as_posix()}?mode=ro", uri=True,
                                         isolation_level=None, cached_statements=0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(connection._key_pragma(data_key))
        conn.execute("PRAGMA temp_store = MEMORY")
        problems = connection.integrity_problems(conn)
        if problems:  # what else it holds cannot be trusted, nor perhaps read
            return CopyFacts(problems, {}, False, False)
        counts = table_counts(conn)
        sentinel = conn.execute("SELECT value FROM vault_meta WHERE key = 'format'").fetchone()
        has_mac = not mac or conn.execute("SELECT 1 FROM audit_log WHERE mac = ?",
                                          (mac,)).fetchone() is not None
    finally:
        conn.close()
    return CopyFacts(problems, counts, bool(sentinel and sentinel[0] == "casekeeper-vault"),
                     has_mac)
