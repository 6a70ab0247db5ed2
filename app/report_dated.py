"""The statuses a report dates (told on it with no date of their own) follow its observed date."""

from __future__ import annotations

from typing import NamedTuple

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import Report


class Followed(NamedTuple):
    """A status that rested on a report, dated by when it was observed: on whom (as she is kept
    now), which, its date now and before; moved False where the report gives no date now and
    the status kept its own."""

    case_no: str
    status: str
    date: str
    was: str
    moved: bool


def _same_day(a: FuzzyDate, b: FuzzyDate) -> bool:
    return (a.earliest, a.latest) == (b.earliest, b.latest)


def _typed(when: FuzzyDate) -> str:
    """A date as typed (03/2025), as `person status` says the date it took from the report."""
    return when.text.strip() or when.display()


def follow_observed(persons, repo, report: Report, was: FuzzyDate) -> list[Followed]:
    """Date anew the statuses resting on the report that were dated by its observed date (was):
    a correction of when she was seen would leave her located at a date the report it cites
    contradicts, on her page and her court papers. Each change in the audit trail, as a
    rescue's statuses follow `rescue edit --date` (app/rescue_statuses). A status given a date
    of its own on the report keeps it."""
    if was.is_blank:
        return []  # a status told on it then was dated by the day it was told, not by it
    out: list[Followed] = []
    now = report.observed
    for pid in dict.fromkeys(pid for pid, _, _ in repo.statuses_resting_on(report.id)):
        person = persons.get_by_id(pid)
        events = [ev for ev in person.status_events
                  if ev.report_id == report.id and ev.rescue_id is None and _same_day(ev.date, was)]
        if not events:
            continue
        kept = persons.kept_as([pid]).get(pid) or person.case_no
        for ev in events:
            said = Followed(kept, ev.status.value, _typed(now), _typed(was), not now.is_blank)
            if said not in out:  # a merged record holds a copy of hers: said once
                out.append(said)
        if now.is_blank:
            continue  # left with the date it had: said, not erased
        for ev in events:
            ev.date = now
            persons.update(person, action="person.status", detail={
                "status": ev.status.value, "date": _typed(now), "was": _typed(was),
                "report": report.id})
    return out


def followed_lines(report_id: int, followed: list[Followed]) -> list[str]:
    """What `report edit` says of each: 'SNJ-00001: her status located now dated 2025-03, as
    report 1'."""
    return [f"  {f.case_no}: her status {f.status} now dated {f.date}, as report {report_id}"
            if f.moved else
            f"  {f.case_no}: her status {f.status} keeps {f.was}: report {report_id} gives no "
            f"observed date now" for f in followed]
