"""What a person's page asks of the vault (each runs on the vault thread)."""

from __future__ import annotations

import copy
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.errors import NotFound, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person, Status, StatusEvent
from app.domain.records import (
    FamilyContact,
    Relation,
    RelativeLink,
    Report,
    RescueOperation,
)
from app.draft_merge import three_way
from app.importing.review import person_card
from app.importing.service import ImportService
from app.importing.staged import typed_as_listed
from app.matching_service import SHOWN_SCORE
from app.parent_age import ParentAgesClose
from app.person_fill import Filling, fill_blanks, what_fills
from app.persons import told_on
from app.record_trail import case_numbers_by_entry
from app.reports.list_said import rows_naming
from ui.error_words import DELETED_ELSEWHERE
from ui.import_report import refusal_said
from ui.labels import date_read, date_typed, one_name, relation_names, source_code_said


def load_bundle(session, case_no: str) -> dict:
    """The person and everything around them, for one page: what was recorded under a record
    merged into hers too, with that record's case number (None: hers)."""
    p = session.persons.get(case_no)
    r = session.records
    relatives, relatives_from = [], []
    for link, came in r.relatives_with_merged(p):
        other = session.persons.get_by_id(link.relative_id)
        relatives.append([relation_names().get(link.relation.value, link.relation.value),
                          other.case_no,
                          one_name(other)])
        relatives_from.append(came)
    photos = r.photos_with_merged(p)
    contacts = r.contacts_with_merged(p)
    merged_records = session.matching.merged_records(p.case_no)
    return {
        "person": p,
        "status_sources": session.matching.status_sources(p),
        "relatives": relatives,
        "relatives_from": relatives_from,
        # hers and her merged records' (changed there too: see RecordService.change_contact)
        "contacts": [c for c, _ in contacts],
        "contacts_from": [came for _, came in contacts],
        "photos": [ph for ph, _ in photos],
        "photos_from": [came for _, came in photos],
        "reports": r.reports_with_merged(p),
        "rescues": r.rescues_with_merged(p),
        # hers and her merged records' list rows, in her dossier's order
        "provenance": rows_naming(session.records, p, merged_records),
        # every entry about her, as `audit log --case` lists them: a report or rescue of hers,
        # a link a relative's record made to her, not her own record's entries alone
        "history": (history := session.records.trail_about(p.case_no)),
        "history_case_nos": case_numbers_by_entry(session.persons, session.audit, history),
        "draft": read_draft(session, p.case_no),
        # her record as the draft's page read it: restoring puts back only what was typed
        "draft_base": session.drafts.person_base(p.case_no),
        "merged_from": session.matching.merged_into(p.case_no),
        # the record she is part of now, when this one is merged into it
        "merged_into": (session.persons.kept_as([p.id])[p.id]
                        if p.merged_into is not None else None),
        # ... and she as kept there: a rescue begun on this page names her so
        "kept": session.persons.as_kept([p.id])[0],
        # What lists said of her that the vault did not take (a reported death, an older
        # status): kept in view so it is settled, not forgotten with the import report.
        "list_conflicts": ImportService(session).conflicts_about(
            [p.case_no, *(m.person.case_no for m in merged_records)]),
    }


def candidates_for(session, person: Person) -> list[dict]:
    """The persons already in the vault a new record may be, best first: the engine and the
    lowest score `casekeeper match` uses, so the desk and the command line find the same."""
    [found] = session.matching.match_rows([person], min_score=SHOWN_SCORE)
    return [{**person_card(session.persons.get(c.case_no)), "score": c.score.score,
             "why": c.score.summary()} for c in found]


def create_person(session, person: Person, told: StatusEvent | None,
                  passed: list[dict]) -> str:
    """Save a new person through the service `casekeeper person add` uses, audit entry and all;
    a status told with no date is known by today, as there. passed: the candidates the check
    showed and the user saved past, kept in the audit entry so the choice can be seen later."""
    if told is not None:
        person.status_events.append(told_on(told, date.today()))
    person.origin_village = village_kept(session, person.origin_village)
    detail: dict = {"via": "desktop"}
    if passed:
        detail["saved_despite"] = [{"case_no": c["case_no"], "score": round(c["score"], 3)}
                                   for c in passed]
    return session.persons.create(person, detail=detail, by_hand=True).case_no


def village_kept(session, typed: str) -> str:
    """The spelling New person saves a typed village under (PersonService.village_kept)."""
    return session.persons.village_kept(typed)


