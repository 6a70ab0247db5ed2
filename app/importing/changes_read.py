"""Two versions of a list compared as read: a ditto mark as the value it repeated, and said so."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.importing.ditto import batch_dittos, has_dittos_kept, read_again, read_cells, unread
from app.importing.fields import Field, stored_columns
from app.importing.pieces import Quoted, Said
from db.repositories.importing import BatchRecord, ImportRepository

# How a version's dittos are known: as its import read them (kept with its batch), read again
# from its stored rows in order (an import from before readings were kept), or not at all (its
# rows are not all kept: a row above a ditto may be gone).
KEPT, AGAIN, UNREAD = "kept", "again", "unread"

DITTO_OF = "%1 (a ditto of row %2)"
DITTO_OF_AGAIN = "%1 (a ditto of row %2, read again: that import kept no reading of it)"
DITTO_NO_ROW = "%1 (a ditto with no row above it to repeat)"
DITTO_UNREAD = ("%1 (a ditto mark, not read: that import kept no reading of it, nor every row "
                "above it)")
TEMPLATES = (DITTO_OF, DITTO_OF_AGAIN, DITTO_NO_ROW, DITTO_UNREAD)


@dataclass(frozen=True)
class Readings:
    """What a version's dittos were read as ({label: {row: [said, row above, value]}}:
    batch_dittos), how that is known (KEPT, AGAIN, UNREAD), and its columns' fields."""

    found: dict[str, dict[str, list]]
    how: str
    fields: dict[str, Field]

    def rows(self) -> set[int]:
        """The rows with a ditto read."""
        return {int(n) for rows in self.found.values() for n in rows}


def readings_of(mapping_json: str) -> Readings:
    """The readings a version's mapping keeps, as its batch stores it (ditto.with_dittos)."""
    return Readings(batch_dittos(mapping_json), KEPT, stored_columns(mapping_json))


def readings_then(repo: ImportRepository, b: BatchRecord, raws: dict[int, str]) -> Readings:
    """The last version's readings: kept with it; else, where one of its rows compared (raws:
    {row: raw JSON}) holds a ditto mark, read again from all its rows in order, or UNREAD when
    they are not all kept (a lean batch's skipped rows, rows erased with her record)."""
    fields = stored_columns(b.mapping_json)
    if has_dittos_kept(b.mapping_json) or not any(
            unread(json.loads(raw or "{}"), fields) for raw in raws.values()):
        return Readings(batch_dittos(b.mapping_json), KEPT, fields)
    rows = repo.rows(b.id)
    raw = repo.raw_values(b.id, [r.row_number for r in rows])
    if len(rows) != b.rows_read or len(raw) != len(rows):
        return Readings({}, UNREAD, fields)
    return Readings(read_again([(r.row_number, json.loads(raw[r.row_number]),
                                 r.outcome == "rejected") for r in rows], fields), AGAIN, fields)


def cells_as_read(raw_json: str, n: int, readings: Readings) -> tuple[dict, dict[str, dict]]:
    """Row n's cells as read, and {label: {said, row, how}} of its dittos (row: the row it
    repeated; None for none above it, or not read)."""
    cells = json.loads(raw_json or "{}")
    out, found = read_cells(cells, n, readings.found)
    said = {label: {"said": s, "row": row, "how": readings.how} for label, (s, row) in found.items()}
    if readings.how == UNREAD:
        said.update({label: {"said": cells[label].strip(), "row": None, "how": UNREAD}
                     for label in unread(cells, readings.fields)})
    return out, said


def value_said(value: str, ditto: dict | None) -> object:
    """A cell's value as compared, in pieces: 'حردان' (a ditto of row 2) for a ditto."""
    if not ditto:
        return Quoted(value)
    if ditto.get("how") == UNREAD:
        return Said(DITTO_UNREAD, Quoted(ditto.get("said", value)))
    if ditto.get("row") is None:
        return Said(DITTO_NO_ROW, Quoted(value))
    return Said(DITTO_OF_AGAIN if ditto.get("how") == AGAIN else DITTO_OF, Quoted(value),
                ditto["row"])
