"""The statuses a rescue gives the persons it names, kept in step with the rescue record."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.audit import now_utc
from app.domain.person import Status, StatusEvent, told_without_date
from app.domain.records import RescueOperation, rescue_statuses
from app.persons import PersonService, told_on
from db.repositories.records import RecordRepository


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


def holding_her(persons: PersonService, ids: list[int]) -> set[int]:
    """The records that hold the statuses of these records: each of them, and every record it
    is merged into, up to the one kept."""
    out: set[int] = set()
    for pid in ids:
        p = persons.get_by_id(pid)
        while p is not None and p.id not in out:
            out.add(p.id)
            p = persons.get_by_id(p.merged_into) if p.merged_into is not None else None
    return out


def give_statuses(persons: PersonService, op: RescueOperation) -> None:
    """Make the statuses a rescue gave say what the rescue now says, on the records it should
    be on; each change is in the audit trail.

    Worked out from the rescue record alone, whatever was done before, and called after every
    change that moves them: rescue add, edit and delete, merge and split (settle_rescues).
    A rescue's events are on each record it names and on every record that record is merged
    into, once on each, as a merge brings every other status into the record kept: so the
    record kept prints her rescue while merged, a split leaves them on the record split out
    (and takes them from the one it leaves unless the rescue names her too), and no copy
    stays behind at a date the rescue no longer says. Kept only on the record kept, they had
    to be carried back at a split, and a merge's copy was not known as the rescue's."""
    wanted = rescue_statuses(op)
    targets = holding_her(persons, list(op.person_ids))
    gave: dict[int, list[StatusEvent]] = {}
    people = {}
    for pid in sorted(set(persons.repo.holding_rescue_events(op.id)) | targets):
        person = persons.get_by_id(pid)
        if person is not None:
            people[pid] = person
            gave[pid] = [ev for ev in person.status_events if ev.rescue_id == op.id]
    # Events already as the rescue says (on a record it named before a merge) are copied as
    # they are: an undated rescue stays known by the day it was first recorded.
    as_given = next((evs for evs in gave.values() if evs and _same(evs, wanted)), None)
    # A status the rescue gave before keeps the moment it was told: a new handover date, or a
    # merge or split, does not make her rescue later news than what was told since.
    told: dict[str, str] = {}
    for evs in gave.values():
        for ev in evs:
            if ev.recorded_at:
                told[ev.status.value] = min(told.get(ev.status.value, ev.recorded_at),
                                            ev.recorded_at)
    for pid, person in people.items():
        now = wanted if pid in targets else []
        if _same(gave[pid], now):
            continue
        stamp = now_utc()
        day = date.fromisoformat(stamp[:10])
        if now and as_given is not None:
            fresh = [replace(ev, id=None) for ev in as_given]
        else:
            fresh = [told_on(StatusEvent(Status(status), when,
                                         recorded_at=told.get(status, stamp), rescue_id=op.id),
                             day)
                     for status, when in now]
        person.status_events = [ev for ev in person.status_events
                                if ev.rescue_id != op.id] + fresh
        persons.update(person, action="person.status", detail={
            "rescue": op.id, "statuses": [[s, w.text or w.display()] for s, w in now]})


def settle_rescues(persons: PersonService, rescues: RecordRepository,
                   person_ids: list[int]) -> None:
    """After a merge or a split of these records: every rescue naming one of them gives its
    statuses again where they now belong (give_statuses)."""
    for rid in rescues.rescues_naming(sorted(set(person_ids))):
        op = rescues.get_rescue(rid)
        if op is not None:
            give_statuses(persons, op)


def statuses_now(persons: PersonService, op: RescueOperation) -> list[StatusNow]:
    """Each person of the rescue as kept, with her current status and where it came from."""
    out = []
    for p in persons.as_kept(list(op.person_ids)):
        event = p.current_event
        out.append(StatusNow(p.case_no, p.current_status,
                             event is not None and event.rescue_id == op.id))
    return out
