"""Dates an earlier version kept as the Excel date number a list gave them, shown as their day once."""

from __future__ import annotations

import json

from app.audit import AuditTrail
from app.domain.fuzzydate import likely_excel_day
from app.set_right import tell_each
from db.database import Database
from db.repositories.date_texts import DateTextRepository
from db.repositories.meta import MetaRepository

# Marks a vault whose dates read from Excel numbers hold their day as text, as an import of
# this version writes them: '41854' was shown as typed on screens and court papers.
SERIAL_RULE_MARK, SERIAL_RULE = "serial_dates", "1"
# Where a staged row's JSON (app/importing/staged.py) keeps its dates: [earliest, latest, text].
_STAGED_DATES = ("b", "ab", "rd")
# The field of each date the fix may change, as its audit entry names it.
_FIELDS = {("persons", "birth"): "birth", ("persons", "abduction"): "abduction_date",
           ("status_events", "date"): "status_date"}


def _as_day(earliest: str | None, latest: str | None, text: str, birth: bool) -> str | None:
    """The ISO day for a text that is only the Excel number of that very day, when that day is
    one the date can be (likely_excel_day: 365 is no birth, 20014 no abduction); else None."""
    day = likely_excel_day(text, birth) if text and earliest and earliest == latest else None
    return day.isoformat() if day and day.isoformat() == earliest else None


def ensure_serial_dates(db: Database, meta: MetaRepository, audit: AuditTrail) -> list[str]:
    """Once per vault saved by an earlier version: each birth, abduction and status date whose
    text is the Excel number of its own day gets that day as its text (the list's rows keep
    the cell as it was), and so do the rows of imports waiting for a commit; each date changed
    (case number, field, the text it had), in the audit trail, and in the history of each
    person changed (app/set_right.py). Only a day the date can be: a number that is no such
    day (365 as a birth, 20014 as an abduction) is a slip and stays, as do a year typed as a
    number (1998) and every other text."""
    if int(meta.get(SERIAL_RULE_MARK) or 0) >= int(SERIAL_RULE):
        return []
    repo = DateTextRepository(db)
    fixed_dates: list[tuple[int, str, str]] = []
    staged = 0
    with db.transaction():
        for table, prefix, row_id, person_id, day, text in repo.days_otherwise_written():
            field = _FIELDS[table, prefix]
            if _as_day(day, day, text, field == "birth"):
                repo.set_text(table, prefix, row_id, day)
                fixed_dates.append((person_id, field, text, day))
        for row_id, person_json in repo.staged_persons():
            if (fixed := _staged_fixed(person_json)) is not None:
                repo.set_staged_person(row_id, fixed)
                staged += 1
        cases = repo.case_numbers({p for p, _, _, _ in fixed_dates})
        changed = sorted(set(cases.values()))
        if changed or staged:
            dates = sorted(({"case": cases[p], "field": f, "was": t}
                            for p, f, t, _ in fixed_dates),
                           key=lambda d: (d["case"], d["field"]))
            audit.append("vault.serial_dates", "vault", detail={
                "rule": SERIAL_RULE, "changed": changed, "dates": dates, "staged_rows": staged,
                "why": "dates read from an Excel date number were kept as that number: each "
                "now holds its day, as the list's cell meant"})
            each: dict[str, list[dict]] = {}
            for p, f, t, day in sorted(fixed_dates, key=lambda d: (cases[d[0]], d[1])):
                each.setdefault(cases[p], []).append({"why": "excel_day", "field": f, "was": t,
                                                      "now": day})
            tell_each(audit, "serial_dates", each)
        meta.set(SERIAL_RULE_MARK, SERIAL_RULE)
    return changed


def _staged_fixed(person_json: str) -> str | None:
    """The staged row's JSON with its Excel-number dates as their days; None if it has none."""
    d = json.loads(person_json)
    dates = [(d[k], k == "b") for k in _STAGED_DATES if d.get(k)] + [
        (e[1], False) for e in d.get("st", ()) if e[1]]
    fixed = False
    for date, birth in dates:
        if day := _as_day(*date, birth):
            date[2] = day
            fixed = True
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")) if fixed else None
