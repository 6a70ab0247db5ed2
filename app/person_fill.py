"""Details typed for a new person carried into the record she turned out to be: her blanks filled
as an import fills them, nothing she has overwritten, and what differs said as not taken."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from app.audit import now_utc
from app.domain.errors import ValidationError
from app.domain.person import Person
from app.importing.dedupe import norm
from app.importing.merge import MergeResult, merge_into
from app.persons import PersonService, diff


@dataclass
class Filling:
    """What the typed details would do to her record, to show before anything is written."""

    case_no: str
    version: int      # her record as compared: a fill refuses a record changed since
    sex: str          # hers, for the words of a status (Arabic مفقودة, مفقود)
    changes: dict[str, list[str]] = field(default_factory=dict)  # field -> [hers, after]
    not_taken: list[dict] = field(default_factory=list)          # {field, vault, list}

    @property
    def repeats_her(self) -> bool:
        """The typed record only says what hers says: nothing to add, nothing to tell."""
        return not self.changes and not self.not_taken


def what_fills(persons: PersonService, case_no: str, typed: Person) -> Filling:
    """What filling her blanks from typed would change (reads only)."""
    her = _live(persons, case_no)
    merged = merge_into(her, typed)
    return Filling(her.case_no, her.version, merged.person.sex.value,
                   diff(her, merged.person), not_taken(merged, typed))


def fill_blanks(persons: PersonService, case_no: str, typed: Person, version: int,
                detail: dict | None = None) -> Filling:
    """Fill her blanks from typed through the service every edit goes through, its audit entry
    naming each change and what was not taken. version: her record's when what_fills showed
    it; a record changed since is refused, so nothing is written that was not seen."""
    with persons.db.transaction():
        her = _live(persons, case_no)
        if her.version != version:
            raise ValidationError(f"{her.case_no} was changed after it was compared with what "
                                  "was typed; open it again to see what would be added")
        typed = copy.deepcopy(typed)
        stamp = now_utc()
        for ev in typed.status_events:  # told now: recorded now, as a status added by hand
            ev.recorded_at = ev.recorded_at or stamp
        merged = merge_into(her, typed)
        out = Filling(her.case_no, her.version, merged.person.sex.value,
                      diff(her, merged.person), not_taken(merged, typed))
        if out.changes:
            persons.update(merged.person, detail={
                **(detail or {}), **({"not_taken": out.not_taken} if out.not_taken else {})},
                by_hand=True)
        return out


def not_taken(merged: MergeResult, typed: Person) -> list[dict]:
    """The merge's conflicts, and the typed names it passed over without a word (her record's
    value beside each). A word kept inside another spelling of her whole name (her father's
    Xelef in "Jamila Xelef", which the merge adds) is not lost, and is not said: told to
    "correct by hand" a name the record now holds, she might overwrite the vault's."""
    out = list(merged.conflicts)
    said = {c["field"] for c in out}
    her = merged.person
    known = {norm(a) for a in her.aliases}
    known |= {norm(w) for a in her.aliases for w in a.split()}
    for text in her.names.values():
        known |= {norm(text.original), norm(text.latin)}
    for part, text in typed.names.items():
        for script in ("original", "latin"):
            value, key = getattr(text, script).strip(), f"{part.value}.{script}"
            if value and norm(value) not in known and key not in said:
                hers = her.names.get(part)
                other = "latin" if script == "original" else "original"
                out.append({"field": key, "list": value, "vault": (
                    getattr(hers, script) or getattr(hers, other)) if hers else ""})
    return out


def _live(persons: PersonService, case_no: str) -> Person:
    her = persons.get(case_no)
    if her.merged_into is not None:
        keep = persons.get_by_id(her.merged_into)
        raise ValidationError(f"{her.case_no} has been merged into {keep.case_no}: open "
                              f"{keep.case_no} instead")
    return her
