"""Births and statuses an earlier version's imports left unread or undated, and the rows that brought them."""

from __future__ import annotations

from db.database import Database
from db.repositories.date_texts import case_numbers

# A record that is part of a merge, either side: a merge remembers the dates it brought over
# and split gives back exactly those, so such records are left as they are.
# (Uncorrelated, so read once: merged_into has no index, and a vault has 100,000 records.)
_NOT_MERGED = ("p.merged_into IS NULL AND p.id NOT IN "
               "(SELECT merged_into FROM persons WHERE merged_into IS NOT NULL)")


class RereadRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def unread_births(self) -> list[tuple[int, str, str]]:
        """(person id, case number, text) of each birth kept as text with no date read from it,
        of records in no merge."""
        return list(self.db.conn.execute(
            "SELECT p.id, p.case_no, p.birth_text FROM persons p WHERE p.birth_earliest IS NULL "
            f"AND p.birth_latest IS NULL AND p.birth_text <> '' AND {_NOT_MERGED} ORDER BY p.id"))

    def dated_births(self) -> list[tuple[int, str, str, str | None, str | None]]:
        """(person id, case number, text, earliest, latest) of each birth with a date read from
        a short text, of records in no merge."""
        return list(self.db.conn.execute(
            "SELECT p.id, p.case_no, p.birth_text, p.birth_earliest, p.birth_latest FROM persons "
            "p WHERE p.birth_earliest IS NOT NULL AND p.birth_text <> '' "
            "AND length(p.birth_text) <= 24 "  # "about 20", "في حدود ٢٠": no longer
            f"AND {_NOT_MERGED} ORDER BY p.id"))

    def undated_statuses(self) -> list[tuple[int, int, str, str, str]]:
        """(event id, person id, note, recorded at, status) of each status event with no date
        at all, of records in no merge."""
        return list(self.db.conn.execute(
            "SELECT e.id, e.person_id, e.note, e.recorded_at, e.status FROM status_events e "
            "JOIN persons p "
            "ON p.id = e.person_id WHERE e.date_earliest IS NULL AND e.date_latest IS NULL "
            f"AND e.date_text = '' AND {_NOT_MERGED} ORDER BY e.id"))

    def list_rows(self, person_ids: set[int]) -> dict[int, list[tuple[str, str, str]]]:
        """{person id: [(raw values JSON, recorded at, the batch's mapping JSON)]}: the list
        rows that brought each person's values, in the order they were imported."""
        ids = sorted(person_ids)
        out: dict[int, list[tuple[str, str, str]]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for pid, raw, at, mapping in self.db.conn.execute(
                    "SELECT pr.person_id, pr.raw_json, pr.recorded_at, "
                    "coalesce(b.mapping_json, '{}') FROM provenance pr LEFT JOIN import_batches b "
                    f"ON b.id = pr.batch_id WHERE pr.person_id IN ({','.join('?' * len(chunk))}) "
                    "AND pr.batch_id IS NOT NULL ORDER BY pr.id", chunk):
                out.setdefault(pid, []).append((raw, at, mapping))
        return out

    def set_birth(self, person_id: int, row: tuple[str | None, str | None, str]) -> None:
        self.db.conn.execute("UPDATE persons SET birth_earliest=?, birth_latest=?, birth_text=? "
                             "WHERE id=?", (*row, person_id))

    def set_status_date(self, event_id: int, row: tuple[str | None, str | None, str],
                        recorded_at: str) -> None:
        self.db.conn.execute("UPDATE status_events SET date_earliest=?, date_latest=?, "
                             "date_text=?, recorded_at=? WHERE id=?", (*row, recorded_at, event_id))

    def staged_rows(self) -> list[tuple[int, str, str, str]]:
        """(row id, person JSON, the day the batch was staged, its mapping JSON) of the rows of
        batches still waiting for their commit."""
        return list(self.db.conn.execute(
            "SELECT r.id, r.person_json, b.created_at, b.mapping_json FROM import_rows r "
            "JOIN import_batches b ON b.id = r.batch_id WHERE b.state = 'staged' "
            "AND r.person_json IS NOT NULL"))

    def set_staged_person(self, row_id: int, person_json: str) -> None:
        self.db.conn.execute("UPDATE import_rows SET person_json=? WHERE id=?",
                             (person_json, row_id))

    def case_numbers(self, person_ids: set[int]) -> dict[int, str]:
        return case_numbers(self.db, person_ids)
