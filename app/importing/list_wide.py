"""What the user says of everyone a list adds (sex, status), given only to the persons it creates.

A family's list of its missing women may have no sex or status column: every woman it made was
saved with sex and status unknown, and fell out of every "female, missing" filter and the
summaries for police. The user can say it once for the list. A row's own readable cell always
wins, and a woman the vault knew is never given it: a blanket word about a list is no evidence
about a known record. Matching never sees it (it is given at the commit, to new persons only).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person, Sex, Status, StatusEvent
from app.importing import notes
from app.reports.labels import sex_label

# The note of a status given so: a list's word (it begins with «, so two lists read on one day
# correct nothing of each other), and one that says it was said of the whole list, not in her
# row. Her page and every document say it in their own language (ui/labels, reports/labels).
WHOLE_LIST_NOTE = "«said of the whole list, not in her row»"

SEXES = {"female": Sex.FEMALE, "male": Sex.MALE}
# Where a captive's case may stand. Not "deceased": a death is told of a woman by her own row
# or by the lawyer's hand, never of a whole list; not "unknown", which is no value at all.
STATUSES = {s.value: s for s in (Status.MISSING, Status.SIGHTED, Status.LOCATED,
                                 Status.IN_NEGOTIATION, Status.RESCUED, Status.REUNITED)}
_SEX_WORDS = {"f": "female", "female": "female", "woman": "female", "women": "female",
              "m": "male", "male": "male", "man": "male", "men": "male"}


@dataclass(frozen=True)
class ListWide:
    """The sex and status given to every person a list creates whose row says none."""

    sex: Sex | None = None
    status: Status | None = None

    def __bool__(self) -> bool:
        return self.sex is not None or self.status is not None

    def to_json(self) -> dict:
        out = {}
        if self.sex is not None:
            out["sex"] = "female" if self.sex is Sex.FEMALE else "male"
        if self.status is not None:
            out["status"] = self.status.value
        return out

    @classmethod
    def from_json(cls, data, origin: str) -> ListWide:
        """From a mapping's "new_persons" ({"sex": "female", "status": "missing"})."""
        if data in (None, {}):
            return cls()
        if not isinstance(data, dict) or set(data) - {"sex", "status"}:
            raise ValidationError(f'{origin}: "new_persons" takes "sex" and "status" only, '
                                  f"as {{\"sex\": \"female\", \"status\": \"missing\"}}")
        return cls(sex_given(data["sex"], f'{origin}: "new_persons" sex')
                   if data.get("sex") else None,
                   status_given(data["status"], f'{origin}: "new_persons" status')
                   if data.get("status") else None)


def sex_given(text, where: str) -> Sex:
    """A sex said of a whole list: female or male (F, M, woman ... as typed)."""
    word = _SEX_WORDS.get(str(text).strip().casefold())
    if word is None:
        raise ValidationError(f"{where}: {str(text)!r} is not a sex for everyone a list adds: "
                              "female or male")
    return SEXES[word]


def status_given(text, where: str) -> Status:
    """A status said of a whole list, by the vault's names ('in negotiation' is
    in_negotiation)."""
    word = "_".join(str(text).strip().casefold().replace("-", " ").split())
    if word in STATUSES:
        return STATUSES[word]
    why = (" (a death is told of each woman by her own row, or by hand with `person status`, "
           "never of a whole list)" if word == Status.DECEASED.value else "")
    raise ValidationError(f"{where}: {str(text)!r} is not a status for everyone a list adds: "
                          f"{', '.join(STATUSES)}{why}")


def cells_said(raws, columns: dict[str, str]) -> dict[str, str]:
    """{"sex": text, "status": text}: the first cell of her rows (raw values, label -> text)
    under a column the mapping gives the sex or status that holds any text. A row whose cell
    says something (read or not: "?? ask uncle") is never given the list's word for it: the
    list's blanket "missing" is no reading of what her own cell says."""
    out: dict[str, str] = {}
    for raw in raws:
        for label, text in (raw or {}).items():
            f = columns.get(label)
            if f in ("sex", "status") and f not in out and str(text or "").strip():
                out[f] = str(text).strip()
    return out


def needs(p: Person, lw: ListWide, said: dict[str, str] | None = None) -> dict[str, str]:
    """What a person made of a list's row(s) would be given: {"sex": "F", "status": "missing"},
    only where her rows said nothing readable of it and their cell for it is blank (said)."""
    said = said or {}
    out = {}
    if lw.sex is not None and p.sex is Sex.UNKNOWN and "sex" not in said:
        out["sex"] = lw.sex.value
    if lw.status is not None and not p.status_events and "status" not in said:
        out["status"] = lw.status.value
    return out


def withheld(p: Person, lw: ListWide, said: dict[str, str]) -> dict[str, str]:
    """{field: her cell}: what a person is not given only because her cell holds text that did
    not give the field (it stays unknown; the cell stays with the list's row)."""
    return {k: said[k] for k in needs(p, lw) if k not in needs(p, lw, said)}


