"""When she was taken: her abduction's date, else (none recorded) her incident's."""

from __future__ import annotations

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person
from app.domain.records import Incident


def taken_date(person: Person, incidents: dict[int, Incident]) -> tuple[FuzzyDate, bool]:
    """(her abduction's date, whether it is her incident's): hers where recorded, else the
    date of the incident she was taken in (taken with the others of that day), as her dossier
    prints it, "2014-08-03 (from the incident)". incidents: by id, those she may be in. The
    same reading in SQL: db/repositories/taken.py."""
    own = person.abduction_date
    if own.earliest or own.latest or person.incident_id is None:
        return own, False
    incident = incidents.get(person.incident_id)
    if incident is None or not (incident.date.earliest or incident.date.latest):
        return own, False
    return incident.date, True
