"""What changed a field a withdrawn row gave after that row's import: the later entry of her trail."""

from __future__ import annotations

import json

from app.audit import TEXT_UNKEPT
from app.audit_words import sentence
from app.importing.report import field_word

UPDATE = "person.import_update"
# Actions that add or take back a status event without always changing her current status.
_STATUS_ACTIONS = ("person.status", "person.status_withdraw")


def changed_since(history, batch_id: int, row: int, field: str) -> dict | None:
    """The first entry of her history after row `row` of batch `batch_id` updated her that
    changed `field` (for her status: it or any status's date): {"batch", "row"} for a list's
    row, else {"action": the entry in English, "on": its day}; None where none is found."""
    entries = [(e, _detail(e)) for e in history]
    start = max((e.seq for e, d in entries if e.action == UPDATE
                 and d.get("import_batch") == batch_id and d.get("row") == row), default=None)
    if start is None:
        return None
    for e, d in entries:
        if e.seq > start and _touches(e.action, d, field):
            what = _what(d, field)
            if isinstance(d.get("import_batch"), int) and isinstance(d.get("row"), int):
                return {"batch": d["import_batch"], "row": d["row"], "on": e.at[:10], **what}
            return {"action": sentence(e.action, d), "on": e.at[:10], **what}
    return None


def _detail(e) -> dict:
    try:
        d = json.loads(e.detail or "{}")
    except ValueError:
        return {}
    return d if isinstance(d, dict) else {}


def _what(d: dict, field: str) -> dict:
    """{"what": 'date of status rescued: ≤ 2026-12-07 -> 2017'}: the change to the field, as
    its entry kept it (none for a text the trail does not keep)."""
    changes = d.get("changes") if isinstance(d.get("changes"), dict) else {}
    said = [f"{field_word(k)}: {v[0] or '(blank)'} -> {v[1] or '(blank)'}" for k, v in changes.items()
            if (k == field or field == "status" and k.startswith("status_date."))
            and isinstance(v, list) and len(v) == 2]
    return {"what": "; ".join(said)} if said else {}


def _touches(action: str, d: dict, field: str) -> bool:
    changed = set(d.get("changes") or {}) | set(d.get(TEXT_UNKEPT) or ())
    if field == "status":
        return action in _STATUS_ACTIONS or any(
            f == "status" or f.startswith("status_date.") for f in changed)
    return field in changed


def said(by: dict | None, list_name: str = "") -> str:
    """' by batch 5, row 2 of 'Rasho family 2', on 2026-12-07 (date of status rescued: ... ->
    2017)' or " by 'Edited', on 2026-12-07": what changed a field since, for a sentence."""
    if not by:
        return ""
    what = f" ({by['what']})" if by.get("what") else ""
    if "batch" in by:
        named = f" of {list_name!r}" if list_name else ""
        return f" by batch {by['batch']}, row {by['row']}{named}, on {by['on']}{what}"
    return f" by {by['action']!r}, on {by['on']}{what}"
