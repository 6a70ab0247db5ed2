"""Committing a decided batch: persons created and updated, provenance written, report recorded.

Runs inside the caller's transaction (ImportService.commit): all or nothing.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from datetime import date

from app.audit import now_utc
from app.domain.errors import Cancelled, NotFound, ValidationError
from app.importing import list_wide
from app.importing.brought import brought
from app.importing.changes import changes_since
from app.importing.changes_read import cells_as_read, readings_of, readings_then
from app.importing.conflicts import split_noted
from app.importing.decisions import decided, named_by_hand
from app.importing.dedupe import NAMES_ALIKE, norm, said_against, tied_with, vault_prefixes
from app.importing.erased_keys import as_now
from app.importing.fields import Field, stored_columns
from app.importing.list_disagrees import disagreeing
from app.importing.list_notes import note_mark
from app.importing.merge import MOVES, merge_into, status_conflict
from app.importing.names_kept import added, mark_changed_rows
from app.importing.phones import add_list_contacts
from app.importing.pieces import Said
from app.importing.refusals import BATCH, CHAIN, DELETED, NOT_RECONCILED, refused, said
from app.importing.report import build_report
from app.importing.sender_corrects import (
    CORRECTS,
    SenderReads,
    corrected_entry,
    given_by_sender,
    value_text,
)
from app.importing.skipped_then import skip_why
from app.importing.staged import person_from_json
from app.importing.status_came import left_by_withdrawal, status_came_from
from app.importing.trail_said import set_by_import, trail
from app.matching.score import score_persons
from app.persons import diff, for_trail, told_on
from db.repositories.importing import BatchRecord, ImportRepository, StagedRowRecord


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("cancelled: nothing was imported")


# A list imported from another sheet is an earlier version of this one when at least this
# share of the smaller list's names are in both.
SAME_LIST_SHARE = 0.5


def previous_version(repo: ImportRepository, b: BatchRecord, rows: list[StagedRowRecord]
                     ) -> BatchRecord | None:
    """The last committed version of batch b's list read before it: the same sheet of the same
    source (or file name; of another file name only if it shares a name: another_file), else
    the last import of it from another sheet if it shares its names (also when a version of the
    same sheet came before that one). Read before it, not
    committed before it: a version staged and left while a newer one was committed is compared
    with the one it followed, not with the newer (later_versions)."""
    found = repo.last_committed_for(b.list_source, b.file_name, b.sheet, before=b.id)
    if another_file(repo, found, b.file_name, rows):
        found = None
    other = repo.last_committed_for(b.list_source, b.file_name, None, before=b.id)
    if found is None or other is not None and other.id > found.id and other.sheet != found.sheet:
        # a later version of it from another sheet (its CSV save, the sheet renamed): the
        # workbook sent again after its CSV is compared with the CSV (service.newest_version)
        later = other if other is not None and other.id != b.id and same_list(
            repo, other, rows) else None
        found = later or found
    return found


def later_versions(repo: ImportRepository, b: BatchRecord
                   ) -> tuple[list[dict], set[int], set[int]]:
    """The versions of batch b's list read after it and committed before it (b staged and left
    while a newer list was imported): {batch, file, committed_at} each; the persons their rows
    went to; and those of them whose row gave a status. What those newer versions said of a
    woman is the list's last word: b is compared with the version it followed
    (previous_version), its values do not overwrite theirs, and its status for her, where the
    newer gave one, is noted as a conflict, never taken (merge_into's older). Another list of
    the same sender (another file that shares no name with b) is no version of it: a census
    committed meanwhile does not stop a rescue list's rescue."""
    newer = [o for o in repo.committed_after(b) if o.id > b.id and one_list(repo, o, b)]
    theirs: set[int] = set()
    their_status: set[int] = set()
    for o in newer:
        went = repo.persons_by_row_key(o.id)
        theirs.update(went.values())
        their_status.update(_gave_status(repo, o, went))
    return [{"batch": o.id, "file": o.file_name, "committed_at": o.committed_at}
            for o in newer], theirs, their_status


def _gave_status(repo: ImportRepository, o: BatchRecord, went: dict[str, int]) -> set[int]:
    """The persons of went ({row key: person}) whose row of batch o has a status cell filled."""
    from app.importing.superseded import rows_filling

    keys = repo.row_keys(o.id)
    number = {keys[k][0]: pid for k, pid in went.items() if k in keys}
    return {number[n] for n in rows_filling(repo, o, (Field.STATUS,), list(number))}


def one_list(repo: ImportRepository, a: BatchRecord, b: BatchRecord) -> bool:
    """Whether two batches of one sender are versions of one list: the same file name, or one
    name in both (as another_file has it); a sender's other list is not."""
    if a.file_name == b.file_name:
        return True
    return bool(set(repo.row_keys(a.id)) & set(repo.row_keys(b.id)))


def another_file(repo: ImportRepository, earlier: BatchRecord | None, file_name: str,
                 rows: list[StagedRowRecord]) -> bool:
    """Whether the last list of the same source, under another file name, is another list of
    that sender rather than a version of this one: it shares not one name with these rows. A
    family's second list had been read as the next version of its first, every woman of the
    first 'removed'; a version respelling most of its names (l2019, l2020) still shares some."""
    if earlier is None or earlier.file_name == file_name:
        return False
    now = {r.row_key for r in rows if r.outcome != "rejected" and r.row_key}
    then = set(repo.row_keys(earlier.id))
    return not (then | set(as_now(repo.db, earlier.id, then, now).values())) & now


def same_list(repo: ImportRepository, earlier: BatchRecord, rows: list[StagedRowRecord]
              ) -> bool:
    """Whether rows are a new version of a list imported from another sheet: a sheet per
    village shares no names; 'Sheet1' renamed 'Kocho 2024', or a CSV sent next time as a
    workbook, shares nearly all."""
    before = set(repo.persons_by_row_key(earlier.id))
    now = {r.row_key for r in rows if r.outcome != "rejected" and r.row_key}
    if not before or not now:
        return False
    return len(before & now) >= SAME_LIST_SHARE * min(len(before), len(now))


def commit_batch(session, repo: ImportRepository, b: BatchRecord, rows: list[StagedRowRecord],
                 progress=None, cancel: threading.Event | None = None) -> dict:
    persons = session.persons
    detail = {"import_batch": b.id}
    by_hand, in_bulk = decided(session, b.id)
    # What the trail says of an update a person decided: by hand, and what it overrode.
    # (what it contradicted only where it contradicted something: an empty one read as lost)
    hand = {d["row"]: {"decided": {"by": "hand", "overridden": d["overridden"],
                                   **({"contradicts": d["contradicts"]}
                                      if d["contradicts"] else {})}} for d in by_hand}
    previous = previous_version(repo, b, rows)
    later, theirs, their_status = later_versions(repo, b)
    creates = [r for r in rows if r.decision == "create"]
    people = [row_person(r) for r in creates]
    today = date.today()
    for p in people:
        for ev in p.status_events:
            # A list tells where she is, not since when: her status counts as known by the
            # day of the import, as one it adds to a person the vault holds does (merge.py).
            told_on(ev, today)
    repeats = _merge_repeats(b, rows, creates, people)
    # After her repeats are folded in: a later row of her saying "male" is her own word too.
    said_of_all = list_wide.of_batch(b.mapping_json)
    given, not_given = _given_of_whole_list(session, b, rows, creates, people, said_of_all,
                                            in_bulk, today)
    total = len(rows)
    # Batches of 5,000: fewer statements, which is what costs under cipher_memory_security.
    persons.create_many(people, total=total, progress=progress, cancel=cancel, detail=detail,
                        batch=5000)
    person_of_row = {r.row_number: p.id for r, p in zip(creates, people, strict=True)}
    if any(given):
        session.audit.append_many(list_wide.audit_entries(
            [(r.row_number, p, g) for r, p, g in zip(creates, people, given, strict=True)],
            b.id))
    counts = {"created": len(people), "updated": 0, "unchanged": 0, "same_as_earlier_row": 0,
              "skipped": 0, "rejected": 0}
    conflicts: list[dict] = []
    redirected: list[dict] = []
    moved: list[dict] = []  # statuses moved forward by the list
    corrected: list[dict] = []  # values its sender set right (sender_corrects.py)
    names_kept: list[dict] = []  # her names kept where the list spelt them otherwise
    skipped: list[dict] = []
    unchanged: list[int] = []  # rows that matched a person and told nothing new of her
    filled: list[tuple[str, str, str, dict]] = []  # audit entries of folded repeats
    # a repeat of an earlier row goes to a woman too: weighed against the last version alike
    before = listed_before(session, repo, previous, b.list_source,
                           [r for r in rows if r.decision in ("update", "same_as_row")])
    for r in rows:
        if r.decision == "update":
            _check(cancel)
            target, merged = _survivor(session, r.match_person_id)
            extra = {"matched": merged} if merged else {}
            if merged:
                redirected.append({"row": r.row_number, "matched": merged,
                                   "case_no": target.case_no})
            rules = _version_rules(before.get(r.row_number), target.id, theirs, their_status,
                                   corrected)
            had = len(conflicts)
            changed = update_from_row(session, target.id, r,
                              {**detail, **extra, **hand.get(r.row_number, {})}, conflicts,
                              target, moved, batch=b, names_kept=names_kept, **rules[0])
            kept_by_other(conflicts[had:], rules[1])
            counts["updated" if changed else "unchanged"] += 1
            if not changed:
                unchanged.append(r.row_number)
            person_of_row[r.row_number] = target.id
    for r in rows:
        if r.decision == "same_as_row" and r.row_number in repeats:
            i, found, changes, status_change, line, when = repeats[r.row_number]
            conflicts += [{"row": r.row_number, "case_no": people[i].case_no, **c} for c in found]
            if status_change and status_change[0] != "unknown":  # news, not a new person's
                moved.append(_moved(r.row_number, people[i].case_no, status_change, when))
            if changes:  # the trail says what the repeat added, as an update would have
                filled.append(("person.import_update", "person", people[i].case_no,
                               {**for_trail(changes), **detail, "row": r.row_number,
                                **({"note_added": line} if line else {})}))
            person_of_row[r.row_number] = people[i].id
            counts["same_as_earlier_row"] += 1
        elif r.decision == "same_as_row":
            target = person_of_row.get(r.match_row_number)
            if target is None:  # the earlier row was skipped, so is this one
                counts["skipped"] += 1
                skipped.append({"row": r.row_number,
                                "why": f"a repeat of row {r.match_row_number}, which was skipped"})
            else:
                # The repeat may hold what the earlier row lacked (the other script, a
                # grandfather): it fills blanks of the same person, never overwrites.
                if filled:  # the trail stays in row order
                    session.audit.append_many(filled)
                    filled = []
                # through the same rules as a first row: a later version of the list, the
                # sender's correction, another list's row keeping the value
                rules = _version_rules(before.get(r.row_number), target, theirs, their_status,
                                       corrected)
                had = len(conflicts)
                update_from_row(session, target, r, detail, conflicts, moved=moved, batch=b,
                                names_kept=names_kept, **rules[0])
                kept_by_other(conflicts[had:], rules[1])
                person_of_row[r.row_number] = target
                counts["same_as_earlier_row"] += 1
        elif r.decision == "skip":
            counts["skipped"] += 1
            skipped.append({"row": r.row_number, "why": skip_why(r)})
        elif r.outcome == "rejected":
            counts["rejected"] += 1
    if filled:
        session.audit.append_many(filled)
    _check(cancel)
    at = now_utc()
    raw = {r.row_number: r.raw_json for r in rows}
    repo.insert_provenance_many([
        (pid, b.id, b.list_source, b.file_name, b.file_sha256, b.sheet, n, raw[n], at)
        for n, pid in sorted(person_of_row.items())])
    b.state, b.committed_at = "committed", at
    contacts = add_list_contacts(session, b, person_of_row, rows, repo.case_numbers)
    # A row that told nothing new of a known woman but gave her a family contact updated her:
    # her page changed, and a withdrawal has something to take back.
    gave = {a["row"] for a in contacts["added"]}
    for n in [n for n in unchanged if n in gave]:
        unchanged.remove(n)
        counts["unchanged"] -= 1
        counts["updated"] += 1
    apart = not_the_same(session, b, creates, people, person_of_row, by_hand)
    changes = changes_since(repo, previous, rows, b.mapping_json, person_of_row)
    mark_changed_rows(changes, names_kept)
    conflicts, noted = split_noted(repo, b.id, conflicts,
                                   {person_of_row[c["row"]] for c in conflicts})
    report = build_report(b, rows, counts, conflicts, changes, redirected, moved,
                          skipped, _possible_duplicates(session, repo, creates, people,
                                                        person_of_row, {a["row"] for a in apart}),
                          noted, (by_hand, in_bulk), apart, vault_prefixes(session))
    # Two rows of her with two statuses: whichever came last was taken; the sender is asked.
    rows_of = Counter(person_of_row.values())  # only a woman of two rows or more is read again
    twice = {n: pid for n, pid in person_of_row.items() if rows_of[pid] > 1}
    report["list_disagrees"] = disagreeing(
        twice, {r.row_number: row_person(r).current_status for r in rows
                if r.row_number in twice and (r.person is not None or r.person_json)},
        repo.case_numbers(set(twice.values())))
    # The numbers of the list's phone columns that became her family contacts: {added:
    # [{row, contact_id}], already_known: [{row}]}.
    report["family_contacts"] = contacts
    report["corrected_by_sender"] = corrected
    report["names_kept"] = names_kept
    if said_of_all:
        report["new_persons"] = {**said_of_all.to_json(), **{
            f"{k}_given": sum(k in g for g in given) for k in ("sex", "status")},
            **not_given}
    # Row numbers only (no case numbers: reports_naming finds a report by those): each row's
    # case number is read from its provenance when the report is shown (row_cases.py).
    report["unchanged_rows"] = unchanged
    if later:
        report["later_versions"] = later
    imported = sum(v for k, v in counts.items() if k != "rejected")
    if not report["reconciled"] or imported + counts["rejected"] != b.rows_read:
        raise ValidationError(refused(Said(BATCH, b.id), NOT_RECONCILED))
    repo.finish_batch(b.id, "committed", json.dumps(report, ensure_ascii=False), at)
    session.audit.append("import.commit", "import_batch", str(b.id), {
        "file": b.file_name, "file_sha256": b.file_sha256, "sheet": b.sheet,
        "rows_read": b.rows_read, "results": counts,
        "rejected_rows": [x["row"] for x in report["rejected"]][:1000],
        "conflicts": len(conflicts),
        # values only its earlier version gave, set right by their sender: (row, field)
        **({"corrected_by_sender": [[c["row"], c["field"]] for c in corrected][:1000]}
           if corrected else {}),
        "decided_by_hand": [d["row"] for d in by_hand][:1000],
        "overridden": [d["row"] for d in by_hand if d["overridden"] or d["contradicts"]][:1000],
        "decided_in_bulk": sorted(n for x in in_bulk if "with_row" not in x
                                  for n in x["rows"])[:1000],
        # rows carried with a row of the same woman: not a bulk decision, but that row's
        "decided_with_a_row": {str(x["with_row"]): x["rows"] for x in in_bulk
                               if "with_row" in x}})
    if progress:
        progress(total, total)
    return report


def not_the_same(session, b: BatchRecord, creates: list[StagedRowRecord], people: list,
                  person_of_row: dict[int, int], by_hand: list[dict]) -> list[dict]:
    """A row asked about a person and decided by hand to be a new one: the lawyer said she is
    someone else, so the pair is remembered as not the same person (as `casekeeper not-same`
    does, in the audit trail with the batch and row), and `duplicates` and the report do not
    propose it again. She is none of the records the review named for the row either: the
    other record a tied row fits as well, and a record named at an earlier decision of the
    row (an update of another record decided first); records she was never shown stay as they
    are. Each pair with the record kept, where one was merged into another since. {row,
    case_no, other} each."""
    hand = {d["row"] for d in by_hand if d["decision"] == "create"}
    named = named_by_hand(session, b.id) if hand else {}
    out = []
    for r, p in zip(creates, people, strict=True):
        if r.row_number not in hand or r.outcome != "probable":
            continue
        note = f"row {r.row_number} of import batch {b.id} decided a new person by hand"
        for other in _shown_for(session, r, person_of_row, named.get(r.row_number, set())):
            if other.id == p.id:
                continue
            if session.matching.repo.add_not_same(p.id, other.id, now_utc(), note):
                session.audit.append("match.not_same", "person", p.case_no, {
                    "other": other.case_no, "note": note, "import_batch": b.id,
                    "row": r.row_number})
            out.append({"row": r.row_number, "case_no": p.case_no, "other": other.case_no})
    return out


def _shown_for(session, r: StagedRowRecord, person_of_row: dict[int, int],
               named: set[str]) -> list:
    """The persons a row was asked about, each once, as the records kept now: the one it was
    asked about (or the person of the earlier row it was asked about), the one it fits as
    well, and any named at an earlier decision by hand. Deleted ones are left out: no pair to
    remember."""
    first = r.match_person_id or person_of_row.get(r.match_row_number)
    ids = [first] if first is not None else []
    tie = tied_with(r.match_explain)
    cases = sorted(named | ({tie["case_no"]} if tie and tie["case_no"] else set()))
    for case_no in cases:
        try:
            ids.append(session.persons.get(case_no).id)
        except NotFound:
            continue
    out, seen = [], set()
    for pid in ids:
        try:
            kept = survivor_of(session, pid)
        except NotFound:
            continue
        if kept.id not in seen:
            seen.add(kept.id)
            out.append(kept)
    return out


def _possible_duplicates(session, repo: ImportRepository, creates: list[StagedRowRecord],
                         people: list, person_of_row: dict[int, int], apart: set[int]) -> list[dict]:
    """Rows created as new persons although they resembled someone, nobody having said she is
    someone else (--yes, `review --all create`): each with the new case number and the one it
    resembled, for `duplicates` and `merge` later; a row decided a new person by hand (apart)
    is not one. Each says the fields that tell two people apart on which the pair disagrees
    (contradicts), and whether the row was asked about only because the whole name agrees
    (names_alike), and the fields a merge of the two would refuse them for now (merge_refused,
    as `duplicates` marks such a pair): the merge it suggested was refused."""
    probable = [(r, p) for r, p in zip(creates, people, strict=True)
                if r.outcome == "probable" and r.row_number not in apart]
    if not probable:
        return []
    cases = repo.case_numbers({r.match_person_id or person_of_row.get(r.match_row_number)
                               for r, _ in probable} - {None})
    candidates = [r.match_person_id or person_of_row.get(r.match_row_number) for r, _ in probable]
    refused = merge_doubts_many(session, [(c if c in cases else None, p.id)
                                          for c, (_, p) in zip(candidates, probable, strict=True)])
    return [{"row": r.row_number, "case_no": p.case_no, "candidate": cases.get(c, ""),
             "merge_refused": doubts, "candidate_row": r.match_row_number,
             "score": r.match_score, "contradicts": said_against(r.match_explain),
             "names_alike": NAMES_ALIKE in (r.match_explain or "")}
            for (r, p), c, doubts in zip(probable, candidates, refused, strict=True)]


def merge_doubts_of(session, keep: str, other: str) -> list[str]:
    """The fields `casekeeper merge KEEP OTHER` would refuse the two for (the merge's own
    rule, as `duplicates` marks a pair), [] where there is no candidate record."""
    if not keep:
        return []
    return [f.field for f in session.matching.contradictions_between(keep, other)[0]]


# Pairs whose records are read together: a statement per 250 pairs, not three per record (a
# 100,000-row list's 6,000 probable rows read one by one took 6 s of its commit), and no more
# of them held at once than that.
DOUBTS_READ = 250


def merge_doubts_many(session, pairs: list[tuple[int | None, int]]) -> list[list[str]]:
    """merge_doubts_of for each (candidate's id or None, new person's id), by id, the records
    read as stored, a few hundred at a time."""
    out: list[list[str]] = []
    for start in range(0, len(pairs), DOUBTS_READ):
        chunk = pairs[start:start + DOUBTS_READ]
        read = {p.id: p for p in session.persons.get_many(
            sorted({i for pair in chunk for i in pair if i is not None}))}
        out += [[] if keep is None else
                [f.field for f in score_persons(read[keep], read[other]).merge_doubts()]
                for keep, other in chunk]
    return out


def _given_of_whole_list(session, b: BatchRecord, rows: list[StagedRowRecord],
                         creates: list[StagedRowRecord], people: list,
                         said_of_all: list_wide.ListWide, in_bulk: list[dict], today: date
                         ) -> tuple[list[dict], dict]:
    """Give each new person what the user said of everyone the list adds (list_wide.py), after
    her repeats are folded in, as list_wide.give_of_rows rules: the sex to every one, the
    status too except to a probable match made new in bulk (--yes, review --all create) whose
    candidate is no longer held (rescued, reunited, deceased), named by her row. Not where a
    cell of her rows says something of it (read or not). Returns what each was given, and the
    counts not given."""
    if not said_of_all:
        return [], {}
    columns = list_wide.columns_of(b.mapping_json)
    lead_of = {r.row_number: r.row_number for r in creates}
    raws: dict[int, list[dict]] = {r.row_number: [] for r in creates}
    for r in rows:
        if r.decision == "same_as_row" and r.match_row_number in lead_of:
            lead_of[r.row_number] = lead_of[r.match_row_number]
        if r.row_number in lead_of:
            raws[lead_of[r.row_number]].append(list_wide.raw_of(r.raw_json))
    bulk = {n for d in in_bulk if d["decision"] == "create" for n in d["rows"]}
    # an earlier row of the list a probable row resembles: her status as her row said it
    row_status = {r.row_number: p.current_status for r, p in zip(creates, people, strict=True)}
    given: list[dict] = []
    unread: dict[str, int] = {}
    kept_rows: list[int] = []
    for r, p in zip(creates, people, strict=True):
        free = (list_wide.candidate_not_held(session, r, row_status)
                if said_of_all.status is not None and r.outcome == "probable"
                and r.row_number in bulk else None)
        got, held, kept = list_wide.give_of_rows(p, said_of_all, columns, raws[r.row_number],
                                                 today, free)
        for k in held:
            unread[k] = unread.get(k, 0) + 1
        if kept:
            kept_rows.append(r.row_number)
        given.append(got)
    counts: dict = {f"{k}_cell_not_read": n for k, n in unread.items()}
    if kept_rows:
        counts["status_not_given_bulk_rows"] = kept_rows
    # the warnings of the new persons' rows: a section heading may have said a sex of them
    headed = [r.warnings_json for r in creates]
    return given, {**counts, **list_wide.against_heading(headed, said_of_all)}


def _merge_repeats(b: BatchRecord, rows: list[StagedRowRecord],
                   creates: list[StagedRowRecord], people: list
                   ) -> dict[int, tuple[int, list[dict], dict, tuple[str, str] | None, str, str]]:
    """Fold each repeat of a row this batch creates into that new person before she is
    written (blanks filled, never overwritten, as an update would): one insert instead of an
    insert, a reload and an update per repeat. Returns row -> (index in people, conflicts,
    changes for the audit trail, status change, the line it added to her notes, the list's
    date of the status change).
    Repeats of a row that updates a vault person are left to the update path."""
    index = {r.row_number: i for i, r in enumerate(creates)}
    out: dict[int, tuple[int, list[dict], dict, tuple[str, str] | None, str, str]] = {}
    for r in rows:
        if r.decision != "same_as_row":
            continue
        # The earlier row may itself repeat one before it: follow it to the person made.
        i = index.get(r.match_row_number)
        if i is None and r.match_row_number in out:
            i = out[r.match_row_number][0]
        if i is None:
            continue
        merged = merge_into(people[i], row_person(r), row_note_mark(b, r.row_number))
        # What the repeat added, as the audit trail would have it from an update.
        changes = diff(people[i], merged.person) if merged.changes else {}
        line = brought(people[i], merged.person).get("note_added", "")
        people[i] = merged.person
        out[r.row_number] = (i, merged.conflicts, changes, merged.status_change, line,
                             merged.status_date)
    return out


def survivor_of(session, person_id: int):
    """The record a row matched, or, if that has been merged into another since the list was
    staged, the record it was merged into: the one the user sees, and the one updated."""
    p = session.persons.get_by_id(person_id)
    for _ in range(100):  # a merge chain is short; a loop in it must not hang the import
        if p.merged_into is None:
            return p
        p = session.persons.get_by_id(p.merged_into)
    raise ValidationError(refused(p.case_no, CHAIN))


def _survivor(session, person_id: int | None):
    """survivor_of (the person, loaded), with the case number of the matched record when it
    is not the one updated."""
    if person_id is None:  # the commit refuses such rows before: their person was deleted
        raise ValidationError(said(DELETED))
    target = survivor_of(session, person_id)
    return target, "" if target.id == person_id else session.persons.get_by_id(person_id).case_no


def _version_rules(then, target: int, theirs: set[int], their_status: set[int],
                   corrected: list[dict]) -> tuple[dict, dict]:
    """update_from_row's listed_then, older and corrects for a row going to person target, and
    the rows of other lists keeping a value (kept_by_other); then: listed_before's for the row.
    An older version committed late moves and sets right nothing a newer version listed her
    with; every row going to her, a repeat of an earlier row too, is weighed alike."""
    mine = then if then and then[0] == target and target not in theirs else None
    return ({"listed_then": mine[1] if mine else None, "older": target in their_status,
             "corrects": (mine[2], corrected) if mine else None}, mine[3] if mine else {})


def update_from_row(session, person_id: int, r: StagedRowRecord, detail: dict,
            conflicts: list[dict], loaded=None, moved: list[dict] | None = None, *,
            batch: BatchRecord, listed_then: dict[str, list[str]] | None = None,
            older: bool = False,
            corrects: tuple[dict[str, dict], list[dict]] | None = None,
            names_kept: list[dict] | None = None) -> bool:
    """Fill the person's blanks from the row (never overwriting), and add its note to hers;
    True if anything changed. loaded: the person, when the caller has just read her; batch:
    the row's, whose list her notes name beside its note; listed_then: what the list's last
    version said of her row (listed_before); older: a later version of the list went to her
    (merge_into); corrects: ({field: the row of this sender's list that gave her the value},
    the list each value its sender set right is added to); names_kept: the list her names
    kept against the row's other spelling, added as one, are added to (names_kept.py)."""
    old = loaded if loaded is not None else session.persons.get_by_id(person_id)
    merged = merge_into(old, row_person(r), row_note_mark(batch, r.row_number), listed_then,
                        older)
    gave, corrected = corrects or ({}, [])
    mended = {f: gave[f] for f in merged.changes if f in gave}
    corrected += [corrected_entry(r.row_number, old.case_no, f, value_text(old, f),
                                  value_text(merged.person, f), by, batch.id)
                  for f, by in mended.items()]
    if merged.status_change and (took := _taken_back(session, old.case_no,
                                                      merged.person.status_events[-1],
                                                      (batch.id, r.row_number))):
        # a status she took back as told in error, said again by a list (the next copy of
        # the list that gave it): noted, never set again unasked
        ev = merged.person.status_events.pop()
        merged.changes.remove("status")
        merged.status_change = None
        conflicts.append({"row": r.row_number, "case_no": old.case_no,
                          **status_conflict(old.current_status, ev, old.current_event),
                          "withdrawn_before": took})
    for c in merged.conflicts:
        # a status against hers: which list row gave hers, for the way back (status_came.py)
        came = status_came_from(session, old, batch) if c["field"] == "status" else {}
        if c["field"] == "status":  # where withdrawing hers leaves her (report._status_advice)
            came["after_withdraw"] = left_by_withdrawal(old)
        conflicts.append({"row": r.row_number, "case_no": old.case_no, **c, **came})
    if names_kept is not None:
        names_kept += added(merged.names_kept, row=r.row_number, case_no=old.case_no)
    if merged.status_change and moved is not None:
        moved.append(_moved(r.row_number, old.case_no, merged.status_change, merged.status_date))
    if merged.changes:
        # What the row brought, exactly, so that `review --withdraw` can take it back.
        session.persons.update(merged.person, action="person.import_update",
                               detail={**detail, "row": r.row_number,
                                       **brought(old, merged.person),
                                       # the row each corrected value came from
                                       **({"corrected_by_sender": mended} if mended else {})})
    return bool(merged.changes)


def _taken_back(session, case_no: str, ev, row: tuple[int, int]) -> str:
    """The day this very status (the same status, the same date as written) was withdrawn from
    her as told in error, by hand (person status-withdraw, her page) or with the list row that
    gave it (review --withdraw); "" if never, or if she was told it by hand since. Another date
    is other news (a rescue years later) and moves her as any list's does. Read only for a row
    whose status would move hers forward. row: (batch, row) of the list row at hand: the very
    row withdrawn and decided onto her again by hand is the lawyer's word, not a copy."""
    said = {ev.date.text.strip(), ev.date.display()} - {""}
    for e in sorted(session.persons.history(case_no), key=lambda e: e.seq, reverse=True):
        if e.action not in ("person.status", "person.status_withdraw", WITHDRAWN_ROW):
            continue
        ((_, detail),) = trail([e])
        if e.action == "person.status":
            if detail.get("status") == ev.status.value:
                return ""  # told by hand after it was withdrawn
            continue
        if e.action == WITHDRAWN_ROW:
            if (detail.get("import_batch"), detail.get("row")) == row:
                continue
            status, _, when = (detail.get("status_removed") or "").partition(" ")
        else:
            status, when = detail.get("status", ""), detail.get("date") or ""
        if status == ev.status.value and when.strip() in said:
            return e.at[:10]
    return ""


WITHDRAWN_ROW = "person.import_withdraw"


def listed_before(session, repo: ImportRepository, previous: BatchRecord | None, source: str,
                  rows: list[StagedRowRecord]
                  ) -> dict[int, tuple[int, dict[str, list[str]], dict[str, dict]]]:
    """{row number: (the person her row of the list's last version went to, {field of
    merge.MOVES or sender_corrects.CORRECTS: that row's cells for it}, {field of CORRECTS: the
    row that gave her its value})} for those of rows (updates) whose list's last version, of
    this same sender (source: a file of the same name from another sender is another list),
    held them too (same names, one row of them) with another value of the field, where her
    record still holds what that import gave her (not typed by hand since, nor before it: the
    trail's last word on the field is that import's); for a field of CORRECTS, what an import
    of any version of this sender's list gave her, that no other list's row of hers says
    (sender_corrects.given_by_sender)."""
    if previous is None or not source or previous.list_source != source:
        return {}
    labels = {f: _labels(f, previous.mapping_json) for f in (*MOVES, *CORRECTS)}
    if not any(labels.values()):
        return {}
    then = repo.row_keys(previous.id)
    went = repo.persons_by_row_key(previous.id)
    # a row of dittos typed as before may repeat another place now (the row above moved)
    dittos = readings_of(previous.mapping_json).rows()
    wanted = {r.row_number: then[r.row_key][0] for r in rows
              if r.row_key in then and r.row_key in went
              and (then[r.row_key][1] != r.row_hash or then[r.row_key][0] in dittos)}
    raw = repo.raw_values(previous.id, sorted(set(wanted.values())))
    read = readings_then(repo, previous, raw)
    by_number = {r.row_number: r for r in rows}
    cases = repo.case_numbers({went[by_number[n].row_key] for n in wanted})
    weighed: dict[int, tuple[int, list[str], dict[str, list[str]]]] = {}
    for n, n_then in wanted.items():
        r = by_number[n]
        # as read: a ditto ('"') is the place it repeated, which her record was given
        cells = cells_as_read(raw.get(n_then) or "{}", n_then, read)[0]
        said = {f: [str(cells[c]) for c in cols if str(cells.get(c) or "")]
                for f, cols in labels.items()}
        now = row_person(r)
        moved = [f for f, then_cells in said.items() if then_cells and value_text(now, f)
                 and all(norm(c) != norm(value_text(now, f)) for c in then_cells)]
        pid = went[r.row_key]
        if moved and pid in cases:
            weighed[n] = (pid, moved, said)
    # Her trail, her record and the rows naming her, read once for all the rows weighed: a row
    # at a time, a version correcting every row's village cost 4 ms a row.
    histories = session.persons.histories(sorted({cases[pid] for pid, _, _ in weighed.values()}))
    correcting = sorted({pid for pid, moved, _ in weighed.values()
                         if any(f in CORRECTS for f in moved)})
    persons = {p.id: p for p in session.persons.get_many(correcting)}
    reads = SenderReads(session, repo, correcting)
    out = {}
    for n, (pid, moved, said) in weighed.items():
        entries = trail(histories[cases[pid]])
        taken = [f for f in moved if f in MOVES and set_by_import(entries, f, previous.id)]
        gave, kept = {}, {}
        for f in (f for f in moved if f in CORRECTS):
            by = given_by_sender(reads, persons[pid], f, source, entries)
            if by and "kept_by" in by:
                kept[f] = by["kept_by"]
            elif by:
                gave[f] = by
        if taken or gave or kept:
            out[n] = (pid, {f: said[f] for f in (*taken, *gave)}, gave, kept)
    return out


def kept_by_other(conflicts: list[dict], kept: dict[str, dict]) -> None:
    """Each conflict on a value the sender corrects that another list's row gives her too
    (listed_before): that row named on it ("kept_by"), as why the correction was not taken."""
    for c in conflicts:
        if c.get("field") in kept:
            c["kept_by"] = kept[c["field"]]


# A person's field a list's column of another name gives (fields.Field): 'village' is her
# origin_village.
_COLUMN_OF = {"origin_village": "village", "origin_district": "district",
              "origin_governorate": "governorate"}


def _labels(field_name: str, mapping_json: str) -> list[str]:
    """The labels of the columns a stored mapping reads as this field of a person."""
    column = _COLUMN_OF.get(field_name, field_name)
    return [label for label, f in stored_columns(mapping_json).items() if f.value == column]


def row_note_mark(b: BatchRecord, row: int) -> str:
    """Where a row's note comes from, as her notes say it: the list (its source, else its
    file), the batch, the row and the day the list was read."""
    return note_mark(b.list_source or b.file_name, b.id, row, b.created_at)


def _moved(row: int, case_no: str, change: tuple[str, str], when: str = "") -> dict:
    """A status change for the report; when: the list's date of it as typed ('5/2019')."""
    return {"row": row, "case_no": case_no, "from": change[0], "to": change[1],
            **({"date": when} if when else {})}


def row_person(r: StagedRowRecord):
    return r.person if r.person is not None else person_from_json(r.person_json)
