"""`report list`: the newest reports first by date received, of everyone or of one person."""

from __future__ import annotations

from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import CREDIBILITY, Report, source_code_typed
from app.person_json import date_to_dict


def newest_received(reports: list[Report]) -> list[Report]:
    """Newest first by date received, then by number: report 4, received 2017-03, came
    between reports received in 2015 when listed by number. Undated ones last."""
    return sorted(reports, key=lambda r: (r.received.earliest is None,
                                          -(r.received.earliest or date.min).toordinal(),
                                          -(r.id or 0)))


def reports_listed(session, limit: int, case_no: str | None = None, source: str | None = None
                   ) -> tuple[list[Report], str | None]:
    """The reports to list, and the case number of the record they are of where the one typed
    is merged into it (None otherwise): hers are those of her kept record, with the records
    merged into it, as her page shows them. source: only those of that source code, the
    whole code in any case (K7 is not K70)."""
    if case_no is None:
        return session.records.reports_newest(limit, source), None
    person = session.persons.get(case_no)
    kept = session.persons.kept_as([person.id]).get(person.id)
    if kept:
        person = session.persons.get(kept)
    found = [r for r, _ in session.records.reports_with_merged(person)
             if source is None or r.source_code == source_code_typed(source)]
    return newest_received(found)[:limit], kept


def proved_false_dict(r: Report) -> dict | None:
    """A report's outcome as every --json gives it (report show/list, person show): why and
    when it proved false, or None."""
    if not r.proved_false:
        return None
    return {"reason": r.proved_false, "on": date_to_dict(r.proved_false_on)}


def proved_false_said(outcome: dict | None) -> str:
    """'proved false on 2026-12-07: she was in Duhok all year', or '' (proved_false_dict's
    outcome, on one line: a report is said a line each)."""
    if not outcome:
        return ""
    when = outcome["on"]
    on = FuzzyDate(*(date.fromisoformat(when[k]) if when[k] else None
                     for k in ("earliest", "latest")), when["text"]).display()
    return f"proved false{f' on {on}' if on else ''}: {' '.join(outcome['reason'].split())}"


def report_dict(r: Report, cases: list[str]) -> dict:
    """A report as `report list --json` and `report show --json` give it, its persons by case
    number (as `rescue show` names them: a database id means nothing)."""
    return {"id": r.id, "received": date_to_dict(r.received),
            "observed": date_to_dict(r.observed), "place": r.place, "text": r.text,
            "source_code": r.source_code, "credibility": r.credibility,
            "credibility_meaning": CREDIBILITY.get(r.credibility or 0),
            "could_identify_source": r.could_identify_source, "persons": cases,
            "proved_false": proved_false_dict(r)}
