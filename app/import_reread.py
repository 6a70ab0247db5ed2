"""Ages and statuses an earlier version's imports left unread, undated or read as years, read
once at unlock."""

from __future__ import annotations

import json
from datetime import date

from app.audit import AuditTrail
from app.domain.fuzzydate import FuzzyDate, about_a_number
from app.importing.ages import about_age, read_age
from app.importing.birth_numbers import YEARS, batch_bare_births, only_a_year
from app.set_right import tell_each
from db.database import Database
from db.repositories.meta import MetaRepository
from db.repositories.persons import PersonRepository
from db.repositories.reread import RereadRepository

# Marks a vault whose imported ages in words (عمر 7) are read as ages, and whose statuses a list
# gave with no date count as known by the day of that import, as this version imports them (1);
# and whose births "about 20" an import read as the years 2018 to 2022 are read as ages (2).
REREAD_MARK, REREAD_RULE = "import_reread", "2"


def ensure_import_reread(db: Database, meta: MetaRepository, audit: AuditTrail) -> dict:
    """Once per vault saved by an earlier version, in the unlock's transaction:

    - a birth kept as text that reads now as an age that says so ("عمر 7", "temen 12"), where a
      list's row brought that very text, gets the years that age gives, in the year its list
      gave ages in or else up to the day that row was imported (as an import of it today would
      read it that day); rows of imports still waiting for their commit, likewise by the day
      they were staged;
    - a status with no date that a list's row brought (its note is the row's own cell) counts as
      known by the day that row was imported, with that day's stamp where it had none; only
      where that leaves her current status as it is: otherwise she is left as she was and
      named, for the lawyer to tell her status by hand.

    Records in a merge, either side, are left as they are (split gives back exactly what the
    merge brought, by its dates). Each change is named in one audit entry (`vault.import_reread`):
    case number, what it was and what it is now; and in the history of each person changed
    (app/set_right.py). Returns the vault entry's detail ({} if nothing)."""
    done = int(meta.get(REREAD_MARK) or 0)
    if done >= int(REREAD_RULE):
        return {}
    repo = RereadRepository(db)
    with db.transaction():
        births, staged, dated, left, each = [], 0, {}, [], {}
        if done < 1:
            births = _read_births(repo)
            staged = _read_staged(repo)
            dated, left, each = _date_statuses(db, repo)
        about = _read_about_births(repo)
        about_staged = _read_about_staged(repo)
        detail = {}
        if births or staged or dated or left:
            detail = {"rule": REREAD_RULE, "births": births, "staged_rows": staged,
                      "statuses": dated, "statuses_left": left,
                      "why": "an age written with its word in a birth column (عمر 7) was kept as "
                      "a date nobody could read; a status a list gave with no date was kept "
                      "undated: each is now read as an import of this version reads it, by "
                      "the day of the row that brought it"}
        if about or about_staged:
            detail = {**detail, "rule": REREAD_RULE, "about_births": about,
                      "about_staged_rows": about_staged,
                      "why_about": "a number after a word for 'about' in a birth column (about "
                      "20, حوالي 20) was read as a year in two digits, born 2018 to 2022, after "
                      "her abduction: it is her age, read as an import of this version reads "
                      "it, by the day of the row that brought it"}
        if detail:
            audit.append("vault.import_reread", "vault", detail=detail)
            tell_each(audit, "import_reread", _said_of_each(births + about, each))
        meta.set(REREAD_MARK, REREAD_RULE)
    return detail


def _said_of_each(births: list[dict], statuses: dict[str, list[dict]]
                  ) -> dict[str, list[dict]]:
    """What was set right in each person's record, for her own history."""
    said: dict[str, list[dict]] = {}
    for b in births:
        said.setdefault(b["case"], []).append({"why": "age_in_birth", **{
            k: v for k, v in b.items() if k != "case"}})
    for case_no, items in statuses.items():
        said.setdefault(case_no, []).extend(items)
    return said


def _cells(raw_json: str) -> set[str]:
    try:
        raw = json.loads(raw_json or "{}")
    except ValueError:
        return set()
    return {str(v).strip() for v in raw.values()} if isinstance(raw, dict) else set()


def _age_year(mapping_json: str) -> int | None:
    try:
        year = json.loads(mapping_json or "{}").get("age_year")
    except (ValueError, AttributeError):
        return None
    return year if isinstance(year, int) else None


def _birth_of(text: str, mapping_json: str, day: str) -> FuzzyDate | None:
    """The birth an age that says so gives, read on the day given (ISO); None for other text."""
    age = read_age(text)
    if age is None or not age.says_so:
        return None
    return age.birth(_age_year(mapping_json), date.fromisoformat(day[:10]))


def _read_births(repo: RereadRepository) -> list[dict]:
    unread = [(pid, case_no, text) for pid, case_no, text in repo.unread_births()
              if _birth_of(text, "{}", date.today().isoformat()) is not None]
    rows = repo.list_rows({pid for pid, _, _ in unread})
    out = []
    for pid, case_no, text in unread:
        # The first row that wrote this very text: a text typed by hand is left as it is.
        brought = next(((at, mapping) for raw, at, mapping in rows.get(pid, ())
                        if text.strip() in _cells(raw)), None)
        if brought is None:
            continue
        birth = _birth_of(text, brought[1], brought[0])
        repo.set_birth(pid, birth.to_row())
        out.append({"case": case_no, "was": text, "now": birth.text, "years": birth.display()})
    return out


