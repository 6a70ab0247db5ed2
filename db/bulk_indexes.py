"""A table's own indexes set aside while a long list's rows are added, and made again after."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

# Below this many rows added, or fewer than half the rows the table holds already, each row
# goes into its indexes as it is written: making an index again reads the whole table (made
# again, five indexes on persons cost about a quarter of what each row added costs in them).
SET_ASIDE_FROM = 2000


@contextlib.contextmanager
def indexes_aside(conn, table: str, adding: int) -> Iterator[bool]:
    """Inside a transaction: the indexes made by CREATE INDEX on table (not its key, nor those
    of its UNIQUE columns) dropped while `adding` rows are written, then made again from
    their own stored statements: the same indexes, built at once from the sorted rows.

    Why: under cipher_memory_security each row written into an index costs SQLite memory
    that is locked and unlocked by the kernel; five indexes on persons were three quarters
    of the time it took to write a 100,000-row list's persons (BENCHMARKS.md). An error
    leaves them dropped: the caller's transaction, rolled back, gives them back whole.
    Yields whether they were set aside."""
    if adding < SET_ASIDE_FROM:
        yield False
        return
    held = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
    if 2 * adding < held:
        yield False
        return
    made = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
                        (table,)).fetchall()
    for name, _ in made:
        conn.execute(f'DROP INDEX "{name}"')
    yield bool(made)
    for _, sql in made:
        conn.execute(sql)
