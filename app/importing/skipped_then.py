"""A row the lawyer skipped by hand, in the list's next version: skipped again when it is the same.

`review B --row N --decide skip` (in review, or after `--withdraw`: a heading read as a person,
«مناطق اخرى»; or her sister's row, a probable match with her) says the row is no one to import.
The next version of the list holds it again; fitting no one, it was made a new person by the
names, her word thrown away with every version; fitting a vault record, it waited again at each
version (or `--yes` made it a second record of that woman). The same row, cell for cell, is
skipped again, whatever it fits now, said on the row and in the report; a row of the same names
whose cells changed and fits no one waits for a decision, also with --yes (one that fits someone
waits as its match says, a withdrawn row's as withdrawn_then.py says). A row skipped again so is
skipped by the version after it too (its note names the row skipped by hand)."""

from __future__ import annotations

import json

from app.importing import notes
from app.importing.decisions import decided
from db.repositories.importing import BatchRecord, ImportRepository, StagedRowRecord


def skipped_by_hand(session, repo: ImportRepository, previous: BatchRecord
                    ) -> dict[str, tuple[int, int, str]]:
    """{row key: (batch, row, row hash)} of the rows of previous (the list's last version) that
    stand skipped by the lawyer's hand: decided skip in review, or again after a withdrawal,
    or skipped again so from an earlier version (batch and row are then that version's)."""
    from app.importing.withdraw import withdrawals  # withdraw imports the commit, which this

    by_hand = {d["row"] for d in decided(session, previous.id)[0] if d["decision"] == "skip"}
    last: dict[int, dict] = {}
    for w in withdrawals(session, previous.id):
        last[w["row"]] = w
    # decided onto someone after a withdrawal, or withdrawn and left: not skipped by hand
    by_hand -= {n for n, w in last.items() if w["again"] is None or w["again"]["decision"] != "skip"}
    by_hand |= {n for n, w in last.items() if w["again"] and w["again"]["decision"] == "skip"}
    skipped = {s.get("row") for s in json.loads(previous.report_json or "{}").get("skipped", [])}
    out: dict[int, tuple[int, int]] = dict.fromkeys(by_hand)
    for r in repo.rows_numbered(previous.id, sorted(skipped - by_hand)):
        if (then := _skipped_then(r)) is not None:
            out[r.row_number] = then
    if not out:
        return {}
    rows = repo.rows_numbered(previous.id, sorted(out))
    keys = [r.row_key for r in rows if r.row_key]
    return {r.row_key: (*(out[r.row_number] or (previous.id, r.row_number)), r.row_hash)
            for r in rows if r.row_key and keys.count(r.row_key) == 1}


def _skipped_then(r: StagedRowRecord) -> tuple[int, int] | None:
    """The row skipped by hand that r was skipped again for (its note), or None."""
    for n in notes.loads(r.warnings_json):
        said = getattr(n, "said", None)
        if said is not None and said.template == notes.SKIPPED_THEN:
            return int(said.values[0]), int(said.values[1])
    return None


def keep_skipped(rows: list[StagedRowRecord], skipped: dict[str, tuple[int, int, str]]) -> None:
    """Each row of this version that has the names of a row skipped by hand: the same cells, it
    is to be skipped again, whatever it fits now (her word on that very row stands); other
    cells and fitting no one, it waits (auto_decision reads the note). A list naming her twice
    says nothing of which row was skipped: left as it is."""
    if not skipped:
        return
    keys = [r.row_key for r in rows if r.outcome != "rejected"]
    for r in rows:
        then = skipped.get(r.row_key)
        if then is None or r.outcome == "rejected" or keys.count(r.row_key) != 1:
            continue
        if r.row_hash == then[2]:
            template = notes.SKIPPED_THEN
        elif r.outcome == "new":
            template = notes.SKIPPED_THEN_CHANGED
        else:  # changed, and fits someone: asked about as its match says
            continue
        r.warnings_json = notes.dumps([*notes.loads(r.warnings_json),
                                       notes.Note(template, then[0], then[1])])


def skip_said(r: StagedRowRecord) -> str | None:
    """"skip" for a row to be skipped again (whatever it fits), "" for a new one that waits,
    None for any other row."""
    if r.outcome == "rejected" or not r.warnings_json or "skipped by hand" not in r.warnings_json:
        return None
    for n in notes.loads(r.warnings_json):
        template = getattr(getattr(n, "said", None), "template", None)
        if template == notes.SKIPPED_THEN:
            return "skip"
        if template == notes.SKIPPED_THEN_CHANGED and r.outcome == "new":
            return ""
    return None


# The skipped row's reason in the report (commit.py), read back in pieces by report._skip_why.
SKIPPED_AGAIN = "skipped again: the same row as batch %1, row %2, skipped by hand"


def skip_why(r: StagedRowRecord) -> str:
    """Why the commit skipped a row decided skip: by the lawyer now, or again as she did then."""
    for n in notes.loads(r.warnings_json) if skip_said(r) == "skip" else ():
        said = getattr(n, "said", None)
        if said is not None and said.template == notes.SKIPPED_THEN:
            return SKIPPED_AGAIN.replace("%1", str(said.values[0])).replace("%2", str(said.values[1]))
    return "decided: skip"
