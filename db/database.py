"""One open vault database: the connection plus explicit, nestable transactions."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import WRITING_ELSEWHERE, VaultError, VaultInUse
from db import connection, migrations

DB_FILE = "vault.db"
SENTINEL_KEY = "format"
SENTINEL_VALUE = "casekeeper-vault"


class Database:
    """Owns the connection. Only the thread that opened it should use it (see ui/ops)."""

    def __init__(self, conn: connection.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0
        self._lock = threading.RLock()
        self._open = True
        self._forget = False  # forget_old_pages asked for inside a transaction
        # Outermost transactions committed: a command or job the disk stopped part way (it
        # had committed some) is not told "nothing was changed" (app/disk_full.py)
        self.commits = 0

    @classmethod
    def create(cls, folder: Path, data_key: bytes) -> Database:
        conn = connection.connect(folder / DB_FILE, data_key, create=True)
        db = cls(conn, folder / DB_FILE)
        migrations.migrate(conn)
        return db

    @classmethod
    def open(cls, folder: Path, data_key: bytes) -> Database:
        conn = connection.connect(folder / DB_FILE, data_key, create=False)
        db = cls(conn, folder / DB_FILE)
        try:
            # A schema sentinel before any write: an empty SQLCipher file accepts any key.
            if not db.has_sentinel():
                raise VaultError("the database holds no CaseKeeper vault (empty or damaged)")
            migrations.migrate(conn)
        except connection.DatabaseError as e:
            conn.close()
            if connection.locked_by_another(e):  # a format step running elsewhere: busy
                raise VaultInUse(WRITING_ELSEWHERE) from None
            raise VaultError(f"the vault database is damaged ({e}); restore it from a backup "
                             "and keep this copy for examination") from None
        except BaseException:
            conn.close()
            raise
        return db

    def has_sentinel(self) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='vault_meta'").fetchone()
        if not row:
            return False
        row = self.conn.execute("SELECT value FROM vault_meta WHERE key=?",
                                (SENTINEL_KEY,)).fetchone()
        return bool(row and row[0] == SENTINEL_VALUE)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[connection.Connection]:
        """No other thread's statement runs in between (a copy and what it is checked against)."""
        with self._lock:
            yield self.conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[connection.Connection]:
        """All or nothing. Nested calls become savepoints inside the outer transaction."""
        with self._lock:
            name = f"sp{self._depth}"
            self.conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")
            if self._depth == 0:
                self.commits += 1
            if self._depth == 0 and self._forget:
                self._forget = False
                self._fold()

    def rekey(self, new_key: bytes) -> None:
        """Encrypt every page under new_key (one transaction: a crash leaves the old key or
        the new one, never a mix), then fold the log into the file: no page under the old
        key stays behind.

        If SQLCipher refuses (the vault busy in another program, the disk full), it has
        already switched the connection's write key: a later write would put new-key pages
        into an old-key file that no secret opens then. The connection is closed at once,
        without a checkpoint, and this Database can be used no more."""
        with self._lock:
            if self._depth:
                raise RuntimeError("rekey inside a transaction")  # a caller's mistake
            try:
                self.conn.execute(connection.rekey_pragma(new_key))
            except BaseException:
                self._open = False
                self.conn.close()
                raise
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def forget_old_pages(self) -> None:
        """Fold the write-ahead log into the file and empty it. Earlier versions of the pages
        just changed (a deleted person's names, a report's old text) stand in the log until
        then, readable with the key if the laptop is taken while the program is open or cut
        off; the file itself overwrites them (secure_delete). Inside a transaction, nothing:
        its changes are not yet written."""
        with self._lock:
            if self._depth == 0:
                self._fold()
            else:  # after the outermost commit (a person deleted inside a list's withdrawal)
                self._forget = True

    def _fold(self) -> None:
        """The log folded into the file after a commit. A disk that refuses it (full) leaves
        the change saved in the log: the commit stands, so no error says it failed; the fold
        is tried again at the close, and said there if refused again."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except connection.DatabaseError as e:
            if not connection.disk_refused(e):
                raise

    @property
    def format_version(self) -> int:
        return migrations.current_version(self.conn)

    def integrity_problems(self) -> list[str]:
        return connection.integrity_problems(self.conn)

    @property
    def is_open(self) -> bool:
        return self._open

    def close(self) -> None:
        if not self._open:
            return
        self._open = False
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.conn.close()
