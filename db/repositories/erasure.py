"""The SQL of erasing what a deleted person leaves outside her own rows: list rows and reports."""

from __future__ import annotations

from db.database import Database


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
        of her. An imported list's rows that went to her are found by her provenance; these are
        read batch by batch, by the rows' own index, never by a scan of every list's rows."""
        ids = sorted(set(person_ids))
        out: list[int] = []
        for (b,) in self.db.conn.execute(
                "SELECT id FROM import_batches WHERE state != 'committed' ORDER BY id").fetchall():
            for chunk in _chunks(ids):
                if self.db.conn.execute(
                        "SELECT 1 FROM import_rows WHERE batch_id=? "  # noqa: S608
                        f"AND match_person_id IN ({', '.join('?' * len(chunk))}) LIMIT 1",
                        (b, *chunk)).fetchone():
                    out.append(b)
                    break
        return out

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
