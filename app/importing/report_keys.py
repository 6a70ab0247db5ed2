"""A stored report given the keys a later version writes, worked out when it is shown."""

from __future__ import annotations

from app.domain.errors import NotFound
from app.importing.commit import merge_doubts_of


def with_keys_now(session, repo, report: dict) -> dict:
    """report with blank_rows (the dry run's key, written beside blank_rows_skipped since), and
    each possible duplicate's merge_refused and merged_since. merge_refused is the commit's
    where stored; worked out here only for a report committed before it was written (every
    vault imported before: it suggested a merge that `merge` refused), as scoring every pair at
    each showing made a big import's report five times slower. merged_since: one of the two
    records is merged into another since, so no merge of the two is suggested again (`merge`
    says "already merged"); so too a pair marked not the same person since (not_same_since:
    `merge` refuses it, `duplicates` no longer lists it)."""
    out = {**report, "blank_rows": report.get("blank_rows", report.get("blank_rows_skipped", 0))}
    dups = report.get("possible_duplicates")
    if dups is not None:
        cases = {d.get(k) for d in dups for k in ("candidate", "case_no")} - {None, ""}
        merged = repo.merged_cases(cases)
        apart = _not_same(session, repo, cases) if dups else set()
        out["possible_duplicates"] = [
            {**_now(session, d, merged), "not_same_since": _pair(d) in apart} for d in dups]
    return out


def _pair(d: dict) -> frozenset[str]:
    return frozenset((d.get("candidate") or "", d.get("case_no") or ""))


def _not_same(session, repo, cases: set[str]) -> set[frozenset[str]]:
    """The pairs of these case numbers kept apart by a "not the same person" decision."""
    ids = repo.ids_of_cases(cases)
    case_of = {i: c for c, i in ids.items()}
    return {frozenset((case_of[a], case_of[b])) for a, b in session.matching.repo.not_same_groups()
            if a in case_of and b in case_of}


def _now(session, d: dict, merged: set[str]) -> dict:
    since = d.get("candidate") in merged or d.get("case_no") in merged
    if "merge_refused" in d or since:  # a merged record is scored against no one
        return {**d, "merge_refused": list(d.get("merge_refused") or []), "merged_since": since}
    try:
        refused = merge_doubts_of(session, d.get("candidate") or "", d.get("case_no") or "")
    except NotFound:  # a record deleted since: nothing to refuse
        refused = []
    return {**d, "merge_refused": refused, "merged_since": False}
