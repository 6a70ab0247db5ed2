"""Rows that wait for the lawyer's own word: no bulk decision, nor one carried from another row.

A row withdrawn from a woman in an earlier version of the list, a row she skipped by hand
whose cells changed since, and a name under the list's signature or total line wait for her
decision also with --yes (withdrawn_then.py, skipped_then.py, signed_below.py). `review --all
create` made the first a second record of the woman it was taken back from, and the last a
person of the man who signed the list; `--all` of any kind, or a decision for another row of
the same woman carried to it, decided what only she may. Such a row stays waiting, said with
how many and why, until decided by its own number.
"""

from __future__ import annotations

from app.importing.signed_below import signed_below, signed_text
from app.importing.skipped_then import skip_said
from app.importing.withdrawn_then import withdrawn_from
from db.repositories.importing import StagedRowRecord

WITHDRAWN = "withdrawn"  # taken back from a woman in an earlier version of the list
SKIPPED_CHANGED = "skipped_changed"  # skipped by hand in the last version, changed since
SIGNED = "signed_below"  # a name under the list's signature or total: the signer's, perhaps
# why, in words, where a decision for another row of her is not carried to it (same_woman.carry)
HELD_SAID = {WITHDRAWN: "it was withdrawn from a woman in an earlier version of this list: "
                        "only its own decision takes it",
             SKIPPED_CHANGED: "it was skipped by hand in an earlier version of this list and "
                              "changed since: only its own decision takes it",
             SIGNED: "it stands under the list's signature or total line, the signer's name "
                     "perhaps: only its own decision takes it"}


def held_why(r: StagedRowRecord) -> str | None:
    """WITHDRAWN, SKIPPED_CHANGED or SIGNED for a row only its own decision may decide, else
    None."""
    if r.outcome == "rejected":
        return None
    if withdrawn_from(r.match_explain) is not None:
        return WITHDRAWN
    if skip_said(r) == "":
        return SKIPPED_CHANGED
    if signed_below(r) is not None:
        return SIGNED
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
        elif why == SIGNED:  # from_row: the signature or total line above it, and its text
            line = signed_below(r) or (None, "")
            out.append({"row": r.row_number, "why": why, "batch": None, "from_row": line[0],
                        "line": line[1], "case_no": ""})
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
    if h["why"] == SIGNED:
        return signed_text((h["from_row"], h.get("line", "")))
    at = f"(batch {h['batch']}, row {h['from_row']})"
    if h["why"] == WITHDRAWN:
        whom = f" from {h['case_no']}" if h["case_no"] else ""
        return f"withdrawn{whom} in an earlier version of this list {at}"
    return f"skipped by hand in an earlier version of this list {at}, changed since"
