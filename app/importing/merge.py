"""Bringing a list row into an existing person: fill blanks, keep other spellings, report conflicts.

Never overwrites a value with a blank, and never overwrites a value the vault already holds: a
differing name spelling becomes an alias, any other differing value is reported as a conflict
for the user to settle by hand.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from app.domain.person import NamePart, Person, Sex
from app.importing.dedupe import norm

_TEXT = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
         "abduction_circumstances", "notes")


@dataclass
class MergeResult:
    person: Person
    changes: list[str] = field(default_factory=list)  # field names filled or extended
    conflicts: list[dict] = field(default_factory=list)  # {field, vault, list}


def merge_into(old: Person, new: Person) -> MergeResult:
    p = copy.deepcopy(old)
    out = MergeResult(p)
    _names(p, new, out)
    if p.sex is Sex.UNKNOWN and new.sex is not Sex.UNKNOWN:
        p.sex = new.sex
        out.changes.append("sex")
    elif new.sex is not Sex.UNKNOWN and new.sex != p.sex:
        out.conflicts.append({"field": "sex", "vault": p.sex.value, "list": new.sex.value})
    for name in ("birth", "abduction_date"):
        mine, theirs = getattr(p, name), getattr(new, name)
        if theirs.is_blank:
            continue
        if mine.is_blank:
            setattr(p, name, theirs)
            out.changes.append(name)
        elif (mine.earliest, mine.latest) != (theirs.earliest, theirs.latest):
            out.conflicts.append({"field": name, "vault": mine.text or mine.display(),
                                  "list": theirs.text})
    for name in _TEXT:
        mine, theirs = getattr(p, name).strip(), getattr(new, name).strip()
        if not theirs or norm(mine) == norm(theirs):
            continue
        if not mine:
            setattr(p, name, theirs)
            out.changes.append(name)
        else:
            out.conflicts.append({"field": name, "vault": mine, "list": theirs})
    _status(p, new, out)
    return out


def _names(p: Person, new: Person, out: MergeResult) -> None:
    known = {norm(a) for a in p.aliases}
    for text in p.names.values():
        known |= {norm(text.original), norm(text.latin)}
    for part, text in new.names.items():
        mine = p.name(part)
        for script in ("original", "latin"):
            value = getattr(text, script).strip()
            if not value:
                continue
            if not getattr(mine, script).strip():
                setattr(mine, script, value)
                out.changes.append(f"{part.value}.{script}")
                known.add(norm(value))
            elif norm(value) not in known and part is NamePart.GIVEN:
                # Another spelling of her own name is an alias of hers; another spelling of
                # her father's or clan's name is not (a dossier would list it as her name).
                # Those stay in the row's provenance, and search finds them by sound anyway.
                p.aliases.append(value)
                known.add(norm(value))
                out.changes.append(f"alias ({part.value})")
    for alias in new.aliases:
        if norm(alias) not in known:
            p.aliases.append(alias)
            known.add(norm(alias))
            out.changes.append("alias")


def _status(p: Person, new: Person, out: MergeResult) -> None:
    if not new.status_events:
        return
    listed = new.status_events[-1]
    if not p.status_events:
        p.status_events.append(listed)
        out.changes.append("status")
    elif listed.status != p.current_status:
        # An old list must not silently move a person back to "missing": the user decides.
        out.conflicts.append({"field": "status", "vault": p.current_status.value,
                              "list": listed.status.value})
