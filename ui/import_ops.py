"""What the import screens ask of the vault: each runs on the vault thread."""

from __future__ import annotations

import functools
import json

from app.domain.errors import InputFileError, NotFound, ValidationError
from app.importing.date_order import orders_said
from app.importing.dedupe import vault_prefixes
from app.importing.fields import Field
from app.importing.list_disagrees import staged_disagreeing
from app.importing.list_wide import would_give
from app.importing.mapping import Mapping
from app.importing.new_year import new_years_said
from app.importing.other_sender import refusal as _other_sender_refusal
from app.importing.phones import contacts_preview
from app.importing.report import columns_not_imported, great_grandfathers_not_imported
from app.importing.review import person_card, waiting_rows
from app.importing.row_text import save_rows_csv
from app.importing.same_woman import by_lead
from app.importing.service import ImportPlan, ImportService, person_of
from app.importing.sheets import SheetChoiceError
from ui.import_report import refusal_said
from ui.labels import person_names_shown


def _said(fn):
    """fn, its refusals said in the interface's language: the importer says them in pieces
    (a file it cannot read, a sheet with no list, a row decided before the row it goes with),
    and the window shows the error's text as it is."""
    @functools.wraps(fn)
    def said(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (InputFileError, NotFound, ValidationError) as refused:
            raise refusal_said(refused) from None
    return said


@_said
def prepare(session, path: str, sheet: str | None, source: str, mapping: Mapping | None = None
            ) -> tuple[ImportPlan, list[str]]:
    """The plan, and the sheets holding a list when there are several and none was chosen.

    The command line refuses to guess between them; the wizard shows the first of them with
    its sheet list open to change, and says that the others hold lists too."""
    svc = ImportService(session)
    try:
        plan, several = svc.prepare(path, sheet or None, source, mapping), []
    except SheetChoiceError as several_lists:
        plan, several = svc.prepare(path, several_lists.lists[0], source, mapping), \
            several_lists.lists
    # the exact file of another sender's list: refused as the command line refuses it
    if (other := _other_sender_refusal(plan.file_name, plan.same_file, plan.list_source)):
        raise other
    return plan, several


@_said
def stage_rows(session, plan, progress=None, cancel=None):
    """The rows as checked, the case numbers of the persons they match, for each row what
    the preview shows of it: {row: {"names", "card", "changes", "conflicts", "whole_list"}}:
    its names, the matched person's card, for a certain match what its update would change
    and the values kept as in the vault, and for a new person what she is given of the values
    said of everyone the list adds; and the columns with values no field takes, {column, cells}
    each, and the rows whose four-part name ends with a great-grandfather's, {rows, columns}
    (what `import --dry-run` says); how each date column not written day first is read (a
    sentence each, as the dry run's mapping says it); what changed since the last import
    of the list, every row listed ({} for a list not imported before); and the rows of one
    woman that disagree on her status, as the dry run finds them (list_disagrees.py)."""
    svc = ImportService(session)
    rows = svc.stage_rows(plan, progress, cancel)
    ids = sorted({r.match_person_id for r in rows if r.match_person_id})
    people = {p.id: p for p in session.persons.get_many(ids)}
    case_nos = {pid: p.case_no for pid, p in people.items()}
    updates = svc.update_previews(rows, plan.list_source or plan.file_name, plan.previous,
                                  plan.list_source)
    given = would_give(rows, plan.mapping.new_persons,
                       {c: str(f) for c, f in plan.mapping.columns.items()})
    details = {}
    for r in rows:
        person = r.person if r.person is not None else person_of(r)
        matched = people.get(r.match_person_id) if r.match_person_id else None
        details[r.row_number] = {
            # as every list shows her (person_names_shown): not "الياس حيدر / Xezal"
            "names": " / ".join(n for n in person_names_shown(person) if n)
            if person is not None else _row_text(r),
            "card": person_card(matched) if matched is not None else None,
            **updates.get(r.row_number, {})}
        if given.get(r.row_number):  # what the new person is given of the list-wide values
            details[r.row_number]["whole_list"] = given[r.row_number]
    left_out = columns_not_imported({c: str(f) for c, f in plan.mapping.columns.items()}, rows,
                                    vault_prefixes(session))
    readings = (orders_said(plan.table, plan.mapping.columns)
                + new_years_said(plan.table, plan.mapping.columns))
    changes = svc.plan_changes(plan, rows)
    return (rows, case_nos, details, left_out, great_grandfathers_not_imported(rows),
            readings, changes, contacts_preview(session, rows), staged_disagreeing(rows, case_nos))


@_said
def stage(session, plan, rows) -> dict:
    """Stage the batch (new rows to create, certain matches to update) and list what waits."""
    svc = ImportService(session)
    batch_id = svc.stage(plan, rows, yes=False)
    return review_state(session, batch_id)


@_said
def review_state(session, batch_id: int) -> dict:
    svc = ImportService(session)
    return {"batch": batch_id, "report": svc.report(batch_id),
            "waiting": waiting_rows(svc, batch_id)}


@_said
def waiting(session, batch_id: int) -> list[dict]:
    """The rows of a staged batch that wait for a decision, with what each may be."""
    return waiting_rows(ImportService(session), batch_id)


@_said
def set_aside(session, batch_id: int, rows: list[int]) -> list[int]:
    """Those of these rows set aside since by a person's deletion: taken for her, their values
    erased with her record."""
    return ImportService(session).set_aside(batch_id, rows)


# The choice to update a record the row fits as well as its own candidate: "update:SNJ-00004"
# (plain "update" is the candidate shown first), as `review --decide update --person` names it.
ANOTHER = "update:"


def is_update(decision: str | None) -> bool:
    """Whether a review page's choice updates a vault person (or joins an earlier row)."""
    return bool(decision) and (decision == "update" or decision.startswith(ANOTHER))


def update_target(w: dict, decision: str | None) -> dict | None:
    """Waiting row w (review.waiting_rows) as an update of the record the choice names: w
    itself for "update" or "update:" its own candidate (a tied row's); for "update:CASE", w
    with that record, one it fits as well, in place of its candidate (its card, what speaks
    against it, the rows updating it); None where the row offers no such record now (deleted
    or merged since the page was filled)."""
    if decision == "update":
        return w
    if not is_update(decision):
        return None
    case = decision.removeprefix(ANOTHER)
    if case == w["match_case"]:  # its own candidate, named as a tied row's is
        return w
    other = next((o for o in w.get("fits_as_well", ()) if o["case_no"] == case), None)
    if other is None:
        return None
    return {**w, "match_case": case, "candidate": other["card"], "candidate_deleted": False,
            **{k: other[k] for k in ("merged_case", "contradicts", "given_partial",
                                     "score_now", "unlikely", "updated_by")}}


def said_yes(target: dict, confirmed) -> bool:
    """Whether the user said yes to this update in doubt (update_target's answer) of this
    very record: confirmed holds (row, case number) pairs, a yes being for one record."""
    return (target["row"], target["match_case"]) in confirmed


def doubted(w: dict) -> bool:
    """Whether updating the person of a waiting row (review.waiting_rows) is what the command
    line asks --despite-contradiction for: a contradiction, given names only partly alike,
    or a score now below UNLIKELY."""
    return bool(w.get("contradicts") or w.get("given_partial") or w.get("unlikely"))


@_said
def decide(session, batch_id: int, decisions: dict[int, str],
           confirmed: frozenset[int] = frozenset(), leads: dict[int, int] | None = None) -> None:
    """confirmed: the rows whose update the user said yes to once asked (see doubted); any
    other update is checked as the command line checks it, and refused if in doubt
    ("update:CASE" as --person CASE). leads: each row decided "same_as_row" -> the row it
    goes with (the same woman), decided here."""
    svc = ImportService(session)
    # The window offers waiting rows only, and an update only of a record shown beside the
    # row (its candidate, or one it fits as well) with the reason field by field. Every row
    # is decided on its own line: nothing is carried to another row but by its "As row N"
    # choice, taken once that row is decided.
    for row, decision in decisions.items():
        if decision != "same_as_row":
            # "update:CASE": an update of that record, checked as `--person CASE` is
            other = decision.removeprefix(ANOTHER) if decision.startswith(ANOTHER) else None
            svc.decide(batch_id, row, "update" if other else decision, other, override=True,
                       despite_contradiction=row in confirmed, carry_along=False)
    for lead, rows in by_lead(leads or {}).items():
        svc.follow(batch_id, lead, rows, despite=confirmed)


@_said
def recheck(session, batch_id: int) -> list[int]:
    """Rows that resemble persons added since the list was staged, now waiting."""
    return ImportService(session).recheck(batch_id)


@_said
def recheck_changed(session, batch_id: int) -> list[int]:
    """Rows decided to update a record edited since, that now disagree with it: waiting."""
    return [c["row"] for c in ImportService(session).recheck_changed(batch_id)]


@_said
def commit(session, batch_id: int, progress=None, cancel=None) -> dict:
    return ImportService(session).commit(batch_id, progress, cancel)


@_said
def discard(session, batch_id: int) -> None:
    ImportService(session).discard(batch_id)


def batches(session) -> list[dict]:
    svc = ImportService(session)
    return [{"batch": b.id, "state": b.state, "file": b.file_name, "source": b.list_source,
             "sheet": b.sheet, "rows_read": b.rows_read,
             "waiting": len(svc.undecided(b.id)) if b.state == "staged" else 0,
             "created_at": b.created_at, "committed_at": b.committed_at or ""}
            for b in svc.repo.batches()]


FIELDS = [f.value for f in Field]


@_said
def report(session, batch_id: int) -> dict:
    """A batch's import report, with each row of the list and the case number it went to."""
    return ImportService(session).report(batch_id)


def save_rows(session, batch: int, path: str, header: list[str], cells: list[list[str]]
              ) -> dict:
    """An import's rows written to a CSV, in the audit trail as an export (row_text.py)."""
    return save_rows_csv(session, batch, path, header, cells)


def _row_text(r) -> str:
    """A row that is no person (a heading, a total, a signature): its cells as the list has them,
    so that the preview shows what was rejected, not an empty cell."""
    cells = json.loads(r.raw_json or "{}")
    return " | ".join(" ".join(v.split()) for v in cells.values() if isinstance(v, str) and v.strip())
