"""A trail entry's or merge row's values without the parts of a deleted person they hold."""

from __future__ import annotations

import re

# How a record's text fields join what they hold (person.update's changes): other spellings,
# and notes, which a merge gives one line each record ("[SNJ-00032] ...").
PARTS = re.compile(r" \| |\n")
_SEPARATED = re.compile(r"( \| |\n)")
# The fields of a merge's changes whose words are hers (app/persons.flatten): her names,
# places, captor, notes. Not a sex, a level, a status or a date: a value so common would take
# the other record's own entries with it.
_WORDS = re.compile(r"^(\w+\.(original|latin)|aliases|origin_\w+|abduction_place|"
                    r"abduction_circumstances|last_known_location|held_by|notes)$")
# Shorter than this, a part says too little to be hers.
SHORTEST = 3

Parts = dict[str, set[str]]  # a record's field -> the parts of hers it held
Event = tuple[str, str, str]  # a status event of hers: (status, note, recorded_at)


def brought(changes) -> Parts:
    """What a merge gave the record it went into, as its entry's changes say it (each field
    [before, after]): the other spellings, lines of notes and words it did not hold before
    (_WORDS), each as the trail's JSON writes it, by the field that took it."""
    out: Parts = {}
    for field, change in (changes.items() if isinstance(changes, dict) else ()):
        if not (_WORDS.match(field) and isinstance(change, list) and len(change) == 2):
            continue
        before, after = (c if isinstance(c, str) else "" for c in change)
        had = set(PARTS.split(before))
        new = {p.strip() for p in PARTS.split(after)
               if len(p.strip()) >= SHORTEST and p not in had}
        if new:
            out[field] = new
    return out


def events_of(detail: dict) -> set[Event]:
    """The status events an entry lists (a merge's, a split's): what tells one apart."""
    listed = detail.get("status_events")
    return {_event(e) for e in (listed if isinstance(listed, list) else ())
            if isinstance(e, dict)}


def _event(e: dict) -> Event:
    return (str(e.get("status")), str(e.get("note")), str(e.get("recorded_at")))


def every_part(parts: Parts) -> set[str]:
    return set().union(*parts.values()) if parts else set()


def without(detail: dict, parts: Parts, events: set[Event]) -> dict | None:
    """The entry's detail without her parts and events: a change's [before, after] loses
    the parts its field took of hers (a change that then changes nothing goes whole), a list
    of status events loses hers, any other value the parts of hers it holds whole; None when
    it holds none."""
    kept: dict = {}
    anywhere = every_part(parts)
    for key, value in detail.items():
        if key == "changes" and isinstance(value, dict):
            left = {}
            for field, change in value.items():
                mine = parts.get(field, set())
                # [before, after] stays a pair: a value emptied is said as ""
                now = ([strip(c, mine) for c in change] if isinstance(change, list)
                       and len(change) == 2 else strip(change, mine))
                if not (isinstance(now, list) and len(now) == 2 and now[0] == now[1]) or \
                        now == change:
                    left[field] = now
            if left or not value:
                kept[key] = left
        elif key == "status_events" and isinstance(value, list):
            kept[key] = [e for e in value if not (isinstance(e, dict) and _event(e) in events)]
        else:
            kept[key] = strip(value, anywhere)
    return kept if kept != detail else None


def added_without(added: dict, parts: Parts, events: set[Event]) -> dict:
    """A merge row's "added" (app/matching_service._absorb) without her parts and events:
    an alias of hers, a value of hers it filled, a line of hers it appended."""
    # one merge's row holds only what that merge added, read whole: its keys name fields
    # otherwise than the trail does (name.mother.latin, mother.latin)
    hers, out = every_part(parts), dict(added)
    if isinstance(added.get("aliases"), list):
        out["aliases"] = [a for a in added["aliases"]
                          if not (isinstance(a, str) and a.strip() in hers)]
    for key in ("filled", "appended"):
        if isinstance(added.get(key), dict):
            out[key] = {f: s for f, v in added[key].items()
                        if not _emptied(v, s := strip(v, hers))}
    if isinstance(added.get("status_events"), list):
        out["status_events"] = [e for e in added["status_events"]
                                if not (isinstance(e, dict) and _event(e) in events)]
    return out


def strip(value, parts: set[str]):
    """value without the whole parts it holds, however deep in lists and mappings: a part of
    a string (an alias, a line of notes) with its separator; a string that was one of them,
    as an item of a list or a value of a mapping, with its key. Only whole parts: a word of
    hers inside the other record's own text (her village "Mosul" in "her brother called from
    Mosul") is not hers, and that line stays."""
    if not parts:
        return value
    if isinstance(value, str):
        return _strip_text(value, parts)
    if isinstance(value, list):
        return [s for v, s in ((v, strip(v, parts)) for v in value) if not _emptied(v, s)]
    if isinstance(value, dict):
        return {k: s for k, v in value.items() if not _emptied(v, s := strip(v, parts))}
    return value


def _emptied(before, after) -> bool:
    return isinstance(before, str) and bool(before.strip()) and not after


def _strip_text(text: str, parts: set[str]) -> str:
    tokens = _SEPARATED.split(text)  # part, separator, part, ...
    pieces, seps = tokens[0::2], [""] + tokens[1::2]
    if not any(p.strip() in parts for p in pieces):
        return text
    kept = [(sep, p) for sep, p in zip(seps, pieces, strict=True) if p.strip() not in parts]
    out = "".join(p if i == 0 else sep + p for i, (sep, p) in enumerate(kept))
    # a paragraph of notes taken out leaves one blank line between the others, not two
    return re.sub(r"\n{3,}", "\n\n", out).strip()
