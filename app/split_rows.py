"""A split gives the record split out the list rows that went to hers while she was merged into it.

While SNJ-00001 is merged into SNJ-00003, a list's row of SNJ-00001 goes to SNJ-00003, the
record the lawyer sees: its provenance line (the row's person, what the next version of the
list follows) names SNJ-00003. A split that left it there made the next version of that list
a certain match to SNJ-00003 (her cousin, merged by mistake), and its status went onto the
cousin. So at a split each such row is weighed by what its match said when it was read: the
same row as in the last version of its list, or a row spelt otherwise there (whose row went to
one of the two records then), or a candidate found through the record merged into hers. Those
rows go back to the record they are; a row matched by her own names alone stays hers. A row
nothing tells (decided by hand while the two were one; one that changed her record, whose
change stays there) is not guessed at: it stays, the split says so, and the next version of
its list asks which woman the row is instead of following it (split_in_doubt).
"""

from __future__ import annotations

import json

from db.database import Database
from db.repositories.split_rows import RowOn, SplitRowsRepository

# Why a row was left on the record kept: decided by hand while the two were one record; it
# changed that record (the change stays there: withdrawn, it can be decided again); or
# nothing it said tells which of the two it is.
BY_HAND, CHANGED, UNKNOWN = "by_hand", "changed", "unknown"
# It only dated a status the other record brought, which the split took back with the date:
# nothing of it stays on the record kept, but which woman the row is still nobody said.
REDATED = "redated"


def give_back_rows(db: Database, audit, merged_at: str, keep, other, keep_ids: set[int],
                   other_ids: set[int], split_at: str | None = None,
                   taken: frozenset[str] = frozenset(), carry: bool = False) -> dict:
    """Move the rows that went to keep while other was merged into it (since merged_at) and
    are other's; returns {moved: [[batch, row]], kept: [[batch, row]], unsure: [[batch,
    row, why]]}, what the merge row keeps of the split. keep_ids, other_ids: each record with
    the records merged into it (not into each other) now. split_at: for a split made before
    splits did this (ensure_split_rows), when it was: a row that went to keep after it went
    to her alone (by hand, or by her names), unless it follows a row given back. taken: the
    statuses whose events the split took back from keep (REDATED). carry: a committed row
    that is other's and updated keep (changing it or not) goes to `carry` ([[batch, row]]),
    not `moved` or `unsure`, for the caller to move with what it told (split_carry.py): a
    later version's rescue of the woman split out stayed on her cousin, and the woman rescued
    read missing (tester 37c)."""
    repo = SplitRowsRepository(db)
    out: dict[str, list] = {"moved": [], "kept": [], "unsure": [], "carry": []}
    rows = repo.lines_since(keep.id, merged_at) + repo.waiting_since(keep.id, merged_at)
    hand: dict[int, set[int]] = {}
    changed = _changed_rows(audit, keep.case_no, merged_at)
    for r in rows:
        if r.batch_id not in hand:
            hand[r.batch_id] = _by_hand(audit, r.batch_id)
        after = split_at is not None and r.at > split_at
        whose = owner(repo, r, keep_ids, other_ids, r.row_number in hand[r.batch_id], after)
        fields = changed.get((r.batch_id, r.row_number))
        if whose == "other" and fields is not None:
            gone = {f"status_date.{s}" for s in taken}
            whose = REDATED if fields and fields <= gone else CHANGED
        if carry and (whose == CHANGED or whose == "other" and r.line is not None
                      and r.decision == "update"):
            # what it told goes with it, whether or not it changed keep: the merged record
            # may have held it already (her cousin's own row, or the lawyer, told it too),
            # and moved bare the row left the woman it rescued missing (review 37)
            out["carry"].append([r.batch_id, r.row_number])
        elif whose == "other":
            repo.move(r, keep.id, other.id)
            out["moved"].append([r.batch_id, r.row_number])
        elif whose == "keep":
            out["kept"].append([r.batch_id, r.row_number])
        else:
            out["unsure"].append([r.batch_id, r.row_number, whose])
    return out


def owner(repo: SplitRowsRepository, r: RowOn, keep_ids: set[int], other_ids: set[int],
          by_hand: bool, after: bool = False) -> str:
    """'other' or 'keep': the record a row that went to keep while other was merged into it
    is, by what its match said; else why that is not known (BY_HAND, UNKNOWN). after: the
    row went to keep after the split, when she was her own record again."""
    said = _said_persons(repo, r, by_hand)
    for pid in said:
        if pid in other_ids:
            return "other"
        if pid in keep_ids:
            return "keep"
    if said:
        return UNKNOWN  # the row it follows went to someone else, or is gone
    if after:
        return "keep"  # decided for her alone, by hand or by her names
    if by_hand:
        return BY_HAND  # the lawyer chose the two as one record: which of them, nobody said
    # matched by the names of her own record (one merged into hers is named when it is the
    # one that fitted: matching_service._found_as)
    return "keep" if r.outcome == "certain" else UNKNOWN


