"""Once per vault: a status a split of an earlier version left on the record kept is taken back.

Nisreen (SNJ-00001, missing) was merged with a list's record of her (SNJ-00002, rescued);
the list's next version dated that rescue, now on SNJ-00001; the split then looked for the
rescue by its old date, did not find it, and left it: SNJ-00001 stayed rescued, on no list of
hers. A split now takes it back whatever date it was given since (matching_service._give_back).
A vault split by an earlier version still holds such a status: each is taken back here, once,
said in her history (person.set_right) and in the vault's trail.
"""

from __future__ import annotations

import json

from app.domain.errors import NotFound, ValidationError
from app.domain.person import Person, StatusEvent
from app.set_right import SET_RIGHT
from db.repositories.split_rows import SplitRowsRepository

SPLIT_STATUSES_MARK, SPLIT_STATUSES_RULE = "split_statuses", "1"


def _key(status: str, note: str, recorded_at: str) -> tuple[str, str, str]:
    return status, note, recorded_at


def _ev_key(ev: StatusEvent) -> tuple[str, str, str]:
    return _key(ev.status.value, ev.note, ev.recorded_at)


def ensure_split_statuses(session) -> list[str]:
    """Take back from each record kept the status events a split left on it: brought by the
    merge (its row remembers them), not among those the split's entry says it took, and not
    brought again by a merge still standing. Returns the case numbers set right."""
    meta = session.meta
    if int(meta.get(SPLIT_STATUSES_MARK) or 0) >= int(SPLIT_STATUSES_RULE):
        return []
    persons, changed = session.persons, {}
    with session.db.transaction():
        for kept, splits in SplitRowsRepository(session.db).splits().items():
            try:
                keep = persons.get_by_id(kept)
            except NotFound:
                continue
            if keep.merged_into is not None:
                continue  # what it holds went on into another record: left as it is
            taken = []
            for merged_id, _merged_at, split_at, added in splits:
                taken += _left_by(session, keep, merged_id, split_at, added)
            if not taken:
                continue
            try:
                persons.update(keep, action=SET_RIGHT, detail={
                    "rule": "split_statuses", "set_right": taken})
            except ValidationError:
                continue  # kept as it is: never a reason the vault does not open
            changed[keep.case_no] = taken
        if changed:
            session.audit.append("vault.split_statuses", "vault", detail={
                "rule": SPLIT_STATUSES_RULE, "changed": sorted(changed),
                "why": "a split of an earlier version left on the record kept a status the "
                "other record had brought, dated since by a list: taken back, as a split now "
                "takes it"})
        meta.set(SPLIT_STATUSES_MARK, SPLIT_STATUSES_RULE)
    return sorted(changed)


def _left_by(session, keep: Person, merged_id: int, split_at: str, added: dict) -> list[dict]:
    """The events this split left on keep, taken out of keep.status_events: {why, status,
    date, split} each."""
    persons = session.persons
    try:
        other = persons.get_by_id(merged_id)
    except NotFound:
        return []
    if other.merged_into is not None:
        return []  # merged again since: a standing merge accounts for what it brought
    said = _split_took(persons.history(keep.case_no), other.case_no, split_at)
    if said is None:
        return []  # no entry of that split to tell by: not guessed at
    out = []
    for row in added.get("status_events", []):
        key = _key(row["status"], row["note"], row.get("recorded_at") or "")
        if not key[2]:
            continue
        if key in said:
            said.remove(key)
            continue
        found = next((i for i in reversed(range(len(keep.status_events)))
                      if keep.status_events[i].rescue_id is None
                      and _ev_key(keep.status_events[i]) == key), None)
        if found is None:
            continue
        ev = keep.status_events.pop(found)
        out.append({"why": "split_status", "status": ev.status.value,
                    "date": ev.date.text or ev.date.display(), "split": other.case_no})
    return out


def _split_took(history, split_case: str, split_at: str) -> list[tuple] | None:
    """The status events (as keys) the split's own entry says it took back; None without it."""
    found = None
    for e in history:  # the last entry of a split of hers up to that split (the same moment)
        if e.action != "person.split" or e.at > split_at:
            continue
        d = json.loads(e.detail or "{}")
        if isinstance(d, dict) and d.get("split") == split_case:
            found = [_key(x.get("status", ""), x.get("note", ""), x.get("recorded_at", ""))
                     for x in d.get("status_events", [])]
    return found
