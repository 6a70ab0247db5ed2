"""A committed batch's report as it holds now: the rows withdrawn since counted and marked as such.

The report stored with a batch is what its commit did, and stays so (the import.commit entry of
the trail holds the same figures). When the report is shown, each row withdrawn since moves in
its counts from what the commit made of it to what it is now (waiting again, or what it was
decided again as), and its status moves and conflicts are marked withdrawn: they are no longer
said of anyone. Worked out each time from the trail's withdrawals, so that a row decided again,
or withdrawn twice, is never counted from a stale figure.
"""

from __future__ import annotations

# The result the commit gave a row, by the decision it stood with when first withdrawn.
_COMMITTED = {"create": "created", "same_as_row": "same_as_earlier_row"}
# And the decision that result was of: the report's decisions count them.
_DECIDED = {"created": "create", "updated": "update", "unchanged": "update",
            "same_as_earlier_row": "same_as_row", "skipped": "skip", "withdrawn": "undecided"}


def report_now(report: dict, withdrawn: list[dict]) -> dict:
    """report (a committed batch's, as stored) with the rows of withdrawn (withdraw.withdrawals,
    oldest first) as they are now: results and decisions moved, results_at_commit and
    decisions_at_commit keeping the commit's; status_moves and conflicts of a row taken back
    marked withdrawn; conflicts_noted_before of such a row left out (the row says nothing of
    her now)."""
    if not withdrawn:
        return report
    first: dict[int, dict] = {}
    last: dict[int, dict] = {}
    for w in withdrawn:
        first.setdefault(w["row"], w)
        last[w["row"]] = w
    times = withdrawal_counts(withdrawn)
    unchanged = set(report.get("unchanged_rows") or ())
    results = dict(report.get("results") or {})
    decisions = dict(report.get("decisions") or {})
    for row, w in first.items():
        was = _at_commit(w, row in unchanged)
        now = _now(last[row])
        for counts, old, new in ((results, was, now),
                                 (decisions, _DECIDED[was], _DECIDED[now])):
            if counts.get(old, 0) > 0:  # a report stored without the row's count: left be
                counts[old] -= 1
                counts[new] = counts.get(new, 0) + 1
    out = {**report, "results_at_commit": report.get("results", {}),
           "decisions_at_commit": report.get("decisions", {}),
           "results": {k: v for k, v in results.items() if v or k in _STANDING},
           "decisions": {k: v for k, v in decisions.items() if v}}
    out["status_moves"] = [{**m, "withdrawn": True} if m.get("row") in times else m
                           for m in report.get("status_moves", [])]
    out["conflicts"] = [{**c, "withdrawn": True} if taken_back(c, times) else c
                        for c in report.get("conflicts", [])]
    out["conflicts_noted_before"] = [c for c in report.get("conflicts_noted_before") or []
                                     if c.get("row") not in times]
    out["reconciled"] = bool(report.get("reconciled")) and sum(
        out["results"].values()) == report.get("rows_read")
    return out


def settled(report: dict, taken: dict[str, set[tuple[int, int, str]]]) -> dict:
    """report with each conflict no longer one marked settled: what a withdrawal since gave
    her from its row, or where she agrees with its row again (withdraw_keeps.taken_since,
    taken: {case number: (batch, row, field)}), as her page no longer says it."""
    if not taken:
        return report
    batch = report.get("batch")
    return {**report, "conflicts": [
        {**c, "settled": True} if not c.get("withdrawn") and (batch, c.get("row"), c.get(
            "field")) in taken.get(c.get("case_no"), ()) else c
        for c in report.get("conflicts", [])]}


# The counts a commit's report always names, at zero too.
_STANDING = ("created", "updated", "unchanged", "same_as_earlier_row", "skipped", "rejected")


def _at_commit(w: dict, unchanged: bool) -> str:
    """What the commit made of the row, by its first withdrawal (one withdrawn before the trail
    said the decision: a new person by its 'was', else an update)."""
    decision = w.get("decision") or ("create" if w.get("was") == "create" else "update")
    return _COMMITTED.get(decision, "unchanged" if unchanged else "updated")


def _now(w: dict) -> str:
    """What the row is now, by its last withdrawal: waiting, or decided again."""
    again = w.get("again")
    if again is None:
        return "withdrawn"
    if again["decision"] in ("create", "skip"):
        return {"create": "created", "skip": "skipped"}[again["decision"]]
    return "unchanged" if again.get("changed") is False else "updated"


def withdrawal_counts(withdrawn: list[dict]) -> dict[int, int]:
    """How many times each row was withdrawn (withdraw.withdrawals)."""
    times: dict[int, int] = {}
    for w in withdrawn:
        times[w["row"]] = times.get(w["row"], 0) + 1
    return times


def taken_back(c: dict, times: dict[int, int]) -> bool:
    """A conflict of a row withdrawn since it was noted: the commit's (no 'withdrawals'), or
    one noted when the row was decided again after fewer withdrawals than it has had."""
    return c.get("row") in times and c.get("withdrawals", 0) < times[c["row"]]
