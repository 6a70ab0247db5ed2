"""Which sender a list comes from, as the vault already knows it, and the column mapping saved
for a list of the same columns when the user names no sender.

"Office of Kidnapped Affairs" typed once and "office of kidnapped affairs " the next time is one
sender: read as two, the mapping saved for its lists was not offered, and its new version was
not compared with its last."""

from __future__ import annotations

import json

from app.importing.fields import fold_header
from db.repositories.importing import ImportRepository


def as_known(repo: ImportRepository, source: str) -> str:
    """The sender as the vault first wrote it, when source is the same name written otherwise
    (letter case, spaces, hamza, marks); source itself otherwise."""
    if not source.strip():
        return source
    key = fold_header(source)
    known = [s for s in repo.sources() if fold_header(s) == key]
    if source in known or not known:
        return source
    return known[0]


def saved_for_columns(repo: ImportRepository, labels: list[str]) -> tuple[str, str] | None:
    """(sender, saved mapping) of the one sender whose saved mapping names exactly these
    columns, for a list imported without naming its sender; None when no sender's does, or
    more than one's (which to take is not plain)."""
    wanted = {label for label in labels if label.strip()}
    if not wanted:
        return None
    fits = []
    for source, text, _ in repo.mappings():
        try:
            columns = json.loads(text).get("columns", {})
        except (ValueError, AttributeError):
            continue
        if isinstance(columns, dict) and set(columns) == wanted:
            fits.append((source, text))
    return fits[0] if len(fits) == 1 else None
