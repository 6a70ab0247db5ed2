"""A row of the next version of a list, its cells the same as a row of the last, keeps that row's key.

A row of a list is known in the list's next version by its key (dedupe.name_identity), made of
its names as they are read. When the reading of names changes (an article read otherwise, a
name split otherwise: «Ur-Rahman, Nadia Ali»), the same row, cell for cell, read today gets
another key than it got when the last version was imported: it was no longer the row it was,
and became a second record of her without a question, reported removed and added. Its cells
say who it is: a row whose cells are those of a row of the last version (the same row_hash)
is that row, whatever today's reading says, so no change of the reading can do this again.
A row with a ditto mark now is left to its names: the same '"' may repeat another row above.
"""

from __future__ import annotations

from db.repositories.importing import ImportRepository, StagedRowRecord


def keys_as_then(repo: ImportRepository, batch_id: int, rows: list[StagedRowRecord],
                 dittos: set[int]) -> dict[int, str]:
    """Gives each row of rows whose cells are those of a row of batch batch_id (one key there)
    that row's key; returns {row number: its key as read today} of the rows it changed."""
    then = repo.keys_by_hash(batch_id)
    changed: dict[int, str] = {}
    for r in rows:
        if r.outcome == "rejected" or not r.row_key or r.row_number in dittos:
            continue
        keys = then.get(r.row_hash)
        if keys is None or len(keys) != 1:
            continue
        (key,) = keys
        if key != r.row_key:
            changed[r.row_number] = r.row_key
            r.row_key = key
    return changed


def keys_back(rows: list[StagedRowRecord], changed: dict[int, str]) -> None:
    """Today's keys again (keys_as_then's rows), where that batch was no version of this list."""
    for r in rows:
        if r.row_number in changed:
            r.row_key = changed[r.row_number]
