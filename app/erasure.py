"""What a deleted person leaves outside her own rows, erased in the transaction that deletes her."""

from __future__ import annotations

import json

from app.audit import AuditTrail
from app.audit_words import OTHER
from app.drafts import PERSON_KEY
from app.erasure_others import CASE_NO, detail_of, what_others_hold
from app.erasure_rows import erase_list_rows
from app.erasure_strip import PARTS
from db.database import Database
from db.repositories.audit import AuditRow
from db.repositories.erasure import ErasureRepository
from db.repositories.matching import MatchingRepository
from db.repositories.meta import MetaRepository

# What a list's entries keep once erased: which row, what was decided, which record; what the
# vault held of her or what her row said goes. Their readers (decisions.decided, withdrawals)
# need no more to account for the batch's rows.
_KEPT = {
    "import.decide": ("row", "rows", "decision", "by", "how", "with_row", "was", "overridden",
                      "person", "decided_again", "joins_row", "named"),
    "import.withdraw": ("batch", "row", "case_no", "was", "deleted", "same_list_rows",
                        "decision"),
}
# Kept emptied: a decision's readers (the commit, the report) read it on every one.
_EMPTIED = {"import.decide": {"contradicts": []}}
# A report's lists whose entries say no more than a row's number and a fixed reason: kept
# whole for a row of hers too (row_cases.py reads which rows the commit skipped).
_ROWS_ONLY = ("skipped",)
# The key of an entry of a list's that names the record it concerns.
_CONCERNS = {"import.decide": "person", "import.withdraw": "case_no"}


def erase_her(db: Database, audit: AuditTrail, records: list[tuple[int, str]],
              keep_rows: frozenset[tuple[int, int]] = frozenset()) -> list[list]:
    """Erase what the vault holds of these records (id, case number) beyond their own rows,
    before they are deleted: their drafts; their lists' rows (values, person, warnings; the
    name key kept one way only, app/importing/erased_keys.py); what the lists' reports say of
    those rows or of them; what the audit trail said about them, and what other records'
    entries and merge rows held of them (app/erasure_others.py). keep_rows: (batch, row)
    to leave as they are (a row withdrawn goes back to wait for a decision, values and all).
    Returns the entries erased, for the deletion's own entry to list (AuditTrail.erase)."""
    ids, cases = [pid for pid, _ in records], {c for _, c in records}
    meta = MetaRepository(db)
    for case_no in sorted(cases):
        meta.delete(PERSON_KEY + case_no)
    repo = ErasureRepository(db)
    # a row withdrawn (keep_rows) made the person deleted: the rows like it wait with it
    by_batch, matched = erase_list_rows(db, ids, keep_rows, taken=not keep_rows)
    _scrub_reports(repo, by_batch, cases)
    entries: list[tuple[AuditRow, dict]] = [
        (row, _other_record(row)) for case_no in sorted(cases)
        for row in audit.history("person", case_no)]
    held = what_others_hold(repo, audit, cases)
    entries += held.entries
    merges = MatchingRepository(db)
    for merge_id, added in held.merges:
        merges.set_merge_added(merge_id, added)
    _scrub_conflicts(repo, held.held_by)
    # The lists whose entries name her: those that brought or matched her rows, and any whose
    # decision once named her though the row went elsewhere in the end (decided again, or
    # withdrawn from her).
    named = {int(r.entity_ref) for r in repo.entries_naming(sorted(cases), "import_batch")
             if r.entity_ref.isdigit()}
    for b in sorted(set(by_batch) | matched | named):
        for row in audit.history("import_batch", str(b)):
            kept = _kept(row, cases)
            if kept is not None:
                entries.append((row, kept))
    # the vault's own entries (a rule setting many records right) list her among others
    for row in repo.entries_naming(sorted(cases), "vault"):
        kept = _without_her(detail_of(row), cases)
        if kept is not None:
            entries.append((row, kept))
    return audit.erase(entries)


def _without_her(detail: dict | None, cases: set[str]):
    """A vault-wide entry's detail without what it lists of these records: each item of a list
    that is one of their case numbers, or a mapping holding one ({"case": ..., "was": ...});
    None when it lists none of them."""
    def names_her(item) -> bool:
        return item in cases if isinstance(item, str) else isinstance(item, dict) and any(
            isinstance(v, str) and v in cases for v in item.values())

    def strip(value):
        if isinstance(value, list):
            return [strip(v) for v in value if not names_her(v)]
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()}
        return value

    if detail is None:
        return None
    kept = strip(detail)
    return kept if kept != detail else None


