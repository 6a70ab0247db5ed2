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


def import_that_set(entries: list[tuple[str, dict]], key: str) -> tuple[int, int | None] | None:
    """(batch, row) of the list import whose entry last set this field on her trail (trail()):
    the row of an update; None for the row of her creation by a list (its entry names the
    batch only: her provenance has the row). None where a person set it last, or no one."""
    for action, detail in entries:
        if key in (detail.get("changes") or {}):
            return (detail.get("import_batch"), detail.get("row")) \
                if action == "person.import_update" and detail.get("import_batch") else None
        if action == "person.create":
            return (detail["import_batch"], None) if detail.get("import_batch") else None
    return None
