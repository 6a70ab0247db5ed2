"""The words of women's notes erased from the audit entries an earlier version wrote, once per vault.

An earlier version kept in the trail the whole text of her notes before and after each change
(an edit, a list's line added, a merge, a withdrawn row): an informant's name and phone typed
into them and taken out again stayed there for good, readable by whoever is given the
passphrase at a checkpoint. This version keeps only that they changed (audit.UNKEPT); the
entries written before lose their words the way a deletion erases an entry (AuditTrail.erase):
each keeps everything else it said, marked as erased by this pass, and the pass's own entry
(NOTES_ERASED) lists them by their MACs, so that `audit verify` still holds the chain whole and
`audit verify --noted` says what erased them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.audit import (
    DELETION,
    ERASED,
    ERASED_BY,
    ERASED_ENTRIES,
    NOTES_ERASED,
    TEXT_UNKEPT,
    UNKEPT,
    is_erased,
)
from db.repositories.audit import AuditRepository, AuditRow

if TYPE_CHECKING:
    from app.session import VaultSession

NOTES_MARK, NOTES_RULE = "notes_erased", "1"


def ensure_notes_erased(session: VaultSession) -> int:
    """Once per vault saved by an earlier version: the words of her notes erased from every
    entry that holds them; how many entries were erased. The pages that held them are
    overwritten after (forget_old_pages)."""
    meta = session.meta
    if int(meta.get(NOTES_MARK) or 0) >= int(NOTES_RULE):
        return 0
    with session.db.transaction():
        entries = [(row, kept) for field in UNKEPT
                   for row in AuditRepository(session.db).holding(f'"{field}"')
                   if (kept := _kept(row)) is not None]
        listed = session.audit.erase(entries)
        if listed:
            session.audit.append(NOTES_ERASED, "vault", detail={
                "rule": NOTES_RULE, ERASED_ENTRIES: listed,
                "why": "the trail kept the whole text of women's notes before and after each "
                "change, an informant's name taken out of them among it: each entry now says "
                "only that her notes changed, as new entries do"})
        meta.set(NOTES_MARK, NOTES_RULE)
    if listed:
        session.db.forget_old_pages()  # no copy of the words stays in the file
    return len(listed)


def _kept(row: AuditRow) -> dict | None:
    """What an entry keeps without the words of her notes: its changes without the field
    (named under TEXT_UNKEPT instead), a withdrawal's notes put back and the notes it left as
    they stood; None where it holds none of them. An entry a deletion erased already keeps
    what was said of it (erased by the deletion, counted in its listing: a count printed
    before still holds) and is said erased of the words of notes too."""
    try:
        detail = json.loads(row.detail)
    except ValueError:
        return None
    if not isinstance(detail, dict):
        return None
    out, unkept = dict(detail), set(detail.get(TEXT_UNKEPT) or ())
    for key in ("changes", "undone"):  # a person's diff; a withdrawal's fields put back
        value = detail.get(key)
        if isinstance(value, dict) and (gone := [f for f in value if f in UNKEPT]):
            out[key] = {f: v for f, v in value.items() if f not in UNKEPT}
            unkept.update(gone)
    left = detail.get("left")  # a withdrawal's fields left as they stood, her notes whole
    if isinstance(left, list):
        out["left"] = [{k: v for k, v in item.items() if k != "now"}
                       if isinstance(item, dict) and item.get("field") in UNKEPT else item
                       for item in left]
    if out == detail:
        return None
    out.pop(ERASED, None)  # the mark is set again by the erasure
    by = [DELETION, NOTES_ERASED] if is_erased(row.detail) else NOTES_ERASED
    return {**out, **({TEXT_UNKEPT: sorted(unkept)} if unkept else {}), ERASED_BY: by}
