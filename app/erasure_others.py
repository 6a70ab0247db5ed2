"""What other records' trail entries said of a deleted person, erased with her (app/erasure.py)."""

from __future__ import annotations

import json
import re

from app.audit import ERASED, AuditTrail
from app.audit_words import OTHER
from db.repositories.audit import AuditRow
from db.repositories.erasure import ErasureRepository

# A case number as the trail stores it (SNJ-00032): what an entry naming her may keep.
CASE_NO = re.compile(r"^[A-Z]{2,6}-\d{5,9}$")
# How a record's text fields join what they hold (person.update's changes): other spellings,
# and notes, which a merge gives one line each record ("[SNJ-00032] ...").
_PARTS = re.compile(r" \| |\n")
# The fields of a merge's changes whose words are hers (app/persons.flatten): her names,
# places, captor, notes. Not a sex, a level, a status or a date: a value so common would take
# the other record's own entries with it.
_WORDS = re.compile(r"^(\w+\.(original|latin)|aliases|origin_\w+|abduction_place|"
                    r"abduction_circumstances|last_known_location|held_by|notes)$")
# Shorter than this, a part says too little to be hers.
_SHORTEST = 3


def entries_naming_her(repo: ErasureRepository, audit: AuditTrail, cases: set[str]
                       ) -> list[tuple[AuditRow, dict]]:
    """Other records' entries that say something of hers, each with what it keeps:
    - an entry whose other record (audit_words.OTHER: merged, split, into, from, relative,
      other) is hers (a merge with her and its split, "not the same person as" her with its
      note, a relative's link): the case numbers it names and its numbers (the list and row
      a "not the same" came from), no more, so the other record's history still reads
      "merged SNJ-00032 into this record";
    - while her record was merged into another, that record's own entries (an edit of its
      other spellings or notes, which held hers then): each without the fields that hold
      what her merge brought it, the rest as it was.
    An entry that only names her case number elsewhere (an update of the record she had been
    merged into, as the list row matched her) says nothing of hers: it stays as it is."""
    out: list[tuple[AuditRow, dict]] = []
    merged: dict[str, list[list]] = {}  # record -> [[merge seq, split seq or None, brought]]
    for row in repo.entries_naming(sorted(cases), "person", but_not=sorted(cases)):
        detail = detail_of(row)
        if detail is None or detail.get(ERASED) or \
                detail.get(OTHER.get(row.action, "other")) not in cases:
            continue
        out.append((row, {k: v for k, v in detail.items() if _number(v)}))
        if row.action == "person.merge":
            merged.setdefault(row.entity_ref, []).append(
                [row.seq, None, detail["merged"], _brought(detail.get("changes"))])
        elif row.action == "person.split":
            for span in merged.get(row.entity_ref, []):
                if span[2] == detail["split"] and span[1] is None:
                    span[1] = row.seq
    seen = {row.seq for row, _ in out}
    for record, spans in sorted(merged.items()):
        for row in audit.history("person", record):
            brought = [b for start, end, _, b in spans
                       if start < row.seq and (end is None or row.seq < end)]
            if row.seq in seen or not brought:
                continue
            detail = detail_of(row)
            kept = _without(detail, set().union(*brought)) if detail is not None and \
                not detail.get(ERASED) else None
            if kept is not None:
                seen.add(row.seq)
                out.append((row, kept))
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


def _parts_of(value):
    """Every whole part of the strings a value holds (an alias, a line of notes, a place),
    however deep in lists and mappings."""
    if isinstance(value, str):
        yield from (p.strip() for p in _PARTS.split(value))
    elif isinstance(value, dict):
        for v in value.values():
            yield from _parts_of(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _parts_of(v)


def _without(detail: dict, brought: set[str]) -> dict | None:
    """The entry's detail without the fields (or the changes) that hold anything of brought;
    None when none does."""
    def holds(value) -> bool:
        # whole parts only: a word of hers inside the other record's own text (her village
        # "Mosul" in "her brother called from Mosul") is not hers, and that line stays
        return any(p in brought for p in _parts_of(value))

    kept: dict = {}
    for key, value in detail.items():
        if key == "changes" and isinstance(value, dict):
            left = {f: c for f, c in value.items() if not holds(c)}
            if left:
                kept[key] = left
        elif not holds(value):
            kept[key] = value
    return kept if kept != detail else None
