"""Vault-wide settings stored in the vault itself (case prefix, counters, markers)."""

from __future__ import annotations

from db.database import Database


class MetaRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.conn.execute("SELECT value FROM vault_meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        self.db.conn.execute(
            "INSERT INTO vault_meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    def delete(self, key: str) -> None:
        self.db.conn.execute("DELETE FROM vault_meta WHERE key=?", (key,))

    def take_next(self, key: str) -> int:
        """Return the counter and advance it; call inside a transaction."""
        current = int(self.get(key, "1"))
        self.set(key, str(current + 1))
        return current

    def counts(self) -> dict[str, int]:
        """Rows of each table; persons as the list counts them, without the records merged
        into another (kept for their history, found through the one they were merged into),
        which are counted apart."""
        one = self.db.conn.execute
        persons, merged = one("SELECT count(*) FILTER (WHERE merged_into IS NULL), "
                              "count(merged_into) FROM persons").fetchone()
        tables = ["reports", "rescues", "incidents", "photos", "audit_log"]
        return {"persons": persons, "merged_records": merged,
                **{t: one(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}}
