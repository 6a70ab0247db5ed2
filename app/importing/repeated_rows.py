"""A row that repeats an earlier row of the list cell for cell, both certain matches with one
vault woman: a repeat of that row, as a repeat of a row that makes a new person is."""

from __future__ import annotations

from app.matching.score import score_persons
from db.repositories.importing import StagedRowRecord


def as_repeats(rows: list[StagedRowRecord]) -> None:
    """Each such row is taken as a repeat of the first row of those cells (in place). It went
    to her own record directly (the vault wins a tie with an earlier row), and the report
    said "matched SNJ-00004, nothing new", counted unchanged, where the same repeat of a new
    woman's row was "repeat of row 3", counted with the rows the same as an earlier row."""
    first: dict[tuple[str, int], StagedRowRecord] = {}
    for r in rows:
        if r.outcome != "certain" or r.match_person_id is None or r.person is None \
                or not r.row_hash:
            continue
        key = (r.row_hash, r.match_person_id)
        lead = first.setdefault(key, r)
        if lead is r:
            continue
        s = score_persons(r.person, lead.person)
        r.match_person_id, r.match_row_number = None, lead.row_number
        r.match_score, r.match_explain = round(s.score, 3), s.summary()
