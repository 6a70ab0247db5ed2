"""What other records' trail entries said of a deleted person, erased with her (app/erasure.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import NamedTuple

from app.audit import ERASED, AuditTrail
from app.audit_words import OTHER
from db.repositories.audit import AuditRow
from db.repositories.erasure import ErasureRepository

# A case number as the trail stores it (SNJ-00032): what an entry naming her may keep.
CASE_NO = re.compile(r"^[A-Z]{2,6}-\d{5,9}$")
# How a record's text fields join what they hold (person.update's changes): other spellings,
# and notes, which a merge gives one line each record ("[SNJ-00032] ...").
_PARTS = re.compile(r" \| |\n")
_SEPARATED = re.compile(r"( \| |\n)")
# The fields of a merge's changes whose words are hers (app/persons.flatten): her names,
# places, captor, notes. Not a sex, a level, a status or a date: a value so common would take
# the other record's own entries with it.
_WORDS = re.compile(r"^(\w+\.(original|latin)|aliases|origin_\w+|abduction_place|"
                    r"abduction_circumstances|last_known_location|held_by|notes)$")
# Shorter than this, a part says too little to be hers.
_SHORTEST = 3


class Held(NamedTuple):
    """What other records hold of hers: their trail entries, each with what it keeps, and
    their merge rows (merges.id) with what each keeps of what that merge added."""
    entries: list[tuple[AuditRow, dict]]
    merges: list[tuple[int, dict]]


def what_others_hold(repo: ErasureRepository, audit: AuditTrail, cases: set[str]) -> Held:
    """Other records' entries that say something of hers, each with what it keeps:
    - an entry whose other record (audit_words.OTHER: merged, split, into, from, relative,
      other) is hers (a merge with her and its split, "not the same person as" her with its
      note, a relative's link): the case numbers it names and its numbers (the list and row
      a "not the same" came from), no more, so the other record's history still reads
      "merged SNJ-00032 into this record";
    - while her record was merged into another, that record's own entries (an edit of its
      other spellings or notes, which held hers then): each without the parts that her merge
      brought it, the rest as it was;
    - and so on down a chain: while that record, holding hers, was merged into a third, the
      third record's entries (its merge of the second, edits, the split) lose her parts the
      same way, and so does the merge row it keeps to split again (its "added").
    An entry that only names her case number elsewhere (an update of the record she had been
    merged into, as the list row matched her) says nothing of hers: it stays as it is."""
    out: list[tuple[AuditRow, dict]] = []
    spans: list[_Span] = []
    for row in repo.entries_naming(sorted(cases), "person", but_not=sorted(cases)):
        detail = detail_of(row)
        if detail is None or detail.get(ERASED) or \
                detail.get(OTHER.get(row.action, "other")) not in cases:
            continue
        out.append((row, {k: v for k, v in detail.items() if _number(v)}))
        if row.action == "person.merge":
            spans.append(_Span(row.entity_ref, detail["merged"], row.seq, None,
                               _brought(detail.get("changes"))))
        elif row.action == "person.split":
            for span in spans:
                if (span.record, span.merged) == (row.entity_ref, detail["split"]) and \
                        span.end is None:
                    span.end = row.seq
    spans += _chained(repo, spans)
    seen = {row.seq for row, _ in out}
    for record in sorted({s.record for s in spans}):
        mine = [s for s in spans if s.record == record]
        for row in audit.history("person", record):
            brought = set().union(*(s.brought for s in mine if s.holds(row.seq)))
            if row.seq in seen or not brought:
                continue
            detail = detail_of(row)
            kept = _without(detail, brought) if detail is not None and \
                not detail.get(ERASED) else None
            if kept is not None:
                seen.add(row.seq)
                out.append((row, kept))
    merges = []
    for span in spans:
        if span.chained:
            for merge_id, added in repo.merges_of(span.record, span.merged):
                kept = _strip(added, span.brought)
                if kept != added:
                    merges.append((merge_id, kept))
    return Held(out, merges)


@dataclass
class _Span:
    """While merged (between the merge's entry and its split's, end None while it lasts)
    into record, the record merged brought it these parts of hers."""
    record: str
    merged: str
    start: int
    end: int | None
    brought: set[str]
    chained: bool = False  # merged is not hers but a record holding hers

    def holds(self, seq: int) -> bool:
        # her own merge's and split's entries are read apart (the case numbers kept); a
        # chained merge's and split's are the third record's, holding her parts
        return self.start <= seq and (self.end is None or seq <= self.end)


def _chained(repo: ErasureRepository, spans: list[_Span]) -> list[_Span]:
    """The spans of records that went, holding her parts, into a further record: a merge
    of the record holding hers into another, while it held them, and its split."""
    out: list[_Span] = []
    todo = list(spans)
    while todo:
        span = todo.pop()
        rows = [(r, detail_of(r)) for r in repo.entries_naming(
            [span.record], "person", but_not=[span.record])]
        for row, detail in rows:
            if row.action != "person.merge" or detail is None or \
                    detail.get("merged") != span.record or not span.holds(row.seq):
                continue
            prefix = f"[{span.record}] "  # what a merge marks a merged record's notes with
            brought = {p for p in _brought(detail.get("changes")) if p in span.brought or
                       (p.startswith(prefix) and p[len(prefix):] in span.brought)}
            if not brought:
                continue
            end = next((r.seq for r, d in rows if r.action == "person.split" and d and
                        r.entity_ref == row.entity_ref and d.get("split") == span.record
                        and r.seq > row.seq), None)
            further = _Span(row.entity_ref, span.record, row.seq, end, brought, chained=True)
            out.append(further)
            todo.append(further)
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


def _brought(changes) -> set[str]:
    """What a merge gave the record it went into, as its entry's changes say it (each field
    [before, after]): the other spellings, lines of notes and words it did not hold before
    (_WORDS), each as the trail's JSON writes it."""
    out: set[str] = set()
    for field, change in (changes or {}).items():
        if not (_WORDS.match(field) and isinstance(change, list) and len(change) == 2):
            continue
        before, after = (c if isinstance(c, str) else "" for c in change)
        had = set(_PARTS.split(before))
        out.update(p.strip() for p in _PARTS.split(after)
                   if len(p.strip()) >= _SHORTEST and p not in had)
    return out