def what_typed_adds(session, case_no: str, person: Person,
                    told: StatusEvent | None) -> Filling:
    """What the New person form's details would add to the existing record chosen instead."""
    return what_fills(session.persons, case_no, _typed(session, person, told))


def add_typed(session, case_no: str, person: Person, told: StatusEvent | None,
              version: int) -> Filling:
    """Carry the form's details into her blanks (version: her record as shown to the user)."""
    return fill_blanks(session.persons, case_no, _typed(session, person, told), version,
                       detail={"via": "desktop", "from": "new person form"})


def _typed(session, person: Person, told: StatusEvent | None) -> Person:
    """The form's person with its status and village as create_person would save them (dated
    today if told without a date); a copy, as the form asks twice with the same read."""
    typed = copy.deepcopy(person)
    typed = typed_as_listed(typed, village_kept(session, typed.origin_village))
    if told is not None:
        typed.status_events.append(told_on(copy.deepcopy(told), date.today()))
    return typed


def read_draft(session, case_no: str):
    return session.drafts.person(case_no)


def write_draft(session, person, base=None) -> None:
    """Unsaved edits kept inside the (encrypted) vault until restored or discarded, with her
    record as the page read it (base)."""
    session.drafts.keep_person(person, base)


def keep_and_load(session, typed, base) -> dict:
    """Reload after a refused save: what is typed kept as a draft first (it is in the vault
    while she is asked about fields changed on both sides, and a lock then loses nothing),
    then her page's bundle read again."""
    session.drafts.keep_person(typed, base)
    return load_bundle(session, typed.case_no)


def write_draft_read_from(session, kept: tuple) -> None:
    """write_draft of (edited, base), as the lock writes each draft with one argument."""
    write_draft(session, *kept)


def discard_draft(session, case_no: str) -> None:
    session.drafts.discard_person(case_no)


def save(session, person, keep_draft: bool = False):
    with _deleted_elsewhere(person.case_no):
        saved = session.persons.update(person, by_hand=True)
    # A draft not taken into the edit saved (PersonPage._save) stays offered while it holds
    # typing the saved record does not; one she typed again and saved is gone, as then it
    # would be counted by `restore` as work to be lost.
    if not keep_draft or not _draft_holds_more(session, saved):
        discard_draft(session, person.case_no)
    return saved


def _draft_holds_more(session, saved) -> bool:
    draft = session.drafts.person(saved.case_no)
    if draft is None:
        return False
    merged = three_way(session.drafts.person_base(saved.case_no), draft, saved)
    return bool(merged.typed or merged.conflicts)


@contextmanager
def _deleted_elsewhere(case_no: str):
    """Her page's case number no longer found: she was deleted in another window or by a
    command since the page was opened, not a typo of hers."""
    try:
        yield
    except NotFound as e:
        if e.said[:1] != ("no person with case number %1",):
            raise
        raise NotFound.saying(DELETED_ELSEWHERE, case_no) from None


def save_unless_changed(session, person, keep_draft: bool = False):
    """save, or None when her record was saved elsewhere since the page read it (another
    window, a command, an import): nothing is saved, and the page offers Reload, which keeps
    what was typed on top of her record as it is now."""
    with _deleted_elsewhere(person.case_no):
        current = session.persons.get(person.case_no)
    if current.version != person.version:
        return None
    return save(session, person, keep_draft)


def undo(session, previous, current_version: int):
    """Put back the fields as they were before the last save (recorded as its own edit)."""
    previous.version = current_version
    return session.persons.update(previous, action="person.undo")


def withdraw_status(session, case_no: str, event: StatusEvent, reason: str = ""):
    """The status event shown on her page taken out of her history (by its status and date),
    the reason typed recorded as `person status-withdraw --reason` records it."""
    when = event.date if not event.date.is_blank else None
    return session.persons.withdraw_status(case_no, event.status, when, reason)


def add_status(session, case_no: str, status: str, date_text: str, note: str,
               report_id: int | None = None):
    """Through the service `person status` uses: resting on one of her reports, told without a
    date, it takes the date the report was observed (RecordService.add_status)."""
    date = form_date(date_text, QCoreApplication.translate("StatusTab", "Date"))
    person, _taken = session.records.add_status(
        case_no, StatusEvent(Status(status), date, note.strip(), report_id))
    return person


# Each returns [(a number typed, her live record's)] for a record merged into another: what
# was added is stored on the record typed and shown under her live record, and the page says
# so (RecordService.merged_under).
def link_relative(session, case_no: str, other: str, relation: str,
                  despite_ages: bool = False) -> list[tuple[str, str]]:
    merged = session.records.merged_under(case_no, other)
    session.records.link_relative(case_no, other, RelativeLink(0, 0, Relation(relation)),
                                  despite_ages=despite_ages)
    return merged


