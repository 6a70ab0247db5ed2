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
its list asks which woman the row is instead of following it (link_after_splits).
"""

from __future__ import annotations

import json

from db.database import Database
from db.repositories.persons import PersonRepository
from db.repositories.split_rows import RowOn, SplitRowsRepository

# Why a row was left on the record kept: decided by hand while the two were one record; it
# changed that record (the change stays there: withdrawn, it can be decided again); or
# nothing it said tells which of the two it is.
BY_HAND, CHANGED, UNKNOWN = "by_hand", "changed", "unknown"


def give_back_rows(db: Database, audit, merge, keep, other, keep_ids: set[int],
                   other_ids: set[int]) -> dict:
    """Move the rows that went to keep while other was merged into it (merge: its MergeRow)
    and are other's; returns {moved: [[batch, row]], kept: [[batch, row]], unsure: [[batch,
    row, why]]}, what the merge row keeps of the split. keep_ids, other_ids: each record with
    the records merged into it (not into each other) now."""
    repo = SplitRowsRepository(db)
    out: dict[str, list] = {"moved": [], "kept": [], "unsure": []}
    rows = repo.lines_since(keep.id, merge.merged_at) + repo.waiting_since(keep.id,
                                                                           merge.merged_at)
    hand: dict[int, set[int]] = {}
    changed = _changed_rows(audit, keep.case_no, merge.merged_at)
    for r in rows:
        if r.batch_id not in hand:
            hand[r.batch_id] = _by_hand(audit, r.batch_id)
        whose = owner(repo, r, keep_ids, other_ids, r.row_number in hand[r.batch_id])
        if whose == "other" and (r.batch_id, r.row_number) in changed:
            whose = CHANGED
        if whose == "other":
            repo.move(r, keep.id, other.id)
            out["moved"].append([r.batch_id, r.row_number])
        elif whose == "keep":
            out["kept"].append([r.batch_id, r.row_number])
        else:
            out["unsure"].append([r.batch_id, r.row_number, whose])
    return out


def owner(repo: SplitRowsRepository, r: RowOn, keep_ids: set[int], other_ids: set[int],
          by_hand: bool) -> str:
    """'other' or 'keep': the record a row that went to keep while other was merged into it
    is, by what its match said; else why that is not known (BY_HAND, UNKNOWN)."""
    said = _said_persons(repo, r, by_hand)
    for pid in said:
        if pid in other_ids:
            return "other"
        if pid in keep_ids:
            return "keep"
    if said:
        return UNKNOWN  # the row it follows went to someone else, or is gone
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
            said += [pid for (pid,) in repo.db.conn.execute(
                "SELECT id FROM persons WHERE case_no = ?", (found[0],))] or [-1]
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


def _changed_rows(audit, case_no: str, since: str) -> set[tuple[int, int]]:
    """(batch, row) of the list rows that changed her record since then: an update from a
    list, a phone number it gave."""
    out = set()
    for e in audit.history("person", case_no):
        d = json.loads(e.detail or "{}")
        if e.at >= since and e.action != "person.create" and isinstance(d, dict) \
                and d.get("import_batch") is not None and d.get("row") is not None:
            out.add((int(d["import_batch"]), int(d["row"])))
    return out


def link_after_splits(db: Database, audit, batch_id: int, row_number: int, pid: int,
                      splits: dict[int, list] | None = None) -> tuple[int | None, tuple | None]:
    """The record a row of a committed list stands for, where it went to pid while a record
    split out since was merged into pid: (that record, None); or (None, (pid, the record split
    out)) when which of the two it is was not known at the split: the next version of the list
    asks, by the names. splits: SplitRowsRepository.splits, read once for a whole list."""
    repo = SplitRowsRepository(db)
    splits = repo.splits() if splits is None else splits
    for merged_id, merged_at, split_at, added in splits.get(pid, []):
        rows = added.get("rows")
        if rows is not None:  # weighed at the split: the rows it moved stand on her now
            if any(u[0] == batch_id and u[1] == row_number for u in rows["unsure"]):
                return None, (pid, merged_id)
            continue
        # a split made before splits gave rows back: the row is weighed now, as one would be
        line = next((r for r in repo.lines_since(pid, merged_at, split_at)
                     if r.batch_id == batch_id and r.row_number == row_number), None)
        if line is None:
            continue
        other_ids = {merged_id, *(i for i, _ in _beneath(db, merged_id))}
        keep_ids = {pid, *(i for i, _ in _beneath(db, pid))} - other_ids
        case_no = _case_no(db, pid)
        whose = owner(repo, line, keep_ids, other_ids, row_number in _by_hand(audit, batch_id))
        if whose == "other" and (batch_id, row_number) in _changed_rows(audit, case_no, merged_at):
            whose = CHANGED
        if whose == "other":
            return merged_id, None
        if whose != "keep":
            return None, (pid, merged_id)
    return pid, None


def _beneath(db: Database, pid: int) -> list[tuple[int, str]]:
    return PersonRepository(db).merged_beneath(pid)


def _case_no(db: Database, pid: int) -> str:
    row = db.conn.execute("SELECT case_no FROM persons WHERE id = ?", (pid,)).fetchone()
    return row[0] if row else ""
