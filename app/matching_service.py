"""Finding the same person twice: duplicates inside the vault, a new list against the vault, and
the decisions the user takes on them ("same person": a reversible merge; "not the same person":
never proposed again), each written to the audit trail."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from app.audit import AuditTrail, now_utc
from app.bulk_gc import fewer_collections
from app.domain.errors import Cancelled, Contradicted, DecidedNotSame, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import (
    NEWS,
    STEP_BACK,
    NamePart,
    Person,
    Sex,
    SharingLevel,
    Status,
    StatusEvent,
    event_middle,
)
from app.matching.blocking import (
    GIVEN_ONLY,
    BlockIndex,
    Candidate,
    find_duplicates,
    keys_and_mask,
    merged_found_note,
)
from app.matching.nearby import (
    BEYOND_GIVEN,
    KEYED_PARTS,
    KUNYA_PARTS,
    RowReach,
    Vocabulary,
    kunya_word_ids,
)
from app.matching.score import (
    GIVEN_ALONE,
    GIVEN_PARTLY_BIRTHS_APART,
    FieldResult,
    MatchScore,
    Prepared,
    Verdict,
    given_alone,
    given_alone_asks,
    given_partly_births_apart_asks,
    given_partly_births_apart_worth_a_look,
    names_as_read,
    prepare,
    same_kunya,
    same_kunya_note,
    score_persons,
)
from app.merge_kept import KeptOver, kept_over
from app.name_spellings import take_spellings
from app.person_json import date_to_dict
from app.persons import PersonService
from app.reports.profiles import SHARING_ORDER
from app.rescue_statuses import settle_rescues
from app.search_service import INDEX_MARK, INDEX_VERSION
from app.split_reports import statuses_on_their_reports
from app.split_rows import give_back_rows
from db.database import Database
from db.repositories.matching import MatchingRepository, NotSameRow
from db.repositories.meta import MetaRepository
from db.repositories.records import RecordRepository
from db.repositories.search import SearchRepository
from db.repositories.split_rows import SplitRowsRepository

Progress = Callable[[int, int], None]
# The lowest score `casekeeper match` shows unless told otherwise; the desktop's check of a new
# person before it is saved shows the same candidates.
SHOWN_SCORE = 0.5
# Up to this many rows, match_rows reads only the records they can meet (New person's check, a
# short list); a longer list reads the whole vault once, which is then cheaper.
NEARBY_ROWS = 50


@dataclass(frozen=True)
class Proposal:
    """One candidate pair, with the names as stored, the score and why."""

    case_no: str
    name_original: str
    name_latin: str
    score: MatchScore
    given_unknown: bool = False  # no given name in either script: her name is shown marked
    # Her current status as stored, where the caller asked for it (match_rows): a list's
    # "rescued" beside a record still missing is news the lawyer looks for.
    status: str = ""
    # her given name written in one script only, for the other's name (Person.given_across)
    given_across: tuple[str, str] = ("", "")
    # Shown although she scores below the minimum asked for, and why: the rule by which import
    # asks about such a pair (score.GIVEN_ALONE, score.same_kunya_note), in import's words (_shown)
    asked: str = ""
    # Where no part of her name is known, what she is known as (Person.known_as: أم خليل), and
    # her sex (F, M, U), which the desktop words it by: her name columns alone were blank.
    known_as: str = ""
    sex: str = ""

    def to_dict(self) -> dict:
        return {"case_no": self.case_no, "name_original": self.name_original,
                "name_latin": self.name_latin, "given_unknown": self.given_unknown,
                "known_as": self.known_as,
                **({"status": self.status} if self.status else {}), **self.score.to_dict(),
                **({"below_min_score": True, "asked": self.asked} if self.asked else {})}


@dataclass(frozen=True)
class DuplicatePair:
    a: Proposal
    b: Proposal

    @property
    def score(self) -> float:
        return self.a.score.score

    def to_dict(self) -> dict:
        return {"score": round(self.score, 3),
                "a": {"case_no": self.a.case_no, "name_original": self.a.name_original,
                      "name_latin": self.a.name_latin, "known_as": self.a.known_as},
                "b": {"case_no": self.b.case_no, "name_original": self.b.name_original,
                      "name_latin": self.b.name_latin, "known_as": self.b.known_as},
                **{k: v for k, v in self.a.score.to_dict().items() if k != "score"}}


@dataclass(frozen=True)
class NotSameDecision:
    """A "not the same person" decision between record a (of the first group asked about:
    the record itself or one merged into it) and record b (of the second)."""

    a: str
    b: str
    decided_at: str
    note: str
    a_in: str = ""   # the record a is merged into, when it is not a itself
    b_in: str = ""

    @property
    def day(self) -> str:
        return self.decided_at[:10]

    def describe(self) -> str:
        """'SNJ-00001 and SNJ-00018 (merged into SNJ-00016) were marked not the same person
        on 2024-05-01 (cousins)'"""
        a = self.a + (f" (merged into {self.a_in})" if self.a_in else "")
        b = self.b + (f" (merged into {self.b_in})" if self.b_in else "")
        return (f"{a} and {b} were marked not the same person on {self.day}"
                + (f" ({self.note})" if self.note else ""))

    def short(self) -> str:
        when = ", ".join(filter(None, (self.day, self.note)))
        return f"{self.a} and {self.b} not the same person ({when})"

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "decided_at": self.decided_at, "note": self.note}


class SplitResult(NamedTuple):
    """What a split did: the record she was merged into and the record split out, as saved,
    and the fields of the kept record the merge filled or added to that were edited there
    since, so left as written (FIELD_WORDS): they may still hold what the split record said."""

    kept: Person
    split: Person
    left_as_edited: tuple[str, ...] = ()