def _said_persons(repo: SplitRowsRepository, r: RowOn, by_hand: bool) -> list[int]:
    """The records a row's match explanation points at: the person its row of the last version
    of the list went to (-1: to no one now), or the record merged into hers that fitted it,
    unless the lawyer decided the row by hand (she chose the two as one: which of them fitted
    the names best is no answer); none when the explanation names neither."""
    from app.importing.dedupe import respelt_from, same_row_from
    from app.matching.blocking import merged_found_from

    said: list[int] = []
    then = same_row_from(r.match_explain)
    if then is not None:
        n = repo.row_of_key(then, r.row_key)
        pid = repo.person_of_row(then, n) if n is not None else None
        said.append(pid if pid is not None else -1)
    respelt = respelt_from(r.match_explain)
    if respelt is not None:
        pid = repo.person_of_row(respelt["batch"], respelt["row"])
        said.append(pid if pid is not None else -1)
    for piece in ([] if by_hand else r.match_explain.split("; ")):
        found = merged_found_from(piece)
        if found is not None:
            pid = repo.person_of_case(found[0])
            said.append(pid if pid is not None else -1)
    return said


def _by_hand(audit, batch_id: int) -> set[int]:
    """The rows of a batch decided by hand (review --row N --decide)."""
    from app.importing.decisions import ACTION

    out = set()
    for e in audit.history("import_batch", str(batch_id)):
        d = json.loads(e.detail or "{}")
        if e.action == ACTION and d.get("by") == "hand" and "row" in d:
            out.add(d["row"])
    return out


def _changed_rows(audit, case_no: str, since: str) -> dict[tuple[int, int], set[str]]:
    """(batch, row) of the list rows that changed her record since then (an update from a
    list, a phone number it gave), each with the fields it changed."""
    out: dict[tuple[int, int], set[str]] = {}
    for e in audit.history("person", case_no):
        d = json.loads(e.detail or "{}")
        # a withdrawal takes a row's change back (a split giving the row back does one)
        if e.at >= since and e.action not in ("person.create", "person.import_withdraw") \
                and isinstance(d, dict) \
                and d.get("import_batch") is not None and d.get("row") is not None:
            fields = set(d.get("changes") or ()) if e.action == "person.import_update" else {e.action}
            out.setdefault((int(d["import_batch"]), int(d["row"])), set()).update(fields)
    return out


def split_in_doubt(db: Database, batch_id: int, row_number: int, pid: int,
                   splits: dict[int, list] | None = None) -> tuple[int, int] | None:
    """(pid, the record split out) when this row of a committed list went to pid while that
    record was merged into pid and the split could not tell which of the two it is: the next
    version of the list asks, by the names, instead of following it; else None. splits:
    SplitRowsRepository.splits, read once for a whole list."""
    splits = SplitRowsRepository(db).splits() if splits is None else splits
    for merged_id, _merged_at, _split_at, added in splits.get(pid, []):
        unsure = (added.get("rows") or {}).get("unsure", [])
        if any(u[0] == batch_id and u[1] == row_number for u in unsure):
            return pid, merged_id
    return None


SPLIT_ROWS_MARK, SPLIT_ROWS_RULE = "split_rows", "1"


def ensure_split_rows(session) -> list[dict]:
    """Once per vault saved by an earlier version: each merge split then, whose split left
    the rows that went to the kept record meanwhile where they were, is weighed now as a split
    weighs them (the tester's vault: v2's Nadia row stayed on her cousin, and v3 followed it
    there). Rows that went to the kept record after the split are weighed too: one following
    a row given back (v3's) is the other woman's, and having changed the kept record it is
    named in doubt. Returns what was done, each split's; the trail has one vault entry."""
    from db.repositories.matching import MatchingRepository

    meta = session.meta
    if int(meta.get(SPLIT_ROWS_MARK) or 0) >= int(SPLIT_ROWS_RULE):
        return []
    db, persons, done = session.db, session.persons, []
    with db.transaction():
        for merge_id, kept, split, merged_at, split_at, added in \
                SplitRowsRepository(db).splits_unweighed():
            keep, other = persons.get_by_id(kept), persons.get_by_id(split)
            other_ids = {split, *(i for i, _ in persons.repo.merged_beneath(split))}
            keep_ids = {kept, *(i for i, _ in persons.repo.merged_beneath(kept))} - other_ids
            rows = give_back_rows(db, session.audit, merged_at, keep, other, keep_ids,
                                  other_ids, split_at)
            MatchingRepository(db).set_merge_added(merge_id, {**added, "rows": rows})
            if rows["moved"] or rows["unsure"]:
                done.append({"kept": keep.case_no, "split": other.case_no,
                             **{k: [f"batch {r[0]} row {r[1]}" for r in rows[k]]
                                for k in ("moved", "unsure")}})
        if done:
            session.audit.append("vault.split_rows", "vault", detail={
                "rule": SPLIT_ROWS_RULE, "splits": done,
                "why": "a split left the list rows that went to the record kept while the other "
                "was merged into it there: those the other's are moved to her; those nothing "
                "tells are named, and the next version of their list asks"})
        meta.set(SPLIT_ROWS_MARK, SPLIT_ROWS_RULE)
    return done


class _Merge:
    """The merge's moment, as give_back_rows reads a MergeRow."""

    def __init__(self, merged_at: str) -> None:
        self.merged_at = merged_at
