"""Import service: read a list, stage its rows in the vault, let the user decide, commit at once.

Nothing reaches the case tables before commit(); commit() runs in ONE transaction, so a crash or
a kill -9 leaves the batch either fully imported or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from app.audit import now_utc
from app.bulk_gc import fewer_collections
from app.domain.errors import Cancelled, InputFileError, NotFound, ValidationError
from app.domain.person import NamePart, Person, person_names_shown
from app.importing import notes
from app.importing.birth_numbers import table_bare_births, with_bare_births
from app.importing.changed_since import (
    changed_against,
    changed_said,
    keys_explained,
    with_followers,
)
from app.importing.conflicts import as_written, once
from app.importing.convert import ConvertedRow, Converter
from app.importing.csvread import LOST_LETTER
from app.importing.date_order import batch_mapping, table_orders
from app.importing.decisions import (
    BY_ALL,
    BY_YES,
    NAMED,
    decided,
    record_bulk,
    record_carried,
    record_row,
    with_kept,
)
from app.importing.dedupe import (
    BY_HAND_THEN,
    CREATED_THEN,
    LOOKED_AT,
    PROBABLE,
    TIE,
    RowMatcher,
    case_no_read,
    doubts,
    more_tied_with,
    name_identity,
    respelt_from,
    respelt_note,
    same_row_note,
    tied_note,
    tied_with,
    vault_prefixes,
)
from app.importing.ditto import table_dittos, with_dittos
from app.importing.erased_keys import as_now, erased_row
from app.importing.fields import Field
from app.importing.held import held_rows
from app.importing.issues import AT_SHEET, PASSED_WHY
from app.importing.limits import DEFAULT_LIMITS, ReadLimits
from app.importing.list_wide import ListWide
from app.importing.mapping import Mapping, suggest, without_informants
from app.importing.names_kept import added, would_keep
from app.importing.new_year import table_new_years, with_new_years
from app.importing.pieces import Quoted, Said, Sentence, Word, joined, pieces_of
from app.importing.reader import not_there, read_table
from app.importing.reasons import (
    ADD_A_HEADER,
    COLUMN_AT,
    EMPTY_SHEET,
    LEFT_UNMAPPED,
    MAPPING_FILE,
    NO_HEADER_ROW,
    NO_NAME_COLUMN,
    NO_NAME_COLUMN_SHEETS,
    NO_OWN_NAME,
    OTHER_SHEETS,
    SAVED_FOR,
    SAVED_FOR_COLUMNS,
    reason,
)
from app.importing.refusals import (
    ALREADY,
    DAMAGED_HEADER,
    HEADER_ONLY,
    LEAD_SKIPPED,
    LEAD_UNDECIDED,
    NO_BATCH,
    NO_ROW,
    NOT_DECIDED,
    REJECTED,
    ROW,
    SET_ASIDE,
    at,
    refused,
    said,
)
from app.importing.repeated_rows import as_repeats
from app.importing.report import both_said, build_report, field_word, needs_decision
from app.importing.same_woman import (
    BY_HAND,
    by_lead,
    carried_rows,
    carry,
    follows_row,
    join_in_bulk,
    leads,
    same_woman,
    say_kept_apart,
    wait_again,
)
from app.importing.senders import as_known, saved_for_columns
from app.importing.serial_columns import table_typed_numbers, with_typed_numbers
from app.importing.sex_said import as_written as sex_as_written
from app.importing.signed_below import signed_below
from app.importing.skipped_then import keep_skipped, skip_said, skipped_by_hand
from app.importing.staged import person_from_json, person_to_json
from app.importing.table import Table
from app.importing.withdrawn_then import hold, taken_back, withdrawn_from
from app.matching.blocking import BlockIndex, keys_and_mask
from app.matching.given_clan import GIVEN_FAMILY
from app.matching.score import prepare, score_persons
from app.matching_service import NEARBY_ROWS
from app.split_rows import split_in_doubt
from db.repositories.importing import BatchRecord, ImportRepository, StagedRowRecord
from db.repositories.split_rows import SplitRowsRepository
from db.repositories.withdrawals import WithdrawalRepository

Progress = Callable[[int, int], None]
# One encoder for every row: json.dumps with options builds a new one per call (3 s per 100k).
_RAW_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@dataclass
class ImportPlan:
    """A file read and mapped, not yet staged: what `--dry-run` shows."""

    path: str
    file_name: str
    sha256: str
    list_source: str
    table: Table
    mapping: Mapping
    # Committed imports of this sheet of this file (another sheet is another list).
    same_file: list[BatchRecord] = field(default_factory=list)
    previous: BatchRecord | None = None  # the last committed version of this list (same sheet)
    # The last import of the same source (or file name) from another sheet: the same list when
    # it shares enough of its rows (a sheet renamed, a CSV sent as a workbook), decided once the
    # rows are read (see _same_list).
    maybe_previous: BatchRecord | None = None
    # This sheet of this file staged before and still waiting for decisions: staged again, the
    # two batches made one woman twice once both were decided.
    staged_same: list[BatchRecord] = field(default_factory=list)
    # Any version of this list (same source, else same file name) staged and still waiting for
    # decisions, this very file too: its rows are in no record yet, so the list is compared
    # with its last committed version, and a woman it would create may be created again here.
    staged_earlier: list[BatchRecord] = field(default_factory=list)
    # This very file imported before, and a later version of the same list with other rows
    # committed after it (the sender took back the next version's changes and sent the old
    # file again): not refused as a double import but read as the list's newest version. {batch, committed_at,
    # after: {batch, file, committed_at}} (sent_again).
    sent_again: dict | None = None


def sent_again(repo: ImportRepository, same: list[BatchRecord], sha: str, source: str = ""
               ) -> tuple[list[BatchRecord], dict | None]:
    """The committed imports of this very file that make a new one a double import, and what
    it was sent again after. A file identical to batch 1 is nothing new only while the list's
    newest version (as read) says what it says: batch 1 itself, or a version with the same
    rows (the same names and cells, in any order). Once another version was committed after
    it, the vault holds what this file contradicts (the sender took back that version's
    rescue), and the file is read as a new version. Returns (same, None) for a double import.
    Imported before under another sender (source), it is a double import whatever came
    since: read anew, the same bytes stood as two senders' lists on every woman it names."""
    if not same or any((b.list_source or "") != (source or "") for b in same):
        return same, None
    from app.importing.commit import one_list

    last = same[-1]
    newest = newest_version(repo, last.list_source, last.file_name, last.sheet)
    # the sender's newest import of another list (kocho.csv after telezer.csv) is no newer
    # version of this one: the file sent again by mistake is still a double import
    if newest is None or newest.id <= last.id or newest.file_sha256 == sha or \
            repo.same_rows(newest.id, last.id) or not one_list(repo, newest, last):
        return same, None
    return [], {"batch": last.id, "committed_at": last.committed_at,
                "after": {"batch": newest.id, "file": newest.file_name,
                          "committed_at": newest.committed_at}}


def newest_version(repo: ImportRepository, source: str, file_name: str, sheet: str
                   ) -> BatchRecord | None:
    """The list's newest committed version for a file of this sheet: the last of the same
    sheet, or a later one of another (the sheet saved as a CSV, a CSV sent next time as a
    workbook, the sheet renamed) that shares most of its names with it, as the later import
    found it a version of the same list (commit.same_list). Else a workbook sent again after
    its CSV version was a double import, and compared with the version before that one."""
    from app.importing.commit import SAME_LIST_SHARE

    same = repo.last_committed_for(source, file_name, sheet)
    other = repo.last_committed_for(source, file_name, None)
    if same is None or other is None or other.id <= same.id or other.sheet == same.sheet:
        return same
    before = {k for k in repo.row_keys(same.id) if k}
    now = {k for k in repo.row_keys(other.id) if k}
    alike = before and now and len(before & now) >= SAME_LIST_SHARE * min(len(before), len(now))
    return other if alike else same


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _rejected_in_pieces(report: dict, rows: list[StagedRowRecord]) -> dict:
    """A committed batch's report with why each row was rejected as its row keeps it, in
    pieces: the report's JSON holds the English only, and the desktop, opening the report
    later, says it in its own words as it did right after the import."""
    why = {r.row_number: notes.restored(r.rejected) for r in rows if r.outcome == "rejected"}
    report["rejected"] = [{**r, "reason": why.get(r["row"], r["reason"])}
                          for r in report.get("rejected", [])]
    return report


