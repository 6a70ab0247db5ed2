"""Who last set a field of a record, by her own trail: a list's import, or a person."""

from __future__ import annotations

import json


def trail(history) -> list[tuple[str, dict]]:
    """Her trail's entries, newest first, as (action, detail)."""
    out = []
    for e in sorted(history, key=lambda e: e.seq, reverse=True):
        try:
            detail = json.loads(e.detail or "{}")
        except ValueError:
            detail = {}
        out.append((e.action, detail if isinstance(detail, dict) else {}))
    return out


def set_by_import(entries: list[tuple[str, dict]], key: str, batch_id: int | None = None) -> bool:
    """Whether the last entry of her trail (trail()) that set this field (as persons.flatten
    names it: 'mother.original', 'last_known_location') is a list's import: her creation by
    one, or its update; of batch batch_id when given. A word a person typed, before or since,
    is hers."""
    for action, detail in entries:
        if key in (detail.get("changes") or {}):
            return action == "person.import_update" and _of(detail, batch_id)
        if action == "person.create":
            return bool(detail.get("import_batch")) and _of(detail, batch_id)
    return False


def _of(detail: dict, batch_id: int | None) -> bool:
    return batch_id is None or detail.get("import_batch") == batch_id