def link_relative_said(session, case_no: str, other: str, relation: str,
                       despite_ages: bool = False
                       ) -> tuple[list[tuple[str, str]], str, str] | ParentAgesClose:
    """link_relative, and the relative linked as her row names him or her (case number as
    kept, name): said on the page at once, before the page is read again. A parent fewer
    than 12 years older than the child is not linked but given back, for the page to ask."""
    try:
        merged = link_relative(session, case_no, other, relation, despite_ages)
    except ParentAgesClose as close:
        return close
    linked = session.persons.get(other)
    return merged, linked.case_no, one_name(linked)


def add_contact(session, case_no: str, fields: dict) -> list[tuple[str, str]]:
    merged = session.records.merged_under(case_no)
    session.records.add_contact(case_no, FamilyContact(0, **fields))
    return merged


def change_contact(session, case_no: str, contact_id: int, fields: dict):
    return session.records.change_contact(case_no, contact_id, **fields)


def _needs_text() -> str:
    return QCoreApplication.translate("ReportsTab",
                                      "The report needs its text: what was seen or heard.")


def _source_checked(fields: dict, kept: str = "") -> dict:
    """The source code as the service keeps it (upper case: a-7 and A-7 are one informant),
    refused in the interface's language when it is no code (the rule is the service's,
    source_code_said). kept: the report's code as stored, left as it is though saved before
    a code needed a digit."""
    code = fields["source_code"].strip().upper()
    if code and code != kept and (said := source_code_said(code)):
        raise ValidationError(said)
    return {**fields, "source_code": code}


def add_report(session, case_no: str, fields: dict) -> int:
    """A report about this person (the source by code name only, as everywhere), through the
    service `report add` uses: the form's box says whether it could identify its source."""
    if not fields["text"]:
        raise ValidationError(_needs_text())
    fields = _source_checked(fields)
    received = form_date(fields["received"],
                         QCoreApplication.translate("ReportsTab", "Received"))
    observed = form_date(fields.get("observed", ""),
                         QCoreApplication.translate("ReportsTab", "Observed"))
    # her first, then the other women typed under it (`report add --person A --person B`)
    ids = [session.persons.get(c).id for c in [case_no, *fields.get("others", ())]]
    return session.records.add_report(Report(
        received=received, observed=observed, place=fields["place"], text=fields["text"],
        source_code=fields["source_code"], credibility=fields.get("credibility"),
        could_identify_source=fields.get("could_identify_source", True),
        person_ids=ids))


def edit_report(session, report_id: int, fields: dict) -> tuple[list, list]:
    """The form's fields into the report, through the service `report edit` uses (audited).
    A date left as the form showed it keeps what was stored, whatever its text. Returns the
    statuses it dated, moved with its observed date (app/report_dated.Followed), and those it
    told of a woman taken off, which stay behind (app/report_left.LeftBehind), to be said."""
    if not fields["text"]:
        raise ValidationError(_needs_text())
    report = session.records.get_report(report_id)
    fields = _source_checked(fields, report.source_code)
    changes = {k: fields[k] for k in ("place", "text", "source_code", "credibility",
                                      "could_identify_source")}
    for key, what in (("received", QCoreApplication.translate("ReportsTab", "Received")),
                      ("observed", QCoreApplication.translate("ReportsTab", "Observed"))):
        if fields[key] != date_typed(getattr(report, key)):
            changes[key] = form_date(fields[key], what)
    changes.update(outcome_changes(report, fields))
    now, were = fields.get("others", []), fields.get("others_were", [])
    followed: list = []
    left: list = []
    session.records.edit_report(report_id, changes, [c for c in now if c not in were],
                                [c for c in were if c not in now], followed, left)
    return followed, left


def outcome_changes(report, fields: dict) -> dict:
    """The form's outcome (ui/report_outcome.py) as the service's changes: ticked with no
    reason is refused (the reason is what the report shows); a date left as shown stays."""
    if "proved_false" not in fields:
        return {}
    if fields.get("proved_false_ticked") and not fields["proved_false"]:
        raise ValidationError(QCoreApplication.translate(
            "ReportsTab", "Say why the report proved false."))
    out = {"proved_false": fields["proved_false"]}
    typed = fields.get("proved_false_on", "")
    if fields["proved_false"] and typed != date_typed(report.proved_false_on):
        out["proved_false_on"] = form_date(typed, QCoreApplication.translate(
            "ReportsTab", "When it proved false")) if typed else FuzzyDate()
    return out


