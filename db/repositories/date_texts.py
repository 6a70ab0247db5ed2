"""The dates of one day stored with a text other than that day, as persons and statuses hold them."""

from __future__ import annotations

from db.database import Database

# (table, column prefix, the person the row belongs to): the dates an import writes.
_DATES = (("persons", "birth", "id"), ("persons", "abduction", "id"),
          ("status_events", "date", "person_id"))


class DateTextRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def days_otherwise_written(self) -> list[tuple[str, str, int, int, str, str]]:
        """(table, prefix, row id, person id, day, text) of every date of a single day whose
        text is not that day in ISO form ('41854', '03/08/2014')."""
        out = []
        for table, prefix, person in _DATES:
            out += [(table, prefix, *r) for r in self.db.conn.execute(
                f"SELECT id, {person}, {prefix}_earliest, {prefix}_text FROM {table} "
                f"WHERE {prefix}_earliest = {prefix}_latest AND {prefix}_text <> '' "
                f"AND {prefix}_text <> {prefix}_earliest")]
        return out

    def set_text(self, table: str, prefix: str, row_id: int, text: str) -> None:
        if (table, prefix) not in {(t, p) for t, p, _ in _DATES}:
            raise ValueError(f"no date {prefix} in {table}")
        self.db.conn.execute(f"UPDATE {table} SET {prefix}_text=? WHERE id=?", (text, row_id))

    def case_numbers(self, person_ids: set[int]) -> dict[int, str]:
        """{person id: case number} of the persons given."""
        return case_numbers(self.db, person_ids)

    def staged_persons(self) -> list[tuple[int, str]]:
        """(row id, person JSON) of the rows of batches still waiting for their commit."""
        return list(self.db.conn.execute(
            "SELECT r.id, r.person_json FROM import_rows r JOIN import_batches b "
            "ON b.id = r.batch_id WHERE b.state = 'staged' AND r.person_json IS NOT NULL"))

    def set_staged_person(self, row_id: int, person_json: str) -> None:
        self.db.conn.execute("UPDATE import_rows SET person_json=? WHERE id=?",
                             (person_json, row_id))


def case_numbers(db, person_ids: set[int]) -> dict[int, str]:
    """{person id: case number} of the persons given (the one-time passes at unlock name them
    in the audit trail)."""
    ids = sorted(person_ids)
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(db.conn.execute(
            f"SELECT id, case_no FROM persons WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return out
