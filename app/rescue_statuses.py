"""The statuses a rescue gives the persons it names, kept in step with the rescue record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.audit import now_utc
from app.domain.person import Status, StatusEvent, told_without_date
from app.domain.records import RescueOperation, rescue_statuses
from app.persons import PersonService, told_on


@dataclass
class StatusNow:
    """One person of a rescue after it was saved: her status now, and whether this rescue is
    what gave it (False: a status later or further along her case stays hers)."""

    case_no: str
    status: Status
    from_this_rescue: bool


def _same(old: list[StatusEvent], wanted: list[tuple[str, object]]) -> bool:
    """Whether the events the rescue gave are still what it gives: an undated rescue's event is
    known by the day it was recorded, which is no change."""
    if len(old) != len(wanted):
        return False
    return all(ev.status.value == status and (ev.date == when or (
        when.is_blank and told_without_date(ev))) for ev, (status, when) in zip(
        old, wanted, strict=True))


def give_statuses(persons: PersonService, op: RescueOperation) -> None:
    """Make her statuses say what the rescue now says: the events it gave before are taken
    back, those it gives now are added to each of its persons as kept (a record merged into
    another: the one kept, whose status her papers print). Each change is in the audit trail."""
    wanted = rescue_statuses(op)
    kept = {p.id for p in persons.as_kept(list(op.person_ids))}
    holding = set(persons.repo.holding_rescue_events(op.id))
    for pid in sorted(holding | kept):
        person = persons.get_by_id(pid)
        gave = [ev for ev in person.status_events if ev.rescue_id == op.id]
        now = wanted if pid in kept else []
        if _same(gave, now):
            continue
        stamp = now_utc()
        day = date.fromisoformat(stamp[:10])
        # A status the rescue gave before keeps the moment it was told: a new handover date
        # does not make her rescue later news than what was told since.
        told = {ev.status.value: ev.recorded_at for ev in gave}
        person.status_events = [ev for ev in person.status_events if ev.rescue_id != op.id] + [
            told_on(StatusEvent(Status(status), when, recorded_at=told.get(status, stamp),
                                rescue_id=op.id), day)
            for status, when in now]
        persons.update(person, action="person.status", detail={
            "rescue": op.id, "statuses": [[s, w.text or w.display()] for s, w in now]})


def statuses_now(persons: PersonService, op: RescueOperation) -> list[StatusNow]:
    """Each person of the rescue as kept, with her current status and where it came from."""
    out = []
    for p in persons.as_kept(list(op.person_ids)):
        event = p.current_event
        out.append(StatusNow(p.case_no, p.current_status,
                             event is not None and event.rescue_id == op.id))
    return out
