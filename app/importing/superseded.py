"""Conflicts an earlier version of a list noted that its later version no longer makes: settled.

Version 1 of an NGO's list gave Hemdiye's village as Herdan against the vault's Koço (noted on
her page); version 2, the sender's correction, says Koço. The conflict stayed on her page as if
the list still said Herdan. It is kept (her history stays) and marked superseded by the later
version that names her and no longer says it: the lawyer has nothing left to settle. A later
version that says it again (noted again, or counted as already noted) leaves it standing.
"""

from __future__ import annotations

import json

from app.importing.conflicts import conflict_key
from app.importing.fields import Field, stored_columns
from db.repositories.importing import ImportRepository


def _said(c: dict) -> tuple:
    """What a conflict says of whom, whatever the vault held then: the later version saying
    the same against a vault changed since still says it."""
    case_no, field, _, listed = conflict_key(c)
    return case_no, field, listed


def marked_superseded(repo: ImportRepository, conflicts: list[dict]) -> list[dict]:
    """conflicts ({batch, case_no, field, ...}, as conflicts_about gives them), each one a later
    version of its list no longer makes marked superseded_by {batch, file}: the last version
    after it (by the chain of versions each commit was weighed against) with a standing row of
    her, whose report neither notes it nor counts it as noted before."""
    if not conflicts:
        return conflicts
    # the later versions of these conflicts' lists only (same sender, else same file name)
    before = repo.versions_before({c.get("source") or "" for c in conflicts},
                                  {c["file"] for c in conflicts if not c.get("source")},
                                  min(c["batch"] for c in conflicts))
    if not before:
        return conflicts
    after: dict[int, list[int]] = {}
    for later, earlier in before.items():
        after.setdefault(earlier, []).append(later)
    naming = {case_no: repo.batches_naming_case(case_no)
              for case_no in {c["case_no"] for c in conflicts}}
    said_in: dict[int, set[tuple]] = {}
    out = []
    for c in conflicts:
        last = max(_descendants(after, c["batch"]) & naming[c["case_no"]], default=None)
        if last is None:
            out.append(c)
            continue
        if last not in said_in:
            said_in[last] = _said_by(repo, last)
        if _said(c) in said_in[last] or not _gives(repo, last, c["case_no"], c["field"]):
            # said again, or not said at all: a version without the column, or with her cell
            # blank, takes nothing back (a reported death is no less reported)
            out.append(c)
            continue
        b = repo.batch(last)
        out.append({**c, "superseded_by": {"batch": last, "file": b.file_name if b else ""}})
    return out


def _descendants(after: dict[int, list[int]], batch: int) -> set[int]:
    found, todo = set(), list(after.get(batch, []))
    while todo:
        b = todo.pop()
        if b not in found:
            found.add(b)
            todo += after.get(b, [])
    return found


def _said_by(repo: ImportRepository, batch: int) -> set[tuple]:
    """What a batch's report says against the vault: noted, or already noted before."""
    b = repo.batch(batch)
    report = json.loads((b.report_json if b else "") or "{}")
    return {_said(c) for c in [*report.get("conflicts", []),
                               *report.get("conflicts_noted_before", [])]}


# The columns (fields of a mapping) that give each conflict's field (a record's attribute).
_COLUMNS = {"origin_village": (Field.VILLAGE,), "birth": (Field.BIRTH, Field.AGE),
            "rescue_date": (Field.RESCUE_DATE, Field.STATUS),
            "given": (Field.GIVEN, Field.FULL_NAME), "father": (Field.FATHER, Field.FULL_NAME),
            "grandfather": (Field.GRANDFATHER, Field.FULL_NAME),
            "family": (Field.FAMILY, Field.FULL_NAME)}


def _gives(repo: ImportRepository, batch: int, case_no: str, field: str) -> bool:
    """Whether batch's row of her (case_no) has a cell filled in a column giving field."""
    b = repo.batch_head(batch)
    if b is None:
        return False
    try:
        wanted = _COLUMNS.get(field) or (Field(field),)
    except ValueError:
        return True  # a field no column names: as before, its absence from the report counts
    went = repo.persons_by_row_key(batch)
    cases = repo.case_numbers(set(went.values()))
    keys = repo.row_keys(batch)
    rows = [keys[k][0] for k, pid in went.items() if cases.get(pid) == case_no and k in keys]
    return bool(rows_filling(repo, b, wanted, rows))


def rows_filling(repo: ImportRepository, b, fields: tuple[Field, ...], rows: list[int]
                 ) -> set[int]:
    """Those of rows (numbers) of batch b with a cell filled in a column b's mapping reads as
    one of fields, read from the row's values as the list wrote them (a batch committed at
    once keeps them in its provenance only)."""
    labels = [label for label, f in stored_columns(b.mapping_json).items() if f in fields]
    if not labels or not rows:
        return set()
    return {n for n, raw in repo.raw_values(b.id, sorted(rows)).items()
            if any(str(json.loads(raw or "{}").get(label) or "").strip() for label in labels)}
