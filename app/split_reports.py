"""A split moves the statuses that rest on a report going back with the record split out."""

from __future__ import annotations

from dataclasses import replace

from app.domain.errors import NotFound, ValidationError
from app.domain.person import Person, StatusEvent
from app.set_right import SET_RIGHT
from db.repositories.records import RecordRepository
from db.repositories.split_rows import SplitRowsRepository

SPLIT_REPORTS_MARK, SPLIT_REPORTS_RULE = "split_report_statuses", "1"


def statuses_on_their_reports(keep: Person, other: Person, keep_ids: set[int],
                              other_ids: set[int], report_persons,
                              told=lambda ev: True) -> list[StatusEvent]:
    """Take out of keep's history the statuses told on her while the two were one record that
    rest on a report about the record split out (or one merged into it) and about no record
    keep still stands for, and add them to other's: a sighting filed under the merged number
    and set on the kept record stayed there after the split, on the wrong woman, while the
    woman seen read "missing". report_persons(report_id) gives the ids a report is about;
    told(event): whether it was told while the two were one record (any, at the split itself).
    Returns the events moved."""
    moved, stays = [], []
    about: dict[int, set[int]] = {}
    for ev in keep.status_events:
        rid = ev.report_id
        if rid is not None and ev.rescue_id is None and rid not in about:
            about[rid] = set(report_persons(rid))
        if (rid is None or ev.rescue_id is not None or about[rid] & keep_ids
                or not about[rid] & other_ids or not told(ev)):
            stays.append(ev)
        else:
            moved.append(ev)
    if moved:
        keep.status_events = stays
        other.status_events += [replace(ev, id=None) for ev in moved]
    return moved


def ensure_split_report_statuses(session) -> list[str]:
    """Once per vault: each status a split of an earlier version left on the record kept,
    resting on a report about the record split out, goes to that record, as a split now takes
    it (said in both histories and the vault's trail). Returns the case numbers set right."""
    meta = session.meta
    if int(meta.get(SPLIT_REPORTS_MARK) or 0) >= int(SPLIT_REPORTS_RULE):
        return []
    persons, reports, changed = session.persons, RecordRepository(session.db), []
    with session.db.transaction():
        for kept, splits in SplitRowsRepository(session.db).splits().items():
            for merged_id, merged_at, split_at, added in splits:
                if "statuses_moved" not in added:  # a split by this version moved them
                    changed += _set_right(persons, reports, kept, merged_id, merged_at, split_at)
        if changed:
            session.audit.append("vault.split_report_statuses", "vault", detail={
                "rule": SPLIT_REPORTS_RULE, "changed": sorted(set(changed)),
                "why": "a split of an earlier version left on the record kept a status resting "
                "on a report about the record split out: moved with its report"})
        meta.set(SPLIT_REPORTS_MARK, SPLIT_REPORTS_RULE)
    return sorted(set(changed))


def _set_right(persons, reports, kept: int, merged_id: int, merged_at: str,
               split_at: str) -> list[str]:
    try:
        keep, other = persons.get_by_id(kept), persons.get_by_id(merged_id)
    except NotFound:
        return []
    if keep.merged_into is not None or other.merged_into is not None:
        return []  # merged again since: a standing merge holds both, left as it is
    keep_ids = {keep.id, *(i for i, _ in persons.repo.merged_beneath(keep.id))}
    other_ids = {other.id, *(i for i, _ in persons.repo.merged_beneath(other.id))}
    moved = statuses_on_their_reports(
        keep, other, keep_ids - other_ids, other_ids,
        lambda rid: (r.person_ids if (r := reports.get_report(rid)) is not None else []),
        told=lambda ev: merged_at <= (ev.recorded_at or "") <= split_at)
    if not moved:
        return []
    said = [{"status": ev.status.value, "date": ev.date.text or ev.date.display(),
             "report": ev.report_id} for ev in moved]
    try:
        persons.update(keep, action=SET_RIGHT, detail={"rule": "split_report_statuses", "set_right": [
            {"why": "split_report_status", **x, "to": other.case_no} for x in said]})
        persons.update(other, action=SET_RIGHT, detail={"rule": "split_report_statuses", "set_right": [
            {"why": "split_report_status_here", **x, "from": keep.case_no} for x in said]})
    except ValidationError:
        return []  # kept as it is: never a reason the vault does not open
    return [keep.case_no, other.case_no]
