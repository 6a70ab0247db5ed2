"""Each row of an imported list beside the case number it made or updated, for the paper list.

After an import the lawyer tells each family which case number their row now is, and writes
it on the list: the report's counts do not say it. Computed when the report is asked for, from
the staged rows and the standing provenance lines (which row went to which person), never
stored with the report: a row withdrawn since, or decided again, shows as it is now, and the
report's JSON keeps naming only the persons its conflicts are about (reports_naming).
"""

from __future__ import annotations

import json

from app.importing import names_kept
from app.importing.changes import listed_name, name_columns
from app.importing.erased_keys import erased_row
from app.importing.notes import Note, restored
from app.importing.report import NO_PERSON, needs_decision
from app.importing.staged import person_from_json
from db.repositories.importing import BatchRecord, ImportRepository, StagedRowRecord

# What became of a row (its "result"). The first six are the words the report's counts use.
CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
REPEAT, SKIPPED, REJECTED = "same_as_earlier_row", "skipped", "rejected"
# Went to a person the vault holds; whether it changed her was not recorded (a batch
# imported by a version before rows were reported).
MATCHED = "matched"
WAITING = "waiting"        # staged and undecided
DECIDED = "decided"        # staged and decided, not imported yet: no case number yet
WITHDRAWN = "withdrawn"    # taken back from its person since (review --withdraw); waits again
GONE = "person_deleted"    # imported, but its person has been deleted since
DISCARDED = "discarded"    # the staged batch was dropped: nothing of it is in the vault


def row_cases(repo: ImportRepository, b: BatchRecord, rows: list[StagedRowRecord],
              report: dict, withdrawn: list[dict] | None = None) -> list[dict]:
    """One entry per row of the list, in the list's order: {row, name, result, case_no, same_as_row,
    withdrawn_from, reason, decision, erased, kept_as, kept_against}. case_no only where the row stands in
    the vault on a person now; reason only for a rejected row (a Note: the desktop says it in its own
    words); same_as_row for a repeat of an earlier row; withdrawn_from the case number a withdrawal took
    the row back from; erased whether a person's deletion erased the row's values (app/erasure_rows.py);
    kept_as the record case_no is merged into since, if it is; kept_against what the row said that the
    vault did not take (kept_against); names_kept, where the row spelt her names otherwise and
    an update kept hers (names_kept.by_row). withdrawn: app.importing.withdraw.withdrawals."""
    names = _names(repo, b, rows)
    links = repo.persons_of_rows(b.id, [r.row_number for r in rows]) \
        if b.state == "committed" else {}
    cases = repo.case_numbers(set(links.values()))
    # a record merged into another since: the row's woman is found under that one now
    kept = repo.kept_as(set(links.values()))
    stored = report.get("unchanged_rows")
    unchanged = set(stored) if stored is not None else None
    last_withdrawal = {w["row"]: w for w in withdrawn or []}
    # the rows the commit skipped (a report of an earlier version may not say: None)
    skipped = {s["row"] for s in report["skipped"]} if "skipped" in report else None
    against = kept_against(report)
    spelt = names_kept.by_row(report)
    out = []
    for r in rows:
        pid = links.get(r.row_number)
        entry = {"row": r.row_number, "name": names.get(r.row_number, ""),
                 "result": "", "case_no": cases.get(pid) if pid else None,
                 "same_as_row": None, "withdrawn_from": None, "reason": "",
                 "decision": r.decision or None, "erased": erased_row(r),
                 "kept_as": kept.get(pid) if pid else None,
                 "kept_against": against.get(r.row_number, [])}
        if r.outcome == "rejected":
            entry.update(result=REJECTED, reason=restored(r.rejected), decision=None)
        elif b.state == "discarded":
            entry["result"] = DISCARDED
        elif b.state == "staged":
            entry["result"] = WAITING if needs_decision(r) else DECIDED
            if r.decision == "same_as_row":
                entry["same_as_row"] = r.match_row_number
        else:
            entry.update(_committed(r, pid, unchanged, last_withdrawal.get(r.row_number),
                                    skipped))
        # a row withdrawn since took its spelling back with it: its names kept are no more
        if spelt.get(r.row_number) and entry["case_no"] and not entry["withdrawn_from"]:
            entry["names_kept"] = spelt[r.row_number]
        out.append(entry)
    _leads_withdrawn(out)
    return out