def _other_record(row: AuditRow) -> dict:
    """What an entry about her keeps: the case number of the other record it names (the
    record merged into hers, the one she was marked not the same as), no more."""
    key = OTHER.get(row.action, "other")
    try:
        value = json.loads(row.detail).get(key)
    except (ValueError, AttributeError):
        return {}
    return {key: value} if isinstance(value, str) and CASE_NO.match(value) else {}


def _kept(row: AuditRow, cases: set[str]) -> dict | None:
    """What an entry of a list's keeps when it concerns one of these records and says more
    than which row and what was decided; None to leave it as it is."""
    keys, concerns = _KEPT.get(row.action), _CONCERNS.get(row.action)
    if keys is None or concerns is None:
        return None
    try:
        detail = json.loads(row.detail)
    except ValueError:
        return None
    if not isinstance(detail, dict) or detail.get(concerns) not in cases:
        return None
    kept = {**{k: v for k, v in detail.items() if k in keys}, **_EMPTIED.get(row.action, {})}
    return kept if kept != detail else None


def _scrub_reports(repo: ErasureRepository, by_batch: dict[int, list[int]],
                   cases: set[str]) -> None:
    """The stored reports of the lists that brought her rows, and of any list whose report
    names her, without the entries about those rows or naming her (a warning quoting her
    cell, a value the vault kept, her row added or removed by a new version). The counts
    stay: the report still adds up, her rows now said to be of a person deleted since."""
    for b in sorted(set(by_batch) | set(repo.reports_naming(sorted(cases)))):
        text = repo.report(b) or "{}"
        try:
            report = json.loads(text)
        except ValueError:
            continue
        if not isinstance(report, dict):
            continue
        changes = report.get("changes_since_last_import")
        then = changes.get("previous_batch") if isinstance(changes, dict) else None
        # a list of 100,000 rows has a report of megabytes: her case numbers are looked for
        # entry by entry only in a report that holds one of them
        named = {c for c in cases if f'"{c}"' in text}
        dropped = [0]
        clean = _scrub(report, set(by_batch.get(b, ())), set(by_batch.get(then, ())), named,
                       dropped, 0)
        if dropped[0]:
            repo.set_report(b, json.dumps(clean, ensure_ascii=False))


def _scrub_conflicts(repo: ErasureRepository, held_by: dict[str, set[str]]) -> None:
    """The reports' conflicts about a record that held her parts (she was merged into it),
    where the value the vault kept is hers whole: a list's row updating that record then
    quoted her village as the record's."""
    for record, parts in sorted(held_by.items()):
        for b in repo.reports_naming([record]) if parts else ():
            try:
                report = json.loads(repo.report(b) or "{}")
            except ValueError:
                continue
            if not isinstance(report, dict):
                continue
            changed = False
            for key in ("conflicts", "conflicts_noted_before"):
                listed = report.get(key)
                if not isinstance(listed, list):
                    continue
                kept = [c for c in listed if not _quotes_hers(c, record, parts)]
                if len(kept) != len(listed):
                    report[key], changed = kept, True
            if changed:
                repo.set_report(b, json.dumps(report, ensure_ascii=False))


def _quotes_hers(conflict, record: str, parts: set[str]) -> bool:
    vault = conflict.get("vault") if isinstance(conflict, dict) else None
    return conflict.get("case_no") == record and isinstance(vault, str) and \
        bool(vault.strip()) and all(p.strip() in parts for p in PARTS.split(vault) if p.strip())


def _scrub(value, rows: set[int], rows_then: set[int], cases: set[str], dropped: list[int],
           depth: int):
    """A report's value without the entries of its lists about these rows (rows_then: of the
    last version, which a new version's removed rows name) or naming these case numbers. The
    lists of entries are the report's own or one level down (a new version's changes: the
    rows it added, changed, removed); an entry is dropped whole, never read into."""
    if isinstance(value, list) and depth:
        kept = [v for v in value if not _about(v, rows, cases)]
        dropped[0] += len(value) - len(kept)
        return kept
    if isinstance(value, dict) and depth < 2:
        out = {}
        for k, v in value.items():
            if k in cases:
                dropped[0] += 1
                continue
            if k in _ROWS_ONLY:
                out[k] = v
                continue
            out[k] = _scrub(v, rows_then if k == "removed_rows" else rows, rows_then, cases,
                            dropped, depth + 1)
        return out
    return value


def _about(entry, rows: set[int], cases: set[str]) -> bool:
    if not isinstance(entry, dict):
        return False
    row = entry.get("row")
    return (isinstance(row, int) and row in rows) or (bool(cases) and _names(entry, cases))


def _names(value, cases: set[str]) -> bool:
    if isinstance(value, str):
        return value in cases
    if isinstance(value, dict):
        return any(k in cases or _names(v, cases) for k, v in value.items())
    if isinstance(value, list):
        return any(_names(v, cases) for v in value)
    return False
