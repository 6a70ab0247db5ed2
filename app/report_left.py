"""The statuses a report told of a woman taken off it, which stay behind when it is moved."""

from __future__ import annotations

import json
import shlex
from typing import NamedTuple

from app.domain.records import Report


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


def _told_on(rows, report_id: int) -> dict[str, str]:
    """{status: the date it was last told or re-dated with} of her entries resting on the
    report by hand (a rescue's statuses name the rescue, not a report)."""
    out: dict[str, str] = {}
    for r in rows:
        if r.action != "person.status":
            continue
        try:
            detail = json.loads(r.detail)
        except ValueError:
            continue
        if (isinstance(detail, dict) and detail.get("report") == report_id
                and isinstance(detail.get("status"), str) and not detail.get("rescue")):
            out[detail["status"]] = str(detail.get("date") or "")
    return out


def statuses_left(records, report: Report, gone: list[str],
                  added: list[str] = ()) -> list[LeftBehind]:
    """For each woman taken off the report (case numbers as kept), each status told on it of
    her, with the women it may be of: those added with the same change (the report moved to
    them), else all it is about now; any with such a status resting on it already left out."""
    persons = records.persons
    now = [p for p in persons.as_kept(list(report.person_ids))
           if not added or p.case_no in added]
    resting = {(pid, status) for pid, status, _ in records.repo.statuses_resting_on(report.id)}
    observed = {report.observed.text, report.observed.display(), ""}
    out = []
    for case_no in gone:
        her = persons.get(case_no)
        for status, date in _told_on(records.audit.history("person", her.case_no),
                                     report.id).items():
            to = tuple(p.case_no for p in now if (p.id, status) not in resting)
            out.append(LeftBehind(her.case_no, her.sex.value, status,
                                  "" if date in observed else date, to))
    return out