# The fields a split may leave as edited, each in words and as `person edit` takes it.
FIELD_WORDS = {"origin_village": ("village", "--village"),
               "origin_district": ("district", "--district"),
               "origin_governorate": ("governorate", "--governorate"),
               "abduction_place": ("abduction place", "--abduction-place"),
               "last_known_location": ("last known location", "--location"),
               "held_by": ("held by", "--held-by"),
               "abduction_circumstances": ("circumstances", "--circumstances"),
               "notes": ("notes", "--notes"),
               "birth": ("birth", "--born"),
               "abduction_date": ("abduction date", "--abducted"),
               "sharing_level": ("sharing level", "--sharing")}


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: the kept record as saved, the record merged into it, the status events
    that came over from it, and each record's current status before the merge (None: it had
    no status event)."""

    kept: Person
    merged: Person
    status_events: list[StatusEvent]
    kept_status: Status | None
    merged_status: Status | None
    withdrawn: tuple[NotSameDecision, ...] = ()   # overridden by the user to merge
    # Where the two disagreed on a field that tells two people apart, merged all the same.
    contradictions: tuple[FieldResult, ...] = ()
    score: MatchScore | None = None   # worked out before the merge, with contradictions
    # The kept record's sharing level before the merge, when the merged record's narrower one
    # became hers (its account is hers now, and goes no further than it was cleared for).
    sharing_was: str | None = None
    # The fields both gave, differently: hers kept, the merged record's not taken.
    kept_over: tuple[KeptOver, ...] = ()

    @property
    def current_status(self) -> Status:
        return self.kept.current_status

    @property
    def statuses_differ(self) -> bool:
        """Both records had a status, and not the same one: the lawyer must see which is
        current now."""
        return (self.kept_status is not None and self.merged_status is not None
                and self.kept_status != self.merged_status)

    @property
    def current_is_dated(self) -> bool:
        """Whether a dated event decided the current status (else none of hers is dated and
        the one furthest along her case counts)."""
        event = self.kept.current_event
        return event is not None and event_middle(event) != ""

    @property
    def current_told_later(self) -> bool:
        """Whether the current status won by being told later of a time another status's
        date covers (rescued in 2015, learnt after a "missing" known by today), not by date."""
        return self.kept.current_choice()[1] == NEWS

    @property
    def current_on_same_days(self) -> bool:
        """Whether the status that lost was known by the very days the current one was (two
        lists read on one day, each word dated by it): then neither date orders them, and the
        one furthest along her case counts (the later word, were they the lawyer's own)."""
        event = self.kept.current_event
        if event is None:
            return False
        return any(ev.status != event.status and ev.date == event.date
                   for ev in self.kept.status_events)

    @property
    def current_over_step_back(self) -> bool:
        """Whether a status told after the current one stayed history as a step back along
        her case that no date puts after it (a "missing" known by today after her rescue of
        2019), where its date alone would have made it hers."""
        return self.kept.current_choice()[1] == STEP_BACK

    def to_dict(self) -> dict:
        return {"kept": self.kept.case_no, "merged": self.merged.case_no,
                "status_events": [{"status": ev.status.value, "date": date_to_dict(ev.date),
                                   "note": ev.note, "report_id": ev.report_id,
                                   "recorded_at": ev.recorded_at, "rescue_id": ev.rescue_id}
                                  for ev in self.status_events],
                "statuses": {"kept": _value(self.kept_status),
                             "merged": _value(self.merged_status),
                             "current": self.current_status.value,
                             "differ": self.statuses_differ},
                "withdrawn_decisions": [d.to_dict() for d in self.withdrawn],
                "sharing": {"was": self.sharing_was or self.kept.sharing_level.value,
                            "now": self.kept.sharing_level.value},
                "contradictions": _contradicted(self.contradictions, self.score, self.kept,
                                                self.merged),
                # {field, kept, not_taken}: where both gave a value and hers was kept
                "kept_over": [k._asdict() for k in self.kept_over]}


@dataclass(frozen=True)
class MergedRecord:
    """A record merged into another (directly, or behind a record merged into it)."""

    person: Person
    into_case_no: str
    merged_at: str


def _value(status: Status | None) -> str | None:
    return None if status is None else status.value


def _contradicted(fields, score: MatchScore | None, keep: Person, other: Person) -> dict | None:
    """What a merge overrode, as the audit trail keeps it: each field with the two records'
    values under their case numbers, and the score."""
    if not fields or score is None:
        return None
    return {"score": round(score.score, 3),
            "fields": [{"field": f.field, keep.case_no: f.left, other.case_no: f.right}
                       for f in fields]}


# How a refused merge names a field that tells two people apart.
_FIELD_WORDS = {"given": "given name", "father": "father's name",
                "grandfather": "grandfather's name", "mother": "mother's name", "sex": "sex"}


def _proposal(p: Person, score: MatchScore) -> Proposal:
    return Proposal(p.case_no, p.full_name("original"), p.full_name("latin"), score,
                    p.given_unknown, given_across=p.given_across, known_as=p.known_as(),
                    sex=p.sex.value)


class ListedPairs(list):
    """The pairs `duplicates` lists; left_out: how many pairs of one kunya or husband's name
    that import asks about it left out, of records with more such namesakes than can be told
    apart (blocking._few_namesakes): said, not cut silently."""
    left_out = 0


class MatchingService:
    def __init__(self, db: Database, audit: AuditTrail, persons: PersonService,
                 carry_row: Callable[[int, int, str, str], list[dict]]) -> None:
        """carry_row(batch, row, kept case, split case): what a split calls to move a list row
        of the woman split out with what it told, and returns what stayed on the kept record
        (split_carry.py, given by the session, which can withdraw and decide list rows)."""
        self.db, self.audit, self.persons = db, audit, persons
        self.carry_row = carry_row
        self.repo = MatchingRepository(db)
        self.search = SearchRepository(db)
        self.meta = MetaRepository(db)
        self.rescues = RecordRepository(db)

    # -- proposals -------------------------------------------------------------------------
    def _vault(self, progress: Progress | None, cancel: threading.Event | None
               ) -> dict[int, Person]:
        people = {}
        for n, p in enumerate(self.repo.iter_for_matching()):
            if n % 5000 == 0 and cancel is not None and cancel.is_set():
                raise Cancelled("cancelled")
            people[p.id] = p
        return people

    def persons_near(self, rows: list[Person]) -> dict[int, Person] | None:
        """Only the records that share a blocking word with the rows, read through the search
        index (nearby.py says why no candidate is lost); None while the index is not this
        version's, whose words may differ from what blocking reads."""
        if self.meta.get(INDEX_MARK) != INDEX_VERSION:
            return None
        vocabulary = Vocabulary()
        vocabulary.add(self.search.words_after(0))  # a few thousand words: milliseconds
        ids: set[int] = set()
        alone: set[int] = set()
        for row in rows:
            reach = RowReach(row, vocabulary)
            ids |= reach.records(self.search.postings_of_words(reach.word_ids, KEYED_PARTS))
            alone |= reach.given_alone
        # Records holding nothing but a given name the rows share (blocking.ALONE)
        ids |= self.search.without_parts(sorted(alone - ids), BEYOND_GIVEN)
        # Records known by a kunya a row has (blocking.KUNYA)
        if words := kunya_word_ids(rows, vocabulary):
            ids |= {pid for _, pid, _ in self.search.postings_of_words(words, KUNYA_PARTS)}
        return {p.id: p for p in self.repo.for_matching(sorted(ids))}

    def with_merged(self, people: dict[int, Person]) -> dict[int, int]:
        """Add to people every record merged into another, and the live record each is kept
        as (a list may spell her as a record merged into hers does, and such records hold no
        words of the search index to be found by: merges are few, so all are read); returns
        {merged record: the live record it is kept as}."""
        merged, kept = self.repo.merged_for_matching()
        people.update(merged)
        missing = sorted(set(kept.values()) - set(people))
        if missing:
            people.update((p.id, p) for p in self.repo.for_matching(missing))
        return kept

    @fewer_collections()
    def duplicates(self, threshold: float | None = None,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> list[DuplicatePair]:
        """Likely duplicate pairs among live records scoring threshold or more, best first
        (None: DUPLICATE_THRESHOLD, and the few pairs below it of a given name alone, a given
        and family name, or one kunya or husband's name that import asks about: blocking.
        find_duplicates); pairs marked "not the same person" are never proposed again, nor
        are the records merged into them."""
        people = self._vault(progress, cancel)
        refused = self.repo.not_same_groups()
        cut: list[int] = []
        found = find_duplicates(people, threshold,
                                lambda a, b: (min(a, b), max(a, b)) in refused, progress, cancel, cut)
        listed = ListedPairs(DuplicatePair(_proposal(people[a], s), _proposal(people[b], s))
                             for a, b, s in found)
        listed.left_out = sum(cut)
        return listed

    def pair(self, case_a: str, case_b: str) -> DuplicatePair:
        """Two records she names, scored and explained as a proposed pair is, however low:
        the pair to merge, or to mark not the same, when matching did not propose it (a
        spelling it does not link)."""
        a, b = self.persons.get(case_a), self.persons.get(case_b)
        if a.id == b.id:
            raise ValidationError.saying("a record cannot be compared with itself")
        for p in (a, b):
            if p.merged_into is not None:
                top = self._top(p)
                raise ValidationError.saying("%1 is merged into %2: compare %2, or split %1 "
                                             "out first", p.case_no, top.case_no)
        s = score_persons(a, b)
        return DuplicatePair(_proposal(a, s), _proposal(b, s))

    @fewer_collections()
    def match_rows(self, rows: list[Person], limit: int = 5, min_score: float = SHOWN_SCORE,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None,
                   too_common: dict[int, int] | None = None) -> list[list[Proposal]]:
        """For each incoming row (in order): the best candidates already in the vault.
        Reads only; the vault is not changed. too_common, when given, receives each row (by
        position) holding only a given name that too many records agree with to compare
        (BlockIndex.namesakes), and how many: "no candidate" would not be true of her."""
        index = BlockIndex()
        people = self.persons_near(rows) if len(rows) <= NEARBY_ROWS else None
        if people is None:
            people = self._vault(progress, cancel)
        index.kept = self.with_merged(people)
        for pid, p in people.items():
            index.add(pid, p)
        out: list[list[Proposal]] = []
        ids: list[list[int]] = []  # the records shown for each row
        for n, row in enumerate(rows):
            if n % 200 == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled")
                if progress is not None:
                    progress(n, len(rows))
            me, (keys, mask) = prepare(row), keys_and_mask(row)
            shown = [(people[index.kept_as(c.id)], c, asked)
                     for c, asked in _shown(index, row, limit, min_score, me)]
            out.append([replace(_proposal(p, _found_as(c, people, index)), asked=asked)
                        for p, c, asked in shown])
            ids.append([p.id for p, _c, _a in shown])
            if too_common is not None and mask == GIVEN_ONLY \
                    and (crowd := index.namesakes(me, keys)[1]):
                too_common[n] = crowd
        if progress is not None:
            progress(len(rows), len(rows))
        return self._with_statuses(out, ids)

    def _with_statuses(self, found: list[list[Proposal]], ids: list[list[int]]
                       ) -> list[list[Proposal]]:
        """Each candidate with her current status, read for the records shown only."""
        stored = self.persons.repo.stored_statuses(sorted({pid for row in ids for pid in row}))
        return [[replace(c, status=stored.get(pid, "")) for c, pid in zip(cands, row, strict=True)]
                for cands, row in zip(found, ids, strict=True)]

    def similar_to(self, person: Person, limit: int = 5,
                   min_score: float = SHOWN_SCORE) -> list[Proposal]:
        """The other records a saved person may be, best first, as the desktop's New person
        check finds them (the same engine and lowest score): not herself, nor a record decided
        "not the same person" as her. Reads only."""
        people = self.persons_near([person])
        if people is None:
            people = self._vault(None, None)
        index = BlockIndex()
        index.kept = self.with_merged(people)
        for pid, p in people.items():
            if pid != person.id and index.kept_as(pid) != person.id:  # not she, nor hers
                index.add(pid, p)
        refused = self.repo.not_same_groups() if person.id is not None else set()
        found = index.best_matches(
            person, limit, min_score,
            exclude=lambda pid: (min(index.kept_as(pid), person.id),
                                 max(index.kept_as(pid), person.id)) in refused)
        return [_proposal(people[index.kept_as(c.id)], _found_as(c, people, index))
                for c in found]

    # -- "not the same person" -------------------------------------------------------------
    def not_same(self, case_a: str, case_b: str, note: str = "", undo: bool = False) -> bool:
        """Remember (or, with undo, forget) that two records are different people."""
        with self.db.transaction():
            a, b = self.persons.get(case_a), self.persons.get(case_b)
            if a.id == b.id:
                raise ValidationError.saying("a record cannot be compared with itself")
            if undo:
                changed = self.repo.remove_not_same(a.id, b.id)
                action = "match.not_same_undone"
            else:
                self._refuse_one_person(a, b)
                changed = self.repo.add_not_same(a.id, b.id, now_utc(), note)
                action = "match.not_same"
            if changed:
                self.audit.append(action, "person", a.case_no, {"other": b.case_no,
                                                                "note": note})
        return changed

    def _top(self, p: Person) -> Person:
        """The live record p is merged into (through any chain), or p itself."""
        while p.merged_into is not None:
            p = self.persons.get_by_id(p.merged_into)
        return p

    def _group(self, p: Person) -> tuple[Person, list[int]]:
        """The live record p belongs to, and the ids of it and every record merged into it."""
        top = self._top(p)
        return top, [top.id, *(pid for pid, _ in self.persons.repo.merged_under(top.id))]

    def _refuse_one_person(self, a: Person, b: Person) -> None:
        top = self._top(a)
        if self._top(b).id != top.id:
            return
        merged = [p.case_no for p in (a, b) if p.id != top.id]
        raise ValidationError(
            f"{' and '.join(merged)} {'is' if len(merged) == 1 else 'are both'} merged into "
            f"{top.case_no}, one person in the vault: to mark them not the same, split first ("
            + "; ".join(f"casekeeper split {c}" for c in merged) + ")")

    def decisions_between(self, case_a: str, case_b: str) -> list[NotSameDecision]:
        """The not-same decisions keeping two records apart: on them, or on any record merged
        into either (a decision holds for the person a record became part of)."""
        top_a, group_a = self._group(self.persons.get(case_a))
        top_b, group_b = self._group(self.persons.get(case_b))
        if top_a.id == top_b.id:
            return []
        return [self._decision(r, set(group_a), top_a, top_b)
                for r in self.repo.not_same_between(group_a, group_b)]

    def decisions_about(self, case_no: str) -> list[NotSameDecision]:
        """Every not-same decision on this record or one merged into it, with a (of her
        group) first, and the live record b's side is now part of: what `person show` says,
        so that a decision made months ago is seen before a merge is thought of."""
        top, group = self._group(self.persons.get(case_no))
        members = set(group)
        out = []
        for row in self.repo.not_same_of(group):
            other = row.person_b if row.person_a in members else row.person_a
            if other in members:
                continue  # both now one person (merged since, despite the decision)
            out.append(self._decision(row, members, top, self._top(self.persons.get_by_id(other))))
        return out

    def _decision(self, row: NotSameRow, group_a: set[int], top_a: Person,
                  top_b: Person) -> NotSameDecision:
        x, y = ((row.person_a, row.person_b) if row.person_a in group_a
                else (row.person_b, row.person_a))
        cx, cy = self.persons.get_by_id(x).case_no, self.persons.get_by_id(y).case_no
        return NotSameDecision(cx, cy, row.decided_at, row.note,
                               "" if x == top_a.id else top_a.case_no,
                               "" if y == top_b.id else top_b.case_no)

    # -- "same person": merge and split ----------------------------------------------------
    def contradictions_between(self, keep_case: str, other_case: str
                               ) -> tuple[list[FieldResult], MatchScore]:
        """Where two records disagree on a field that tells two people apart (sex, both known;
        a given, father's, grandfather's or mother's name; given, father's or grandfather's
        names only partly alike; births that disagree), with their score: what a merge of them
        asks about first. Reads only."""
        s = score_persons(self.persons.get(keep_case), self.persons.get(other_case))
        return s.merge_doubts(), s

    def merge(self, keep_case: str, other_case: str, note: str = "",
              despite_decision: bool = False,
              despite_contradiction: bool = False) -> MergeResult:
        """Merge other into keep. Both records stay: other is hidden behind keep (merged_into)
        with its own sources, and keep gains other's spellings (of her own names as aliases, of
        her father's, grandfather's or clan's inside her whole name as other writes it), fills
        blank fields from it and takes its status events into her history (her current status
        is derived from both). What was added is remembered so `split` can undo it.

        Refused (DecidedNotSame) while a not-same decision stands between the two, or between
        records merged into them, unless despite_decision: then the decisions are withdrawn,
        each in the audit trail, and a split gives them back. Refused too (Contradicted) when
        the two disagree on a field that tells two people apart (a sister and her brother,
        another mother's daughter), unless despite_contradiction: then the fields and the
        score go into the audit trail with the merge."""
        with self.db.transaction():
            keep, other = self.persons.get(keep_case), self.persons.get(other_case)
            if keep.id == other.id:
                raise ValidationError.saying("a record cannot be merged with itself")
            for p in (keep, other):
                if p.merged_into is not None:
                    raise ValidationError.saying("%1 is already merged into another record; "
                                                 "split it first", p.case_no)
            decisions = self.decisions_between(keep.case_no, other.case_no)
            if decisions and not despite_decision:
                raise DecidedNotSame("; ".join(d.describe() for d in decisions), decisions)
            score = score_persons(keep, other)
            against = score.merge_doubts()
            if against and not despite_contradiction:
                raise Contradicted(_disagree(keep, other, against, score), against, score)
            before = keep.current_status if keep.status_events else None
            over = kept_over(keep, other)
            added = _absorb(keep, other)
            added["not_same"] = self._withdraw(decisions, keep, other)
            brought = [StatusEvent(ev.status, ev.date, ev.note, ev.report_id,
                                   recorded_at=ev.recorded_at, dated_by_report=ev.dated_by_report,
                                   known_by=ev.known_by)
                       for ev in other.status_events if ev.rescue_id is None]
            # A rescue's events come over as the rescue's (once, were she named in it too), so
            # that a rescue edited or deleted changes them here; settle_rescues after the merge
            # keeps them as the rescue says, and a split leaves them where it names her.
            held = {ev.rescue_id for ev in keep.status_events if ev.rescue_id is not None}
            carried = [replace(ev, id=None) for ev in other.status_events
                       if ev.rescue_id is not None and ev.rescue_id not in held]
            keep.status_events += brought + carried
            added["status_events"] = [_event_row(ev) for ev in brought]
            result = MergeResult(keep, other, brought + carried, before,
                                 other.current_status if other.status_events else None,
                                 tuple(decisions), tuple(against), score,
                                 (added["filled"].get("sharing_level") or {}).get("was"),
                                 tuple(over))
            overridden = _contradicted(against, score, keep, other)
            detail: dict = {"merged": other.case_no, "note": note}
            if overridden:
                detail["contradicts"] = overridden
            if brought or carried:
                detail["status_events"] = [_event_audit(ev) for ev in brought + carried]
            if result.statuses_differ:
                detail["statuses"] = {keep.case_no: _value(before),
                                      other.case_no: _value(result.merged_status),
                                      "current": keep.current_status.value}
            self.persons.update(keep, action="person.merge", detail=detail)
            other.merged_into = keep.id
            self.persons.update(other, action="person.merged_into",
                                detail={"into": keep.case_no, "note": note,
                                        **({"contradicts": overridden} if overridden else {})})
            self.repo.add_merge(keep.id, other.id, added, now_utc())
            self._settle_rescues(other)
            result = replace(result, kept=self.persons.get_by_id(keep.id))
        return result

    def split(self, merged_case: str, note: str = "") -> SplitResult:
        """Undo a merge: the merged record comes back on its own and the record it was merged
        into loses what the merge gave it (unless edited since: those fields are named in the
        result, to be looked at), the status events included."""
        with self.db.transaction():
            other = self.persons.get(merged_case)
            row = self.repo.open_merge_of(other.id) if other.id is not None else None
            if other.merged_into is None or row is None:
                raise ValidationError.saying("%1 is not merged into another record",
                                             other.case_no)
            keep = self.persons.get_by_id(row.survivor_id)
            if keep.merged_into is not None:
                # What keep took from other went on into the record keep is merged into;
                # taken back from keep alone, it would stay there.
                top = self.persons.get_by_id(keep.merged_into)
                raise ValidationError(
                    f"{other.case_no} is merged into {keep.case_no}, which is merged into "
                    f"{top.case_no}: split {keep.case_no} out of {top.case_no} first "
                    f"(casekeeper split {keep.case_no})")
            left: list[str] = []
            taken = _give_back(keep, row.added, left)
            # The list rows that went to keep while other was part of it, and are other's, go
            # back to her; those nothing tells stay, said, for the next version to ask.
            other_ids = {other.id, *(i for i, _ in self.persons.repo.merged_beneath(other.id))}
            keep_ids = {keep.id, *(i for i, _ in self.persons.repo.merged_beneath(keep.id))}
            rows = give_back_rows(self.db, self.audit, row.merged_at, keep, other,
                                  keep_ids - other_ids, other_ids,
                                  taken=frozenset(ev.status.value for ev in taken),
                                  carry=True)
            # moved once both records stand apart (below): said given back from the start
            carry = rows.pop("carry", [])
            rows["moved"] += carry
            rows["carried"] = carry
            # Told on her while the two were one record, on a report about the other: it goes
            # with its report, or the woman seen reads missing and the other woman sighted.
            moved = statuses_on_their_reports(
                keep, other, keep_ids - other_ids, other_ids,
                lambda rid: self.rescues.get_report(rid).person_ids)
            detail: dict = {"split": other.case_no, "note": note, **_rows_said(rows)}
            if taken:
                detail["status_events"] = [_event_audit(ev) for ev in taken]
            if moved:
                detail["statuses_moved"] = [{**_event_audit(ev), "report": ev.report_id,
                                             "to": other.case_no} for ev in moved]
            if left:
                # what the merged record brought, edited since in hers: left there, and said
                detail["left_as_edited"] = left
            self.persons.update(keep, action="person.split", detail=detail)
            other.merged_into = None
            self.persons.update(other, action="person.split_out",
                                detail={"from": keep.case_no, "note": note,
                                        **({"statuses_moved": detail["statuses_moved"]}
                                           if moved else {})})
            self.repo.mark_split(row.id, now_utc())
            self._give_back_decisions(row.added.get("not_same", []), keep, other)
            # The rescues naming her leave the record she was merged into, unless they name
            # a person it still stands for (give_statuses).
            self._settle_rescues(other)
            # what those rows told goes with them (split_carry.py); what stays on the kept
            # record all the same (edited since, or told by another row) is said, not hidden
            left_on = [{"batch": b, "row": n, **x} for b, n in carry
                       for x in self.carry_row(b, n, keep.case_no, other.case_no)]
            # a value kept because another row said it, that row given back too, went with it
            rows["left_on_kept"] = [x for x in left_on if x["why"] != "told_by"
                                    or [x["by"]["batch"], x["by"]["row"]] not in carry]
            self.repo.set_merge_added(row.id, {**row.added, "rows": rows,
                                               "statuses_moved": detail.get("statuses_moved", [])})
            keep, other = self.persons.get_by_id(keep.id), self.persons.get_by_id(other.id)
        return SplitResult(keep, other, tuple(left))

    def statuses_split_back(self, case_no: str) -> list[dict]:
        """The statuses the last split of this record moved to it from the record it was merged
        into, each resting on a report about her ({status, date (as shown), report, to, ...})."""
        return SplitRowsRepository(self.db).last_split(
            self.persons.get(case_no).id).get("statuses_moved", [])

    def rows_split_back(self, case_no: str) -> dict:
        """What the last split of this record out of another did with the list rows that went
        to that one while she was merged into it (split_rows.give_back_rows): {moved, kept,
        unsure}; empty lists for a split made before splits did so."""
        rows = SplitRowsRepository(self.db).last_split(self.persons.get(case_no).id).get("rows", {})
        return {k: rows.get(k, []) for k in ("moved", "kept", "unsure", "carried", "left_on_kept")}

    def _settle_rescues(self, moved: Person) -> None:
        """After a merge or split that moved this record and those merged into it: the rescues
        naming any of them give their statuses again where they now belong."""
        ids = [moved.id, *(pid for pid, _ in self.persons.repo.merged_beneath(moved.id))]
        settle_rescues(self.persons, self.rescues, ids)

    def _withdraw(self, decisions: list[NotSameDecision], keep: Person,
                  other: Person) -> list[dict]:
        """Forget the decisions a merge overrides; returns them as the merge remembers them."""
        out = []
        for d in decisions:
            a, b = self.persons.get(d.a), self.persons.get(d.b)
            self.repo.remove_not_same(a.id, b.id)
            self.audit.append("match.not_same_withdrawn", "person", d.a, {
                "other": d.b, "note": d.note, "decided_at": d.decided_at,
                "merge": {"kept": keep.case_no, "merged": other.case_no}})
            out.append({"a": a.id, "b": b.id, "decided_at": d.decided_at, "note": d.note})
        return out

    def _give_back_decisions(self, rows: list[dict], keep: Person, other: Person) -> None:
        """After a split, the decisions its merge withdrew stand again, as the user left them
        (a record deleted since takes its decisions with it)."""
        for r in rows:
            if self.repo.existing([r["a"], r["b"]]) != {r["a"], r["b"]}:
                continue
            if self.repo.add_not_same(r["a"], r["b"], r["decided_at"], r["note"]):
                a, b = self.persons.get_by_id(r["a"]), self.persons.get_by_id(r["b"])
                self.audit.append("match.not_same_restored", "person", a.case_no, {
                    "other": b.case_no, "note": r["note"], "decided_at": r["decided_at"],
                    "split": {"from": keep.case_no, "split": other.case_no}})

    def merged_into(self, case_no: str) -> list[str]:
        """Case numbers of the records merged into this one."""
        keep = self.persons.get(case_no)
        return [self.persons.get_by_id(r.merged_id).case_no
                for r in self.repo.open_merges_into(keep.id)]

    def status_sources(self, person: Person) -> list[str | None]:
        """For each of her status events, the case number of the record it was first told on,
        merged into hers directly or behind a record merged into hers (None: her own). C merged
        into B, then B into A: C's sighting is C's on A, as C's reports are, not B's."""
        sources: list[str | None] = [None] * len(person.status_events)
        last_first = list(reversed(range(len(person.status_events))))
        for r in self.repo.open_merges_into(person.id):
            merged = self.persons.get_by_id(r.merged_id)
            theirs = self.status_sources(merged)  # what came to it from records merged into it
            for row in r.added.get("status_events", []):
                # From the end: a merge adds after her own events, and one of hers may say the
                # same (two lists' "missing" told the same second); hers is not the one marked.
                found = next((i for i in last_first
                              if sources[i] is None and person.status_events[i].rescue_id is None
                              and _is_event(person.status_events[i], row)), None)
                if found is not None:
                    sources[found] = _first_told(merged, theirs, row) or merged.case_no
        return sources

    def merged_records(self, case_no: str) -> list[MergedRecord]:
        """Every record merged into this one, directly or behind a record merged into it, each
        before the records merged into it."""
        out: list[MergedRecord] = []

        def walk(survivor: Person) -> None:
            for r in self.repo.open_merges_into(survivor.id):
                merged = self.persons.get_by_id(r.merged_id)
                out.append(MergedRecord(merged, survivor.case_no, r.merged_at))
                walk(merged)

        walk(self.persons.get(case_no))
        return out


_DOUBT_WORDS = {"by_hand": "decided by hand while they were one record",
                "redated": "it dated a status the other record brought, taken back with it",
                "changed": "it changed the record kept then", "unknown": "nothing tells whose"}


def _rows_said(rows: dict) -> dict:
    """The split's audit entry: the list rows it gave back, and those it could not tell."""
    out: dict = {}
    if rows["moved"]:
        out["rows_given_back"] = [f"batch {b} row {n}" for b, n in rows["moved"]]
    if rows["unsure"]:
        out["rows_in_doubt"] = [f"batch {b} row {n} ({_DOUBT_WORDS.get(why, why)})"
                                for b, n, why in rows["unsure"]]
    return out


def _found_as(c: Candidate, people: dict[int, Person], index: BlockIndex) -> MatchScore:
    """The candidate's score, saying so when it was a record merged into hers that fitted:
    her own names may be spelt otherwise than the row."""
    kept = index.kept_as(c.id)
    if kept == c.id:
        return c.score
    said = merged_found_note(people[c.id].case_no, people[kept].case_no)
    return replace(c.score, note=f"{c.score.note}; {said}" if c.score.note else said)


def _shown(index: BlockIndex, row: Person, limit: int, min_score: float,
           me: Prepared) -> list[tuple[Candidate, str]]:
    """The best candidates at min_score or more, and below it a record sharing only her
    given name with the row when more agrees (score.GIVEN_ALONE): a list's «شيرين», Kocho,
    age 25 against the vault's شيرين خلف حسن of Kocho scores 0.40 and was "no candidate";
    or known by the row's kunya or husband's name (score.same_kunya_note, import's words).
    Each with why it is shown below min_score
    ("" when it is not below): import asks about such a row however low the score, and a
    0.02 shown unexplained among the scored ones read as meeting the minimum."""
    out = []
    for s, pid in index.scores(me, row, min_score, keep=_kept_below):
        c = index.explain(me, pid)
        other = index.entries[pid].ready()
        asked = "" if s >= min_score else GIVEN_ALONE if given_alone_asks(me, other, c.score) \
            else same_kunya_note(me, other) if same_kunya(me, other) \
            and all(f.verdict != Verdict.MISMATCH for f in c.score.fields) \
            else GIVEN_PARTLY_BIRTHS_APART if given_partly_births_apart_asks(me, other, c.score) \
            else None
        if asked is not None:
            out.append((c, asked))
            if len(out) == limit:
                break
    return out


def _kept_below(me: Prepared, other: Prepared, _scored: MatchScore | None) -> bool:
    """A candidate below the score shown that may be shown all the same: a given name alone
    with more agreeing, or a row known only by a kunya a record is known by (أم خالد), or her
    given name partly alike, her forebears' alike and her age given years off (Susan and
    سوزان, four years apart: 0.38), as import asks about them."""
    return given_alone(me, other) or same_kunya(me, other) \
        or given_partly_births_apart_worth_a_look(me, other)


def disagreement(fields, a: str, b: str) -> str:
    """Contradicting fields of records a and b (case numbers) in words: "given name (SNJ-00006
    'سميرة / Samira', SNJ-00007 'سمير / Samir') and sex (SNJ-00006 'F', SNJ-00007 'M')"."""
    said = [f"{_FIELD_WORDS.get(f.field, f.field)} ({a} {f.left!r}, {b} {f.right!r})"
            for f in fields]
    return " and ".join((", ".join(said[:-1]), said[-1])) if len(said) > 1 else "".join(said)


def merge_refused(score: MatchScore) -> str:
    """The fields a merge of a scored pair would refuse it for, in words ("given name"), or "":
    `duplicates`, `match` and the desktop mark such a pair (merge_doubts, the merge's own rule)."""
    return ", ".join(_FIELD_WORDS.get(f.field, f.field) for f in score.merge_doubts())


def _disagree(keep: Person, other: Person, fields: list[FieldResult], score: MatchScore) -> str:
    """'SNJ-00006 and SNJ-00007 disagree on sex (SNJ-00006 'F', SNJ-00007 'M'); score 0.935:
    given partial, father match, ...'"""
    return (f"{keep.case_no} and {other.case_no} disagree on "
            f"{disagreement(fields, keep.case_no, other.case_no)}; "
            f"score {score.score:.3f}: {score.summary()}")


_FILLABLE = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
             "last_known_location", "held_by", "abduction_circumstances", "notes")
# Accounts in free text: when both records hold one and they differ, the other record's is
# added after hers, marked with its case number, so a court dossier keeps both (a merge had
# dropped the merged record's "taken from Kocho school with her sisters"); split takes it off.
_ACCOUNTS = ("abduction_circumstances", "notes")


def merged_account(case_no: str, text: str, first: bool = False) -> str:
    """The words a merge adds after her own account (or as the first, where she had none): the
    other record's, marked with its number."""
    return ("" if first else "\n\n") + f"[{case_no}] {text.strip()}"


_MERGE_MARK = re.compile(r"\[[A-Z]{2,10}-\d{3,}\] ")


def own_accounts(text: str) -> list[str]:
    """The paragraphs of an account that are her record's own, not added by a merge: what a
    merged record's account is already there as, only when one of them is it whole. ("killed"
    stood inside "Rumoured killed in 2017, not confirmed" and was dropped; and a text another
    merge had added, taken back by its split, would take this one's with it.)"""
    return [p.strip() for p in re.split(r"\n\s*\n", text)
            if p.strip() and not _MERGE_MARK.match(p.strip())]


def _absorb(keep: Person, other: Person) -> dict:
    """Add other's names and known fields to keep where keep lacks them; say what was added."""
    other = names_as_read(other, keep)  # a record that left out the father: its names in place
    # As an import's update does it: her own names' other spellings become aliases, her
    # father's, grandfather's or clan's only inside her whole name as the other record writes
    # it (a dossier listed "Khalil" as a name of hers). Another name where a spelling was
    # expected, merged despite it, is kept so too: the merge keeps every name findable.
    taken = take_spellings(keep, other, keep_other_names=True)
    aliases, filled = taken.aliases, dict(taken.filled)
    if keep.sex == Sex.UNKNOWN and other.sex != Sex.UNKNOWN:
        keep.sex, filled["sex"] = other.sex, other.sex.value
    for attr in ("birth", "abduction_date"):
        if getattr(keep, attr).is_blank and not getattr(other, attr).is_blank:
            setattr(keep, attr, getattr(other, attr))
            filled[attr] = list(getattr(other, attr).to_row())
    appended = {}
    for attr in _FILLABLE:
        mine, theirs = getattr(keep, attr).strip(), getattr(other, attr).strip()
        if not theirs:
            continue
        if attr in _ACCOUNTS:
            # Marked with its number even where she had none, so that split finds it wherever
            # it stands after later merges and list notes, and a dossier says whose it is.
            own = own_accounts(mine)
            if theirs not in own and _paragraphs(theirs) != own:
                added = merged_account(other.case_no, theirs, first=not mine)
                setattr(keep, attr, getattr(keep, attr).rstrip() + added)
                appended[attr] = added
        elif not mine:
            setattr(keep, attr, getattr(other, attr))
            filled[attr] = getattr(other, attr)
    if SHARING_ORDER.index(other.sharing_level) < SHARING_ORDER.index(keep.sharing_level):
        # Her record now holds the merged record's names and account: it goes only where
        # that record was cleared to go (an internal account had printed on a court dossier).
        filled["sharing_level"] = {"was": keep.sharing_level.value,
                                   "now": other.sharing_level.value}
        keep.sharing_level = other.sharing_level
    if keep.incident_id is None and other.incident_id is not None:
        keep.incident_id, filled["incident_id"] = other.incident_id, other.incident_id
    out = {"aliases": aliases, "filled": filled}
    if appended:
        out["appended"] = appended
    return out


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _without_lines(text: str, core: str) -> str | None:
    """text with core taken out where it stands as whole lines (a line written right after it
    stays), with the blank line that parted it from the rest; None where it does not stand."""
    lines, want = text.split("\n"), [w.rstrip() for w in core.split("\n")]
    for i in range(len(lines) - len(want) + 1):
        if [w.rstrip() for w in lines[i:i + len(want)]] == want:
            before, after = lines[:i], lines[i + len(want):]
            if before and not before[-1].strip():
                before = before[:-1]
            elif after and not after[0].strip():
                after = after[1:]
            return "\n".join(before + after).strip()
    return None


def _first_told(merged: Person, sources: list[str | None], row: dict) -> str | None:
    """The record a status the merge brought from merged was told on before it came to merged
    (None: merged's own), sources being merged's status_sources."""
    found = next((i for i in reversed(range(len(merged.status_events)))
                  if merged.status_events[i].rescue_id is None
                  and _is_event(merged.status_events[i], row)), None)
    return None if found is None else sources[found]


def _event_row(ev: StatusEvent) -> dict:
    """A status event as a merge remembers it, to find it again in the kept record's history
    (stored events get new ids on every save; these fields stay)."""
    return {"status": ev.status.value, "date": list(ev.date.to_row()), "note": ev.note,
            "report_id": ev.report_id, "recorded_at": ev.recorded_at}


def _event_audit(ev: StatusEvent) -> dict:
    return {"status": ev.status.value, "date": ev.date.text or ev.date.display(),
            "note": ev.note, "recorded_at": ev.recorded_at,
            **({"rescue": ev.rescue_id} if ev.rescue_id is not None else {})}


def _is_event(ev: StatusEvent, row: dict, any_date: bool = False) -> bool:
    """any_date: the event the merge brought, whatever date it was given since (the moment it
    was recorded stays with it)."""
    # A report deleted since leaves the event with no report (ON DELETE SET NULL).
    return (ev.status.value == row["status"]
            and (any_date or list(ev.date.to_row()) == row["date"])
            and ev.note == row["note"] and ev.recorded_at == row["recorded_at"]
            and ev.report_id in (row["report_id"], None))


def _give_back(keep: Person, added: dict, left: list[str]) -> list[StatusEvent]:
    """Take away what a merge added, where it is still as the merge left it; returns the status
    events taken out of her history (exactly those the merge brought, one for each). left
    receives the fields the merge filled or added to that were edited since, and stay."""
    taken = []
    redated = []
    for row in added.get("status_events", []):
        # from the end, as status_sources marks them: hers may say the same
        found = next((i for i in reversed(range(len(keep.status_events)))
                      if keep.status_events[i].rescue_id is None
                      and _is_event(keep.status_events[i], row)), None)
        if found is not None:
            taken.append(keep.status_events.pop(found))
        else:
            redated.append(row)
    for row in (r for r in redated if r.get("recorded_at")):
        # Dated since (the next version of the other's list gave "rescued" its year): still
        # the other record's event, not hers. Left, it kept the wrong woman rescued.
        found = next((i for i in reversed(range(len(keep.status_events)))
                      if keep.status_events[i].rescue_id is None
                      and _is_event(keep.status_events[i], row, any_date=True)), None)
        if found is not None:
            taken.append(keep.status_events.pop(found))
    for alias in added.get("aliases", []):
        if alias in keep.aliases:
            keep.aliases.remove(alias)
    for key, value in added.get("filled", {}).items():
        if key.startswith("name."):
            _, part, script = key.split(".")
            text = keep.names.get(NamePart(part))
            if text is not None and getattr(text, script) == value:
                setattr(text, script, "")
                if text.is_blank:
                    del keep.names[NamePart(part)]
        elif key == "sex" and keep.sex.value == value:
            keep.sex = Sex.UNKNOWN
        elif key in ("birth", "abduction_date"):
            if list(getattr(keep, key).to_row()) == value:
                setattr(keep, key, FuzzyDate())
            elif not getattr(keep, key).is_blank:
                left.append(key)  # the other record's date, changed since: it stays, said
        elif key == "incident_id":
            if keep.incident_id == value:
                keep.incident_id = None
        elif key == "sharing_level":
            continue  # below: a level, not a text
        elif getattr(keep, key, None) == value:
            setattr(keep, key, "")
        elif key in FIELD_WORDS and getattr(keep, key).strip():
            # What the merge took from the other record (its village, its whole account of
            # her abduction), changed since: hers now, left as written, and split says so.
            left.append(key)
    for key, added_text in added.get("appended", {}).items():
        text, core = getattr(keep, key, ""), added_text.strip()
        # Wherever it still stands as the merge wrote it: a list's note or another merge's
        # account added after it follows it. Edited since, it is hers now, left as she wrote
        # it, and split says so.
        rest = _without_lines(text, core) if core else None
        if rest is None:
            left.append(key)
        else:
            setattr(keep, key, rest)
    if "sharing_level" in added.get("filled", {}):
        level = added["filled"]["sharing_level"]
        if keep.sharing_level.value == level["now"]:
            keep.sharing_level = SharingLevel(level["was"])
        else:
            left.append("sharing_level")  # set by hand since: hers as she set it
    return taken