def _leads_withdrawn(entries: list[dict]) -> None:
    """A repeat whose earlier row was withdrawn since and went elsewhere stays where the commit
    put it (the withdrawal's note says so): marked lead_withdrawn, not said to repeat a row that
    names another woman now."""
    by_row = {e["row"]: e for e in entries}
    for e in entries:
        lead = by_row.get(e["same_as_row"]) if e["result"] == REPEAT else None
        if lead is not None and lead["withdrawn_from"] and lead["case_no"] != e["case_no"]:
            e["lead_withdrawn"] = True


def kept_against(report: dict) -> dict[int, list[dict]]:
    """What each row said of her that the vault did not take, by row: {field, vault, list}
    (read_as, list_status where the conflict has them). A row that matched her and "told
    nothing new" may have said another village: said in the report's own line only, the row
    read "nothing new" in the rows CSV the lawyer opens. A conflict an earlier import noted
    already (not noted again) is still what this row says; one of a row withdrawn since, or
    settled by a withdrawal, is said of her no longer (report_now.py)."""
    out: dict[int, list[dict]] = {}
    standing = [c for c in report.get("conflicts") or []
                if not c.get("withdrawn") and not c.get("settled")]
    for c in standing + list(report.get("conflicts_noted_before") or []):
        said = {k: c[k] for k in ("field", "vault", "list", "read_as", "list_status") if k in c}
        if said not in out.setdefault(c["row"], []):
            out[c["row"]].append(said)
    return out


def _committed(r: StagedRowRecord, pid: int | None, unchanged: set[int] | None,
               withdrawal: dict | None, skipped: set[int] | None = None) -> dict:
    """What the commit (or a decision taken again after a withdrawal) made of a row.
    skipped: the rows the commit skipped, as its report says (None: not said)."""
    if withdrawal is not None:
        again = withdrawal["again"]
        out = {"withdrawn_from": withdrawal["case_no"]}
        if again is None:  # taken back, and waiting to be decided again
            return {**out, "result": WITHDRAWN, "decision": None}
        result = {"create": CREATED, "skip": SKIPPED}.get(again["decision"])
        if result is None:  # an update: the trail says whether it changed her
            changed = again.get("changed")
            result = MATCHED if changed is None else UPDATED if changed else UNCHANGED
        if result != SKIPPED and pid is None:
            result = GONE
        return {**out, "result": result, "decision": again["decision"]}
    if r.decision == "skip":
        return {"result": SKIPPED}
    if r.decision == "same_as_row":
        # a repeat of a row that was skipped was skipped with it (commit.py); one that went
        # to the person of its row went with her when she was deleted, and is no skip
        gone = pid is None and skipped is not None and r.row_number not in skipped
        return {"result": REPEAT if pid is not None else GONE if gone else SKIPPED,
                "same_as_row": r.match_row_number}
    if pid is None:  # its provenance line went with the person deleted
        return {"result": GONE}
    if r.decision == "create":
        return {"result": CREATED}
    if unchanged is None:
        return {"result": MATCHED}
    return {"result": UNCHANGED if r.row_number in unchanged else UPDATED}


def _names(repo: ImportRepository, b: BatchRecord, rows: list[StagedRowRecord]
           ) -> dict[int, str]:
    """Each row's name as the list wrote it: its name cells in the list's column order. A batch
    imported at once keeps a row's values in its provenance line, not in the staged row."""
    labels = name_columns(b.mapping_json)
    lean = [r.row_number for r in rows if r.raw_json in ("", "{}")]
    raw = repo.raw_values(b.id, lean) if lean else {}
    out = {}
    for r in rows:
        text = raw.get(r.row_number, r.raw_json)
        said = restored(r.rejected) if r.outcome == "rejected" else None
        if isinstance(said, Note) and said.said.template in NO_PERSON:
            # a total, a heading, a signature: its text whole, not the count its name column
            # holds ("22" for «المجموع: | 22»)
            out[r.row_number] = " ".join(" ".join(v.split()) for v in json.loads(text or "{}")
                                         .values() if isinstance(v, str) and v.strip())
            continue
        name = listed_name(text, labels)
        if not name and (r.person is not None or r.person_json):  # no name columns: as read
            name = (r.person or person_from_json(r.person_json)).display_name()
        out[r.row_number] = name
    return out
