"""What a list row brought to a person, exactly, for the audit trail: so that it can be withdrawn.

The audit entry of an update says each field's text before and after (persons.diff); a date's
text alone does not give its range back, nor does a status name the event it added. These do.
"""

from __future__ import annotations

from app.domain.person import Person
from app.importing.list_notes import added_line


def brought(old: Person, new: Person) -> dict:
    """{dates_before: {field: row}, status_added: {...}, status_dates_before: {status: row},
    note_added: the line added to her notes} for what differs between old (as stored) and new
    (as the row leaves her); empty parts left out. A row is (earliest, latest, text), as the
    vault stores a date."""
    out: dict = {}
    dates = {name: list(getattr(old, name).to_row()) for name in ("birth", "abduction_date")
             if getattr(old, name) != getattr(new, name)}
    if dates:
        out["dates_before"] = dates
    if len(new.status_events) > len(old.status_events):
        ev = new.status_events[-1]  # a list adds at most one status, after the stored ones
        out["status_added"] = {"status": ev.status.value, "date": list(ev.date.to_row()),
                               "note": ev.note, "recorded_at": ev.recorded_at}
    redated = {ev.status.value: list(was.date.to_row())
               for was, ev in zip(old.status_events, new.status_events, strict=False)
               if was.id == ev.id and was.date != ev.date}
    if redated:
        out["status_dates_before"] = redated
    if old.notes != new.notes and (line := added_line(old.notes, new.notes)):
        out["note_added"] = line  # taken back alone, whatever is added to her notes later
    return out
