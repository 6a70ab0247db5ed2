"""Rows that wait for the lawyer's own word: no bulk decision, nor one carried from another row.

A row withdrawn from a woman in an earlier version of the list, and a row she skipped by hand
whose cells changed since, wait for her decision also with --yes (withdrawn_then.py,
skipped_then.py). `review --all create` made the one a second record of the woman it was taken
back from; `--all` of either kind, or a decision for another row of the same woman carried to
it, decided what only she may. Such a row stays waiting, said with how many and why, until
decided by its own number.
"""

from __future__ import annotations

from app.importing.skipped_then import skip_said
from app.importing.withdrawn_then import withdrawn_from
from db.repositories.importing import StagedRowRecord

WITHDRAWN = "withdrawn"  # taken back from a woman in an earlier version of the list
SKIPPED_CHANGED = "skipped_changed"  # skipped by hand in the last version, changed since
# why, in words, where a decision for another row of her is not carried to it (same_woman.carry)
HELD_SAID = {WITHDRAWN: "it was withdrawn from a woman in an earlier version of this list: "
                        "only its own decision takes it",
             SKIPPED_CHANGED: "it was skipped by hand in an earlier version of this list and "
                              "changed since: only its own decision takes it"}


def held_why(r: StagedRowRecord) -> str | None:
    """WITHDRAWN or SKIPPED_CHANGED for a row only its own decision may decide, else None."""
    if r.outcome == "rejected":
        return None
    if withdrawn_from(r.match_explain) is not None:
        return WITHDRAWN
    if skip_said(r) == "":
        return SKIPPED_CHANGED
    return None


def held_rows(rows: list[StagedRowRecord]) -> list[dict]:
    """[{row, why, batch, from_row, case_no}] of the rows held from a bulk decision: the
    withdrawal or the skip by hand each names (batch and row of the earlier version)."""
    out = []
    for r in rows:
        why = held_why(r)
        if why == WITHDRAWN:
            w = withdrawn_from(r.match_explain) or {}
            out.append({"row": r.row_number, "why": why, "batch": w.get("batch"),
                        "from_row": w.get("row"), "case_no": w.get("case_no", "")})
        elif why == SKIPPED_CHANGED:
            out.append({"row": r.row_number, "why": why, **_skipped_at(r), "case_no": ""})
    return out


def _skipped_at(r: StagedRowRecord) -> dict:
    """The batch and row of the row skipped by hand that r's note names."""
    from app.importing import notes

    for n in notes.loads(r.warnings_json):
        said = getattr(n, "said", None)
        if said is not None and said.template == notes.SKIPPED_THEN_CHANGED:
            return {"batch": int(said.values[0]), "from_row": int(said.values[1])}
    return {"batch": None, "from_row": None}


def held_text(h: dict) -> str:
    """Why a held row (held_rows) waits, in words: 'withdrawn from SNJ-00001 in an earlier
    version of this list (batch 1, row 2)'."""
    at = f"(batch {h['batch']}, row {h['from_row']})"
    if h["why"] == WITHDRAWN:
        whom = f" from {h['case_no']}" if h["case_no"] else ""
        return f"withdrawn{whom} in an earlier version of this list {at}"
    return f"skipped by hand in an earlier version of this list {at}, changed since"
