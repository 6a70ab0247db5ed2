"""What she typed put on top of her record as saved now: only the fields she changed from the record
her page read (base), each changed there too since said as a conflict for her to settle."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person
from app.drafts_lost import typed_fields

TYPED, SAVED, BOTH = "typed", "saved", "both"  # which value a conflict keeps, as she chose


@dataclass
class Conflict:
    """A field she changed that was changed elsewhere too since her page read her record: both
    values (as typed_fields gives them; None for blank), for her to choose between."""
    key: str  # a record's field name: "notes", "given.latin" (ui/import_changes says it)
    typed: object
    saved: object
    # notes: her typed text and the saved one, one after the other (BOTH); None: not offered
    both: str | None = None


@dataclass
class Merged:
    person: Person  # her record as saved now, with the fields she changed put on top
    conflicts: list[Conflict] = field(default_factory=list)  # left as saved until chosen
    typed: list[str] = field(default_factory=list)  # the fields taken from what she typed
    # a draft kept without her record as its page read it: a conflict is a field that differs
    # from her record now, not one known to be changed on both sides (ui/draft_conflicts says so)
    base_unknown: bool = False

    def choose(self, choices: dict[str, str], draft: Person) -> Person:
        """The record with each conflict as chosen (TYPED or SAVED); every one must be chosen:
        nothing is kept for her without a word."""
        missing = [c.key for c in self.conflicts if choices.get(c.key) not in (TYPED, SAVED)
                   and not (choices.get(c.key) == BOTH and c.both is not None)]
        if missing:
            raise ValueError(f"not chosen: {', '.join(missing)}")
        out = copy.deepcopy(self.person)
        for c in self.conflicts:
            if choices[c.key] == TYPED:
                _take(out, draft, c.key)
            elif choices[c.key] == BOTH:
                setattr(out, c.key, c.both)
        return out


def three_way(base: Person | None, draft: Person, current: Person) -> Merged:
    """Her typed work (draft, read from base) on top of current. A field she left as base had it
    keeps its current value (saved since by another window, a command or an import); one she
    changed takes hers where current still holds base's (or hers); one changed on both sides
    is a conflict. base None (a draft kept before drafts carried it): known only when current
    is still at the draft's version; otherwise a field that differs is a conflict, as who
    changed it cannot be told, except a field blank in the draft (a blank there is not a typed
    erasure: her record's value stays) and a list (its items are put together).
    A list (aliases) changed on both sides is merged item by item, unasked: each side's
    additions kept, an item removed on either side left out. Notes changed on both sides are
    asked about with "both" offered too."""
    if base is None and draft.version == current.version:
        base = current
    was = typed_fields(base) if base is not None else None
    mine, now = typed_fields(draft), typed_fields(current)
    out = Merged(copy.deepcopy(current), base_unknown=was is None)
    for key in sorted(mine.keys() | now.keys() | (was or {}).keys()):
        d, c = mine.get(key), now.get(key)
        if d == c:
            continue
        if was is None and _blank(key, d):
            continue  # an old draft's blank: not known to be typed, her record's value stays
        b = was.get(key) if was is not None else object()  # unknown: equal to neither
        if d == b:
            continue  # she did not touch it: what was saved since stays
        if c == b:
            _take(out.person, draft, key)
            out.typed.append(key)
        elif _is_list(d) and _is_list(c):
            items = _items_merged(b if _is_list(b) else None, d or [], c or [])
            if items != (c or []):
                setattr(out.person, key, items)
                out.typed.append(key)
        else:
            out.conflicts.append(Conflict(key, d, c, _both(key, b, d, c)))
    return out


def _blank(key: str, value: object) -> bool:
    """Nothing in the field: as a new record holds it (sex unknown, a date with nothing in it)."""
    return value in (None, "", []) or value == _EMPTY.get(key)


_EMPTY = {k: v for k, v in typed_fields(Person()).items() if k != "sharing_level"}


def _is_list(value: object) -> bool:
    return value is None or isinstance(value, list)


def _items_merged(base: list | None, draft: list, current: list) -> list:
    """current with the items she added, less those she removed (base None: none known to be
    removed); an item removed on current's side stays out (it is not in current)."""
    removed = set(base) - set(draft) if base is not None else set()
    added = [x for x in draft if base is None or x not in base]
    out = [x for x in current if x not in removed]
    return out + [x for x in dict.fromkeys(added) if x not in out]


def _both(key: str, base: object, typed: object, saved: object) -> str | None:
    """Notes typed and notes saved since, one after the other (hers first); the text both
    started from said once. None when "both" would be one of the two."""
    if key != "notes" or not (isinstance(typed, str) and isinstance(saved, str)):
        return None
    start = base if isinstance(base, str) and base.strip() else None
    if start is not None and typed.startswith(start) and saved.startswith(start):
        both = typed.rstrip() + "\n" + saved[len(start):].strip()  # each added to the same text
    elif typed.startswith(saved) or saved.startswith(typed):
        return None  # one holds the other whole: "both" is the longer of the two
    else:
        both = typed.rstrip() + "\n\n" + saved.strip()
    return None if both.strip() in (typed.strip(), saved.strip()) else both


def _take(person: Person, draft: Person, key: str) -> None:
    """One field of draft put into person: a name by its part and script."""
    part, _, script = key.partition(".")
    if script:
        kind = NamePart(part)
        text = copy.deepcopy(person.names.get(kind) or NameText())
        setattr(text, script, getattr(draft.names.get(kind) or NameText(), script))
        if text.is_blank:
            person.names.pop(kind, None)
        else:
            person.names[kind] = text
        return
    setattr(person, key, copy.deepcopy(getattr(draft, key)))


def value_said(value: object) -> str:
    """A field's value as typed_fields gives it, as plain text: a date by what was typed."""
    if value is None:
        return ""
    if isinstance(value, list):
        return " | ".join(map(str, value))
    if isinstance(value, dict):  # a date
        d = FuzzyDate.from_row(value.get("earliest"), value.get("latest"), value.get("text", ""))
        return d.text or d.display()
    return str(value)