def give(p: Person, lw: ListWide, day: date, said: dict[str, str] | None = None
         ) -> dict[str, str]:
    """Give a person the list-wide sex and status where her rows said none; what was given.
    The status is known by the day the list was read, as a list's status without a date is."""
    given = needs(p, lw, said)
    if "sex" in given:
        p.sex = lw.sex
    if "status" in given:
        p.status_events.append(StatusEvent(lw.status, FuzzyDate.by(day), note=WHOLE_LIST_NOTE))
    return given


# Where a woman is no longer held: a probable match made new in bulk whose candidate is so
# may be her second record, and the list's blanket "missing" would count her among the missing.
NOT_HELD = (Status.RESCUED, Status.REUNITED, Status.DECEASED)


def candidate_not_held(session, r, row_status: dict[int, Status] | None = None) -> Status | None:
    """The status, if rescued, reunited or deceased, of a candidate a probable row was asked
    about: its vault record (or the one it was merged into since), each record a tie names, or
    the earlier row of the list it resembles (row_status: row -> its status); None otherwise."""
    from app.domain.errors import NotFound
    from app.importing.commit import survivor_of
    from app.importing.dedupe import more_tied_with, tied_with

    ids = [r.match_person_id] if r.match_person_id else []
    tie = tied_with(r.match_explain or "") or {}
    for case_no in [tie.get("case_no"), *more_tied_with(r.match_explain or "")]:
        try:
            if case_no:
                ids.append(session.persons.get(case_no).id)
        except NotFound:
            continue
    statuses = [(row_status or {}).get(r.match_row_number)] if r.match_row_number else []
    for pid in ids:
        try:
            statuses.append(survivor_of(session, pid).current_status)
        except NotFound:
            continue
    return next((s for s in statuses if s in NOT_HELD), None)


def give_of_rows(p: Person, lw: ListWide, columns: dict[str, str], raws: list[dict],
                 day: date, in_bulk_not_held: Status | None = None
                 ) -> tuple[dict[str, str], dict[str, str], bool]:
    """The one place a person a list creates is given what was said of everyone it adds, however
    her row was decided (import, import --yes, review one by one or --all, the window, a row
    decided again after a withdrawal): the raw values of the rows passed (her row, and at the
    commit her repeats in the list too) and the batch's stored columns say what her own cells
    said. The sex is given to every one. The status is not given to a probable match made new
    in bulk (--yes, review --all create) whose candidate is rescued, reunited or deceased
    (in_bulk_not_held, candidate_not_held): she may be that woman, and "missing" would count
    her second record among the missing; one decided new by hand, after looking, is given it.
    Returns (what she was given, what she was not given only because her cell holds text not
    read as it, whether the status was kept from her for her candidate)."""
    said = cells_said(raws, columns)
    held = withheld(p, lw, said)
    ruled, kept = _ruled(p, lw, said, in_bulk_not_held)
    return give(p, ruled, day, said), held, kept


def _ruled(p: Person, lw: ListWide, said: dict[str, str], in_bulk_not_held: Status | None
           ) -> tuple[ListWide, bool]:
    """What of lw she is given (give_of_rows), and whether the status was kept from her."""
    kept = in_bulk_not_held is not None and "status" in needs(p, lw, said)
    return (ListWide(lw.sex, None) if kept else lw), kept


def of_batch(mapping_json: str) -> ListWide:
    """The list-wide values a batch was staged with (its stored mapping); none for a batch an
    earlier version staged."""
    try:
        data = json.loads(mapping_json or "{}").get("new_persons")
        return ListWide.from_json(data, "the batch's mapping")
    except (ValueError, AttributeError, ValidationError):
        return ListWide()


def columns_of(mapping_json: str) -> dict[str, str]:
    """A batch's stored mapping's columns: label -> field name."""
    try:
        return {str(k): str(v) for k, v in json.loads(mapping_json or "{}")
                .get("columns", {}).items()}
    except (ValueError, AttributeError):
        return {}


def raw_of(raw_json: str | None) -> dict:
    try:
        raw = json.loads(raw_json or "{}")
    except ValueError:
        return {}
    return raw if isinstance(raw, dict) else {}


def audit_entries(made: list[tuple[int, Person, dict]], batch_id: int
                  ) -> list[tuple[str, str, str, dict]]:
    """One entry per person given list-wide values, for her History: what she was given, by
    which import and row, and that the whole list said it, not her row."""
    return [("person.import_list_wide", "person", p.case_no,
             {"import_batch": batch_id, "row": row, "given": given,
              "why": f"said of the whole list when it was imported, {not_in_row(p.sex.value)}"})
            for row, p, given in made if given]


def not_in_row(sex: str) -> str:
    """'not in her row', 'not in his row', 'not in this person's row' (sex not recorded): a
    list-wide value worded as the papers word it (reports/labels "whole_list_note")."""
    return sex_label("whole_list_note", "en", sex).split(", ", 1)[1]


