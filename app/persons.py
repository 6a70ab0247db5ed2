"""Person service: create, read, edit, delete and status changes, each recorded in the audit trail."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sized
from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from app.audit import ERASED_ENTRIES, TEXT_UNKEPT, UNKEPT, AuditTrail, now_utc
from app.domain.errors import Cancelled, NamePartWord, NotFound, StatusWord, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Status, StatusEvent
from app.erasure import erase_her
from app.set_right import tell_each
from app.village_filter import villages_chosen, villages_like
from db.database import Database
from db.repositories.meta import MetaRepository
from db.repositories.persons import PersonFilter, PersonRepository, PersonSummary
from db.repositories.search import SearchFilter

AnyFilter = TypeVar("AnyFilter", PersonFilter, SearchFilter)

# Case numbers are PREFIX-NNNNN; a prefix is 2-6 letters chosen per vault.
# Which rule chose the current status each person is stored with (see Person.current_event):
# "2" since a status told later wins when the dates cannot place it; "3" since a step back
# known only by a later day (a "missing" told with no date after a dated rescue) is history;
# "4" since that holds only for a status told with no date of its own and never after a death;
# "6" since a date's range reaches no later than its report's receipt or the day it was told.
STATUS_RULE_MARK, STATUS_RULE = "status_rule", "6"
CASE_NO = re.compile(r"^([A-Za-z]{2,6})-(\d{1,9})$")


def normalise_case_no(case_no: str) -> str:
    """SNJ-123, snj-00123 and ' SNJ-0123 ' are one case: numbers are stored zero-padded to 5."""
    m = CASE_NO.match(case_no.strip())
    if not m:
        raise ValidationError.saying("%1 is not a case number (they look like SNJ-00123)",
                                     repr(case_no))
    return f"{m[1].upper()}-{int(m[2]):05d}"


Progress = Callable[[int, int], None]


def told_on(event: StatusEvent, day: date) -> StatusEvent:
    """A status told with no date is still known by the day it was told: dated so, it becomes
    her current status over an older dated one (an undated event never would)."""
    if event.date.is_blank:
        event.date = FuzzyDate.by(day)
    return event


class PersonObserver(Protocol):
    """Told of every saved or deleted person inside the same transaction (e.g. the search index)."""

    def person_saved(self, person: Person) -> None: ...

    def persons_saved(self, people: list[Person]) -> None:
        """Bulk form, called by create_many; may simply call person_saved for each."""

    def person_deleted(self, person_id: int) -> None: ...


def flatten(p: Person) -> dict[str, str]:
    """A person as field -> text, to say exactly what an edit changed."""
    out = {}
    for part in NamePart:
        text = p.names.get(part)
        if text:
            out[f"{part.value}.original"], out[f"{part.value}.latin"] = text.original, text.latin
    out["aliases"] = " | ".join(p.aliases)
    for name in ("origin_village", "origin_district", "origin_governorate", "abduction_place",
                 "abduction_circumstances", "last_known_location", "held_by", "notes"):
        out[name] = getattr(p, name)
    out["sex"], out["sharing_level"] = p.sex.value, p.sharing_level.value
    out["birth"], out["abduction_date"] = p.birth.text, p.abduction_date.text
    out["incident_id"] = "" if p.incident_id is None else str(p.incident_id)
    out["status"] = p.current_status.value if p.status_events else ""
    return {k: v for k, v in out.items() if v}


def for_trail(changes: dict[str, list[str]]) -> dict:
    """A diff as an entry keeps it: {"changes": the fields with their words, TEXT_UNKEPT: the
    fields that changed, without them (UNKEPT)}."""
    unkept = sorted(f for f in changes if f in UNKEPT)
    return {"changes": {k: v for k, v in changes.items() if k not in UNKEPT},
            **({TEXT_UNKEPT: unkept} if unkept else {})}


def diff(old: Person, new: Person) -> dict[str, list[str]]:
    a, b = flatten(old), flatten(new)
    out = {k: [a.get(k, ""), b.get(k, "")] for k in sorted(a.keys() | b.keys())
           if a.get(k, "") != b.get(k, "")}
    return {**out, **_status_dates(old, new)}


def _status_dates(old: Person, new: Person) -> dict[str, list[str]]:
    """Status events whose date changed ('status_date.rescued': ['2017', '20/01/2017']): an
    import that dates her rescue changes no field flatten shows. The same event is the one of
    the same id (stored), or, for a record not stored yet, the one in the same place."""
    stored = {ev.id: ev for ev in old.status_events if ev.id is not None}
    out: dict[str, list[str]] = {}
    for i, ev in enumerate(new.status_events):
        was = stored.get(ev.id) if ev.id is not None else (
            old.status_events[i] if i < len(old.status_events)
            and old.status_events[i].id is None else None)
        if was is not None and was.status == ev.status and was.date != ev.date:
            out.setdefault(f"status_date.{ev.status.value}",
                           [was.date.text or was.date.display(),
                            ev.date.text or ev.date.display()])
    return out


# a name part's box too long, as the desktop says it: %1 the label of the part's boxes
NAME_TOO_LONG = {
    "original": "%1, Arabic script box: longer than 200 characters; shorten it",
    "latin": "%1, Latin letters box: longer than 200 characters; shorten it"}


# a status a rescue gave, withdrawn on her page (%1 her case number, %2 the status, %3 the
# rescue's number)
FROM_RESCUE_SAID = ("%1's status %2 came with rescue %3: change the rescue instead (Rescues "
                    "tab), or delete it")


# said on the desktop when a status is told resting on a report proved false
FALSE_REPORT_SAID = ("report %1 is marked proved false: a status cannot rest on it; if it did "
                     "not prove false, clear Proved false in the report's form first")


def validate(p: Person) -> None:
    if all(t.is_blank for t in p.names.values()) and not any(a.strip() for a in p.aliases):
        raise ValidationError.saying("a person needs at least one name part")
    for part, text in p.names.items():
        if len(text.original) <= 200 and len(text.latin) <= 200:  # nearly every name
            continue
        for script in ("original", "latin"):
            if len(getattr(text, script)) > 200:
                # on the desktop by its boxes' label, in its language (came in English)
                raise ValidationError.saying_apart(
                    f"the {part.value} name is longer than 200 characters", NAME_TOO_LONG[script],
                    NamePartWord(part.value))


class PersonService:
    def __init__(self, db: Database, audit: AuditTrail, meta: MetaRepository) -> None:
        self.db, self.audit, self.meta = db, audit, meta
        self.repo = PersonRepository(db)
        self.observers: list[PersonObserver] = []

    # -- writing ---------------------------------------------------------------------------
    def create(self, person: Person, *, detail: dict | None = None,
               by_hand: bool = False, given: Person | None = None) -> Person:
        """by_hand: typed by a person (the New person form, `person add`), so checked as her
        page checks what is added to it: no status that only follows an abduction dated
        before it, no birth after it. (A list's row keeps what it says, with a warning.)
        given: the record a file gave, whose own history is not asked about again."""
        if by_hand:  # given: what a file gave before options were typed beside it
            check_typed(person, given)
        with self.db.transaction():
            return self._create_one(person, detail)

    def create_many(self, people: Iterable[Person], total: int = 0,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None, detail: dict | None = None,
                    batch: int = 500) -> list[str]:
        """All in one transaction: a cancel or a crash leaves none of them. Written in batches."""
        made: list[str] = []
        pending: list[Person] = []
        with self.db.transaction(), self.repo.indexes_aside(
                len(people) if isinstance(people, Sized) else total):
            for person in people:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled: nothing was added")
                pending.append(person)
                if len(pending) >= batch:
                    made += self._write_batch(pending, detail)
                    pending = []
                    if progress:
                        progress(len(made), total)
            made += self._write_batch(pending, detail)
        if progress:
            progress(len(made), total)
        return made

    def ensure_statuses(self) -> list[str]:
        """Once per vault saved under an earlier rule: store each person's current status as
        this version chooses it (the list, its filters and counts read the stored one); the
        case numbers whose status changed, in the audit trail too."""
        # a vault a later version marked keeps that version's choice (no flip back and forth)
        if int(self.meta.get(STATUS_RULE_MARK) or 0) >= int(STATUS_RULE):
            return []
        with self.db.transaction():
            each = self.store_statuses_again(self.repo.with_several_statuses(),
                                             {"why": "status_rule", "rule": STATUS_RULE})
            changed = list(each)
            if changed:
                self.audit.append("vault.statuses", "vault", detail={
                    "rule": STATUS_RULE, "why": "current statuses chosen again: a status told "
                    "later wins when the dates cannot place it, unless it is a step back along "
                    "her case; two lists' words known by the same day correct nothing of each "
                    "other; a date reaches no later than its report came in or it was told",
                    "changed": changed})
                tell_each(self.audit, "statuses", each)
            self.meta.set(STATUS_RULE_MARK, STATUS_RULE)
        return changed

    def store_statuses_again(self, ids: list[int], why: dict) -> dict[str, list[dict]]:
        """Store each of these persons' current status as her record chooses it now, where
        what it rests on changed outside it (the rules, the day a report came in): the list,
        its filters and counts read the stored one. What changed, by case number, as her own
        history says it (app/set_right: why's item, with was and now); the caller writes it."""
        each: dict[str, list[dict]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            stored = self.repo.stored_statuses(chunk)
            for p in self.repo.get_many(chunk):
                if stored.get(p.id) != p.current_status.value:
                    self.repo.set_current_status(p.id, p.current_status.value)
                    each[p.case_no] = [{**why, "was": stored.get(p.id, ""),
                                        "now": p.current_status.value}]
        return each

    def _write_batch(self, people: list[Person], detail: dict | None) -> list[str]:
        if not people:
            return []
        prefix = self.meta.get("case_prefix", "CK")
        first = int(self.meta.get("next_case_number", "1"))
        self.meta.set("next_case_number", str(first + len(people)))
        stamp = now_utc()
        for n, person in enumerate(people):
            validate(person)
            self._check_references(person)  # no query unless she names an incident or report
            person.case_no = f"{prefix}-{first + n:05d}"
            person.created_at = person.updated_at = stamp
            person.version = 1
            for ev in person.status_events:
                ev.recorded_at = ev.recorded_at or stamp
        self.repo.insert_many(people)
        self.audit.append_many([("person.create", "person", p.case_no, detail or {})
                                for p in people])
        for obs in self.observers:
            obs.persons_saved(people)
        return [p.case_no for p in people]

    def _check_references(self, person: Person) -> None:
        """An incident or report the person points at must exist: say so instead of a SQL error."""
        missing = self.repo.missing_references(
            person.incident_id, [e.report_id for e in person.status_events if e.report_id is not None])
        if missing:
            raise NotFound(f"{person.case_no or 'the person'} refers to {', '.join(missing)}, "
                           "which is not in the vault")
        # The one place a status's report is checked (person status, add and edit --json,
        # import, the desktop): a status resting on a false report would stand on her papers
        # as if it were true. One there before the mark cannot be: the mark is refused then.
        for rid in self.repo.reports_proved_false(
                [e.report_id for e in person.status_events if e.report_id is not None]):
            raise ValidationError.saying_apart(
                f"report {rid} is marked proved false: a status cannot rest on it; if it did "
                f"not prove false, take the mark back first (casekeeper report edit {rid} "
                f"--not-proved-false)", FALSE_REPORT_SAID, rid)

    def _create_one(self, person: Person, detail: dict | None) -> Person:
        validate(person)
        self._check_references(person)
        # a record's file (person show --json) added to the vault it came from: the database
        # refused it as "UNIQUE constraint failed: persons.uuid"
        held = self.repo.case_no_of_uuid(person.uuid) if person.uuid else None
        if held is not None:
            raise ValidationError.saying("this record is %1 of this vault already (the same "
                                         "record id): nothing was added", held)
        number = self.meta.take_next("next_case_number")
        person.case_no = f"{self.meta.get('case_prefix', 'CK')}-{number:05d}"
        person.created_at = person.updated_at = now_utc()
        person.version = 1
        for ev in person.status_events:
            ev.recorded_at = ev.recorded_at or person.created_at
        person.id = self.repo.insert(person)
        self.audit.append("person.create", "person", person.case_no, detail or {})
        for obs in self.observers:
            obs.person_saved(person)
        return person

    def update(self, person: Person, *, action: str = "person.edit",
               detail: dict | None = None, by_hand: bool = False) -> Person:
        """Save an edited record. Refuses if someone saved it since it was read (version).
        by_hand: edited by a person (her page, `person edit`, blanks filled from what was
        typed): checked as create(by_hand) checks (check_typed), against what it was."""
        validate(person)
        with self.db.transaction():
            self._check_references(person)
            old = self.get(person.case_no)
            if by_hand:
                self.refuse_merged(old)
                check_typed(person, old)
            changes = diff(old, person)
            person.id, person.uuid, person.created_at = old.id, old.uuid, old.created_at
            person.updated_at = now_utc()
            expected = person.version
            person.version = expected + 1
            if not self.repo.update(person, expected):
                person.version = expected
                raise ValidationError.saying("%1 was changed elsewhere; reload it first",
                                             person.case_no)
            self.audit.append(action, "person", person.case_no,
                              {**for_trail(changes), **(detail or {})})
            if any(f in UNKEPT for f in changes):
                self.db.forget_old_pages()  # her notes' old words leave no copy (at commit)
            for obs in self.observers:
                obs.person_saved(person)
        return person

    def refuse_merged(self, person: Person) -> None:
        """Refuse a change by hand to a record merged into another: it was saved, said done,
        and never reached her live record, her papers or the lists of her status."""
        if person.merged_into is None:
            return
        keep = person
        while keep.merged_into is not None:
            keep = self.get_by_id(keep.merged_into)
        raise ValidationError.saying("%1 has been merged into %2: record this on %2",
                                     person.case_no, keep.case_no)

    def add_status(self, case_no: str, event: StatusEvent) -> Person:
        with self.db.transaction():
            person = self.get(case_no)
            self.refuse_merged(person)
            _after_abduction(person, event)
            event.recorded_at = now_utc()
            person.status_events.append(told_on(event, date.fromisoformat(event.recorded_at[:10])))
            # the report she rests on by its number only: its text and source stay out of the trail
            on = {"report": event.report_id} if event.report_id is not None else {}
            return self.update(person, action="person.status",
                               detail={"status": event.status.value, "date": event.date.text, **on})

    def withdraw_status(self, case_no: str, status: Status, when: FuzzyDate | str | None = None,
                        reason: str = "") -> tuple[Person, StatusEvent]:
        """Take back a status told by hand or by a list that was wrong (a death reported in
        error, a sighting filed under the wrong woman): it leaves her history, and the trail
        keeps what it said. One a rescue gave goes with `rescue edit`/`rescue delete`. when: the
        date of the one meant, or its date as shown ("≤ 2026-12-06", a status told without a
        date: no date typed reads so)."""
        with self.db.transaction():
            person = self.get(case_no)
            self.refuse_merged(person)
            mine = [e for e in person.status_events if e.status == status]
            if isinstance(when, str):
                mine = [e for e in mine if e.date.display() == when]
            elif when is not None:
                mine = [e for e in mine if (e.date.earliest, e.date.latest)
                        == (when.earliest, when.latest) or e.date.text == when.text]
            shown = when if isinstance(when, str) else when.display() if when else ""
            said = f"{status.value}{f' of {shown}' if shown else ''}"
            if not mine:
                have = "; ".join(f"{e.status.value} {e.date.display() or '(no date)'}"
                                 for e in person.status_events) or "none"
                raise ValidationError(f"{person.case_no} has no status {said} to withdraw "
                                      f"(her statuses: {have})")
            hand = [e for e in mine if e.rescue_id is None]
            if not hand:
                # her page's Withdraw says it in its words, and names no command
                raise ValidationError.saying_apart(
                    f"{person.case_no}'s {said} came with rescue {mine[0].rescue_id}: change "
                    f"the rescue (casekeeper rescue edit {mine[0].rescue_id} --status none, or "
                    f"rescue delete {mine[0].rescue_id})", FROM_RESCUE_SAID, person.case_no,
                    StatusWord(status.value, person.sex.value), mine[0].rescue_id)
            if len({(e.date.display(), e.note) for e in hand}) == 1:
                hand = hand[-1:]  # told twice alike: the one told last goes
            if len(hand) > 1:
                dates = ", ".join(e.date.display() or "(no date)" for e in hand)
                raise ValidationError(f"{person.case_no} has {len(hand)} statuses {said} "
                                      f"({dates}): give --date to say which, as shown "
                                      f"(--date \"{hand[-1].date.display()}\")")
            event = hand[0]
            person.status_events.remove(event)
            # the report it rested on, by number: which report's status this was (app/report_left)
            on = {"report": event.report_id} if event.report_id is not None else {}
            self.update(person, action="person.status_withdraw",
                        detail={"status": event.status.value, "date": event.date.text
                                or event.date.display(), "reason": reason, **on})
            return person, event

    def delete(self, case_no: str, reason: str = "",
               keep_rows: frozenset[tuple[int, int]] = frozenset()) -> list[str]:
        """Delete a person and the records merged into her (other lists' records of the same
        woman, hidden behind hers); returns those case numbers. A record merged into another is
        part of that one: it is split out before it can be deleted on its own.

        Nothing of theirs stays in the vault's file: in the same transaction, their drafts,
        their lists' rows, what the lists' reports and the audit trail said of them are erased
        (app/erasure.py); keep_rows: (batch, row) of a list row to leave as it is (a withdrawn
        row, which waits to be decided again)."""
        with self.db.transaction():
            person = self.deletable(case_no)
            merged = self.repo.merged_under(person.id)
            # what named them, read before the erasure sets their waiting rows aside
            named = {pid: self.repo.attached(pid) for pid in [person.id, *(i for i, _ in merged)]}
            erased = erase_her(self.db, self.audit, [(person.id, person.case_no), *merged],
                               keep_rows)
            # Children first: persons.merged_into has no ON DELETE rule, so the survivor
            # cannot go while a record still points at her.
            for pid, merged_case in reversed(merged):
                self._delete_one(pid, merged_case,
                                 {"reason": reason, "with": person.case_no}, named[pid])
            self._delete_one(person.id, person.case_no,
                             {"reason": reason, **({"merged": [c for _, c in merged]}
                                                   if merged else {}),
                              # sealed by this entry's MAC: what verify accepts as erased
                              **({ERASED_ENTRIES: erased} if erased else {})},
                             named[person.id])
        self.db.forget_old_pages()  # a deletion made to protect her leaves no copy behind
        return [c for _, c in merged]

    def deletable(self, case_no: str) -> Person:
        """The person delete would take, or the refusal it would give: asked before the user
        is asked to confirm."""
        person = self.get(case_no)
        if person.merged_into is not None:
            keep = self.get_by_id(person.merged_into)
            raise ValidationError(
                f"{person.case_no} is merged into {keep.case_no}: split it out first "
                f"(casekeeper split {person.case_no}), then delete it")
        return person

    def merged_under(self, case_no: str) -> list[str]:
        """Case numbers of the records delete would take with this one: those merged into it,
        directly or through a record merged into it."""
        return [c for _, c in self.repo.merged_under(self._id(case_no))]

    def records_of(self, person: Person) -> list[tuple[int, str | None]]:
        """Her record's id, then each record merged into hers (directly or behind another) with
        its case number: what was recorded about any of them is known of her."""
        return [(person.id, None), *self.repo.merged_beneath(person.id)]

    def as_kept(self, ids: list[int]) -> list[Person]:
        """The persons of these records as they are kept now (a record merged into another is
        that record), each once, in the order given."""
        top = self.kept_as(list(ids))
        out, seen = [], set()
        for pid in ids:
            p = self.get(top[pid]) if pid in top else self.get_by_id(pid)
            if p is not None and p.id not in seen:
                seen.add(p.id)
                out.append(p)
        return out

    def kept_records(self, ids: list[int]) -> dict[int, Person]:
        """Each of these records as it is kept now, whole (one merged into another: the record
        on top of its chain), in a few queries however many they are; a record deleted since
        is left out. as_kept reads them one by one."""
        top = self.repo.top_ids(sorted(set(ids)))
        wanted = sorted({top.get(i, i) for i in ids})
        found = {p.id: p for p in self.repo.get_many(wanted)}
        return {i: found[top.get(i, i)] for i in ids if top.get(i, i) in found}

    def kept_named(self, ids: list[int]) -> tuple[dict[int, Person], dict[int, str]]:
        """kept_records with only what names each (case number, sex, names: no statuses,
        dates or places), and the own case number of each of these records (case_numbers):
        a record merged into another is named by both. A few queries however many."""
        top = self.repo.top_ids(sorted(set(ids)))
        found = self.repo.named(sorted({*ids, *top.values()}))
        kept = {i: found[top.get(i, i)] for i in ids if top.get(i, i) in found}
        return kept, {i: found[i].case_no for i in ids if i in found}

    def kept_as(self, ids: list[int]) -> dict[int, str]:
        """For each of these records that is merged into another: the case number of the record
        it is part of now (the top of its chain). Records of their own are left out."""
        return self.repo.top_of(sorted(set(ids)))

    def case_numbers(self, ids: list[int]) -> dict[int, str]:
        """{id: case number} of these records as they are kept, a record merged into another
        under its own number; a record deleted since is left out (the audit trail's rescues
        and reports name persons by id)."""
        return self.repo.case_numbers(sorted(set(ids)))

    def attached(self, case_no: str) -> dict[str, list]:
        """What names her and loses her if she is deleted (PersonRepository.attached)."""
        return self.repo.attached(self._id(case_no))

    def _delete_one(self, pid: int, case_no: str, detail: dict, named: dict) -> None:
        # what named her, kept in the trail by number: the rescue and report stay without her,
        # the links go (no name of hers is kept, a deletion may be to protect her)
        detail = {**detail, **{k: v for k, v in named.items() if v}}
        self.repo.delete(pid)
        self.audit.append("person.delete", "person", case_no, detail)
        for obs in self.observers:
            obs.person_deleted(pid)

    # -- reading ---------------------------------------------------------------------------
    def _id(self, case_no: str) -> int:
        pid = self.repo.id_for_case(normalise_case_no(case_no))
        if pid is None:
            raise NotFound.saying("no person with case number %1", case_no)
        return pid

    def get(self, case_no: str) -> Person:
        return self.repo.get(self._id(case_no))

    def get_by_id(self, pid: int) -> Person:
        person = self.repo.get(pid)
        if person is None:
            raise NotFound(f"no person with id {pid}")
        return person

    def get_many(self, ids: list[int]) -> list[Person]:
        return self.repo.get_many(ids)

    def iter_all(self, include_merged: bool = False):
        return self.repo.iter_all(include_merged=include_merged)

    def list(self, f: PersonFilter | None = None, limit: int | None = None, offset: int = 0,
             order: str = "case_no") -> list[PersonSummary]:
        return self.repo.summaries(self.every_spelling(f or PersonFilter()), limit, offset, order)

    def count(self, f: PersonFilter | None = None) -> int:
        return self.repo.count(self.every_spelling(f or PersonFilter()))

    def status_counts(self, f: PersonFilter | None = None) -> dict[str, int]:
        return self.repo.status_counts(self.every_spelling(f or PersonFilter()))

    def status_sexes(self, f: PersonFilter | None = None) -> dict[str, tuple[str, ...]]:
        """The sexes among those status_counts counts, by status: what a count's word is said of."""
        return self.repo.status_sexes(self.every_spelling(f or PersonFilter()))

    def village_counts(self) -> dict[str, int]:
        """Every village value in the vault, with how many records hold it."""
        return self.repo.village_counts()

    def every_spelling(self, f: AnyFilter) -> AnyFilter:
        """f with its village widened to every stored spelling of that place, as matching
        judges places: lists and hands write Kocho, Koço and كوجو, and a filter on one must
        not hide the women recorded under another."""
        if not f.village or not f.village.strip() or f.villages:
            return f
        return replace(f, villages=villages_like(f.village, self.repo.village_counts()))

    def villages_chosen(self, typed: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(the vault's values that are the village typed, those only like it, left out) for a
        filter that takes the village itself; ValidationError when only a similar one is
        written (app/village_filter.py villages_chosen)."""
        return villages_chosen(typed, self.repo.village_counts())

    def village_kept(self, typed: str) -> str:
        """The spelling a village typed by hand is kept under, the one an import would keep it
        under: the vault's own where it holds that place, so one village is not kept two ways
        (Koço typed beside the vault's Kocho stood apart on every summary)."""
        from app.importing.values import kept_village

        return kept_village(typed, self.village_counts()) if typed.strip() else ""

    def history(self, case_no: str):
        return self.audit.history("person", case_no.strip().upper())

    def histories(self, case_nos: list[str]) -> dict[str, list]:
        """{case number: history(case number)} for many persons, read at once."""
        found = self.audit.histories("person", [c.strip().upper() for c in case_nos])
        return {c: found[c.strip().upper()] for c in case_nos}


# What can only follow her abduction: "rescued 03/08/2004" (for 2014) was taken, and a status
# ten years before she was taken decided her current status.
_AFTER_ABDUCTION = frozenset({Status.SIGHTED, Status.LOCATED, Status.IN_NEGOTIATION,
                              Status.RESCUED, Status.REUNITED})


def check_typed(person: Person, was: Person | None = None) -> None:
    """What a person typed, checked as her page checks a status added: no status that only
    follows her abduction dated before it, no birth after it. was: the record before an edit,
    whose own statuses, birth and abduction are not asked about again (a list's row keeps
    what it says, with a warning; an edit of her notes is not refused for it)."""
    kept = {(e.status, e.date.text) for e in was.status_events} if was is not None else set()
    for event in person.status_events:
        taken_anew = was is not None and person.abduction_date.text != was.abduction_date.text
        if (event.status, event.date.text) not in kept or taken_anew:
            _after_abduction(person, event)
    if was is None or (person.birth.text, person.abduction_date.text) != (
            was.birth.text, was.abduction_date.text):
        _born_before_taken(person)


def _born_before_taken(person: Person) -> None:
    born, taken = person.birth, person.abduction_date
    if born.earliest and taken.latest and born.earliest > taken.latest:
        raise ValidationError.saying("born %1, after her abduction (%2): check both dates",
                                     born.display(), taken.display())


def _after_abduction(person: Person, event: StatusEvent) -> None:
    taken, when = person.abduction_date, event.date
    if event.status in _AFTER_ABDUCTION and taken.earliest and when.latest \
            and when.latest < taken.earliest:
        raise ValidationError.saying("%1 on %2 is before her abduction (%3): check the date",
                                     StatusWord(event.status.value, person.sex.value),
                                     when.display(),
                                     taken.display())

