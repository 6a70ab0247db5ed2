"""A stored report given the keys a later version writes, worked out when it is shown."""

from __future__ import annotations

from app.domain.errors import NotFound
from app.importing.commit import merge_doubts_of


def with_keys_now(session, report: dict) -> dict:
    """report with blank_rows (the dry run's key, written beside blank_rows_skipped since) and
    each possible duplicate's merge_refused as a merge of the two would refuse them now: a report
    committed before either was written suggested a merge that `merge` refused, and its --json
    lacked keys docs/JSON.md gives. Worked out now, not as stored, so a spelling corrected since
    is not still said to be refused; a record gone since keeps what the commit said."""
    out = {**report, "blank_rows": report.get("blank_rows", report.get("blank_rows_skipped", 0))}
    if "possible_duplicates" in report:
        out["possible_duplicates"] = [{**d, "merge_refused": _refused_now(session, d)}
                                      for d in report["possible_duplicates"]]
    return out


def _refused_now(session, d: dict) -> list[str]:
    try:
        return merge_doubts_of(session, d.get("candidate") or "", d.get("case_no") or "")
    except NotFound:
        return list(d.get("merge_refused") or [])
