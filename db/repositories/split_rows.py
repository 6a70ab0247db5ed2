"""The list rows that went to a record while another was merged into it: read and moved at a split."""

from __future__ import annotations

import json
from dataclasses import dataclass

from db.database import Database


@dataclass(frozen=True)
class RowOn:
    """A list row standing on a record: its provenance line (None for a list not imported yet,
    whose row is only matched to her), and what the row's match said when it was read."""

    line: int | None
    batch_id: int
    row_number: int
    outcome: str
    decision: str
    match_explain: str
    row_key: str
    at: str  # when it went to her: the commit's, or the staging's for a list not imported


class SplitRowsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def lines_since(self, person_id: int, since: str, until: str | None = None) -> list[RowOn]:
        """The rows of imported lists that went to this record at or after `since` (and at or
        before `until`): her standing provenance lines, with their rows. Whole seconds both:
        a row committed in the second of the merge is among them."""
        upto = " AND p.recorded_at <= ?" if until else ""
        return [RowOn(*r) for r in self.db.conn.execute(
            "SELECT p.id, r.batch_id, r.row_number, r.outcome, r.decision, r.match_explain, "
            "r.row_key, p.recorded_at FROM provenance p JOIN import_rows r ON r.batch_id = p.batch_id "
            "AND r.row_number = p.row_number WHERE p.person_id = ? AND p.withdrawn_at IS NULL "
            f"AND p.recorded_at >= ?{upto} ORDER BY r.batch_id, r.row_number",
            (person_id, since, *((until,) if until else ())))]

    def waiting_since(self, person_id: int, since: str) -> list[RowOn]:
        """The rows of lists not imported yet, read at or after `since`, matched to her."""
        return [RowOn(None, *r) for r in self.db.conn.execute(
            "SELECT r.batch_id, r.row_number, r.outcome, r.decision, r.match_explain, r.row_key, "
            "b.created_at FROM import_rows r JOIN import_batches b ON b.id = r.batch_id "
            "WHERE r.match_person_id = ? AND b.state = 'staged' AND b.created_at >= ? "
            "ORDER BY r.batch_id, r.row_number", (person_id, since))]

    def person_of_row(self, batch_id: int, row_number: int) -> int | None:
        """The record a row of an imported list stands on (its standing provenance line)."""
        row = self.db.conn.execute(
            "SELECT person_id FROM provenance WHERE batch_id = ? AND row_number = ? "
            "AND withdrawn_at IS NULL ORDER BY id DESC LIMIT 1", (batch_id, row_number)).fetchone()
        return row[0] if row else None

    def person_of_case(self, case_no: str) -> int | None:
        row = self.db.conn.execute("SELECT id FROM persons WHERE case_no = ?",
                                   (case_no,)).fetchone()
        return row[0] if row else None

    def row_of_key(self, batch_id: int, row_key: str) -> int | None:
        """The row of a batch that holds these names, when one row only does."""
        rows = self.db.conn.execute(
            "SELECT row_number FROM import_rows WHERE batch_id = ? AND row_key = ? "
            "AND rejected = '' LIMIT 2", (batch_id, row_key)).fetchall() if row_key else []
        return rows[0][0] if len(rows) == 1 else None

    def move(self, row: RowOn, from_id: int, to_id: int) -> None:
        """The row stands on to_id now: its provenance line, and its match where it named
        from_id (a committed row's match is what the next version's comparison reads)."""
        if row.line is not None:
            self.db.conn.execute("UPDATE provenance SET person_id = ? WHERE id = ?",
                                 (to_id, row.line))
        self.db.conn.execute(
            "UPDATE import_rows SET match_person_id = ? WHERE batch_id = ? AND row_number = ? "
            "AND match_person_id = ?", (to_id, row.batch_id, row.row_number, from_id))

    def last_split(self, merged_id: int) -> dict:
        """What the merge row keeps of the last merge of this record split since ({} if none)."""
        row = self.db.conn.execute(
            "SELECT added FROM merges WHERE merged_id = ? AND split_at IS NOT NULL "
            "ORDER BY id DESC LIMIT 1", (merged_id,)).fetchone()
        return json.loads(row[0]) if row else {}

    def splits_unweighed(self) -> list[tuple[int, int, int, str, str, dict]]:
        """(merge id, record kept, record split out, merged_at, split_at, what the merge row
        keeps) of the merges split before splits weighed the list rows (no 'rows' kept)."""
        return [(i, s, m, at, split, added) for i, s, m, at, split, added in (
            (r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in self.db.conn.execute(
                "SELECT id, survivor_id, merged_id, merged_at, split_at, added FROM merges "
                "WHERE split_at IS NOT NULL ORDER BY id")) if "rows" not in added]

    def splits(self) -> dict[int, list[tuple[int, str, str, dict]]]:
        """{record kept: [(record split out, merged_at, split_at, what the merge row keeps)]}
        of every merge split since: few, read once for a whole list."""
        out: dict[int, list] = {}
        for survivor, merged, merged_at, split_at, added in self.db.conn.execute(
                "SELECT survivor_id, merged_id, merged_at, split_at, added FROM merges "
                "WHERE split_at IS NOT NULL ORDER BY id"):
            out.setdefault(survivor, []).append((merged, merged_at, split_at, json.loads(added)))
        return out
