"""The SQL of the list rows a deleted person takes with her: found, emptied, or set aside."""

from __future__ import annotations

from dataclasses import dataclass

from db.database import Database


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _marks(items: list) -> str:
    return ", ".join("?" * len(items))


@dataclass(frozen=True)
class ListRow:
    """A row of a list, as a deletion weighs it: its list's state, what was decided for it, and
    whether it stands on a person other than those deleted (a line of its provenance)."""

    batch: int
    row: int
    state: str
    decision: str
    elsewhere: bool


class ErasureRowsRepository:
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
                f"AND person_id IN ({_marks(chunk)})", chunk).fetchall())
        return sorted(out)

    def _rows(self, where: str, args: list, person_ids: list[int]) -> list[ListRow]:
        # elsewhere: a standing provenance line to anyone else (an update redirected to the
        # record she had been merged into, a row decided again for another woman)
        ids = sorted(set(person_ids))
        return [ListRow(b, n, state, decision, bool(other)) for b, n, state, decision, other in
                self.db.conn.execute(
                    "SELECT r.batch_id, r.row_number, b.state, r.decision, EXISTS ("  # noqa: S608
                    "SELECT 1 FROM provenance p WHERE p.batch_id = r.batch_id "
                    "AND p.row_number = r.row_number AND p.withdrawn_at IS NULL "
                    f"AND p.person_id NOT IN ({_marks(ids)})) FROM import_rows r "
                    f"JOIN import_batches b ON b.id = r.batch_id WHERE {where}",
                    [*ids, *args])]

    def matched_to(self, person_ids: list[int]) -> list[ListRow]:
        """The rows of every list (imported, waiting or discarded) matched to one of these
        persons: through the index of matched rows (migration 8), never by reading every
        list's rows. Read before her deletion clears the link (ON DELETE SET NULL)."""
        out: list[ListRow] = []
        for chunk in _chunks(sorted(set(person_ids))):
            out += self._rows(f"r.match_person_id IN ({_marks(chunk)})", chunk, person_ids)
        return out

    def rows_in(self, batch_id: int, row_numbers: list[int],
                person_ids: list[int]) -> list[ListRow]:
        """These rows of a list, weighed as matched_to weighs them."""
        out: list[ListRow] = []
        for chunk in _chunks(sorted(set(row_numbers))):
            out += self._rows(f"r.batch_id = ? AND r.row_number IN ({_marks(chunk)})",
                              [batch_id, *chunk], person_ids)
        return out

    def following(self, batch_id: int, row_numbers: list[int],
                  person_ids: list[int]) -> list[ListRow]:
        """The rows of a list that matched, or go with, one of these rows of it: through the
        index of rows that go with another (migration 9)."""
        out: list[ListRow] = []
        for chunk in _chunks(sorted(set(row_numbers))):
            out += self._rows(f"r.batch_id = ? AND r.match_row_number IN ({_marks(chunk)})",
                              [batch_id, *chunk], person_ids)
        return out

    def keys_of_rows(self, batch_id: int, row_numbers: list[int]
                     ) -> list[tuple[int, str, str]]:
        """(row number, row_key, row_hash) of these rows of a batch."""
        out: list[tuple[int, str, str]] = []
        for chunk in _chunks(row_numbers):
            out += self.db.conn.execute(
                "SELECT row_number, row_key, row_hash FROM import_rows WHERE batch_id=? "  # noqa: S608
                f"AND row_number IN ({_marks(chunk)})", (batch_id, *chunk)).fetchall()
        return out

    def erase_rows(self, batch_id: int, rows: list[tuple[int, str, str]]) -> None:
        """Rows of an imported list (row number, key, hash) left with nothing of what the list
        said: no values, no person, no warnings quoting a cell, no match explanation; the key
        and hash given (one way, app/importing/erased_keys.py). Their decision and outcome
        stay: the report still accounts for every row, as one whose person was deleted."""
        self.db.conn.executemany(
            "UPDATE import_rows SET raw_json='{}', person_json=NULL, row_key=?, row_hash=?, "
            "warnings_json='[]', match_explain='' WHERE batch_id=? AND row_number=?",
            [(key, digest, batch_id, n) for n, key, digest in rows])

    def set_aside(self, batch_id: int, row_numbers: list[int], reason: str) -> None:
        """Rows of a list not imported (waiting or discarded) left with their number only, set
        aside among its rejected rows with this reason: no values, key, warning, match or
        decision. Rejected, no decision can bring them in: an empty row would be a person
        made of nothing, and a row of hers her record again."""
        self.db.conn.executemany(
            "UPDATE import_rows SET raw_json='{}', person_json=NULL, row_key='', row_hash='', "
            "warnings_json='[]', rejected=?, outcome='rejected', match_person_id=NULL, "
            "match_row_number=NULL, match_score=NULL, match_explain='', decision='' "
            "WHERE batch_id=? AND row_number=?", [(reason, batch_id, n) for n in row_numbers])
