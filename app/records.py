"""Services for the records around persons: reports, rescues, relatives, contacts, photos."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from typing import TypeVar

from app import photos, record_trail
from app.audit import AuditTrail, now_utc
from app.domain.errors import NotFound, RelationWord, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person, StatusEvent
from app.domain.records import (
    RESCUE_GIVES,
    FamilyContact,
    Incident,
    Photo,
    Relation,
    RelativeLink,
    Report,
    RescueOperation,
    is_source_code,
    source_code_refusal,
    source_code_typed,
)
from app.importing.erased_keys import secret
from app.importing.phones import phone_key, removed_key
from app.parent_age import CHILDREN, PARENTS, ParentAgesClose, check_births
from app.record_persons import RecordPersons
from app.record_removal import RecordRemoval, Removed
from app.report_dated import follow_observed, follow_received
from app.report_left import statuses_left
from app.rescue_statuses import StatusNow, give_statuses, statuses_now
from db.database import Database
from db.repositories.records import RecordRepository

PHOTO_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
MAX_PHOTO_BYTES = 20 * 1024 * 1024


T = TypeVar("T")


def _each_once(held: list[tuple[T, str | None]], key: Callable[[T], Hashable]
               ) -> list[tuple[T, str | None]]:
    """The first of each (hers come first): a report about two of her records is one report."""
    seen: set = set()
    out = []
    for item, case_no in held:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append((item, case_no))
    return out


# Marks a vault whose reports follow the rule of this version: a report could identify its
# source unless someone said it cannot. Before it, the desktop never asked and `report add`
# took silence for "it cannot", so no stored "cannot" was anyone's judgement.
REPORT_RULE_MARK, REPORT_RULE = "report_source_rule", "1"

# What `report edit` and the desktop may change in a report, in the order the audit names them.
REPORT_FIELDS = ("received", "observed", "place", "text", "source_code", "credibility",
                 "could_identify_source", "proved_false", "proved_false_on")


# What `rescue edit` and the desktop may change in a rescue (its persons stay; its ledger is
# replaced whole by replace_costs).
RESCUE_FIELDS = ("date", "from_place", "route", "handover_point", "team_codes", "outcome",
                 "handover_to_family", "needs", "notes", "gives_status")


def _ledger_lines(costs) -> list[list[str]]:
    return [[str(c.amount), c.currency, c.paid_to, c.purpose] for c in costs]


def _check_rescue(op: RescueOperation, handover_asked: bool = True) -> None:
    """handover_asked: its status or handover is new or changed (an operation an earlier
    version kept with both is not refused when only its notes change)."""
    # The handover to family is not checked here: one typed before it was read as a date may
    # be words, kept as typed; the command line reads a new one as a date.
    if op.gives_status is not None and op.gives_status not in RESCUE_GIVES:
        raise ValidationError(f"a rescue gives the status {', '.join(RESCUE_GIVES)}, "
                              f"not {op.gives_status!r}")
    handed, freed = op.handover_to_family, op.date
    if handover_asked and op.gives_status == "none" and not handed.is_blank:
        # her family's paper printed "Handover to family" beside "Current status: missing"
        raise ValidationError.saying(
            "an operation that freed no one (it gives no status) has no handover to her family "
            "(%1): if she was freed after all, give the status it gives; if not, leave the "
            "handover to family empty", handed.text or handed.display())
    if handed.latest and freed.earliest and handed.latest < freed.earliest:
        # as given, her papers said she was back with her family a month before she was
        # freed, and her current status was "rescued" (the later of the two)
        raise ValidationError.saying(
            "the handover to her family (%1) is before the rescue (%2): she is handed over "
            "after she is freed; check both dates", handed.display(), freed.display())


def _check_report(report: Report, code_given: bool = True) -> None:
    """code_given: the source code is new or changed; one kept from before the digit was
    asked for is left as it is when other fields of its report change."""
    # one informant, however the code was typed: a-7 and A-7 had been two
    report.source_code = source_code_typed(report.source_code)
    if report.credibility is not None and not 1 <= report.credibility <= 6:
        raise ValidationError("credibility must be from 1 to 6")
    seen, came = report.observed, report.received
    if seen.earliest and came.latest and seen.earliest > came.latest:
        raise ValidationError.saying(
            "the report was received (%1) before what it tells was seen (%2): a report tells "
            "of what was seen before it came in; check both dates", came.display(),
            seen.display())
    if code_given and report.source_code and not is_source_code(report.source_code):
        raise ValidationError(source_code_refusal(report.source_code))
    _check_outcome(report)


def _check_outcome(report: Report) -> None:
    """A report proved false: its reason kept on one line (a pasted line break or tab read as
    a space, as the desktop's one-line box shows it: a report is listed a line each), its date
    (today when none was given) not before the report came in; one not proved false keeps no
    date."""
    report.proved_false = " ".join(report.proved_false.split())
    if not report.proved_false:
        report.proved_false_on = FuzzyDate()
        return
    if report.proved_false_on.is_blank:
        report.proved_false_on = FuzzyDate.exact(date.today())
    found, came = report.proved_false_on, report.received
    if found.latest and came.earliest and found.latest < came.earliest:
        raise ValidationError.saying(
            "the report was proved false (%1) before it was received (%2): check both dates",
            found.display(), came.display())


def outcome_step(before: str, now: str) -> str:
    """What an edit did to a report's mark, as the audit trail keeps it (its words never)."""
    return (MARKED if not before else TAKEN_BACK if not now else MARK_CHANGED)


# a report's mark in the audit trail (ui/history_words.py says them on the desktop)
MARKED, MARK_CHANGED, TAKEN_BACK = "marked", "changed", "taken back"


# A sighting or a rescue dated before she was taken, by what it says of her (seen, freed).
_BEFORE_TAKEN = {
    "seen": "%1 was taken on %2: she cannot have been seen on %3, before that; check the date",
    "freed": "%1 was taken on %2: she cannot have been freed on %3, before that; check the date",
}


class RecordService:
    def __init__(self, db: Database, audit: AuditTrail, persons) -> None:
        self.db, self.audit, self.persons = db, audit, persons
        self.repo = RecordRepository(db)
        self.who = RecordPersons(self)
        self.removal = RecordRemoval(self)

    def add_report(self, report: Report) -> int:
        _check_report(report)
        with self.db.transaction():
            self._each_person_once(report.person_ids)
            self.refuse_before_taken(report.person_ids, report.observed, "seen")
            rid = self.repo.insert_report(report, now_utc())
            self.audit.append("report.create", "report", str(rid),
                              {"persons": report.person_ids, "source_code": report.source_code,
                               "could_identify_source": report.could_identify_source})
        report.id = rid
        return rid

    def _each_person_once(self, ids: list[int]) -> None:
        self.who.each_person_once(ids)

    def refuse_before_taken(self, ids: list[int], when, what: str) -> None:
        """A sighting or a rescue dated before she was taken (a year typed wrong, 2013 for
        2018) would stand in her history as if it had been."""
        if not when.latest:
            return
        for pid in ids:
            person = self.persons.get_by_id(pid)
            taken = person.abduction_date
            if taken.earliest and when.latest < taken.earliest:
                raise ValidationError.saying(
                    _BEFORE_TAKEN[what], person.case_no, taken.display(), when.display())

    def check_status_report(self, case_no: str, report_id: int) -> None:
        """A status resting on a report: the report must be about her (or a record merged
        into hers)."""
        report = self.get_report(report_id)
        person = self.persons.get(case_no)
        kept = {p.id for p in self.persons.as_kept(list(report.person_ids))}
        if person.id not in kept:
            named = ", ".join(sorted(p.case_no for p in self.persons.as_kept(
                list(report.person_ids)))) or "no one"
            raise ValidationError(f"report {report_id} is about {named}, not {person.case_no}: "
                                  f"a status of hers cannot rest on it")

    def add_status(self, case_no: str, event: StatusEvent) -> tuple[Person, FuzzyDate | None]:
        """A status of hers told by hand (`person status`, the desktop's Add event). Resting on
        a report (event.report_id): the report must be about her, and told without a date it
        takes the date the report was observed, which is when she was seen, not the day it was
        typed. Returns her record and that date (None: the event's own date, or none)."""
        taken = None
        with self.db.transaction():
            if event.report_id is not None:
                self.check_status_report(case_no, event.report_id)
                report = self.get_report(event.report_id)
                observed, event.known_by = report.observed, report.received.latest
                # dated by the report, noted: a correction of its observed date moves it (and
                # one told before the report had a date takes the date given it later)
                event.dated_by_report = event.date.is_blank
                if event.date.is_blank and not observed.is_blank:
                    event.date = taken = observed
            return self.persons.add_status(case_no, event), taken

    def ensure_reports_withheld(self) -> list[int]:
        """Once per vault saved under the earlier rule: every report it holds is taken to be one
        that could identify its source, as a new one is (`report edit` clears one that cannot);
        the reports changed, in the audit trail."""
        meta = self.persons.meta
        if meta.get(REPORT_RULE_MARK) == REPORT_RULE:
            return []
        with self.db.transaction():
            changed = self.repo.withhold_unjudged_reports()
            if changed:
                self.audit.append("vault.reports_withheld", "vault", detail={
                    "rule": REPORT_RULE, "reports": changed, "why": "no one was asked whether "
                    "these reports could identify their source: withheld until someone says "
                    "they cannot (report edit)"})
            meta.set(REPORT_RULE_MARK, REPORT_RULE)
        return changed

    def get_report(self, rid: int) -> Report:
        report = self.repo.get_report(rid)
        if report is None:
            raise NotFound(f"no report {rid}")
        return report

    def edit_report(self, rid: int, changes: dict, add: list[str] = (),
                    remove: list[str] = (), followed: list | None = None,
                    left: list | None = None) -> list[str]:
        """Change a report's fields (REPORT_FIELDS), above all whether it could identify its
        source, and the persons it is about (case numbers to add and take off: RecordPersons),
        all or nothing. Returns what changed ("persons" among the fields), in the audit trail
        with the flag as it now is (what the report says stays in the report). The statuses it
        dated follow a new observed date (app/report_dated), each put into followed if given;
        the statuses it told of a woman taken off, which stay behind, into left
        (app/report_left)."""
        unknown = set(changes) - set(REPORT_FIELDS)
        if unknown:
            raise ValueError(f"not a report field: {sorted(unknown)}")  # a caller's mistake
        with self.db.transaction():
            report = self.get_report(rid)
            head = self.audit.newest(1).rows  # what was written before this change
            changed = [f for f in REPORT_FIELDS
                       if f in changes and changes[f] != getattr(report, f)]
            if changed:
                moved = self._edit_report_fields(report, changes, changed)
                if followed is not None:
                    followed += moved
            if add or remove:
                added, gone = self.who.change_report(self.get_report(rid), list(add),
                                                     list(remove))
                changed.append("persons")
                if left is not None and gone:
                    left += statuses_left(self, self.get_report(rid), gone, added,
                                          head[0].seq if head else 0)
        if changed:
            self.db.forget_old_pages()  # its old text, if it named someone, leaves no copy
        return changed

    def refuse_report_change(self, rid: int, add: list[str] = (),
                             remove: list[str] = ()) -> None:
        """The refusal edit_report would give for these persons added and taken off, if any;
        nothing is changed (RecordPersons.refuse_report_change)."""
        self.who.refuse_report_change(self.get_report(rid), list(add), list(remove))

    def _edit_report_fields(self, report: Report, changes: dict, changed: list[str]) -> list:
        was = {f: getattr(report, f) for f in ("source_code", "credibility") if f in changed}
        proved_before, on_before = report.proved_false, report.proved_false_on
        observed = report.observed
        for f in changed:
            setattr(report, f, changes[f])
        _check_report(report, "source_code" in changed)
        if report.proved_false_on != on_before and "proved_false_on" not in changed:
            changed.append("proved_false_on")  # set to today, or cleared with the mark
        if report.proved_false and not proved_before:
            self.who.refuse_proved_false(report.id)
        if "observed" in changed:
            self.refuse_before_taken(report.person_ids, report.observed, "seen")
        self.repo.update_report(report)
        detail: dict = {"changed": changed, "could_identify_source": report.could_identify_source}
        for f in ("source_code", "credibility"):
            if f in changed:
                detail[f] = getattr(report, f)
        if {"proved_false", "proved_false_on"} & set(changed):
            # That it was marked, changed or taken back, and when it proved false: what a
            # report proved is evidence, as its credibility is. Never the reason's words: like
            # its text, a reason names her and how an informant failed, and the trail can
            # never be changed, not even when she is deleted to protect her.
            detail["proved_false"] = outcome_step(proved_before, report.proved_false)
            if report.proved_false:
                detail["proved_false_on"] = report.proved_false_on.display()
            if on_before.display() != report.proved_false_on.display() and proved_before:
                was["proved_false_on"] = on_before.display()
        # The code and credibility it had: how a report was judged is evidence. Its old text
        # is not kept: an edit that takes an informant's name out of it must take it out
        # (the trail can never be changed).
        if was:
            detail["was"] = was
        self.audit.append("report.edit", "report", str(report.id), detail)
        moved = (follow_observed(self.persons, self.repo, report, observed)
                 if "observed" in changed else [])
        if "received" in changed:
            # a status the report dates reaches no later than its receipt (known_range)
            moved += follow_received(self.persons, self.repo, self.audit, report)
        return moved

    def delete_report(self, rid: int, reason: str = "") -> Report:
        """Delete a report (refused while a status rests on it): RecordPersons."""
        report = self.get_report(rid)
        self.who.delete_report(report, reason)
        return report

    def add_rescue(self, op: RescueOperation) -> int:
        """Record a rescue; the status it gives (op.gives_status) goes onto each of its
        persons, marked as coming from it."""
        _check_rescue(op)
        with self.db.transaction():
            self._each_person_once(op.person_ids)
            self.refuse_before_taken(op.person_ids, op.date, "freed")
            rid = self.repo.insert_rescue(op, now_utc())
            op.id = rid
            self.audit.append("rescue.create", "rescue", str(rid),
                              {"persons": op.person_ids, "gives_status": op.gives_status,
                               "costs": [[str(c.amount), c.currency] for c in op.costs]})
            give_statuses(self.persons, op)
        return rid

    def edit_rescue(self, rid: int, changes: dict, add: list[str] = (),
                    remove: list[str] = ()) -> list[str]:
        """Change a rescue's fields (RESCUE_FIELDS) and the persons it freed (case numbers to
        add and take off), all or nothing; the statuses it gave follow: a new date or handover
        date moves them, --status none takes them back, a person taken off loses hers.
        Returns the fields changed ("persons" among them)."""
        unknown = set(changes) - set(RESCUE_FIELDS)
        if unknown:
            raise ValueError(f"not a rescue field: {sorted(unknown)}")  # a caller's mistake
        with self.db.transaction():
            op = self.get_rescue(rid)
            changed = [f for f in RESCUE_FIELDS if f in changes and changes[f] != getattr(op, f)]
            if changed:
                for f in changed:
                    setattr(op, f, changes[f])
                _check_rescue(op, bool({"gives_status", "handover_to_family"} & set(changed)))
                if "date" in changed:
                    self.refuse_before_taken(op.person_ids, op.date, "freed")
                self.repo.update_rescue(op)
                self.audit.append("rescue.edit", "rescue", str(rid),
                                  {"changed": changed, "gives_status": op.gives_status})
                give_statuses(self.persons, op)
            if add or remove:
                self.who.change_rescue(self.get_rescue(rid), list(add), list(remove))
                changed.append("persons")
        return changed

    def replace_costs(self, rid: int, costs: list) -> bool:
        """The operation's ledger as given (a second instalment, an amount mistyped), the lines
        it had kept in the audit trail; False when it already says so."""
        with self.db.transaction():
            op = self.get_rescue(rid)
            if _ledger_lines(costs) == _ledger_lines(op.costs):
                return False
            self.repo.replace_costs(rid, costs)
            # amounts and currencies only, as rescue.create keeps them: "paid to" is often the
            # informant, and a name typed there and corrected must leave no copy in the trail
            detail: dict = {"was": [[str(c.amount), c.currency] for c in op.costs],
                            "now": [[str(c.amount), c.currency] for c in costs]}
            # of the lines it had (a line added is said by its amount)
            pairs = list(zip(costs, op.costs, strict=False))
            if other := [f for f in ("paid_to", "purpose")
                         if any(getattr(c, f) != getattr(w, f) for c, w in pairs)]:
                detail["changed"] = other
            self.audit.append("rescue.costs", "rescue", str(rid), detail)
            self.db.forget_old_pages()  # the lines replaced, a payee's name among them (at commit)
        return True

    def delete_rescue(self, rid: int, reason: str = "") -> RescueOperation:
        """Delete a rescue record, its ledger and the statuses it gave."""
        with self.db.transaction():
            op = self.get_rescue(rid)
            op.gives_status = "none"
            give_statuses(self.persons, op)
            self.repo.delete_rescue(rid)
            self.audit.append("rescue.delete", "rescue", str(rid),
                              {"persons": op.person_ids, "reason": reason})
            self.db.forget_old_pages()  # its ledger's payees leave no copy either (at commit)
        return op

    def rescue_statuses_now(self, op: RescueOperation) -> list[StatusNow]:
        return statuses_now(self.persons, op)

    def get_rescue(self, rid: int) -> RescueOperation:
        op = self.repo.get_rescue(rid)
        if op is None:
            raise NotFound.saying("no rescue operation with id %1", rid)
        return op

    def live(self, case_no: str) -> Person:
        """Her record as kept now: a record merged into another is the record on top of its
        chain, the one whose page shows what is added under the merged number."""
        person = self.persons.get(case_no)
        if person.merged_into is None:
            return person
        return self.persons.get(self.persons.kept_as([person.id])[person.id])

    def merged_under(self, *case_nos: str) -> list[tuple[str, str]]:
        """(the case number as kept, her live record's) for each of these that is a record
        merged into another: a contact, photo or link added under it is stored on the record
        typed, so that a split gives it back and her deletion takes it, and shown under her
        live record; the user who typed the old number (a family's paper) is told so."""
        out = []
        for case_no in case_nos:
            person = self.persons.get(case_no)
            if person.merged_into is not None:
                out.append((person.case_no, self.live(case_no).case_no))
        return out

    def link_relative(self, case_no: str, relative_case_no: str, link: RelativeLink,
                      despite_ages: bool = False) -> int | None:
        """Link them, once the link can be true of both records; a parent fewer than 12 years
        older than the child by their births (app/parent_age.py) only with despite_ages, the
        user having been told. Merges, splits and imports move links without this check.
        Returns the years at most between the births it was linked despite (None: not asked)."""
        with self.db.transaction():
            person, relative = self.persons.get(case_no), self.persons.get(relative_case_no)
            link.person_id, link.relative_id = person.id, relative.id
            kept = self.live(case_no), self.live(relative_case_no)
            # a record merged into hers is hers: no link of her to herself, under either number
            if kept[0].id == kept[1].id:
                raise ValidationError.saying("a person cannot be their own relative")
            known = [lk.relation for lk in self.relatives_for(person.id)
                     if lk.relative_id == relative.id]
            if any(lk.relative_id == relative.id and lk.relation == link.relation
                   for lk in self.repo.relatives_for(person.id)):  # the database refused it
                raise ValidationError.saying("%1 and %2 are linked so already", person.case_no,
                                             relative.case_no)
            _check_relative(person, relative, link.relation, known)
            # by the births of the records as kept: a number typed from a family's paper may
            # be a record merged into one whose birth her page shows
            try:
                check_births(*kept, link.relation)
                despite = None
            except ParentAgesClose as close:
                if not despite_ages:
                    raise
                despite = close.years
            self.repo.insert_relative(link)
            # under the numbers as kept (snj-1 is SNJ-00001): her history is read by them;
            # a link made despite the births says so, with the years they allow at most
            self.audit.append("person.relative", "person", person.case_no,
                              {"relative": relative.case_no, "relation": link.relation.value,
                               **({"despite_ages": despite} if despite is not None else {})})
        return despite

    def add_contact(self, case_no: str, contact: FamilyContact) -> int:
        _tidy(contact)
        with self.db.transaction():
            person = self.persons.get(case_no)
            contact.person_id = person.id
            cid = self.repo.insert_contact(contact)
            # the trail names the contact by number only: her family's names and phones stay
            # in the record, where the profiles decide who sees them
            self.audit.append("person.contact", "person", person.case_no, {"contact_id": cid})
        contact.id = cid
        return cid

    def change_contact(self, case_no: str, contact_id: int, *, name: str | None = None,
                       phone: str | None = None, relation: str | None = None) -> FamilyContact:
        """Change one of her family contacts: the fields given, the others kept."""
        with self.db.transaction():
            person = self.persons.get(case_no)
            contact = self.repo.get_contact(contact_id)
            # hers, or a record's merged into hers (her page shows both)
            own = {pid for pid, _ in self.persons.records_of(person)}
            if contact is None or contact.person_id not in own:
                raise NotFound(f"no family contact {contact_id} of {person.case_no}")
            given = {"name": name, "phone": phone, "relation": relation}
            new = _tidy(FamilyContact(person.id, **{
                k: getattr(contact, k) if v is None else v for k, v in given.items()},
                id=contact_id))
            changed = [k for k in given if getattr(new, k) != getattr(contact, k)]
            if changed:
                self.repo.update_contact(new)
                self.audit.append("person.contact.edit", "person", person.case_no,
                                  {"contact_id": contact_id, "changed": changed,
                                   **self._number_changed(person, contact.phone, new.phone)})
        return new

    def _number_changed(self, person: Person, was: str, now: str) -> dict:
        """The number a contact had, hashed with her record's id as a removed one is
        (phones.removed_key), when changed by hand to another: a list's next version that
        still gives the old number does not add it back as a new contact."""
        if not was or phone_key(was) == phone_key(now):
            return {}
        return {"changed_key": removed_key(secret(self.db, make=True), person.uuid, was)}

    def add_photo(self, case_no: str, data: bytes, caption: str = "") -> int:
        mime = next((m for sig, m in PHOTO_TYPES.items() if data.startswith(sig)), None)
        if mime is None:
            raise ValidationError.saying("a photo must be a JPEG or PNG file")
        if len(data) > MAX_PHOTO_BYTES:
            raise ValidationError.saying("a photo may be at most 20 MB")
        # stored upright and without EXIF (GPS), so neither the vault nor any paper keeps where
        # it was taken; one Pillow cannot read is kept as given (a paper leaves it out)
        data = photos.cleaned(data) or data
        with self.db.transaction():
            person = self.persons.get(case_no)
            photo_id = self.repo.insert_photo(Photo(person.id, data, mime, caption), now_utc())
            self.audit.append("person.photo", "person", person.case_no, {"photo_id": photo_id})
        return photo_id

    # Removing what was put on her by mistake (app/record_removal.py).
    def remove_photo(self, photo_id: int, reason: str = "") -> Removed:
        return self.removal.photo(photo_id, reason)

    def remove_contact(self, contact_id: int, reason: str = "") -> Removed:
        return self.removal.contact(contact_id, reason)

    def remove_relative(self, case_no: str, relative_case_no: str, reason: str = "") -> Removed:
        return self.removal.relative(case_no, relative_case_no, reason)

    def add_incident(self, incident: Incident) -> int:
        if incident.date.is_blank and not incident.place.strip() and not incident.description.strip():
            raise ValidationError("an incident needs a date, a place or a description")
        with self.db.transaction():
            iid = self.repo.insert_incident(incident)
            self.audit.append("incident.create", "incident", str(iid))
        incident.id = iid
        return iid

    # Reading: everything a dossier or the person page shows about one person.
    def reports_for(self, person_id: int) -> list[Report]:
        return self.repo.reports_for(person_id)

    def rescues_for(self, person_id: int) -> list[RescueOperation]:
        return self.repo.rescues_for(person_id)

    def relatives_for(self, person_id: int,
                      turned_kept: Callable[[Relation], bool] = lambda _r: True
                      ) -> list[RelativeLink]:
        """Every link she is part of, seen from her side, in the order they were made: one made
        from the other person is turned (her mother linked her as her child: she sees her
        mother), kept where turned_kept says so of the turned relation (see
        ReportService.dossier_source). A link made from both sides is listed once."""
        turned = [RelativeLink(person_id, lk.person_id, lk.relation.turned(sex), lk.note, lk.id)
                  for lk, sex in self.repo.relatives_naming(person_id)]
        links = self.repo.relatives_for(person_id) + [
            lk for lk in turned if turned_kept(lk.relation)]
        seen, out = set(), []
        for lk in sorted(links, key=lambda lk: lk.id):
            if (lk.relative_id, lk.relation) not in seen:
                seen.add((lk.relative_id, lk.relation))
                out.append(lk)
        return out

    def trail_about(self, case_no: str) -> list:
        """Every audit entry about her, oldest first (app/record_trail.py): `audit log --case`
        and her page's History tab."""
        return record_trail.trail_about(self, case_no)

    def contacts_for(self, person_id: int) -> list[FamilyContact]:
        return self.repo.contacts_for(person_id)

    def photos_for(self, person_id: int) -> list[Photo]:
        return self.repo.photos_for(person_id)

    # Her own and those of the records merged into hers, each with the case number of the
    # record it was recorded under (None: hers). Nothing moves at a merge, so a split gives
    # every one back to its record as it was.
    def reports_with_merged(self, person: Person) -> list[tuple[Report, str | None]]:
        """Every report about her or a record merged into hers, each once, by date received."""
        found = _each_once(self._held(person, self.repo.reports_for), lambda r: r.id)
        return sorted(found, key=lambda x: (x[0].received.earliest is not None,
                                            x[0].received.earliest or date.min, x[0].id or 0))

    def rescues_with_merged(self, person: Person) -> list[tuple[RescueOperation, str | None]]:
        found = _each_once(self._held(person, self.repo.rescues_for), lambda op: op.id)
        return sorted(found, key=lambda x: x[0].id or 0)

    def relatives_with_merged(self, person: Person,
                              turned_kept: Callable[[Relation], bool] = lambda _r: True
                              ) -> list[tuple[RelativeLink, str | None]]:
        """Her relatives and those of the records merged into hers; a link between two of her
        own records is left out, and a relative linked the same way twice is shown once. A
        relative whose record was merged into another is shown as that record: the one her
        page, her dossier and her family's papers name now."""
        own = {pid for pid, _ in self.persons.records_of(person)}
        links = self._held(person, lambda pid: self.relatives_for(pid, turned_kept))
        now = self.persons.kept_as([lk.relative_id for lk, _ in links])
        for lk, _ in links:
            if lk.relative_id in now:
                lk.relative_id = self.persons.get(now[lk.relative_id]).id
        return _each_once([x for x in links if x[0].relative_id not in own],
                          lambda lk: (lk.relation, lk.relative_id))

    def contacts_with_merged(self, person: Person) -> list[tuple[FamilyContact, str | None]]:
        """Her family contacts and those of the records merged into hers; the same contact
        (name, phone and relation) given on two of her records is shown once."""
        return _each_once(self._held(person, self.repo.contacts_for),
                          lambda c: (c.name.strip().casefold(), c.phone.replace(" ", ""),
                                     c.relation.strip().casefold()))

    def photos_with_merged(self, person: Person) -> list[tuple[Photo, str | None]]:
        return self._held(person, self.repo.photos_for)

    def _held(self, person: Person, read: Callable[[int], list[T]]) -> list[tuple[T, str | None]]:
        return [(item, case_no) for pid, case_no in self.persons.records_of(person)
                for item in read(pid)]

    def provenance_for(self, person_id: int) -> list[dict]:
        return self.repo.provenance_for(person_id)

    def batch_mappings(self, batch_ids: set[int]) -> dict[int, str]:
        return self.repo.batch_mappings(batch_ids)

    def incident(self, iid: int) -> Incident | None:
        return self.repo.get_incident(iid)

    def get_incident(self, iid: int) -> Incident:
        incident = self.repo.get_incident(iid)
        if incident is None:
            raise NotFound(f"no incident with id {iid}")
        return incident

    def list_incidents(self) -> list[Incident]:
        return self.repo.list_incidents()

    def persons_in_incident(self, iid: int) -> list[int]:
        """Ids of the (unmerged) persons taken in this incident, by case number."""
        return self.repo.person_ids_in_incident(iid)

    def list_reports(self, limit: int = 1000) -> list[Report]:
        return self.repo.list_reports(limit)

    def reports_newest(self, limit: int, source: str | None = None) -> list[Report]:
        """The newest reports by date received (then number), undated last: `report list`;
        source: only those of that code, however it is typed (k7 is K7)."""
        return self.repo.list_reports_received(
            limit, None if source is None else source_code_typed(source))

    def reports_newest_listed(self, limit: int) -> tuple[list[Report], dict[int, str],
                                                         dict[int, str]]:
        """The newest reports (reports_newest); for each person they name that is merged into
        another, the case number of the record it is part of now (PersonService.kept_as); and
        the own case number of each (case_numbers). A few queries however many reports: the
        desktop's Reports screen read every person whole to name them."""
        reports = self.reports_newest(limit)
        ids = sorted({i for r in reports for i in r.person_ids})
        return reports, self.persons.kept_as(ids), self.persons.case_numbers(ids)

    def list_rescue_ids(self) -> list[int]:
        return self.repo.list_rescue_ids()

    def list_rescues(self) -> list[RescueOperation]:
        """Every rescue, whole (persons and ledger), by number, in three queries: the desktop
        lists hundreds, and get_rescue for each made three queries a rescue."""
        return self.repo.list_rescues()

    def rescues_listed(self) -> tuple[list[RescueOperation], dict[int, Person],
                                      dict[int, str]]:
        """Every rescue (list_rescues); each person they name as kept now, by the id the
        rescue names, with only what names her: case number, sex and names (no statuses;
        PersonService.kept_named); and the own case number of each of those records (a record
        merged into another is named by both). A few queries in all."""
        rescues = self.list_rescues()
        ids = sorted({i for op in rescues for i in op.person_ids})
        return (rescues, *self.persons.kept_named(ids))


def _tidy(contact: FamilyContact) -> FamilyContact:
    """A contact as kept: without stray spaces, and never with neither a name nor a number (a
    list's phone column gives a number alone, which is a contact to call all the same)."""
    contact.name, contact.phone, contact.relation = (
        contact.name.strip(), contact.phone.strip(), contact.relation.strip())
    if not contact.name and not contact.phone:
        raise ValidationError("a family contact needs a name or a phone number (--name, "
                              "--phone)")
    return contact


# A woman linked as father, a man as mother: refused so (%1 the relative, %2 the person).
_SEX_REFUSED = {
    Relation.FATHER: "%1 is recorded as female: not %2's father (their mother, or parent if the "
                     "sex recorded is in doubt)",
    Relation.MOTHER: "%1 is recorded as male: not %2's mother (their father, or parent if the "
                     "sex recorded is in doubt)",
}


def _check_relative(person, relative, relation: Relation, already: list[Relation]) -> None:
    """A link the two records cannot both be true of: a woman as father (or a man as mother),
    or a link that contradicts one the two already have (her mother as her daughter too); a
    parent born after the child: app/parent_age.py. Such links went onto court papers
    unchecked."""
    wrong = {Relation.FATHER: "F", Relation.MOTHER: "M"}.get(relation)
    if wrong and relative.sex.value == wrong:
        raise ValidationError.saying(_SEX_REFUSED[relation], relative.case_no, person.case_no)
    for before in already:
        if before == relation:
            continue
        if (relation in PARENTS and before in CHILDREN) or (
                relation in CHILDREN and before in PARENTS) or (
                {relation, before} & (PARENTS | CHILDREN) and Relation.SIBLING in
                {relation, before}):
            raise ValidationError.saying("%1 is already %2's %3: not also their %4",
                                         relative.case_no, person.case_no,
                                         RelationWord(before.value), RelationWord(relation.value))

