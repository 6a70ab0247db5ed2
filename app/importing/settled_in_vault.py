"""A conflict the vault itself has changed since: settled when it holds the list's value now.

The official list gave Zeina's village as Hardan against the vault's Tel Qasab (noted on her
page); then the NGO corrected its own list to Hardan, and the vault took it. Her page said
"village Hardan" and, below it, "list said 'Hardan' (vault keeps 'Tel Qasab')": something to
settle, and a false word about the vault. A conflict is what the list said against what the
vault held then. Once the vault holds the list's value, it is settled (kept in her history,
marked so, as a later version of the list settles one: superseded.py). Once the vault holds
a third value, the list's still is not taken: it stays to settle, said against what the vault
keeps now (the value noted then kept as vault_then, for the trail).
"""

from __future__ import annotations

from app.domain.errors import NotFound
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person, Sex, Status
from app.importing.dedupe import norm
from app.matching.score import same_place

# The fields a list's conflict may name that are one text on the record (merge._TEXT).
_TEXT = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
         "abduction_circumstances", "last_known_location", "notes")


def as_the_vault_is(persons, conflicts: list[dict]) -> list[dict]:
    """conflicts (as conflicts_about gives them), each against the vault as it is now: marked
    settled_in_vault {now} where the vault holds the list's value; said against the vault's
    value now (vault, vault_date; vault_then) where it holds another; else as it was. One a
    later version of its list settled, or of a field not read here (a name), as it is."""
    held: dict[str, Person | None] = {}
    out = []
    for c in conflicts:
        if c.get("superseded_by"):
            out.append(c)
            continue
        if c["case_no"] not in held:
            held[c["case_no"]] = _standing(persons, c["case_no"])
        p = held[c["case_no"]]
        now = _now(p, c["field"]) if p is not None else None
        if now is None:
            out.append(c)
            continue
        value, when = now
        if _holds_the_lists(p, c, value):
            out.append({**c, "settled_in_vault": {"now": value}})
        elif value != c.get("vault") or (c["field"] == "status"
                                          and when != c.get("vault_date")):
            moved = {k: v for k, v in c.items() if k != "vault_date"}
            out.append({**moved, "vault": value, "vault_then": c.get("vault"),
                        **({"vault_date": when} if when else {})})
        else:
            out.append(c)
    return out


def _standing(persons, case_no: str) -> Person | None:
    """Her record, or the record hers is merged into now (its values are what the vault
    keeps of her)."""
    try:
        p = persons.get(case_no)
        while p.merged_into is not None:
            p = persons.get_by_id(p.merged_into)
    except NotFound:  # deleted since: nothing to compare with
        return None
    return p


def _said(d: FuzzyDate) -> str:
    return d.text or d.display()


def _now(p: Person, field: str) -> tuple[str, str] | None:
    """What the vault keeps now for a conflict's field, as merge.py noted it then ((value,
    the status's date or "")); None for a field not read here."""
    if field == "sex":
        return p.sex.value, ""
    if field in ("birth", "abduction_date"):
        return _said(getattr(p, field)), ""
    if field in _TEXT:
        return getattr(p, field).strip(), ""
    if field == "status":
        ev = p.current_event
        # dated as merge.status_conflict says it: not a date that says only by when
        return p.current_status.value, (_said(ev.date) if ev and ev.date.earliest else "")
    if field == "rescue_date":
        rescues = [ev for ev in p.status_events if ev.status is Status.RESCUED]
        return (_said(rescues[-1].date), "") if rescues else None
    return None


def _holds_the_lists(p: Person, c: dict, value: str) -> bool:
    """Whether the vault now holds what the list said."""
    field = c["field"]
    if field == "status":
        return bool(c.get("list_status")) and value == c["list_status"]
    if field == "sex":
        listed = c.get("read_as") or c.get("list") or ""
        return listed in {s.value for s in Sex} and listed != Sex.UNKNOWN.value and \
            value == listed
    listed = str(c.get("read_as") or c.get("list") or "").strip()
    if not listed or not value:
        return False
    if field == "origin_village":
        return norm(value) == norm(listed) or same_place(value, listed)
    if field in _TEXT:
        return norm(value) == norm(listed)
    return value == listed
