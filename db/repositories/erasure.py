"""The SQL of erasing what a deleted person leaves outside her own rows: list rows and reports."""

from __future__ import annotations

from db.database import Database
from db.repositories.audit import _COLS, AuditRow


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class ErasureRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_rows_of(self, person_ids: list[int]) -> list[tuple[int, int]]:
        """(batch id, row number) of every list row that went to one of these persons, as her
        provenance lines say (a row withdrawn from her included): read before her deletion
        takes the lines with it."""
        out: set[tuple[int, int]] = set()
        for chunk in _chunks(sorted(set(person_ids))):
            out.update(self.db.conn.execute(
                "SELECT batch_id, row_number FROM provenance WHERE batch_id IS NOT NULL "  # noqa: S608
                f"AND person_id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
        return sorted(out)

    def batches_matching(self, person_ids: list[int]) -> list[int]:
        """The lists not imported (staged or discarded) with a row matched to one of these
        persons: one decided to update her says, in its decision's entry, what the vault held
        of her. An imported list's rows that went to her are found by her provenance; these
        through the index of rows matched to someone (migration 8), never by reading every
        list's rows."""
        out: set[int] = set()
        for chunk in _chunks(sorted(set(person_ids))):
            out.update(b for (b,) in self.db.conn.execute(
                "SELECT DISTINCT r.batch_id FROM import_rows r "  # noqa: S608
                "JOIN import_batches b ON b.id = r.batch_id "
                f"WHERE r.match_person_id IN ({', '.join('?' * len(chunk))}) "
                "AND b.state != 'committed'", chunk))
        return sorted(out)

    def entries_naming(self, case_nos: list[str], entity: str,
                       but_not: list[str] = ()) -> list[AuditRow]:
        """The audit entries about records of this kind (but not these records) whose detail
        holds one of these case numbers as a string (a prefilter: the caller reads each for
        where it is said). One scan of the trail's details, about 0.1 s at 100,000 persons."""
        if not case_nos:
            return []
        likes = " OR ".join("detail LIKE ?" for _ in case_nos)
        outside = (f" AND entity_ref NOT IN ({', '.join('?' * len(but_not))})"
                   if but_not else "")
        return [AuditRow(*r) for r in self.db.conn.execute(
            f"SELECT {_COLS} FROM audit_log WHERE entity = ?{outside} AND ({likes}) "  # noqa: S608
            "ORDER BY seq", [entity, *but_not, *(f'%"{c}"%' for c in case_nos)])]

    def keys_of_rows(self, batch_id: int, row_numbers: list[int]
                     ) -> list[tuple[int, str, str]]:
        """(row number, row_key, row_hash) of these rows of a batch."""
        out: list[tuple[int, str, str]] = []
        for chunk in _chunks(row_numbers):
            out += self.db.conn.execute(
                "SELECT row_number, row_key, row_hash FROM import_rows WHERE batch_id=? "  # noqa: S608
                f"AND row_number IN ({', '.join('?' * len(chunk))})",
                (batch_id, *chunk)).fetchall()
        return out

    def erase_rows(self, batch_id: int, rows: list[tuple[int, str, str]]) -> None:
        """Rows (row number, key, hash) left with nothing of what the list said: no values,
        no person, no warnings quoting a cell, no match explanation; the key and hash given
        (one way, app/importing/erased_keys.py). Their decision and outcome stay: the report
        still accounts for every row, as one whose person was deleted."""
        self.db.conn.executemany(
            "UPDATE import_rows SET raw_json='{}', person_json=NULL, row_key=?, row_hash=?, "
            "warnings_json='[]', match_explain='' WHERE batch_id=? AND row_number=?",
            [(key, digest, batch_id, n) for n, key, digest in rows])

    def report(self, batch_id: int) -> str | None:
        row = self.db.conn.execute("SELECT report_json FROM import_batches WHERE id=?",
                                   (batch_id,)).fetchone()
        return row[0] if row else None

    def reports_naming(self, case_nos: list[str]) -> list[int]:
        """The batches whose report names one of these case numbers (a prefilter)."""
        if not case_nos:
            return []
        likes = " OR ".join("report_json LIKE ?" for _ in case_nos)
        return [b for (b,) in self.db.conn.execute(
            f"SELECT id FROM import_batches WHERE {likes} ORDER BY id",  # noqa: S608
            [f'%"{c}"%' for c in case_nos])]

    def set_report(self, batch_id: int, report_json: str) -> None:
        self.db.conn.execute("UPDATE import_batches SET report_json=? WHERE id=?",
                             (report_json, batch_id))
