"""A split moves the statuses that rest on a report going back with the record split out."""

from __future__ import annotations

from dataclasses import replace

from app.domain.person import Person, StatusEvent


def statuses_on_their_reports(keep: Person, other: Person, keep_ids: set[int],
                              other_ids: set[int], report_persons) -> list[StatusEvent]:
    """Take out of keep's history the statuses told on her while the two were one record that
    rest on a report about the record split out (or one merged into it) and about no record
    keep still stands for, and add them to other's: a sighting filed under the merged number
    and set on the kept record stayed there after the split, on the wrong woman, while the
    woman seen read "missing". report_persons(report_id) gives the ids a report is about.
    Returns the events moved."""
    moved, stays = [], []
    about: dict[int, set[int]] = {}
    for ev in keep.status_events:
        rid = ev.report_id
        if rid is not None and ev.rescue_id is None and rid not in about:
            about[rid] = set(report_persons(rid))
        if (rid is None or ev.rescue_id is not None or about[rid] & keep_ids
                or not about[rid] & other_ids):
            stays.append(ev)
        else:
            moved.append(ev)
    if moved:
        keep.status_events = stays
        other.status_events += [replace(ev, id=None) for ev in moved]
    return moved