def _without(detail: dict, brought: set[str]) -> dict | None:
    """The entry's detail without the parts of brought its values hold (a change that then
    changes nothing goes whole); None when it holds none."""
    kept: dict = {}
    for key, value in detail.items():
        if key == "changes" and isinstance(value, dict):
            left = {}
            for field, change in value.items():
                # [before, after] stays a pair: a value emptied is said as ""
                now = ([_strip(c, brought) for c in change] if isinstance(change, list)
                       and len(change) == 2 else _strip(change, brought))
                if not (isinstance(now, list) and len(now) == 2 and now[0] == now[1]) or \
                        now == change:
                    left[field] = now
            if left or not value:
                kept[key] = left
        else:
            kept[key] = _strip(value, brought)
    return kept if kept != detail else None


def _strip(value, brought: set[str]):
    """value without the whole parts of brought it holds, however deep in lists and
    mappings: a part of a string (an alias, a line of notes) with its separator; a string
    that was one of them, as an item of a list or a value of a mapping, with its key. Only
    whole parts: a word of hers inside the other record's own text (her village "Mosul" in
    "her brother called from Mosul") is not hers, and that line stays."""
    if isinstance(value, str):
        return _strip_text(value, brought)
    if isinstance(value, list):
        return [s for v, s in ((v, _strip(v, brought)) for v in value)
                if not _emptied(v, s)]
    if isinstance(value, dict):
        return {k: s for k, v in value.items()
                if not _emptied(v, s := _strip(v, brought))}
    return value


def _emptied(before, after) -> bool:
    return isinstance(before, str) and bool(before.strip()) and not after


def _strip_text(text: str, brought: set[str]) -> str:
    tokens = _SEPARATED.split(text)  # part, separator, part, ...
    parts, seps = tokens[0::2], [""] + tokens[1::2]
    if not any(p.strip() in brought for p in parts):
        return text
    kept = [(sep, p) for sep, p in zip(seps, parts, strict=True) if p.strip() not in brought]
    out = "".join(p if i == 0 else sep + p for i, (sep, p) in enumerate(kept))
    return out.strip()
