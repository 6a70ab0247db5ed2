"""A row the lawyer withdrew from a woman, in the list's next version: it waits, also with --yes.

`review B --row N --withdraw` takes a row back from the woman it was put on (her sister's row, a
certain match that was not her); left withdrawn or decided skip, it went to no one. The list's
next version still holds it: matched by its names alone it went back to her as a certain match,
or, a probable one, `import --yes` made it a second record of a woman already known (said only
as a possible duplicate). Such a row now waits for a decision, whatever its match, its reason
naming the withdrawal; skipped again, the version after it asks the same. A row decided again
onto a person (update, create) goes where that decision sent it (ImportService._as_last_time).
"""

from __future__ import annotations

import json
import re

from app.importing.dedupe import with_note
from app.importing.skipped_then import skip_said
from db.repositories.importing import BatchRecord, ImportRepository, StagedRowRecord

WITHDRAWN_THEN = "withdrawn in an earlier version of this list"
_ASKED = "put on no one since: it waits for a decision, also with --yes"
_AT = re.compile(re.escape(WITHDRAWN_THEN) + r" \(batch (\d+), row (\d+)\)(?: from (\S+))? on "
                 r"(\d{4}-\d{2}-\d{2}), " + re.escape(_ASKED))


def withdrawn_note(batch: int, row: int, case_no: str, day: str) -> str:
    """'withdrawn in an earlier version of this list (batch 1, row 2) from SNJ-00001 on
    2026-12-06, put on no one since: it waits for a decision, also with --yes'. No case
    number where the withdrawal deleted the record the row had made (a deletion may be made
    to protect her)."""
    whom = f" from {case_no}" if case_no else ""
    return f"{WITHDRAWN_THEN} (batch {batch}, row {row}){whom} on {day}, {_ASKED}"


def withdrawn_from(explain: str) -> dict | None:
    """The withdrawal a row's explanation names: {batch, row, case_no, day}, or None."""
    m = _AT.search(explain or "")
    return None if m is None else {"batch": int(m[1]), "row": int(m[2]), "case_no": m[3] or "",
                                   "day": m[4]}


def taken_back(session, repo: ImportRepository, previous: BatchRecord) -> dict[str, str]:
    """{row key: its note} of the rows of previous (the list's last version) that stand on no
    one because the lawyer took them back: withdrawn since its commit and not decided onto a
    person again, or skipped there while waiting for this very reason (its note carried on)."""
    # withdraw imports the same-woman rows, which read withdrawn_from here (held.py)
    from app.importing.withdraw import withdrawals

    last: dict[int, dict] = {}
    for w in withdrawals(session, previous.id):
        last[w["row"]] = w  # the last withdrawal of each row
    notes: dict[int, str] = {
        n: withdrawn_note(previous.id, n, "" if w["deleted"] else w["case_no"], w["at"][:10])
        for n, w in last.items()
        if w["again"] is None or w["again"]["decision"] == "skip"}
    skipped = [s.get("row") for s in json.loads(previous.report_json or "{}").get("skipped", [])]
    for r in repo.rows_numbered(previous.id, sorted({n for n in skipped if n not in notes})):
        if (then := withdrawn_from(r.match_explain)) is not None:
            notes[r.row_number] = withdrawn_note(then["batch"], then["row"], then["case_no"],
                                                 then["day"])
    if not notes:
        return {}
    rows = repo.rows_numbered(previous.id, sorted(notes))
    keys = [r.row_key for r in rows if r.row_key]
    return {r.row_key: notes[r.row_number] for r in rows
            if r.row_key and keys.count(r.row_key) == 1}


def hold(rows: list[StagedRowRecord], taken: dict[str, str]) -> None:
    """Each row of this version whose names are those of a row taken back and that fits
    someone now (a vault record, certain or probable; or, probable, an earlier row of this
    list): it waits, its reason naming the withdrawal; the list naming her twice, each row
    so. A repeat of an earlier row goes with that row, which waits. A row that fits no one is
    left as it is: no woman known is doubled by it; nor is a row she skipped by hand since,
    the same again: skipped again (skipped_then.py, run first)."""
    for r in rows:
        note = taken.get(r.row_key) if taken else None
        if note is None or skip_said(r) == "skip" or not (r.outcome == "probable" or (
                r.outcome == "certain" and r.match_person_id is not None)):
            continue
        r.outcome = "probable"
        r.match_explain = with_note(r.match_explain, note)
