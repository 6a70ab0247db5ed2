"""The statuses a report dates (told on it with no date of their own) follow its observed date."""

from __future__ import annotations

from typing import NamedTuple

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import Report
from app.set_right import tell_each

# Why a status resting on the report kept its date (Followed.kept): the report gives none now;
# or it was not dated by the report, as far as the vault knows (KEPT_OWN).
KEPT_BLANK, KEPT_OWN = "no_observed_date", "own_date"
# Not a status moved: her current status chosen again, the report's received date changed.
KEPT_RECEIVED = "received"


class Followed(NamedTuple):
    """A status that rested on a report: on whom (as she is kept now), which, its date now and
    before; moved False where it kept its date (kept says why). Her current status before and
    after (now_status, was_status), which a status moved past another changes."""

    case_no: str
    status: str
    date: str
    was: str
    moved: bool
    kept: str = ""
    now_status: str = ""
    was_status: str = ""
    death_before: str = ""  # her death, now dated before a status she was alive in
    sex: str = "F"  # hers, for the words of her status (a report may name a man too)


def _same_day(a: FuzzyDate, b: FuzzyDate) -> bool:
    return (a.earliest, a.latest) == (b.earliest, b.latest)


def _typed(when: FuzzyDate) -> str:
    """A date as typed (03/2025), as `person status` says the date it took from the report."""
    return when.text.strip() or when.display()


def follow_observed(persons, repo, report: Report, was: FuzzyDate) -> list[Followed]:
    """Date anew the statuses resting on the report that took its observed date when they were
    told (StatusEvent.dated_by_report): a correction of when she was seen would leave her located
    at a date the report it cites contradicts, on her page and her court papers. Each change in
    the audit trail, as a rescue's statuses follow `rescue edit --date` (app/rescue_statuses).

    A status told with a date of its own keeps it, even one in the same month as the report's:
    the lawyer typed it. One told before the vault noted which statuses took the report's date
    (format 13) is not known to have: one dated as the report was is kept too, and said, with
    how to date it anew; moved on a guess, a date typed by hand would be lost unsaid."""
    out: list[Followed] = []
    now = report.observed
    for pid in dict.fromkeys(pid for pid, _, _ in repo.statuses_resting_on(report.id)):
        person = persons.get_by_id(pid)
        mine = [ev for ev in person.status_events
                if ev.report_id == report.id and ev.rescue_id is None]
        taken = [ev for ev in mine if ev.dated_by_report]
        kept_own = [ev for ev in mine if not ev.dated_by_report and not was.is_blank
                    and _same_day(ev.date, was)]
        if not taken and not kept_own:
            continue
        kept_as = persons.kept_as([pid]).get(pid) or person.case_no
        # as the list reads it: with --received changed too, her record already chooses by the
        # new day, and "is now sighted (was rescued)" went unsaid
        before = persons.repo.stored_statuses([pid]).get(pid) or person.current_status.value
        moving = [] if now.is_blank else [ev for ev in taken if not _same_day(ev.date, now)]
        olds = [_typed(ev.date) for ev in moving]
        for ev, old in zip(moving, olds, strict=True):
            ev.date = now
            persons.update(person, action="person.status", detail={
                "status": ev.status.value, "date": _typed(now), "was": old, "report": report.id})
        after, death = person.current_status.value, _death_before(person, moving)
        sex = person.sex.value
        said = [Followed(kept_as, ev.status.value, _typed(now), old, True, "", after,
                         before, death, sex) for ev, old in zip(moving, olds, strict=True)]
        said += [Followed(kept_as, ev.status.value, _typed(ev.date), _typed(ev.date), False,
                          KEPT_BLANK, sex=sex) for ev in taken if now.is_blank]
        said += [Followed(kept_as, ev.status.value, _typed(ev.date), _typed(ev.date), False,
                          KEPT_OWN, sex=sex) for ev in kept_own]
        for f in said:
            if f not in out:  # a merged record holds a copy of hers: said once
                out.append(f)
    return out


def follow_received(persons, repo, audit, report: Report) -> list[Followed]:
    """Store again the current status of each woman with a status on the report, its received
    date changed: what it tells reaches no later than the day it came in (known_range), so her
    status may change, and the list, its filters and counts read the stored one. Each change in
    her own history, as a new status rule's (app/set_right)."""
    ids = list(dict.fromkeys(pid for pid, _, _ in repo.statuses_resting_on(report.id)))
    each = persons.store_statuses_again(ids, {"why": "report_received", "report": report.id})
    tell_each(audit, "report_received", each)
    return [Followed(case_no, "", "", "", False, KEPT_RECEIVED, items[0]["now"], items[0]["was"])
            for case_no, items in each.items()]


def _death_before(person, moving: list) -> str:
    """The date of her death where a status moved now puts her alive after it (or her death,
    moved, before a status she was alive in): one of the two is wrong, and her papers would
    print both. "" where none."""
    for ev in person.status_events:
        if ev.date.earliest is None:
            continue  # told without a date: not said to come after her death
        death = person.death_before(ev.status, ev.date)
        if death is not None and (any(ev is m for m in moving) or any(death is m for m in moving)):
            return _typed(death.date)
    return ""


def followed_lines(report_id: int, followed: list[Followed]) -> list[str]:
    """What `report edit` says of each: 'SNJ-00001: her status located now dated 2025-03, as
    report 1'; then, where it changed her current status, as `rescue edit --date` says it:
    'SNJ-00001 is now located (was rescued)'."""
    out = []
    for f in followed:
        if f.kept == KEPT_RECEIVED:
            out.append(f"  {f.case_no} is now {f.now_status} (was {f.was_status}): what report "
                       f"{report_id} tells reaches no later than the day it came in")
        elif f.moved:
            out.append(f"  {f.case_no}: her status {f.status} now dated {f.date}, as report "
                       f"{report_id}")
        elif f.kept == KEPT_BLANK:
            out.append(f"  {f.case_no}: her status {f.status} keeps {f.was}: report {report_id} "
                       f"gives no observed date now")
        else:
            out.append(f"  {f.case_no}: her status {f.status} keeps {f.was}: {OWN_SAID}; to date "
                       f"it anew, withdraw it (casekeeper person status-withdraw {f.case_no} "
                       f"{f.status} --date {f.was} --reason ...) and tell it again with --report "
                       f"{report_id} and no --date")
    for f in {f.case_no: f for f in followed if f.moved}.values():
        if f.now_status != f.was_status:
            out.append(f"  {f.case_no} is now {f.now_status} (was {f.was_status}): a status "
                       f"later or further along her case")
        if f.death_before:
            out.append(f"  {f.case_no}: her death is recorded on {f.death_before}, before a "
                       f"status she was alive in: if the death was reported in error, withdraw "
                       f"it (casekeeper person status-withdraw {f.case_no} deceased --date "
                       f"{f.death_before} --reason ...); if report {report_id}'s observed date "
                       f"is wrong, correct it (casekeeper report edit {report_id} --observed ...)")
    return out


OWN_SAID = ("told with a date of its own, or before CaseKeeper noted which statuses took the "
            "report's date")
