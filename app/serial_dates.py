"""Dates an earlier version kept as the Excel date number a list gave them, shown as their day once."""

from __future__ import annotations

import json

from app.audit import AuditTrail
from app.domain.fuzzydate import excel_day
from db.database import Database
from db.repositories.date_texts import DateTextRepository
from db.repositories.meta import MetaRepository

# Marks a vault whose dates read from Excel numbers hold their day as text, as an import of
# this version writes them: '41854' was shown as typed on screens and court papers.
SERIAL_RULE_MARK, SERIAL_RULE = "serial_dates", "1"
# Where a staged row's JSON (app/importing/staged.py) keeps its dates: [earliest, latest, text].
_STAGED_DATES = ("b", "ab", "rd")


def _as_day(earliest: str | None, latest: str | None, text: str) -> str | None:
    """The ISO day for a text that is only the Excel number of that very day; else None."""
    day = excel_day(text) if text and earliest and earliest == latest else None
    return day.isoformat() if day and day.isoformat() == earliest else None


def ensure_serial_dates(db: Database, meta: MetaRepository, audit: AuditTrail) -> list[str]:
    """Once per vault saved by an earlier version: each birth, abduction and status date whose
    text is the Excel number of its own day gets that day as its text (the list's rows keep
    the cell as it was), and so do the rows of imports waiting for a commit; the case numbers
    changed, in the audit trail. A year typed as a number (1998) and every other text stay."""
    if int(meta.get(SERIAL_RULE_MARK) or 0) >= int(SERIAL_RULE):
        return []
    repo = DateTextRepository(db)
    persons: set[int] = set()
    staged = 0
    with db.transaction():
        for table, prefix, row_id, person_id, day, text in repo.days_otherwise_written():
            if _as_day(day, day, text):
                repo.set_text(table, prefix, row_id, day)
                persons.add(person_id)
        for row_id, person_json in repo.staged_persons():
            if (fixed := _staged_fixed(person_json)) is not None:
                repo.set_staged_person(row_id, fixed)
                staged += 1
        changed = repo.case_numbers(persons)
        if changed or staged:
            audit.append("vault.serial_dates", "vault", detail={
                "rule": SERIAL_RULE, "changed": changed, "staged_rows": staged,
                "why": "dates read from an Excel date number were kept as that number: each "
                "now holds its day, as the list's cell meant"})
        meta.set(SERIAL_RULE_MARK, SERIAL_RULE)
    return changed


def _staged_fixed(person_json: str) -> str | None:
    """The staged row's JSON with its Excel-number dates as their days; None if it has none."""
    d = json.loads(person_json)
    dates = [d[k] for k in _STAGED_DATES if d.get(k)] + [e[1] for e in d.get("st", ()) if e[1]]
    fixed = False
    for date in dates:
        if day := _as_day(*date):
            date[2] = day
            fixed = True
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")) if fixed else None
