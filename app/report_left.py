"""The statuses a report told of a woman taken off it, which stay behind when it is moved."""

from __future__ import annotations

import shlex
from typing import NamedTuple

from app.audit_words import person_ids
from app.domain.records import Report
from app.erasure_others import detail_of


class LeftBehind(NamedTuple):
    """A status told on the report of a woman taken off it (withdrawn first: the move is
    refused while it rests there), and the women the report is about now without it on it.
    A rescue moved carries its statuses; a report's were told by hand, one woman at a time."""
    taken_off: str  # her case number
    sex: str
    status: str
    date: str  # the date it was told with; "" where it took the report's observed date
    to: tuple[str, ...]

    def command(self, report_id: int, case_no: str) -> str:
        """What tells it on case_no, resting on the report, as it was told on her."""
        dated = f" --date {shlex.quote(self.date)}" if self.date else ""
        return f"casekeeper person status {case_no} {self.status} --report {report_id}{dated}"


def _told_on(rows, report_id: int, after: int, observed: set[str]) -> dict[str, str]:
    """{status: the date it was last told with} of her statuses told on the report by hand (a
    rescue's name the rescue, not a report) that rested on it past entry after: withdrawn
    since, as a move off the report asks first, or resting still. One withdrawn before, for
    an earlier move that said it already, is not said again. A withdrawal is matched to the
    status event it took back: by its report, or (an entry of an earlier version, which named
    none) by its date; the same status withdrawn from another report is not this one's."""
    told: dict[str, tuple[str, int | None]] = {}  # status: (date, seq withdrawn or None)
    for r in rows:
        detail = detail_of(r) or {}
        status, date = detail.get("status"), str(detail.get("date") or "")
        if not isinstance(status, str):
            continue
        if (r.action == "person.status" and detail.get("report") == report_id
                and not detail.get("rescue")):
            told[status] = (date, None)
        elif (r.action == "person.status_withdraw" and status in told
              and _same_event(detail, report_id, told[status][0], date, observed)):
            told[status] = (told[status][0], r.seq)
    return {status: date for status, (date, gone) in told.items() if gone is None or gone > after}


def _same_event(withdrawn: dict, report_id: int, told: str, date: str, observed: set[str]) -> bool:
    """Did this withdrawal take back the status told on the report with date told? A status
    told without a date took the report's observed date (a later one is told again in the
    trail, app/report_dated)."""
    if "report" in withdrawn:
        return withdrawn["report"] == report_id
    return date == told or (told in observed and date in observed)


def statuses_left(records, report: Report, gone: list[str], added: list[str] = (),
                  before: int = 0) -> list[LeftBehind]:
    """For each woman taken off the report (case numbers as kept), each status told on it of
    her that rested on it since she was last put on it or taken off (the trail's entries up
    to before were written ahead of this change), with the women it may be of: those added
    with the same change (the report moved to them), else all it is about now; any with such
    a status resting on it already left out."""
    persons = records.persons
    now = [p for p in persons.as_kept(list(report.person_ids))
           if not added or p.case_no in added]
    resting = {(pid, status) for pid, status, _ in records.repo.statuses_resting_on(report.id)}
    observed = {report.observed.text, report.observed.display(), ""}
    trail = [(r.seq, detail_of(r) or {}) for r in records.audit.history("report", str(report.id))
             if r.seq <= before]
    out = []
    for case_no in gone:
        her = persons.get(case_no)
        # the last time before this change she was put on the report or taken off it: a
        # status withdrawn before then was not withdrawn for this move (an earlier move said it)
        after = max((seq for seq, detail in trail
                     if her.id in person_ids({k: detail.get(k) for k in ("added", "removed")})),
                    default=0)
        for status, date in _told_on(records.audit.history("person", her.case_no),
                                     report.id, after, observed).items():
            to = tuple(p.case_no for p in now if (p.id, status) not in resting)
            out.append(LeftBehind(her.case_no, her.sex.value, status,
                                  "" if date in observed else date, to))
    return out