def add_rescue(session, case_no: str, fields: dict) -> dict:
    """Record a rescue of her; what it made her: her status now and whether it came from it."""
    handed = fields.get("handover_to_family", "")
    if not (fields["date"] or fields["from_place"] or fields["outcome"] or handed):
        raise ValidationError(QCoreApplication.translate(
            "RescueForm", "The rescue needs at least its date, where from, or its outcome."))
    # Both dates are read before anything is saved, as `rescue add` reads --date and
    # --handover-to-family: one refused leaves the vault as it was.
    when = form_date(fields["date"], QCoreApplication.translate("RescueForm", "Rescue date"))
    handover = form_date(handed, QCoreApplication.translate("RescueForm",
                                                              "Handover to family"))
    person_id = session.persons.get(case_no).id
    op = RescueOperation(
        date=when, from_place=fields["from_place"],
        handover_point=fields["handover_point"], outcome=fields["outcome"],
        handover_to_family=handover,
        person_ids=[person_id], gives_status=fields.get("gives_status", "rescued"))
    rid = session.records.add_rescue(op)
    [now] = session.records.rescue_statuses_now(op)
    return {"rescue_id": rid, "status": now.status.value, "from_rescue": now.from_this_rescue,
            "gave": op.gives_status != "none"}


def form_date(text: str, label: str) -> FuzzyDate:
    """A date box of her page's forms (status, report, rescue), read as New person's date boxes
    and the command line's date options read theirs, named by label (the box, in the
    interface's words); refused as a ValidationError, so the vault is left as it was."""
    try:
        return date_read(text, label)
    except ValueError as refused:
        raise ValidationError(str(refused)) from None


def add_photo(session, case_no: str, data: bytes) -> list[tuple[str, str]]:
    merged = session.records.merged_under(case_no)
    session.records.add_photo(case_no, data)
    return merged


# Each takes the reason typed in the question (optional, as `--reason` is on the command
# line) and records it as the command does: in the removal's audit entry.
def remove_photo(session, photo_id: int, reason: str = "") -> None:
    session.records.remove_photo(photo_id, reason)


def remove_contact(session, contact_id: int, reason: str = "") -> None:
    session.records.remove_contact(contact_id, reason)


def remove_relative(session, case_no: str, other: str, reason: str = "") -> None:
    session.records.remove_relative(case_no, other, reason)


def split(session, merged_case: str) -> dict:
    """Split a record out of hers, through the service `casekeeper split` uses; the case
    numbers, the fields of hers left as edited since the merge, and the list rows that went to
    hers while the other was merged into it: given back to the record split out, or left where
    nothing tells whose they are (matching.rows_split_back, as the command says them), each
    with its list's file name; and the statuses that went back with the report they rest on."""
    kept, out, left = session.matching.split(merged_case)
    rows = session.matching.rows_split_back(out.case_no)
    imports = ImportService(session)
    files = {b: imports.batch(b).file_name
             for b in {r[0] for r in rows["moved"] + rows["unsure"]}}
    return {"kept": kept.case_no, "split": out.case_no, "left_as_edited": list(left),
            "split_status": out.current_status.value, "split_sex": out.sex.value,
            "statuses_moved": session.matching.statuses_split_back(out.case_no),
            "rows_given_back": [_given_back(b, n, files[b], rows) for b, n in rows["moved"]],
            "rows_in_doubt": [{"batch": b, "row": n, "why": why, "file": files[b]}
                              for b, n, why in rows["unsure"]]}


def _given_back(b: int, n: int, file: str, rows: dict) -> dict:
    """A row the split gave back, as `casekeeper split --json` gives it: moved with what it
    told (with_what_it_told), and what of it stayed on the kept record all the same
    (left_on_kept: edited since, or told by another row), for the split window to say."""
    if [b, n] not in rows.get("carried", []):
        return {"batch": b, "row": n, "file": file}
    return {"batch": b, "row": n, "file": file, "with_what_it_told": True, "left_on_kept": [
        {k: v for k, v in x.items() if k not in ("batch", "row")}
        for x in rows.get("left_on_kept", []) if (x["batch"], x["row"]) == (b, n)]}


def withdraw_row(session, batch_id: int, row_number: int) -> dict:
    """A list's row taken back from the person it updated or created (review --withdraw); a
    refusal said in the interface's language, as the import screens say theirs."""
    try:
        return ImportService(session).withdraw(batch_id, row_number)
    except (NotFound, ValidationError) as refused:
        raise refusal_said(refused) from None