class ImportService:
    def __init__(self, session) -> None:
        self.session = session
        self.db = session.db
        self.repo = ImportRepository(session.db)

    # -- reading and staging ---------------------------------------------------------------
    def prepare(self, path: str, sheet: str | None = None, source: str = "",
                mapping: Mapping | None = None, limits: ReadLimits = DEFAULT_LIMITS,
                age_year: int | None = None) -> ImportPlan:
        """age_year: the year the list's ages were given in, when the user says so."""
        table = read_table(path, sheet, limits)
        _refuse_a_damaged_header(table)
        saved = mapping
        last_said = None
        source = as_known(self.repo, source)  # "office of kidnapped affairs": the one known
        if saved is None and source:
            text = self.repo.mapping(source)
            saved = without_informants(Mapping.from_json(
                text, reason(SAVED_FOR, Quoted(source)))) if text else None
        elif saved is None and (fits := saved_for_columns(
                self.repo, [c.label for c in table.columns])):
            # no sender named: a sender's list of exactly these columns was mapped before; its
            # columns only, not its codes ("1" rescued): another sender's 1 may mean missing
            saved = without_informants(Mapping.from_json(
                fits[1], reason(SAVED_FOR_COLUMNS, Quoted(fits[0]))))
            saved.values = {}
        if saved is not None and saved is not mapping:
            # What the sender's last list was said to add is about that list: a hint, not
            # given to this one unless the user says it again (list_wide.py).
            last_said, saved.new_persons = saved.new_persons, ListWide()
        file_name = os.path.basename(path)
        sha = file_sha256(path)
        suggested = suggest(table, saved)
        if age_year is not None:
            suggested.age_year = age_year
        if last_said:
            suggested.last_said = last_said
        sheet_name = table.sheet or ""  # as the batch records it
        previous = newest_version(self.repo, source, file_name, sheet_name)
        same, again = sent_again(self.repo, self.repo.committed_with_sha(sha, sheet_name), sha,
                                 source)
        return ImportPlan(path, file_name, sha, source, table, suggested, same, previous,
                          None if previous else self.repo.last_committed_for(
                              source, file_name, None),
                          self.repo.staged_with_sha(sha, sheet_name),
                          self.repo.staged_for(source, file_name, sheet_name), again)

    def converter(self, plan: ImportPlan) -> Converter:
        """The plan's rows as persons, villages written as the vault already writes them."""
        return Converter(plan.table, plan.mapping, self.session.persons.village_counts())

    def rows_to_match(self, path: str, sheet: str | None = None, mapping: Mapping | None = None,
                      age_year: int | None = None) -> tuple[ImportPlan, list[ConvertedRow]]:
        """Every row of a list as the importer reads and maps it, for `match` (reads only):
        the same readers, limits, header finding and column mapping as an import."""
        plan = self.prepare(path, sheet, "", mapping, age_year=age_year)
        _require_a_name_column(plan)
        conv = self.converter(plan)
        return plan, [conv.convert(row) for row in plan.table.rows]

    def stage_rows(self, plan: ImportPlan, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> list[StagedRowRecord]:
        """Convert and match every row (reads the vault, writes nothing)."""
        with fewer_collections():
            return self._stage_rows(plan, progress, cancel)

    def _stage_rows(self, plan: ImportPlan, progress: Progress | None,
                    cancel: threading.Event | None) -> list[StagedRowRecord]:
        _require_a_name_column(plan)
        t = plan.table
        if not t.rows:  # said before a dry run shows nothing, as the import itself says it
            raise ValidationError(refused(at(t.file, t.sheet, t.header_row), HEADER_ONLY))
        conv = self.converter(plan)
        # The vault read as `match` and `duplicates` read it (mother, aliases, abduction date
        # too): a namesake with another mother must not look like her.
        rows = plan.table.rows
        converted = None
        if len(rows) <= NEARBY_ROWS:
            converted = [conv.convert(row) for row in rows]
        vault, kept = self._vault_for(
            None if converted is None else [c.person for c in converted if c.person])
        # the vault's prefixes all: a short list's number of a prefix no record read has is
        # said on its row, as the report's count of other offices' numbers leaves it out
        matcher = RowMatcher(vault.values(), kept, prefix=self.session.case_prefix,
                             prefixes=vault_prefixes(self.session))
        out, total = [], len(rows)
        for n, row in enumerate(rows, 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled: nothing was staged")
            c = conv.convert(row) if converted is None else converted[n - 1]
            out.append(_stage_one(c, matcher, row))
            if progress and n % 1000 == 0:
                progress(n, total)
        from app.importing.commit import another_file, same_list

        if plan.previous is None and plan.maybe_previous is not None:
            plan.previous = plan.maybe_previous if same_list(
                self.repo, plan.maybe_previous, out) else None
        elif another_file(self.repo, plan.previous, plan.file_name, out):
            plan.previous = None
        self._as_last_time(plan, out)
        if plan.previous is not None:
            # a row she skipped by hand is not made a person by the next version, nor asked
            # about again, when it is the same row (skipped_then.py)
            keep_skipped(out, skipped_by_hand(self.session, self.repo, plan.previous))
            # a row the lawyer took back from a woman waits: never back to her, nor made a
            # second record of her, without her word (withdrawn_then.py); skipped by her
            # since and the same again, her skip stands
            hold(out, taken_back(self.session, self.repo, plan.previous))
        # two rows of her names that are not joined as one woman say why (same_woman.py)
        say_kept_apart(out)
        as_repeats(out)  # a row repeating an earlier one that updates her: a repeat of it
        if progress:
            progress(total, total)
        return out

    def _as_last_time(self, plan: ImportPlan, rows: list[StagedRowRecord]) -> None:
        """A row the last import of this list also held (same names) is the person it went to
        then, whatever the names alone would say: a one-word name (هدى) or a row the lawyer
        decided by hand must not become a new person at every new version of the list."""
        if plan.previous is None:
            return
        from app.importing.commit import survivor_of

        before = self.repo.persons_by_row_key(plan.previous.id)
        whence = dict.fromkeys(before, plan.previous.id)
        late = self._decided_late(plan.previous)
        before.update({k: pid for k, (pid, _) in late.items()})
        whence.update({k: b for k, (_, b) in late.items()})
        keys = _tied_keys(rows)
        gone = self._gone_since(plan.previous, rows)
        people: dict[int, object] = {}
        # a record a merge was split from: her row of the last version may be the other's
        splits = SplitRowsRepository(self.db).splits()
        for r in rows:
            if r.row_key in gone and r.outcome != "rejected" and r.row_key not in before:
                # her row of the last version went to a person deleted since: decided anew by
                # the names, and the row says why it is not the same as last time
                r.warnings_json = notes.dumps([*notes.loads(r.warnings_json), notes.Note(
                    notes.PERSON_GONE, plan.previous.id, gone[r.row_key])])
            pid = before.get(r.row_key) if r.row_key in keys else None
            if pid in splits and r.outcome != "rejected":
                pid = self._after_splits(whence[r.row_key], r, pid, splits)
            if pid is None or r.outcome == "rejected" or (
                    r.outcome == "certain" and r.match_person_id == pid) or _case_no_doubts(r):
                continue
            if pid not in people:
                try:
                    people[pid] = survivor_of(self.session, pid)
                except NotFound:  # deleted since: the names decide, as for any row
                    people[pid] = None
            person = people[pid]
            if person is None or r.person is None:
                continue
            s = score_persons(r.person, person)
            r.outcome, r.match_person_id, r.match_row_number = "certain", person.id, None
            r.match_score = round(s.score, 3)
            r.match_explain = f"{s.summary()}; {same_row_note(whence[r.row_key])}"
        self._respelt(plan, rows, set(before))

    def _decided_late(self, previous: BatchRecord) -> dict[str, tuple[int, int]]:
        """{row_key: (the person, the batch)} of the rows decided by hand in an older version of
        the list committed after previous (staged, left while previous was imported, decided
        and committed at last), where previous's own row of the same names was not decided by
        hand: the lawyer's word on the row, not the names', is what the next version follows,
        whichever order the versions were committed in."""
        from app.importing.commit import one_list

        # versions of this list only (another list of the sender shares no name with it), and
        # only names previous itself holds: a hand decision on another list's namesake chose
        # the wrong woman for this list's row (a review)
        late = sorted((o for o in self.repo.committed_after(previous)
                       if o.id < previous.id and one_list(self.repo, o, previous)),
                      key=lambda o: o.committed_at or "")
        if not late:
            return {}
        held = set(self.repo.row_keys(previous.id))
        own = {d["row"] for d in decided(self.session, previous.id)[0]}
        own_keys = {r.row_key for r in self.repo.rows_numbered(previous.id, sorted(own))}
        out: dict[str, tuple[int, int]] = {}
        for o in late:  # committed last, said last
            hand = sorted(d["row"] for d in decided(self.session, o.id)[0]
                          if d["decision"] in ("update", "create"))
            went = self.repo.persons_of_rows(o.id, hand)
            for r in self.repo.rows_numbered(o.id, hand):
                if r.row_key and r.row_key in held and r.row_key not in own_keys \
                        and r.row_number in went:
                    out[r.row_key] = (went[r.row_number], o.id)
        return out


    def _after_splits(self, previous: int, r: StagedRowRecord, pid: int, splits: dict
                      ) -> int | None:
        """pid, the record the row's row of the last version went to; None when it went to pid
        while a record split out since was merged into it and the split could not tell which of
        the two it is (split_rows.split_in_doubt): then the row says so, and a certain match
        by the names with either of them is asked (a split pair is never taken for each other
        without the lawyer)."""
        then = self.repo.row_keys(previous).get(r.row_key)
        if then is None:
            return pid
        doubt = split_in_doubt(self.db, previous, then[0], pid, splits)
        if doubt is None:
            return pid
        kept, split = (self.session.persons.get_by_id(i).case_no for i in doubt)
        r.warnings_json = notes.dumps([*notes.loads(r.warnings_json), notes.Note(
            notes.SPLIT_SINCE, previous, then[0], kept, split)])
        if r.outcome == "certain" and r.match_person_id in doubt:
            r.outcome = "probable"
        return None

    def _gone_since(self, previous: BatchRecord, rows: list[StagedRowRecord]
                    ) -> dict[str, int]:
        """{row_key: its first row} of the rows of the last version that went to a person
        deleted since (not those its commit skipped, which went to no one). Her rows' keys
        are kept one way only (erased_keys.py): found by this version's keys (rows)."""
        skipped = {s.get("row") for s in json.loads(previous.report_json or "{}")
                   .get("skipped", [])}
        gone = [(n, key) for n, key in self.repo.rows_gone(previous.id) if n not in skipped]
        now = as_now(self.db, previous.id, [k for _, k in gone],
                     {r.row_key for r in rows if r.outcome != "rejected"})
        out: dict[str, int] = {}
        for n, key in gone:
            out.setdefault(now.get(key, key), n)
        return out

    def _respelt(self, plan: ImportPlan, rows: list[StagedRowRecord], keys_then: set[str]
                 ) -> None:
        """A row spelt otherwise than in the last version (ڤيان then, فيان now) is the row
        that went to a person then without doubt: decided by hand, or made a new person with
        nothing to ask (no candidate at all). It is so when the person it went to fits it as
        a probable match at least with nothing that tells two people apart disagreeing, and
        the names of the two rows do not disagree either (sisters differ in the given name):
        it waits, with that person suggested and the reason saying so, instead of being asked
        as if new (import --yes takes her: auto_decision). One to one only: two rows of either
        version that fit alike say nothing about which is which. A row made a new person
        despite a probable match (--yes, review --all create) is no such row: whether she is
        that other record was never decided."""
        from app.importing.commit import survivor_of

        fresh = [r for r in rows if r.person is not None and r.row_key not in keys_then
                 and r.outcome in ("new", "probable")]
        if not fresh:
            return
        before = plan.previous.id
        by_hand, _ = decided(self.session, before)
        hand = {d["row"] for d in by_hand if d["decision"] in ("update", "create")}
        now_keys = {r.row_key for r in rows if r.outcome != "rejected"}
        made = {n for n, key in self.repo.made_new_keys(before) if key not in now_keys}
        # A list committed at once keeps no person of its rows (lean): the person made of
        # the row stands for the row, her names being its names.
        olds = [o for o in self.repo.rows_numbered(before, sorted(hand | made))
                if o.row_key not in now_keys and (o.person_json or o.row_number in made)]
        if not olds:
            return
        went = self.repo.persons_of_rows(before, [o.row_number for o in olds])
        people = {p.id: p for p in self.session.persons.get_many(sorted(set(went.values())))}
        # The persons those rows went to, blocked as matching blocks: only a fresh row sharing
        # keys with one is scored against it (a retyped list of thousands against hundreds of
        # rows decided by hand would otherwise score every pair).
        index, then_of = BlockIndex(), {}
        splits = SplitRowsRepository(self.db).splits()
        for o in olds:
            person = people.get(went.get(o.row_number))
            if person is not None and person.id in splits and split_in_doubt(
                    self.db, before, o.row_number, person.id, splits) is not None:
                # went to her while a record split out since was merged into hers, and which
                # of the two it is was not known: its fit with her is no evidence at all
                person = None
            if person is None:  # skipped after all, deleted since, or split from in doubt
                continue
            if person.merged_into is not None:
                try:
                    person = survivor_of(self.session, person.id)
                except NotFound:
                    continue
            index.add(o.row_number, person)
            then_of[o.row_number] = (person, person_from_json(o.person_json)
                                     if o.person_json else person,
                                     BY_HAND_THEN if o.row_number in hand else CREATED_THEN)
        # A row then with no given name has no blocking key (keys start from the given name):
        # the row now at the same place of the list, her name filled in since («(given name
        # unknown) سليمان حجي» then, «شيرين سليمان حجي» now), is scored against it directly.
        unnamed = {n for n in then_of if NamePart.GIVEN not in then_of[n][1].names
                   or then_of[n][1].names[NamePart.GIVEN].is_blank}
        fits: dict[int, list] = {}  # row now -> [(row then, person, score, how)]
        for r in fresh:
            me = prepare(r.person)
            keyed = [n for _s, n in index.scores(me, r.person, PROBABLE, looked_at=LOOKED_AT)]
            if r.row_number in unnamed and r.row_number not in keyed:
                keyed.append(r.row_number)
            for n in keyed:
                person, listed, how = then_of[n]
                against = doubts(r.person, person)
                if against or against.forebear_partial or against.score.score < PROBABLE:
                    continue
                names = doubts(r.person, listed)
                if names.contradicts or names.given_partial:
                    continue
                fits.setdefault(r.row_number, []).append((n, person, against.score, how))
        taken = _count(n for found in fits.values() for n, *_ in found)
        for r in fresh:
            found = fits.get(r.row_number, [])
            if len(found) != 1 or taken[found[0][0]] != 1:
                continue
            n, person, s, how = found[0]
            notes_ = [s.summary()]
            other = tied_with(r.match_explain)
            if r.match_person_id not in (None, person.id) and (r.match_score or 0) >= (
                    s.score - TIE):
                notes_.append(tied_note(self.session.persons.get_by_id(
                    r.match_person_id).case_no, r.match_score))
            elif other and other["case_no"] and other["case_no"] != person.case_no:
                notes_.append(tied_note(other["case_no"], other["score"]))
            notes_.append(respelt_note(before, n, person.case_no, how))
            r.outcome, r.match_person_id, r.match_row_number = "probable", person.id, None
            r.match_score, r.match_explain = round(s.score, 3), "; ".join(notes_)

    def stage(self, plan: ImportPlan, rows: list[StagedRowRecord], yes: bool = False) -> int:
        """Write the batch and its rows (decisions pre-filled) and remember the mapping."""
        decide_when_read(rows, yes)
        with fewer_collections():
            for r in rows:
                if r.person is not None and r.person_json is None:
                    r.person_json = person_to_json(r.person)
            with self.db.transaction():
                return self._write_batch(plan, rows, lean=False, yes=yes)

    def _write_batch(self, plan: ImportPlan, rows: list[StagedRowRecord], lean: bool,
                     yes: bool = False) -> int:
        t = plan.table
        if not t.rows:
            raise ValidationError(refused(at(t.file, t.sheet, t.header_row), HEADER_ONLY))
        # each in pieces and English, for the report to say in the desktop's words
        issues = json.dumps([notes.encoded(i.said()) for i in t.issues], ensure_ascii=False)
        # with how its dates were read where not as usual: a document quoting a row of the
        # list reads its 8/3/2014 as the import did
        orders = table_orders(t, plan.mapping.columns)
        mapping_json = with_new_years(batch_mapping(plan.mapping.to_json(),
                                                    {k: o.kind for k, o in orders.items()},
                                                    t.date1904),
                                      table_new_years(t, plan.mapping.columns))
        mapping_json = with_typed_numbers(mapping_json,
                                          table_typed_numbers(t, plan.mapping.columns))
        # how its birth columns' bare numbers ('12') were read: a row read again alone
        # (withdraw.py) cannot tell from its one cell whether the column wrote ages
        mapping_json = with_bare_births(mapping_json, table_bare_births(t, plan.mapping.columns))
        # and what its ditto marks were read as: a row read again alone has no row above it
        mapping_json = with_dittos(mapping_json, t.headers, table_dittos(t, plan.mapping.columns))
        batch = BatchRecord(0, plan.list_source, plan.file_name, plan.sha256, t.sheet or "",
                            t.header_row, mapping_json, issues, "staged",
                            len(t.rows), t.blank_rows, "{}", now_utc(), None)
        batch_id = self.repo.insert_batch(batch)
        self.repo.insert_rows(batch_id, rows, lean=lean)
        if not lean:  # it waits for review: the commit checks again a record edited meanwhile
            self.repo.mark_versions(batch_id)
        if plan.list_source:
            self.repo.save_mapping(plan.list_source, plan.mapping.to_json(), now_utc())
        self.session.audit.append("import.stage", "import_batch", str(batch_id), {
            "file_sha256": plan.sha256, "rows_read": len(t.rows),
            "outcomes": _count(r.outcome for r in rows)})
        if yes:  # probable matches made new persons without asking: a bulk decision too
            record_bulk(self.session, batch_id, "create", [
                r.row_number for r in rows if r.outcome == "probable" and r.decision == "create"],
                BY_YES)
            # and rows of the last version spelt otherwise, sent to the person they went to
            record_bulk(self.session, batch_id, "update", [
                r.row_number for r in rows if r.outcome == "probable" and r.decision == "update"],
                BY_YES)
            for lead, joined in carried_rows(rows).items():
                record_carried(self.session, batch_id, lead, joined, BY_YES)
        return batch_id

    def _named_by_case(self, listed: list[Person]) -> list[int]:
        """The records the rows' case numbers name (a list's own case number column)."""
        ids = set()
        for p in listed:
            # read as the matcher reads it ("SNJ 7" too), or the record it names is not loaded
            # and the row is told there is no such record
            case = case_no_read(p.case_no)
            pid = self.session.persons.repo.id_for_case(case) if case else None
            if pid is not None:
                ids.add(pid)
        return sorted(ids)

    def import_at_once(self, plan: ImportPlan, rows: list[StagedRowRecord], yes: bool = False,
                       progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> dict | int:
        """Stage and commit in ONE transaction when no row needs a person to decide.

        Returns the report, or the batch id of a staged batch that waits for review.
        """
        from app.importing.commit import commit_batch

        decide_when_read(rows, yes)
        if any(r.outcome != "rejected" and not r.decision for r in rows):
            return self.stage(plan, rows, yes)
        with fewer_collections(), self.db.transaction():
            batch_id = self._write_batch(plan, rows, lean=True, yes=yes)
            b = self.repo.batch(batch_id)
            report = commit_batch(self.session, self.repo, b, rows, progress, cancel)
            return self._with_rows(b, rows, report)

    # -- decisions -------------------------------------------------------------------------
    def batch(self, batch_id: int) -> BatchRecord:
        b = self.repo.batch(batch_id)
        if b is None:
            raise NotFound(said(NO_BATCH, batch_id))
        return b

    def _staged(self, batch_id: int) -> BatchRecord:
        b = self.batch(batch_id)
        if b.state != "staged":
            raise ValidationError(said(ALREADY, batch_id, Word("state", b.state)))
        return b

    def decide(self, batch_id: int, row_number: int, decision: str,
               case_no: str | None = None, override: bool = False,
               despite_contradiction: bool = False, carry_along: bool = True) -> dict:
        """Decide one row; returns what was decided, for the user to read.

        Only a row that waits for a decision, unless override: a slip in the row number must
        not make a new person someone else's alias, nor drop a certain match. An update shows
        the row's names beside the person's with the score worked out now, and is refused
        (unless despite_contradiction) when they disagree on a field that tells two people
        apart or the score says they are unlikely one person. Two risks, two answers: one
        flag given for a settled row must not also let it join a woman it contradicts.

        A new person or an update carries to the rows still waiting that are the same woman
        (same_woman.py), unless carry_along is False (the window, where every row is decided
        on its own line): {"carried": rows, "still_waiting": [{row, why}]} in the answer."""
        if decision not in ("create", "update", "skip"):
            raise ValidationError("a decision is create, update or skip")
        if case_no and decision != "update":
            raise ValidationError("--person names the person a row updates: it goes with "
                                  "--decide update only")
        b = self.batch(batch_id)
        pid = self.session.persons.get(case_no).id if case_no else None
        if b.state == "committed":  # only a row withdrawn since, done at once (redecide.py)
            from app.importing.redecide import decide_again

            with self.db.transaction():
                return decide_again(self, b, row_number, decision, pid, despite_contradiction)
        self._staged(batch_id)
        with self.db.transaction():
            row = _decidable(self.repo.row(batch_id, row_number), batch_id, row_number)
            waiting = needs_decision(row)
            if not waiting and not override:
                raise ValidationError(
                    f"row {row_number} was not waiting for a decision: it is "
                    f"{self._fate(row)} (outcome {row.outcome}, decision {row.decision}); to "
                    "change that all the same, repeat with --override")
            out = {"row": row_number, "decision": decision, "was": self._fate(row),
                   "overridden": not waiting, "person": None}
            named = self._named(row)  # before an update of another record replaces them
            if decision == "update" and pid is None and row.match_person_id is None \
                    and row.match_row_number is not None:
                # Matched to an earlier row of the list: "update" is that woman, whatever
                # person her earlier row makes or updates (as a certain repeat does).
                out.update(self._checked_join(batch_id, row, despite_contradiction))
                decision = "same_as_row"
            elif decision == "update":
                if pid is None and row.match_person_id is None:
                    why = ("it matched no one in the vault" if row.outcome == "new" else
                           "the person it matched has been deleted since the list was staged")
                    raise ValidationError(
                        f"row {row_number}: update needs --person CASE_NO ({why})")
                if pid is None:
                    self.refuse_a_tie(row)
                out.update(self._checked_update(row, pid or row.match_person_id,
                                                despite_contradiction))
            apart: list[int] = []
            if (decision, pid or row.match_person_id) != (row.decision, row.match_person_id):
                # Rows that went with this one were checked against what it was to be: decided
                # anew, they wait to be decided again (carried again below where they still
                # fit). So do the rows of her whose decision went through this one's being
                # her (a list naming her three times): those are not carried along again.
                apart = wait_again(self.repo, batch_id, row)
            self.repo.decide(batch_id, row_number, decision, pid)
            if out["person"]:  # a note, not a refusal: two women of one list made one record?
                target = pid or row.match_person_id
                out["updated_by"] = [n for n, p in self.repo.updates(batch_id)
                                     if p == target and n != row_number]
            record_row(self.session, batch_id, {
                "row": row_number, "decision": decision, "was": out["was"],
                "overridden": out["overridden"],
                "person": out["person"]["case_no"] if out["person"] else None,
                **({"joins_row": out["joins_row"]} if out.get("joins_row") else {}),
                "contradicts": out.get("contradicts", []),
                **({"given_partial": out["given_partial"]} if out.get("given_partial") else {}),
                # all she saw against the record: asked again at the commit only for more
                **({"doubts": sorted(keys_explained(out["why"]))}
                   if decision == "update" and "why" in out else {}),
                **({NAMED: named} if named else {})})
            out.update(carry(self.session, self.repo, batch_id, row,
                             None if decision == "create" else pid or row.match_person_id,
                             apart)
                       if carry_along and decision in ("create", "update") else
                       {"carried": [], "still_waiting": []})
        return out

    def tied_records(self, row: StagedRowRecord) -> list[str]:
        """The case numbers of the vault records a tied row fits equally well now, its own
        candidate first: one merged since is said as the record it went into, one deleted
        since is left out, and records merged into one are one. Fewer than two: no tie left."""
        from app.importing.commit import survivor_of

        if row.match_person_id is None:
            return []
        tie = tied_with(row.match_explain or "")
        if not tie or not tie["case_no"]:
            return []  # a tie with an earlier row of the list is no record of the vault
        ids = [row.match_person_id]
        for case_no in (tie["case_no"], *more_tied_with(row.match_explain)):
            try:
                ids.append(self.session.persons.get(case_no).id)
            except NotFound:
                continue
        out: list[str] = []
        for pid in ids:
            try:
                case_no = survivor_of(self.session, pid).case_no
            except NotFound:
                continue
            if case_no not in out:
                out.append(case_no)
        return out

    def refuse_a_tie(self, row: StagedRowRecord) -> None:
        """Refuse an update that names no record where the row fits two or more equally well:
        the one listed first is first by its case number only, and the wrong woman would be
        set rescued. The user names the one she is (--person)."""
        tied = self.tied_records(row)
        if len(tied) < 2 or self._chosen_then(row, tied[0]):
            return
        raise ValidationError(
            f"row {row.row_number} fits {len(tied)} records equally well: {', '.join(tied)}; "
            "--decide update without --person would choose one of them by its case number "
            "alone, so nothing was decided. Compare them (casekeeper person show CASE_NO) and "
            "name the one she is: "
            + "; ".join(f"--decide update --person {c}" for c in tied)
            + " (or create or skip the row)")

    def _chosen_then(self, row: StagedRowRecord, candidate: str) -> bool:
        """Whether the row's candidate is the woman its row of the list's last version went
        to (dedupe.RESPELT): the lawyer chose her among the same equals then."""
        from app.importing.commit import survivor_of

        then = respelt_from(row.match_explain or "")
        if then is None:
            return False
        try:
            return survivor_of(self.session, self.session.persons.get(then["case_no"]).id
                               ).case_no == candidate
        except NotFound:
            return False

    def _named(self, row: StagedRowRecord) -> list[str]:
        """The case numbers of the vault records the review names for a row: the one it was
        asked about and the one it fits as well (decisions.NAMED)."""
        if row.outcome != "probable":
            return []
        out = list(self.repo.case_numbers({row.match_person_id}).values()) \
            if row.match_person_id is not None else []
        tie = tied_with(row.match_explain)
        if tie and tie["case_no"] and tie["case_no"] not in out:
            out.append(tie["case_no"])
        # and each namesake a given name alone fits as well (dedupe.MORE_TIED)
        out += [c for c in more_tied_with(row.match_explain) if c not in out]
        return out

    def follow(self, batch_id: int, lead: int, rows: list[int],
               despite: Collection[int] = ()) -> None:
        """Rows, waiting, go where row `lead` goes, decided already: the same woman (the
        window's "As row N"). Where that row updates a person, each is checked as an update by
        hand is (see decide), unless in despite."""
        self._staged(batch_id)
        with self.db.transaction():
            first = self.repo.row(batch_id, lead)
            if first is None or needs_decision(first) or first.decision == "same_as_row":
                raise ValidationError(said(NOT_DECIDED, lead))
            for n in rows:
                row = _decidable(self.repo.row(batch_id, n), batch_id, n)
                if n == lead:
                    raise NotFound(said(NO_ROW, batch_id, n))
                if first.decision == "update":
                    self._checked_update(row, first.match_person_id, n in despite)
                self.repo.follow(batch_id, n, lead)
            record_carried(self.session, batch_id, lead, sorted(rows), BY_HAND)

    def _fate(self, row: StagedRowRecord) -> str:
        """What matching made of a row and what it is to do, in words: 'new, to be created'."""
        def case(pid):
            p = self.session.persons.get_by_id(pid) if pid else None
            return p.case_no if p else "a person since deleted"

        # A probable match that follows a row of the same woman matched a vault person.
        follows = follows_row(row)
        target = (f"row {row.match_row_number}" if row.match_row_number is not None
                  and not follows else case(row.match_person_id))
        seen = "new" if row.outcome == "new" else f"a {row.outcome} match with {target}"
        doing = {"create": "to be created", "update": f"to update {case(row.match_person_id)}",
                 "same_as_row": f"to go where row {row.match_row_number} goes, the same woman"
                 if follows else f"to join the person of row {row.match_row_number}",
                 "skip": "to be skipped"}.get(row.decision, "undecided")
        return f"{seen}, {doing}"

    def _checked_join(self, batch_id: int, row: StagedRowRecord, despite: bool) -> dict:
        """The row beside the earlier row of its list it matched, and beside the vault person
        that row updates, scored now: taken as that woman only where an update by hand would
        be (see _checked_update), unless despite; and only once that row is decided to be
        created or to update someone (joined to a row then skipped, her row was lost)."""
        earlier = self.repo.row(batch_id, row.match_row_number)
        lead, seen = earlier, set()
        while lead.decision == "same_as_row" and lead.match_row_number is not None \
                and lead.row_number not in seen:  # the row it goes with, up the list
            seen.add(lead.row_number)
            lead = self.repo.row(batch_id, lead.match_row_number)
        if needs_decision(lead) or lead.decision == "skip":
            raise ValidationError(refused(Said(ROW, row.row_number), LEAD_SKIPPED
                                          if lead.decision == "skip" else LEAD_UNDECIDED,
                                          earlier.row_number))
        listed, theirs = person_from_json(row.person_json), person_from_json(earlier.person_json)
        doubt = doubts(listed, theirs)
        label = f"row {earlier.row_number}"
        _refuse_in_doubt(row.row_number, _names_of(listed), label, _names_of(theirs), doubt,
                         despite, side=label, verb="join")
        # both rows' names beside the score: the lawyer sees whom she joined, as for an update
        out = {"joins_row": earlier.row_number, "score": round(doubt.score.score, 3),
               "why": doubt.score.summary(), "row_names": _both_names(listed),
               "joins_row_names": _both_names(theirs)}
        if lead.decision == "update" and lead.match_person_id is not None:
            # that row updates a vault person: this row must not contradict her either
            self._checked_update(row, lead.match_person_id, despite)
        return out

    def can_join(self, batch_id: int, row: StagedRowRecord) -> bool:
        """Whether `review --decide update` would take this row, matched to an earlier row,
        as that woman without --despite-contradiction (the window offers it only then)."""
        try:
            self._checked_join(batch_id, row, False)
        except ValidationError:
            return False
        return True

    def _checked_update(self, row: StagedRowRecord, person_id: int, despite: bool) -> dict:
        """The row beside the person it would update, scored now by the matching engine;
        refused when they disagree on sex or a given, father's, grandfather's or mother's name
        (what the importer itself never updates on its own), when their given names only
        partly agree (sisters share every other name), or score below UNLIKELY, unless
        despite."""
        from app.importing.commit import survivor_of
        from app.importing.review import person_card

        target = survivor_of(self.session, person_id)
        listed = person_from_json(row.person_json)
        doubt = doubts(listed, target)
        against, s = doubt.contradicts, doubt.score
        names = _both_names(listed)
        _refuse_in_doubt(row.row_number, _names_of(listed), target.case_no, _names_of(target),
                         doubt, despite)
        return {"person": person_card(target), "row_names": names, "score": round(s.score, 3),
                "why": s.summary(), "contradicts": with_kept(target, listed, against, self.session),
                "given_partial": doubt.given_partial,
                # what the commit keeps of her names, the list's other spellings added
                "names_kept": would_keep(target, listed)}

    def decide_all(self, batch_id: int, decision: str) -> int:
        """The same decision for every row that waits for one; the number of rows decided."""
        return self.decide_all_rows(batch_id, decision)["count"]

    def decide_all_rows(self, batch_id: int, decision: str) -> dict:
        """decide_all, saying which rows it decided: {"decision", "count", "rows": the rows
        given the decision, "with_row": [{"with_row": lead, "rows": [...]}] the rows that go
        with an earlier row of the same woman instead (create only), "held": the rows left
        waiting for a decision by their own number, each with why (held.py)}."""
        if decision not in ("create", "skip"):
            raise ValidationError("a bulk decision is create or skip")
        self._staged(batch_id)
        with self.db.transaction():
            undecided = self.repo.rows(batch_id, undecided=True)
            # a row withdrawn from a woman before, or skipped by hand and changed since: only
            # the lawyer's decision of that row takes it, never one for all
            held = held_rows(undecided)
            kept = {h["row"] for h in held}
            # New persons all at once: a woman the list names twice becomes one of them.
            joined = leads(same_woman(r for r in undecided if r.row_number not in kept)) \
                if decision == "create" else {}
            own = [n for n in self.repo.waiting_row_numbers(batch_id)
                   if n not in joined and n not in kept]
            record_bulk(self.session, batch_id, decision, own, BY_ALL)
            count = self.repo.decide_all(batch_id, decision, sorted(kept))
            for n, lead in joined.items():
                self.repo.follow(batch_id, n, lead)
            carried = by_lead(joined)
            for lead, rows in carried.items():
                record_carried(self.session, batch_id, lead, rows, BY_ALL)
            return {"decision": decision, "count": count, "rows": own,
                    "with_row": [{"with_row": lead, "rows": rows}
                                 for lead, rows in carried.items()], "held": held}

    def withdraw(self, batch_id: int, row_number: int, note: str = "") -> dict:
        """Take one committed row back from the person it updated or created (withdraw.py);
        the row then waits to be decided again."""
        from app.importing.withdraw import withdraw_row

        return withdraw_row(self.session, self.repo, self.batch(batch_id), row_number, note)

    def discard(self, batch_id: int) -> None:
        self._staged(batch_id)
        with self.db.transaction():
            self.repo.finish_batch(batch_id, "discarded", "{}", now_utc())
            self.session.audit.append("import.discard", "import_batch", str(batch_id), {})

    def set_aside(self, batch_id: int, row_numbers: list[int]) -> list[int]:
        """Those of these rows that a person's deletion set aside since (app/erasure_rows.py):
        taken for her, their values erased, no longer to be decided."""
        return [r.row_number for r in self.repo.rows_numbered(batch_id, sorted(row_numbers))
                if r.outcome == "rejected" and erased_row(r)]

    def undecided(self, batch_id: int) -> list[StagedRowRecord]:
        state = self.batch(batch_id).state
        if state == "discarded":  # dropped undecided: none of its rows is asked about again
            return []
        rows = self.repo.rows(batch_id, undecided=True)
        if state == "committed":
            # Only rows withdrawn since: an update whose person was deleted later is done.
            rows = [r for r in rows if not r.decision]
        return rows

    def report(self, batch_id: int) -> dict:
        b = self.batch(batch_id)
        if b.state == "committed":
            from app.importing.report_keys import with_keys_now
            from app.importing.report_now import report_now, settled
            from app.importing.withdraw import withdrawals

            rows = self.repo.rows(batch_id)
            report = with_keys_now(self.session, self.repo, _rejected_in_pieces(
                self._written(b, json.loads(b.report_json)), rows))
            # what was taken back since: the stored report stays what the commit did, the one
            # shown says what holds now
            withdrawn = withdrawals(self.session, batch_id)
            report = settled(report_now(report, withdrawn), self._taken_since())
            report = self._with_rows(b, rows, report, withdrawn)
            return {**report, "withdrawn_since": withdrawn} if withdrawn else report
        rows = self.repo.rows(batch_id)
        changes = None
        if b.state == "staged":
            from app.importing.commit import previous_version

            previous = previous_version(self.repo, b, rows)
            changes = self.changes(previous, rows, b.mapping_json)
        return self._with_rows(b, rows, build_report(b, rows, {}, [], changes,
                                                     decided=decided(self.session, batch_id),
                                                     prefixes=vault_prefixes(self.session)))

    def _with_rows(self, b: BatchRecord, rows: list[StagedRowRecord], report: dict,
                   withdrawn: list[dict] | None = None) -> dict:
        """The report with each row of the list and the case number it went to (row_cases.py):
        worked out when shown, never stored with it."""
        from app.importing.row_cases import row_cases

        b = self.repo.batch(b.id) or b  # its state now: the commit has just changed it
        return {**report, "rows": row_cases(self.repo, b, rows, report, withdrawn)}

    def conflicts_about(self, case_nos: list[str]) -> list[dict]:
        """What lists said of these persons that the vault did not take (a death, an older
        status, another birth year), from every committed import's report, oldest first: so a
        reported death is not forgotten once its report has scrolled away. Each once, as the
        first batch noted it."""
        from app.importing.report_now import taken_back, withdrawal_counts
        from app.importing.settled_in_vault import as_the_vault_is
        from app.importing.superseded import marked_superseded
        from app.importing.withdraw import withdrawals

        wanted = set(case_nos)
        out = []
        batches = self.repo.reports_naming(case_nos)
        # A row withdrawn from her (review --withdraw) says nothing of her any more.
        withdrawn = WithdrawalRepository(self.db).withdrawn([b.id for b in batches])
        for b in batches:
            report = json.loads(b.report_json or "{}")
            # nor what it said before a withdrawal, once decided onto her again (report_now.py)
            times = withdrawal_counts(withdrawals(self.session, b.id))
            report["conflicts"] = [c for c in report.get("conflicts", [])
                                   if c.get("case_no") in wanted
                                   and (b.id, c.get("row"), c["case_no"]) not in withdrawn
                                   and not taken_back(c, times)]
            out += [{"batch": b.id, "file": b.file_name, "source": b.list_source,
                     "committed_at": b.committed_at, **c}
                    for c in self._written(b, report)["conflicts"]]
        # one a later version of its list no longer makes is kept, marked superseded; one the
        # vault holds the list's value of now, marked settled; the rest said against the vault
        # as it is (settled_in_vault.py)
        return as_the_vault_is(self.session.persons,
                               marked_superseded(self.repo, once(self._not_taken_since(out))))

    def _taken_since(self) -> dict[str, set[tuple[int, int, str]]]:
        """withdraw_keeps.taken_since of every person a withdrawal left a list's word with,
        by case number: the trail's person.import_withdraw entries alone, read once."""
        from app.importing.withdraw_keeps import WITHDRAW, taken_since

        by: dict[str, list] = {}
        for e in self.session.audit.with_actions(WITHDRAW):
            by.setdefault(e.entity_ref, []).append(e)
        return {case_no: t for case_no, entries in by.items() if (t := taken_since(entries))}

    def _not_taken_since(self, conflicts: list[dict]) -> list[dict]:
        """The conflicts whose list's value is not hers since: a withdrawal of another row
        gives her what a row still says (withdraw_keeps.py), the vault's value then gone."""
        from app.importing.withdraw_keeps import taken_since

        taken: set[tuple[int, int, str]] = set()
        for case_no in sorted({c["case_no"] for c in conflicts}):
            taken |= taken_since(self.session.audit.history("person", case_no))
        return [c for c in conflicts if (c["batch"], c.get("row"), c["field"]) not in taken]

    def _written(self, b: BatchRecord, report: dict) -> dict:
        """A committed batch's report with each village and sex it did not take quoted as the
        list wrote it, where the batch was committed before conflicts were
        (conflicts.as_written, sex_said.as_written), and each row of its changes since the
        last version named as the list wrote it (changes.names_as_listed)."""
        from app.importing.changes import names_as_listed

        if report.get("changes_since_last_import"):
            report["changes_since_last_import"] = names_as_listed(
                self.repo, b, report["changes_since_last_import"])
        old = sorted({c["row"] for c in report.get("conflicts", [])
                      if c.get("field") in ("origin_village", "sex") and "read_as" not in c})
        if not old:
            return report
        raw = self.repo.raw_values(b.id, old)
        report["conflicts"] = [sex_as_written(as_written(c, raw.get(c["row"]), b.mapping_json),
                                              raw.get(c["row"]), b.mapping_json)
                               for c in report["conflicts"]]
        return report

    def staged_earlier(self, plan: ImportPlan) -> list[dict]:
        """The versions of this list staged before and still waiting for review (plan.
        staged_earlier), each {batch, file, sheet, source, staged_at, rows_read, waiting,
        same_file}, with compared_with: the committed version this list is compared with
        instead (plan.previous; None where none was committed). Their rows are in no record
        yet: the lawyer is told, not shown "no changes" as if they were."""
        return [{"batch": b.id, "file": b.file_name, "sheet": b.sheet, "source": b.list_source,
                 "staged_at": b.created_at, "rows_read": b.rows_read,
                 "waiting": len(self.undecided(b.id)), "same_file": b.file_sha256 == plan.sha256,
                 "compared_with": plan.previous.id if plan.previous else None}
                for b in plan.staged_earlier]

    def plan_changes(self, plan: ImportPlan, rows: list[StagedRowRecord]) -> dict:
        """changes for a list not imported yet (the dry run, the desktop's preview), every row
        listed, its ditto marks compared as they will be read (the batch's mapping keeps that)."""
        t = plan.table
        return self.changes(plan.previous, rows, with_dittos(
            plan.mapping.to_json(), t.headers, table_dittos(t, plan.mapping.columns)),
            every_row=True)

    def changes(self, previous: BatchRecord | None, rows: list[StagedRowRecord],
                mapping_json: str = "", every_row: bool = False) -> dict:
        """What changed since the last committed import of the same list ({} for none).
        every_row: each row added, removed and changed listed (before an import, where the
        lawyer reads them), not only the first of each kind a report keeps."""
        from app.importing.changes import SHOWN_CHANGES, changes_since

        return changes_since(self.repo, previous, rows, mapping_json,
                             shown=None if every_row else SHOWN_CHANGES)

    def update_previews(self, rows: list[StagedRowRecord], list_name: str = "",
                        previous: BatchRecord | None = None, source: str = "") -> dict[int, dict]:
        """What each certain match would do to the record it updates, for `--dry-run`:
        {row: {"changes": {field: [vault, after]}, "conflicts": [{field, vault, list}]}}.
        Each row is shown against the record as the rows of the list before it leave her, as
        the commit takes them in list order (her Latin name from the first row that gives one,
        the later spellings as other spellings), with those rows named ("after_rows": [row],
        where there are any);
        a note it adds is marked as an import of list_name today marks it, but for the batch,
        which the list has none of yet. previous: the list's last version,
        whose word on where she is the commit lets this one move (commit.listed_before), and
        source the list's sender."""
        from app.importing.commit import _taken_back as taken_back_before
        from app.importing.commit import kept_by_other, listed_before
        from app.importing.list_notes import note_mark
        from app.importing.merge import merge_into, status_conflict
        from app.persons import diff

        # a row skipped by hand last time and the same again is skipped: it updates no one
        certain = [r for r in rows if r.outcome == "certain" and r.match_person_id
                   and skip_said(r) != "skip"]
        people = {p.id: p for p in self.session.persons.get_many(
            sorted({r.match_person_id for r in certain}))}
        before = listed_before(self.session, self.repo, previous, source, certain)
        out: dict[int, dict] = {}
        after: dict[int, list[int]] = {}  # her id -> the rows of the list before that update her
        for r in sorted(certain, key=lambda r: r.row_number):
            old = people.get(r.match_person_id)
            if old is not None:
                then = before.get(r.row_number)
                merged = merge_into(old, r.person if r.person is not None
                                    else person_from_json(r.person_json),
                                    note_mark(list_name, None, r.row_number, now_utc()),
                                    then[1] if then and then[0] == old.id else None)
                conflicts = list(merged.conflicts)
                if then and then[0] == old.id:  # a correction another list's row holds back
                    kept_by_other(conflicts, then[3])
                if merged.status_change and (took := taken_back_before(
                        self.session, old.case_no, merged.person.status_events[-1],
                        (None, r.row_number))):
                    # a status she took back as told in error: the commit notes it, never
                    # sets it again (commit.update_from_row), and the dry run says the same
                    ev = merged.person.status_events.pop()
                    conflicts.append({**status_conflict(old.current_status, ev,
                                                        old.current_event),
                                      "withdrawn_before": took})
                out[r.row_number] = {"changes": diff(old, merged.person),
                                     "conflicts": conflicts,
                                     **({"status_date": merged.status_date}
                                        if merged.status_change and merged.status_date else {}),
                                     **({"after_rows": list(after[old.id])}
                                        if old.id in after else {}),
                                     # her names kept beside the list's other spellings
                                     **({"names_kept": kept} if (kept := added(
                                         merged.names_kept, case_no=old.case_no)) else {})}
                people[old.id] = merged.person  # the next row of her sees this one's update
                after.setdefault(old.id, []).append(r.row_number)
        return out

    # -- commit ----------------------------------------------------------------------------
    def commit(self, batch_id: int, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> dict:
        from app.importing.commit import commit_batch

        with fewer_collections(), self.db.transaction():
            b = self._staged(batch_id)
            rows = self.repo.rows(batch_id)
            waiting = [r.row_number for r in rows if needs_decision(r)]
            if waiting:
                need = "1 row needs" if len(waiting) == 1 else f"{len(waiting)} rows need"
                raise ValidationError(f"batch {batch_id}: {need} a decision "
                                      f"(first: row {waiting[0]}); see `casekeeper review`")
            changed = self._changed_since(b, rows)
            asked = self.ask_about_persons_added_since(b, rows)
            if not asked and not changed:
                report = commit_batch(self.session, self.repo, b, rows, progress, cancel)
                return self._with_rows(b, rows, report)
        # Outside the transaction, so that the rows stay asked about.
        said = [changed_said(batch_id, changed)] if changed else []
        if asked:
            said.append(
                f"batch {batch_id}: {len(asked)} rows resemble persons added to the vault since "
                f"the list was staged (first: row {asked[0]}); they wait for a decision: see "
                "`casekeeper review`")
        raise ValidationError("\n".join(said))

    def _vault_for(self, persons: list | None) -> tuple[dict, dict[int, int]]:
        """The vault's records a list's rows (persons) are matched against, and {a record
        merged into another: the one it is kept as}. A short list (a family's few names):
        only the records its rows can meet are read, not the whole vault: the same
        candidates, in a fraction of the time at 100,000. None, or a long list: all."""
        vault = None
        if persons is not None and len(persons) <= NEARBY_ROWS:
            vault = self.session.matching.persons_near(persons)
            if vault is not None:  # and the records the list's case numbers name
                vault.update((p.id, p) for p in self.session.matching.repo.for_matching(
                    self._named_by_case(persons)))
        if vault is None:
            vault = {p.id: p for p in self.session.matching.repo.iter_for_matching()}
        # and the records merged into them: a row spelt as one of those is her
        return vault, self.session.matching.with_merged(vault)

    def recheck_changed(self, batch_id: int) -> list[dict]:
        """The rows to update a record edited since they were decided that now disagree with
        it, put back to wait, kept: {row, case_no, what} each (changed_since.py)."""
        with self.db.transaction():
            b = self._staged(batch_id)
            return self._changed_since(b, self.repo.rows(batch_id))

    def _changed_since(self, b: BatchRecord, rows: list[StagedRowRecord]) -> list[dict]:
        """A row decided "update" against her record as it was: edited since (her sex
        corrected, her mother's name given), the record may now say she is someone else, and
        the decision was not made against that. As a row resembling a person added since
        (ask_about_persons_added_since), it waits for a decision again rather than being
        applied or refusing the whole list: her other decisions stand."""
        changed = set(self.repo.changed_updates(b.id, b.created_at))  # one query, mostly none
        if not changed:
            return []
        hand = {d["row"]: d for d in decided(self.session, b.id)[0] if d["decision"] == "update"}
        return changed_against(self.session, self.repo, b, with_followers(rows, changed), hand)

    def recheck(self, batch_id: int) -> list[int]:
        """ask_about_persons_added_since for a staged batch, kept: the rows that now wait."""
        with self.db.transaction():
            return self.ask_about_persons_added_since(self._staged(batch_id),
                                                      self.repo.rows(batch_id))

    def ask_about_persons_added_since(self, b: BatchRecord, rows: list[StagedRowRecord]
                                      ) -> list[int]:
        """Rows to become new persons that resemble someone entered after the list was staged
        (a list waits days for review while the work goes on) wait for a decision instead;
        returns their numbers. A row is asked about this once: then it is probable."""
        new = [r for r in rows if r.outcome == "new" and r.decision == "create"]
        if not new:
            return []
        since = list(self.session.matching.repo.iter_for_matching(b.created_at))
        if not since:
            return []
        persons = {r.row_number: person_from_json(r.person_json) for r in new}
        # A row of a given name and clan alone is judged as staging judges it, over the whole
        # vault: of three namesakes, the one added since is not "the only record of them",
        # and two added since are no reason to create her without a word.
        clan = [p for p in persons.values() if keys_and_mask(p)[1] == GIVEN_FAMILY]
        whole = None
        if clan:
            whole = BlockIndex()
            vault, whole.kept = self._vault_for(clan)
            for p in vault.values():
                whole.add(p.id, p)
        matcher = RowMatcher(since, whole=whole)
        asked = []
        for r in new:
            m = matcher.match(persons[r.row_number], None)
            if m is not None:
                self.repo.ask_again(b.id, r.row_number, m.person_id, round(m.score, 3),
                                    f"{m.explain}; added to the vault after this list was staged")
                asked.append(r.row_number)
            elif matcher.clan_namesakes and (said := _clan_said_again(r, matcher.clan_namesakes)):
                self.repo.match_again(b.id, r.row_number, "new", None, None, "", said)
                asked.append(r.row_number)
        return asked


def _clan_said_again(r: StagedRowRecord, cases: list[str]) -> str:
    """A new row's warnings with the records of her given name and clan (some added since
    the list was staged) named afresh, to wait for a decision again; "" when they were
    named so already (she decided with them in view)."""
    said = notes.loads(r.warnings_json)
    note = clan_note(person_from_json(r.person_json), cases)
    if any(getattr(n, "said", None) is not None and n.said.template == notes.CLAN_NAMESAKES
           and n.said.values[1:] == note.said.values[1:] for n in said):
        return ""
    return notes.dumps([n for n in said if getattr(n, "said", None) is None
                        or n.said.template != notes.CLAN_NAMESAKES] + [note])


def _decidable(row: StagedRowRecord | None, batch_id: int, n: int) -> StagedRowRecord:
    """Row n of the batch, refused where there is none or it was rejected when read: then
    with why (letters lost to '?', a signature below the list), as the report says it."""
    if row is None:
        raise NotFound(said(NO_ROW, batch_id, n))
    if row.outcome == "rejected":
        # set aside by a person's deletion (app/erasure_rows.py): not rejected when read
        why = REJECTED if notes.ERASED_WITH_RECORD not in row.rejected else SET_ASIDE
        raise ValidationError(said(why, n, pieces_of(notes.restored(row.rejected))))
    return row


def _both_names(p) -> dict:
    """A row's names as stored, in both scripts, with what shows them as every list does
    (names_shown): whether her given name is unknown, and given_across (Person.given_across)."""
    return {"original": p.full_name("original"), "latin": p.full_name("latin"),
            "given_unknown": p.given_unknown, "given_across": list(p.given_across)}


def _names_of(p) -> str:
    """Her names in a refusal, as every list shows them (person_names_shown): a row of Xezal's
    read "الياس حيدر / Xezal", a man named Elias beside her."""
    return " / ".join(n for n in person_names_shown(p) if n)


def _refuse_in_doubt(row_number: int, shown: str, target: str, theirs: str, doubt,
                     despite: bool, side: str = "vault", verb: str = "update") -> None:
    """Refuse to take row `row_number` as `target` (a case number, or "row N" of the list)
    where the matching engine doubts it, unless despite: see ImportService._checked_update."""
    if despite:
        return
    s = doubt.score
    again = f"create or skip, or {verb} {target} all the same with --despite-contradiction"
    if doubt.contradicts:
        raise ValidationError(
            f"row {row_number} ({shown}) contradicts {target} ({theirs}) on "
            + ", ".join(f"{field_word(c['field'])} ({both_said(c, side)})"
                        for c in doubt.contradicts)
            + f"; score {s.score:.3f}: {s.summary()}. "
            # of the same names only where the names do agree (a slip in the case number
            # gives two people with nothing in common)
            + ("Perhaps another person of the same names" if not doubt.unlikely else
               "Two different people, by the look") + f": {again}")
    if doubt.given_partial:
        # Basma onto Basima: every other name, the village and the year alike, as sisters'
        # are; the importer never takes such a row on its own either (Match.given_partial).
        raise ValidationError(
            f"row {row_number} ({shown}): the given name only partly agrees with "
            f"{target}'s (list {doubt.given_partial['list']!r}, {side} "
            f"{doubt.given_partial['vault']!r}), perhaps her sister; score {s.score:.3f}. "
            + again[0].upper() + again[1:])
    if doubt.unlikely:
        # A slip in the case number, or a sister (Khulud for Khalida, 0.07): the score
        # says these are two people, though no single field contradicts.
        raise ValidationError(
            f"row {row_number} ({shown}) scores {s.score:.3f} against {target} ({theirs}): "
            f"{s.summary()}. Unlikely one person: {again}")


def _refuse_a_damaged_header(table: Table) -> None:
    """A cp1256 file whose header lost Sorani letters ('ناو? باوک') cannot be mapped with
    confidence, and its damaged labels would be saved as the source's mapping: refused whole,
    before anything is staged, rather than imported in part."""
    if table.encoding != "cp1256" or table.header_row is None:
        return
    for col in table.columns:
        if LOST_LETTER.search(col.label):
            raise InputFileError(refused(at(table.file, None, table.header_row, col.letter),
                                         DAMAGED_HEADER, Quoted(col.label)))


def decide_when_read(rows: list[StagedRowRecord], yes: bool) -> None:
    """Each row's decision as read (auto_decision); with --yes, the rows of one woman that
    would all be new persons become one (same_woman.py)."""
    for r in rows:
        r.decision = auto_decision(r, yes)
    if yes:
        join_in_bulk([r for r in rows if r.outcome == "probable"])


def auto_decision(r: StagedRowRecord, yes: bool) -> str:
    """New rows are created and certain matches update; probable ones wait for a person, unless
    --yes, which imports them as new persons (a duplicate can be merged later; a wrong update of
    another woman's record cannot be undone as easily), except a row of the last version of the
    list spelt otherwise, which goes to the person that row went to, and a row withdrawn from
    a woman in an earlier version, which waits whatever --yes says (withdrawn_then.py), and a
    name under the list's signature or total line (signed_below.py)."""
    if r.outcome == "rejected":
        return ""
    if (again := skip_said(r)) is not None:
        return again  # a row she skipped by hand, the same (skip) or changed (she decides)
    if signed_below(r) is not None:
        return ""  # a name under the list's signature or total: the signer's, perhaps
    if r.outcome == "new":
        return "create"
    if r.outcome == "certain":
        return "update" if r.match_person_id is not None else "same_as_row"
    if withdrawn_from(r.match_explain) is not None:
        return ""  # taken back from a woman in an earlier version: the lawyer decides it
    if yes and respelt_from(r.match_explain) is not None:
        # Her row of the last version, spelt otherwise, went to that person without doubt
        # (ImportService._respelt): a new person made of it now would be a second record of her.
        return "update"
    return "create" if yes else ""


def _stage_one(c: ConvertedRow, matcher: RowMatcher, row) -> StagedRowRecord:
    raw = _RAW_JSON.encode(c.raw)  # column order, as in the file
    # Blank cells stay out of the hash: a new, empty column in the next version of a list
    # does not change its rows. A row with every cell filled (most) is encoded once.
    filled = raw if all(c.raw.values()) else _RAW_JSON.encode({k: v for k, v in c.raw.items() if v})
    row_hash = hashlib.sha256(filled.encode("utf-8")).hexdigest()[:32]
    if c.person is None:
        return StagedRowRecord(row.number, raw, None, "", row_hash, notes.dumps(c.warnings),
                               notes.stored(c.rejected), "rejected", None, None, None, "", "")
    m = matcher.match(c.person, row.number)
    said = c.warnings
    if matcher.too_common:  # a given name alone too common to compare: said, never silent
        given = c.person.names[NamePart.GIVEN]
        said = [*said, notes.Note(notes.TOO_COMMON, Quoted(given.original or given.latin),
                                  matcher.too_common)]
    if matcher.clan_namesakes and m is None:  # her given name and clan fit several: said
        said = [*said, clan_note(c.person, matcher.clan_namesakes)]
    if matcher.case_said:  # the list's case number bears on who she is
        template, typed = matcher.case_said
        said = [*said, notes.Note(template, Quoted(typed))]
    warnings = notes.dumps(said)
    outcome = "new" if m is None else "certain" if m.certain else "probable"
    return StagedRowRecord(
        row.number, raw, None, name_identity(c.person), row_hash, warnings, "", outcome,
        m.person_id if m else None, m.row_number if m else None,
        round(m.score, 3) if m else None, m.explain if m else "", "", person=c.person)


# The case numbers a row's warning names of the records of her given name and clan, the
# lowest first: past a dozen the list says no more than the count does.
CLAN_NAMED = 12


def clan_note(p, cases: list[str]) -> notes.Note:
    """The warning of a row of a given name and clan that the records cases (case numbers)
    fit alike (notes.CLAN_NAMESAKES), naming the first CLAN_NAMED."""
    named = " ".join(t for t in (_written(p, NamePart.GIVEN), _written(p, NamePart.FAMILY)) if t)
    listed = ", ".join(cases[:CLAN_NAMED] + (["..."] if len(cases) > CLAN_NAMED else []))
    return notes.Note(notes.CLAN_NAMESAKES, Quoted(named), len(cases), listed)


def _written(p, part: NamePart) -> str:
    """A name part as the row has it: its own script's spelling, else the Latin one."""
    text = p.names.get(part)
    return (text.original or text.latin) if text is not None else ""


def _case_no_doubts(r: StagedRowRecord) -> bool:
    """The row's own case number names another record than her names fit, or one she does not
    fit: asked, and said so, even where the last version of the list held the same names (it
    was made certain all the same, and a case number added in the new version, naming another
    woman, put her status on the woman of the names without a word to anyone)."""
    return any(getattr(getattr(w, "said", None), "template", None)
               in (notes.CASE_NO_OTHER, notes.CASE_NO_NOT_FITTING)
               for w in notes.loads(r.warnings_json))


def _tied_keys(rows: list[StagedRowRecord]) -> set[str]:
    """The row keys (names) a row of the new version can be tied by to the person the last
    version's row of those names went to: a key listed once, or on rows identical cell for cell
    (her row sent twice: both are her, the second a repeat of the first, where left to the names
    a corrected village made her a second record). Rows of one key that differ (another mother,
    a birth years apart) may be two women: the names decide, as for any row."""
    hashes: dict[str, set[str]] = {}
    for r in rows:
        if r.outcome != "rejected":
            hashes.setdefault(r.row_key, set()).add(r.row_hash)
    return {k for k, h in hashes.items() if len(h) == 1 and "" not in h}


def _count(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def empty_sheet(plan: ImportPlan) -> Sentence | None:
    """The refusal of a sheet with nothing in it (no row, no header), or None: the import
    window says it as soon as the sheet is read, as the command line does."""
    t = plan.table
    if t.rows or any(c.header for c in t.columns):
        return None
    return reason(EMPTY_SHEET, _where_read(plan))


def _require_a_name_column(plan: ImportPlan) -> None:
    """Refuse a sheet that holds no list, each refusal said in pieces: the desktop says it in
    its own language, the command line in the English it always printed."""
    t = plan.table
    where_read = _where_read(plan)
    empty = empty_sheet(plan)
    if empty is not None:
        raise ValidationError(empty)
    heads = [c.header for c in t.columns if c.header]
    others = [s.name for s in t.sheets if s.name != t.sheet]
    # Words for both the command line (flags in brackets) and the import window.
    other_sheets = Said(OTHER_SHEETS, joined([Quoted(n) for n in others])) if others else None
    if t.header_row is None:
        # Lines of text with no header above them are a cover, a title or a note: read as
        # names they would make persons of "Yazda organisation" and "prepared by".
        raise ValidationError(reason(NO_HEADER_ROW, where_read,
                                     other_sheets or Said(ADD_A_HEADER)))
    fields = plan.mapping.fields()
    if fields & {"full_name", "given", "nickname"}:
        return
    if fields & _SURROUNDING:
        raise ValidationError(_no_own_name(plan))
    seen = joined([Quoted(h) for h in heads[:12]])
    raise ValidationError(reason(NO_NAME_COLUMN_SHEETS, where_read, t.header_row, seen,
                                 other_sheets) if other_sheets else
                          reason(NO_NAME_COLUMN, where_read, t.header_row, seen))


_SURROUNDING = {Field.FATHER, Field.GRANDFATHER, Field.FAMILY}


def _where_read(plan: ImportPlan) -> list:
    """The file, and the sheet when it has one, as a refusal names where it read."""
    sheet = plan.table.sheet
    return [plan.file_name, *([Said(AT_SHEET, Quoted(sheet))] if sheet else [])]


def _no_own_name(plan: ImportPlan) -> Sentence:
    """Refused, never asked about: rows with her father's, grandfather's and family names and
    no name of her own would be women found by no search for her name, sisters (who share all
    three) and repeats of one row not told apart, and a click on "go ahead" cannot undo that.
    Mapping the column that holds her name is one choice away. Said in pieces: the desktop
    says it in its own language, the command line in the English it always printed."""
    t, m = plan.table, plan.mapping
    given = joined([Said(PASSED_WHY, Quoted(label), Word("import_field", str(f)))
                    for label, f in m.columns.items() if f in _SURROUNDING])
    unmapped = [Said(COLUMN_AT, Quoted(c.label), c.letter) for i, c in enumerate(t.columns)
                if m.columns.get(c.label, Field.IGNORE) is Field.IGNORE
                and any(r.text(i) for r in t.rows)]
    where_read = _where_read(plan)
    return Sentence(Said(NO_OWN_NAME, where_read, given,
                         Said(LEFT_UNMAPPED, joined(unmapped)) if unmapped else ""))


def load_mapping_file(path: str) -> Mapping:
    try:
        with open(path, encoding="utf-8") as fh:
            return Mapping.from_json(fh.read(), reason(MAPPING_FILE, os.path.basename(path)))
    except FileNotFoundError:
        raise InputFileError(not_there(path)) from None  # where it was looked for, as a list's
    except OSError as exc:
        raise InputFileError(f"{os.path.basename(path)}: {exc.strerror}") from None


def person_of(row: StagedRowRecord):
    return person_from_json(row.person_json) if row.person_json else None