def _read_staged(repo: RereadRepository) -> int:
    """Rows of imports waiting for a commit whose birth is such an age (their JSON, as
    app/importing/staged.py writes it, keeps the birth as [earliest, latest, text])."""
    return _reread_staged(repo, lambda b, mapping, staged_at: (
        None if b[0] or b[1] or not b[2] else _birth_of(b[2], mapping, staged_at)))


def _reread_staged(repo: RereadRepository, birth_of) -> int:
    """Each waiting row's birth given again where birth_of(its [earliest, latest, text],
    the list's mapping, the day staged) reads it otherwise (None: as it is); how many."""
    count = 0
    for row_id, person_json, staged_at, mapping in repo.staged_rows():
        d = json.loads(person_json)
        b = d.get("b")
        birth = birth_of(b, mapping, staged_at) if b else None
        if birth is None:
            continue
        d["b"] = list(birth.to_row())
        repo.set_staged_person(row_id, json.dumps(d, ensure_ascii=False, separators=(",", ":")))
        count += 1
    return count


def _about_birth_of(text: str, earliest: str | None, latest: str | None, raw: str,
                    mapping_json: str, day: str) -> FuzzyDate | None:
    """The age "about 20" gives, read on the day given (ISO), where an earlier version read it
    as a year in two digits (its range still that reading: not set by hand since) and the
    list's column was not one of two-digit years, which reads it as a year still; None
    otherwise."""
    digits = about_a_number(text)
    if digits is None or only_a_year(digits):
        return None
    try:
        as_year = FuzzyDate.parse(text)
    except ValueError:
        return None
    if as_year.to_row()[:2] != (earliest, latest):
        return None
    years = {label for label, kind in (batch_bare_births(mapping_json) or {}).items()
             if kind == YEARS}
    try:
        cells = json.loads(raw or "{}")
    except ValueError:
        cells = {}
    if isinstance(cells, dict) and any(str(cells.get(label, "")).strip() == text.strip()
                                       for label in years):
        return None
    return about_age(text).birth(_age_year(mapping_json), date.fromisoformat(day[:10]))


def _read_about_births(repo: RereadRepository) -> list[dict]:
    found = [(pid, case_no, text, first, last)
             for pid, case_no, text, first, last in repo.dated_births()
             if about_a_number(text) is not None]
    rows = repo.list_rows({pid for pid, *_ in found})
    out = []
    for pid, case_no, text, first, last in found:
        # The first row that wrote this very text: a text typed by hand is left as it is.
        brought = next(((raw, at, mapping) for raw, at, mapping in rows.get(pid, ())
                        if text.strip() in _cells(raw)), None)
        if brought is None:
            continue
        birth = _about_birth_of(text, first, last, brought[0], brought[2], brought[1])
        if birth is None:
            continue
        repo.set_birth(pid, birth.to_row())
        out.append({"case": case_no, "why": "about_age_in_birth", "was": text,
                    "as_year": FuzzyDate.from_row(first, last, text).display(),
                    "now": birth.text, "years": birth.display()})
    return out


def _read_about_staged(repo: RereadRepository) -> int:
    """Rows of imports waiting for a commit whose birth is such an "about 20" read as a year."""
    return _reread_staged(repo, lambda b, mapping, staged_at: (
        None if not b[2] or about_a_number(b[2]) is None else
        _about_birth_of(b[2], b[0], b[1], "{}", mapping, staged_at)))


def _date_statuses(db: Database, repo: RereadRepository
                   ) -> tuple[dict[str, list[str]], list[str], dict[str, list[dict]]]:
    """Undated statuses a list's row brought, dated by the day of that row's import: ({day
    known by: case numbers dated so}, case numbers left undated because dating them would
    change her current status, {case number: [{why, status, by}]} for her own history). By
    day, not by event: a vault of thousands of imported women is one entry the trail can
    hold."""
    found = [e for e in repo.undated_statuses() if e[2].startswith("«") and e[2].endswith("»")]
    undated = [(eid, pid, note[1:-1].strip(), stamp) for eid, pid, note, stamp, _ in found]
    status_of = {e[0]: e[4] for e in found}
    rows = repo.list_rows({pid for _, pid, _, _ in undated})
    # person -> event -> (the day it is known by, its stamp: its own, else the import's)
    told: dict[int, dict[int, tuple[date, str]]] = {}
    for eid, pid, cell, stamp in undated:
        at = next((at for raw, at, _ in rows.get(pid, ()) if cell in _cells(raw)), None)
        if at is not None:
            told.setdefault(pid, {})[eid] = (date.fromisoformat(at[:10]), stamp or at)
    left: list[str] = []
    persons = PersonRepository(db)
    # Her only status stays hers however it is dated: only a woman with several is read whole.
    for p in persons.get_many(sorted(set(persons.with_several_statuses()) & told.keys())):
        before = p.current_status
        for ev in p.status_events:
            if ev.id in told[p.id]:
                ev.date = FuzzyDate.by(told[p.id][ev.id][0])
                ev.recorded_at = told[p.id][ev.id][1]
        if p.current_status is not before:
            left.append(p.case_no)
            del told[p.id]
    cases = repo.case_numbers(set(told))
    dated: dict[str, list[str]] = {}
    each: dict[str, list[dict]] = {}
    for pid in sorted(told):
        for eid, (day, stamp) in told[pid].items():
            repo.set_status_date(eid, FuzzyDate.by(day).to_row(), stamp)
            said = dated.setdefault(day.isoformat(), [])
            if not said or said[-1] != cases[pid]:
                said.append(cases[pid])
            each.setdefault(cases[pid], []).append({"why": "status_by_day",
                                                    "status": status_of[eid],
                                                    "by": day.isoformat()})
    return dated, left, each
