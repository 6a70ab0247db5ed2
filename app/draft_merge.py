"""What she typed put on top of her record as saved now: only the fields she changed from the record
her page read (base), each changed there too since said as a conflict for her to settle."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person
from app.drafts_lost import typed_fields

TYPED, SAVED = "typed", "saved"  # which value a conflict keeps, as she chose


@dataclass
class Conflict:
    """A field she changed that was changed elsewhere too since her page read her record: both
    values (as typed_fields gives them; None for blank), for her to choose between."""
    key: str  # a record's field name: "notes", "given.latin" (ui/import_changes says it)
    typed: object
    saved: object


@dataclass
class Merged:
    person: Person  # her record as saved now, with the fields she changed put on top
    conflicts: list[Conflict] = field(default_factory=list)  # left as saved until chosen
    typed: list[str] = field(default_factory=list)  # the fields taken from what she typed

    def choose(self, choices: dict[str, str], draft: Person) -> Person:
        """The record with each conflict as chosen (TYPED or SAVED); every one must be chosen:
        nothing is kept for her without a word."""
        missing = [c.key for c in self.conflicts if choices.get(c.key) not in (TYPED, SAVED)]
        if missing:
            raise ValueError(f"not chosen: {', '.join(missing)}")
        out = copy.deepcopy(self.person)
        for c in self.conflicts:
            if choices[c.key] == TYPED:
                _take(out, draft, c.key)
        return out


def three_way(base: Person | None, draft: Person, current: Person) -> Merged:
    """Her typed work (draft, read from base) on top of current. A field she left as base had it
    keeps its current value (saved since by another window, a command or an import); one she
    changed takes hers where current still holds base's (or hers); one changed on both sides
    is a conflict. base None (a draft kept before drafts carried it): known only when current
    is still at the draft's version; otherwise every field that differs is a conflict, as who
    changed it cannot be told."""
    if base is None and draft.version == current.version:
        base = current
    was = typed_fields(base) if base is not None else None
    mine, now = typed_fields(draft), typed_fields(current)
    out = Merged(copy.deepcopy(current))
    for key in sorted(mine.keys() | now.keys() | (was or {}).keys()):
        d, c = mine.get(key), now.get(key)
        if d == c:
            continue
        b = was.get(key) if was is not None else object()  # unknown: equal to neither
        if d == b:
            continue  # she did not touch it: what was saved since stays
        if c == b:
            _take(out.person, draft, key)
            out.typed.append(key)
        else:
            out.conflicts.append(Conflict(key, d, c))
    return out


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
