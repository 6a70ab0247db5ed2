"""What other records' trail entries and merge rows held of a deleted person, erased with her
(app/erasure.py); the stripping itself is app/erasure_strip.py."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from app.audit import UNKEPT, AuditTrail
from app.audit_words import OTHER
from app.erasure_strip import (
    PARTS,
    SHORTEST,
    Event,
    Parts,
    added_without,
    brought,
    events_of,
    every_part,
    without,
)
from db.repositories.audit import AuditRow
from db.repositories.erasure import ErasureRepository

# A case number as the trail stores it (SNJ-00032): what an entry naming her may keep.
CASE_NO = re.compile(r"^[A-Z]{2,6}-\d{5,9}$")


class Held(NamedTuple):
    """What other records hold of hers: their trail entries, each with what it keeps, and
    their merge rows (merges.id) with what each keeps of what that merge added."""
    entries: list[tuple[AuditRow, dict]]
    merges: list[tuple[int, dict]]
    # each record that held her parts while she (or a record holding hers) was merged into
    # it: those parts, which a list's report may quote as that record's value
    held_by: dict[str, set[str]]


@dataclass
class _Span:
    """While merged into record (between the merge's entry and its split's; end None while
    it lasts), the record merged brought it these parts of hers, by field, and her status
    events."""
    record: str
    merged: str
    start: int
    end: int | None
    parts: Parts
    events: set[Event] = field(default_factory=set)
    # merged is not hers but a record holding hers; ordinal: which merge of the two it is
    chained: bool = False
    ordinal: int = 0

    def holds(self, seq: int) -> bool:
        # her own merge's and split's entries are read apart (the case numbers kept); a
        # chained merge's and split's are the further record's, holding her parts
        return self.start <= seq and (self.end is None or seq <= self.end)


def what_others_hold(repo: ErasureRepository, audit: AuditTrail, cases: set[str]) -> Held:
    """Other records' entries that say something of hers, each with what it keeps:
    - an entry whose other record (audit_words.OTHER: merged, split, into, from, relative,
      other) is hers (a merge with her and its split, "not the same person as" her with its
      note, a relative's link): the case numbers it names and its numbers (the list and row
      a "not the same" came from), no more, so the other record's history still reads
      "merged SNJ-00032 into this record";
    - while her record was merged into another, that record's own entries (an edit of its
      other spellings or notes, which held hers then): each without the parts that her merge
      brought to that field, and without her status events;
    - and so on down a chain: while that record, holding hers, was merged into a third, the
      third record's entries (its merge of the second, edits, the split) lose her parts and
      events the same way, and so does the merge row it keeps to split again (its "added").
    An entry a deletion erased before is read as it was left, and erased further (two sisters
    merged into one record, deleted one after the other). An entry that only names her case
    number elsewhere (an update of the record she had been merged into, as the list row
    matched her) says nothing of hers: it stays as it is."""
    out: list[tuple[AuditRow, dict]] = []
    spans: list[_Span] = []
    for row in repo.entries_naming(sorted(cases), "person", but_not=sorted(cases)):
        detail = detail_of(row)
        other = detail.get(OTHER.get(row.action, "other")) if detail else None
        if not isinstance(other, str) or other not in cases:
            continue
        out.append((row, {k: v for k, v in detail.items() if _number(v)}))
        if row.action == "person.merge":
            ordinal = sum(1 for s in spans if (s.record, s.merged) == (row.entity_ref, other))
            spans.append(_Span(row.entity_ref, other, row.seq, None,
                               _with_appended(brought(detail.get("changes")), repo,
                                              row.entity_ref, other, ordinal),
                               events_of(detail)))
        elif row.action == "person.split":
            for span in spans:
                if (span.record, span.merged) == (row.entity_ref, other) and span.end is None:
                    span.end = row.seq
    spans += _chained(repo, spans)
    seen = {row.seq for row, _ in out}
    for record in sorted({s.record for s in spans}):
        mine = [s for s in spans if s.record == record]
        for row in audit.history("person", record):
            holding = [s for s in mine if s.holds(row.seq)]
            detail = detail_of(row)
            if row.seq in seen or not holding or detail is None:
                continue
            parts: Parts = {}
            for s in holding:
                for f, p in s.parts.items():
                    parts.setdefault(f, set()).update(p)
            kept = without(detail, parts, set().union(*(s.events for s in holding)))
            if kept is not None:
                seen.add(row.seq)
                out.append((row, kept))
    merges = []
    for span in spans:
        rows = repo.merges_of(span.record, span.merged) if span.chained else []
        if span.ordinal < len(rows):  # this merge's row, not a later merge of the two
            merge_id, added = rows[span.ordinal]
            kept = added_without(added, span.parts, span.events)
            if kept != added:
                merges.append((merge_id, kept))
    held_by: dict[str, set[str]] = {}
    for span in spans:
        held_by.setdefault(span.record, set()).update(every_part(span.parts))
    return Held(out, merges, held_by)


def _chained(repo: ErasureRepository, spans: list[_Span]) -> list[_Span]:
    """The spans of records that went, holding her parts, into a further record: a merge
    of the record holding hers into another, while it held them, and its split."""
    out: list[_Span] = []
    todo = list(spans)
    while todo:
        span = todo.pop()
        rows = [(r, d) for r in repo.entries_naming([span.record], "person",
                                                    but_not=[span.record])
                if (d := detail_of(r)) is not None]
        hers = every_part(span.parts)
        prefix = f"[{span.record}] "  # what a merge marks a merged record's notes with
        for row, detail in rows:
            if row.action != "person.merge" or detail.get("merged") != span.record or \
                    not span.holds(row.seq):
                continue
            ordinal = sum(1 for r, d in rows if r.action == "person.merge" and
                          r.entity_ref == row.entity_ref and d.get("merged") == span.record
                          and r.seq < row.seq)
            given = _with_appended(brought(detail.get("changes")), repo, row.entity_ref,
                                   span.record, ordinal)
            parts = {f: kept for f, ps in given.items()
                     if (kept := {p for p in ps if p in hers or
                                  (p.startswith(prefix) and p[len(prefix):] in hers)})}
            events = events_of(detail) & span.events
            if not parts and not events:
                continue
            end = next((r.seq for r, d in rows if r.action == "person.split" and
                        r.entity_ref == row.entity_ref and d.get("split") == span.record
                        and r.seq > row.seq), None)
            further = _Span(row.entity_ref, span.record, row.seq, end, parts, events,
                            chained=True, ordinal=ordinal)
            out.append(further)
            todo.append(further)
    return out


def _with_appended(parts: Parts, repo: ErasureRepository, record: str, merged: str,
                   ordinal: int) -> Parts:
    """parts, with the lines of notes the ordinal-th merge of merged into record appended (its
    merge row's "appended"): the trail keeps no words of notes (audit.UNKEPT), the merge row
    does, to split them out again."""
    rows = repo.merges_of(record, merged)
    appended = rows[ordinal][1].get("appended") if ordinal < len(rows) else None
    out = {f: set(ps) for f, ps in parts.items()}
    for f, text in appended.items() if isinstance(appended, dict) else ():
        if f in UNKEPT and isinstance(text, str):
            lines = {p.strip() for p in PARTS.split(text) if len(p.strip()) >= SHORTEST}
            if lines:
                out.setdefault(f, set()).update(lines)
    return out


def _number(value) -> bool:
    """A case number, or a number (a list's, a row's): what says nothing of her."""
    if isinstance(value, str):
        return bool(CASE_NO.match(value))
    return isinstance(value, int) and not isinstance(value, bool)


def detail_of(row: AuditRow) -> dict | None:
    """An entry's detail as a mapping, or None (not JSON, or not an object)."""
    try:
        detail = json.loads(row.detail)
    except ValueError:
        return None
    return detail if isinstance(detail, dict) else None