def would_give(rows, lw: ListWide, columns: dict[str, str] | None = None,
               bulk: dict[int, Status | None] | None = None) -> dict[int, dict[str, str]]:
    """For a dry run: {row: what she would be given} for each row that would become a new
    person, her repeats in the list (a later row of her) counted as her rows: a row new (outcome
    new) and, with --yes, each probable match made new in bulk (bulk: row -> the status of her
    candidate if no longer held, candidate_not_held; rows as --yes decides them), given as
    give_of_rows gives. A probable match waiting for a decision is given them when made new."""
    return _dry_run(rows, lw, columns or {}, bulk)[0]


def would_withhold(rows, lw: ListWide, columns: dict[str, str],
                   bulk: dict[int, Status | None] | None = None) -> dict[int, dict[str, str]]:
    """For a dry run: {row: {field: her cell}} for each new person not given a value only
    because her row's cell for it holds text that was not read as it."""
    return _dry_run(rows, lw, columns, bulk)[1]


def would_keep_for_match(rows, lw: ListWide, columns: dict[str, str],
                         bulk: dict[int, Status | None] | None = None) -> list[int]:
    """For a dry run with --yes: the rows of probable matches made new in bulk that would not
    be given the status, their candidate being no longer held (give_of_rows)."""
    return _dry_run(rows, lw, columns, bulk)[2]


def made_new_in_bulk(session, rows, lw: ListWide) -> tuple[list, dict[int, Status | None]]:
    """For a dry run with --yes: copies of the rows decided as --yes decides them (the rows
    themselves are left as read), and bulk for would_give: each probable match --yes makes a
    new person -> her candidate's status if no longer held (candidate_not_held)."""
    from dataclasses import replace

    from app.importing.service import decide_when_read

    decided = [replace(r) for r in rows]
    decide_when_read(decided, True)
    row_status = {r.row_number: r.person.current_status for r in decided
                  if r.person is not None and r.decision == "create"}
    # her candidates are looked up only where a status is said of the list (as the commit does)
    return decided, {r.row_number: candidate_not_held(session, r, row_status)
                     if lw.status is not None else None for r in decided
                     if r.outcome == "probable" and r.decision == "create"}


def _dry_run(rows, lw: ListWide, columns: dict[str, str],
             bulk: dict[int, Status | None] | None = None):
    if not lw:
        return {}, {}, []
    bulk = bulk or {}
    lead_of: dict[int, int] = {}
    group: dict[int, list] = {}
    for r in rows:
        if r.person is None:
            continue
        if r.outcome == "new" or r.row_number in bulk:
            lead_of[r.row_number] = r.row_number
        elif (r.outcome == "certain" and r.match_person_id is None
              or r.decision == "same_as_row" and r.outcome == "probable" and bulk) \
                and r.match_row_number in lead_of:
            lead_of[r.row_number] = lead_of[r.match_row_number]
        else:
            continue
        group.setdefault(lead_of[r.row_number], []).append(r)
    out, held, kept_rows = {}, {}, []
    for lead, its in group.items():
        people = [r.person for r in its]
        sex = next((p.sex for p in people if p.sex is not Sex.UNKNOWN), Sex.UNKNOWN)
        events = [e for p in people for e in p.status_events]
        her = Person(sex=sex, status_events=events)
        said = cells_said([raw_of(r.raw_json) for r in its], columns)
        ruled, kept = _ruled(her, lw, said, bulk.get(lead))
        out[lead] = needs(her, ruled, said)
        if kept:
            kept_rows.append(lead)
        if cells := withheld(her, lw, said):
            held[lead] = cells
    return out, held, kept_rows


def against_heading(warnings: list[str], lw: ListWide) -> dict:
    """{"sex_from_heading": n, "sex_headings": [their texts]}: of the new persons' rows (their
    stored warnings), those a section heading gave the other sex than the one said of the whole
    list (notes.SEX_FROM_HEADING): said once for the list, each row saying its own; {} when
    none."""
    if lw.sex is None:
        return {}
    found = [n.said.values[0].value for w in warnings for n in notes.loads(w or "[]")
             if isinstance(n, notes.Note) and n.said.template == notes.SEX_FROM_HEADING
             and n.said.values[2].key != lw.sex.value]
    return {"sex_from_heading": len(found),
            "sex_headings": list(dict.fromkeys(found))} if found else {}


def not_said_again(last: ListWide, now: ListWide) -> dict[str, str]:
    """What the sender's last list was said to add ({"sex": "female", "status": "missing"})
    that is not said of this one: told as a hint, never given without the user saying it."""
    said_now = now.to_json()
    return {k: v for k, v in last.to_json().items() if said_now.get(k) != v}


def again_flags(values: dict[str, str]) -> str:
    """The options that say it again: '--new-sex female --new-status missing'."""
    return " ".join(f"--new-{k} {v}" for k, v in values.items())


AS_THE_ROW_SAYS = "row"


def chosen(saved: ListWide, sex: str | None, status: str | None) -> ListWide:
    """The saved values with those given now: None keeps the saved one, "row" drops it (each
    row says, or not), a value replaces it."""
    def pick(now, before, read):
        if now is None:
            return before
        return None if now == AS_THE_ROW_SAYS else read(now)

    return ListWide(pick(sex, saved.sex, lambda t: sex_given(t, "--new-sex")),
                    pick(status, saved.status, lambda t: status_given(t, "--new-status")))
