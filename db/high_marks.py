"""Record numbers never given again: each table's high mark in vault_meta, for every writer."""

from __future__ import annotations

import json

# What the audit trail names of each table's rows, where a vault of an earlier version kept no
# mark: an entity's own number, or numbers (detail keys) in the detail of entries it selects.
_NAMED = {
    "reports": ("entity = 'report'", None),
    "rescues": ("entity = 'rescue'", None),
    # the trail names a report's and a rescue's persons by record number
    "persons": ("entity IN ('report', 'rescue')", ("persons", "added", "removed")),
    "photos": ("action = 'person.photo.remove'", ("photo_id",)),
    "family_contacts": ("action = 'person.contact.remove'", ("contact_id",)),
}
NUMBERED = tuple(_NAMED)


def key_of(table: str) -> str:
    """Its vault_meta key (db/trails.is_mark: a restore keeps the higher one)."""
    return f"{table}_id_high"


def highest_given(conn, table: str) -> int:
    """The highest number table ever gave: past its rows, its mark in vault_meta and, where
    none is kept yet, every one the trail names (a deleted newest row's number, which SQLite
    gives again, a paper or the trail naming two records by one number). A report's or
    rescue's trail is read every time: it is one indexed look-up."""
    (top,) = conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()  # noqa: S608
    row = conn.execute("SELECT value FROM vault_meta WHERE key=?", (key_of(table),)).fetchone()
    mark = int(row[0]) if row and str(row[0]).isdigit() else None
    if mark is None or _NAMED[table][1] is None:
        return max(top, mark or 0, _named_in_trail(conn, table))
    return max(top, mark)


def give(conn, table: str, count: int = 1) -> int:
    """The first of count numbers never given before, the mark moved past them in the
    caller's transaction."""
    first = highest_given(conn, table) + 1
    conn.execute("INSERT INTO vault_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO "
                 "UPDATE SET value=excluded.value", (key_of(table), str(first + count - 1)))
    return first


def _named_in_trail(conn, table: str) -> int:
    where, keys = _NAMED[table]
    if keys is None:
        (n,) = conn.execute("SELECT COALESCE(MAX(CAST(entity_ref AS INTEGER)), 0) FROM audit_log "
                            f"WHERE {where}").fetchone()  # noqa: S608
        return n
    high = 0
    for (detail,) in conn.execute(f"SELECT detail FROM audit_log WHERE {where}"):  # noqa: S608
        try:
            named = json.loads(detail or "{}")
        except ValueError:
            continue  # an entry a deletion erased
        for key in keys if isinstance(named, dict) else ():
            value = named.get(key)
            for i in value if isinstance(value, list) else [value]:
                if type(i) is int or (isinstance(i, str) and i.isdigit()):
                    high = max(high, int(i))
    return high
