"""`report sources`: each informant code's reports set against what followed (internal only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.person import FREED, Person
from app.domain.records import Report

NO_CODE = ""  # reports recorded with no source code: one row of their own, never dropped


@dataclass
class SourceTally:
    """One source code's record: its reports, the women they name (as kept now), how many of
    its reports proved false, and which of those women were freed after it told of them."""

    code: str
    reports: list[int] = field(default_factory=list)
    proved_false: list[int] = field(default_factory=list)
    women: list[str] = field(default_factory=list)
    rescued_later: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"source_code": self.code, "reports": len(self.reports),
                "report_ids": self.reports, "women_named": len(self.women),
                "women": self.women, "proved_false": len(self.proved_false),
                "proved_false_ids": self.proved_false,
                "women_rescued_later": len(self.rescued_later),
                "rescued_later": self.rescued_later}


def _told_on(r: Report) -> date | None:
    """The first day the report could tell of her: when she was seen, else when it came in."""
    return r.observed.earliest or r.received.earliest


def freed_after(person: Person, told: date) -> bool:
    """Whether she was first freed (rescued or reunited) on or after the day the report told of
    her: her first freeing status could be that day or later (any freeing status when its
    date is not known). A report that came after her rescue ("she reached Duhok safely") did
    not lead to it."""
    freed = [ev.date.latest or ev.date.earliest for ev in person.status_events
             if ev.status in FREED]
    if not freed:
        return False
    known = [d for d in freed if d is not None]
    return not known or min(known) >= told


def tally_sources(reports: list[Report], kept: dict[int, Person]) -> list[SourceTally]:
    """reports: every report; kept: each person id a report names, as kept now
    (PersonService.kept_records). By code, most reports first, then by code; the reports with
    no code last."""
    tallies: dict[str, SourceTally] = {}
    first_told: dict[tuple[str, str], date] = {}
    for r in sorted(reports, key=lambda r: r.id or 0):
        t = tallies.setdefault(r.source_code, SourceTally(r.source_code))
        t.reports.append(r.id)
        if r.proved_false:
            t.proved_false.append(r.id)
            continue  # a false report led to no one: her rescue is not to its credit
        told = _told_on(r)
        if told is None:
            # a report of no known date cannot show it came before her rescue: it never earns
            # one (counted among the code's reports and women named all the same)
            continue
        for pid in r.person_ids:
            person = kept.get(pid)
            if person is None:
                continue
            key = (r.source_code, person.case_no)
            if key not in first_told or told < first_told[key]:
                first_told[key] = told
    for r in reports:
        for pid in r.person_ids:
            person = kept.get(pid)
            if person is not None and person.case_no not in tallies[r.source_code].women:
                tallies[r.source_code].women.append(person.case_no)
    by_case = {p.case_no: p for p in kept.values()}
    for (code, case_no), told in sorted(first_told.items()):
        if freed_after(by_case[case_no], told):
            tallies[code].rescued_later.append(case_no)
    for t in tallies.values():
        t.women.sort()
        t.rescued_later.sort()
    return sorted(tallies.values(), key=lambda t: (t.code == NO_CODE, -len(t.reports), t.code))


def sources_listed(session) -> list[SourceTally]:
    """Every report's source tallied (tally_sources), from the vault: a few queries a report."""
    reports = session.records.list_reports(limit=-1)
    kept = session.persons.kept_records(sorted({i for r in reports for i in r.person_ids}))
    return tally_sources(reports, kept)
