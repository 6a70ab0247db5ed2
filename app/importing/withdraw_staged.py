"""Rows of lists waiting for review matched to a record a withdrawal deletes: matched again, asked.

A withdrawn row that had created a woman's record deletes that record (withdraw.py). A row of
another list, staged and not imported yet, matched to her (to update her, skip her, or waiting)
was left pointing at no one: "a person deleted since" with no saying why, still certain, and
decided as it was. Now it is matched again against the vault as it is after the deletion (the
woman may be another record, or no one yet), waits for a decision, and says why in its
warnings. Her case number is not written there: a deletion may be made to protect her.
A row decided to be a new person (not her) stays as decided. Runs inside the withdrawal's
transaction.
"""

from __future__ import annotations

from app.importing import notes
from app.importing.dedupe import RowMatcher, vault_prefixes
from app.importing.same_woman import wait_again
from app.importing.staged import person_from_json
from app.matching_service import NEARBY_ROWS
from db.repositories.erasure_rows import ErasureRowsRepository
from db.repositories.importing import ImportRepository, StagedRowRecord


def waiting_on(session, repo: ImportRepository, person_ids: list[int]
               ) -> list[tuple[int, StagedRowRecord]]:
    """The rows of staged lists matched to these records and not decided to be someone new:
    read before the deletion clears their match."""
    out = []
    for r in ErasureRowsRepository(session.db).matched_to(person_ids):
        if r.state != "staged" or r.decision == "create":
            continue
        row = repo.row(r.batch, r.row)
        if row is not None and row.outcome != "rejected":
            out.append((r.batch, row))
    return out


def match_again(session, repo: ImportRepository, rows: list, batch_id: int,
                row_number: int) -> list[dict]:
    """After the deletion: each row (batch, row) matched again and waiting for a decision, its
    warning saying the record it was matched to was deleted by the withdrawal of row
    row_number of batch batch_id. Returns [{batch, row, now: the case number it is matched to
    now or None, outcome}], for the withdrawal to say."""
    if not rows:
        return []
    people = [person_from_json(r.person_json) for _, r in rows if r.person_json]
    # a few rows: only the records they can meet, as staging a short list reads them
    vault = session.matching.persons_near(people) if len(people) <= NEARBY_ROWS else None
    if vault is None:
        vault = {p.id: p for p in session.matching.repo.iter_for_matching()}
    matcher = RowMatcher(vault.values(), session.matching.with_merged(vault),
                         prefix=session.case_prefix, prefixes=vault_prefixes(session))
    out = []
    for b, row in rows:
        m = matcher.match(person_from_json(row.person_json), None) if row.person_json else None
        wait_again(repo, b, row)  # the rows that went with it as the same woman wait too
        said = notes.dumps([*notes.loads(row.warnings_json),
                            notes.Note(notes.RECORD_WITHDRAWN, row_number, batch_id)])
        outcome = "new" if m is None else "certain" if m.certain else "probable"
        repo.match_again(b, row.row_number, outcome, m.person_id if m else None,
                         round(m.score, 3) if m else None, m.explain if m else "", said)
        out.append({"batch": b, "row": row.row_number, "outcome": outcome,
                    "now": session.persons.get_by_id(m.person_id).case_no if m else None})
    return out
