"""Read-only facts of a vault or backup database for comparing two of them: trail, case numbers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.person import Person
from db import connection
from db.database import Database
from db.high_marks import NUMBERED, highest_given, key_of
from db.repositories.persons import PersonRepository

DRAFT_OF_RECORD = "draft.person."  # app/drafts.PERSON_KEY: a record's unsaved edits


@dataclass(frozen=True)
class Trail:
    seq_of: dict[str, int]  # each audit entry's MAC: its place in the trail
    entries: list[tuple[int, str, str, str]]  # (seq, action, entity, entity_ref), in order
    case_nos: frozenset[str]  # every person record's case number, merged ones among them
    marks: dict[str, int] = field(default_factory=dict)  # vault_meta's numbers never given again
    head_at: str = ""  # when its newest entry was written (UTC)
    notes_at: frozenset[int] = frozenset()  # seqs of the entries that changed a person's notes
    # vault_meta's rows no audit entry records (unsaved edits kept at the lock, settings)
    unaudited: dict[str, str] = field(default_factory=dict)
    # the records, as saved, of the case numbers a draft of unsaved edits is kept for: what
    # was typed in the draft is what differs from them (app/drafts_lost.py); the vault's only
    drafted: dict[str, Person] = field(default_factory=dict)

    @property
    def first(self) -> str:
        return min(self.seq_of, key=self.seq_of.get) if self.seq_of else ""

    @property
    def head(self) -> str:
        return max(self.seq_of, key=self.seq_of.get) if self.seq_of else ""


def is_mark(key: str) -> bool:
    """A vault_meta counter that must only grow (a case number, a photo's or contact's id)."""
    return key.startswith("next_") or key.endswith("_id_high")


def is_unaudited(key: str) -> bool:
    """A vault_meta row written without an audit entry that a restore would replace: a record's
    unsaved edits kept when the window locked (app/drafts.py), a setting (ui/settings.py)."""
    return key.startswith(("draft.", "ui."))


def _open(path: Path, data_key: bytes):
    conn = connection.sqlcipher3.connect(f"file:{path.as_posix()}?mode=ro", uri=True,
                                         isolation_level=None, cached_statements=0)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(connection._key_pragma(data_key))
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def read_trail(path: Path, data_key: bytes, drafted: bool = False) -> Trail:
    """Open path read-only under data_key (DatabaseError where it is not that key's) and read
    its audit trail's MACs and actions, its case numbers and its high marks; no names, but
    with drafted the records its drafts are of (a vault's: what was typed is told from them)."""
    conn = _open(path, data_key)
    try:
        rows = conn.execute("SELECT seq, mac, action, entity, entity_ref, at, detail "
                            "FROM audit_log ORDER BY seq").fetchall()
        case_nos = frozenset(r[0] for r in conn.execute("SELECT case_no FROM persons"))
        marks, unaudited = {}, {}
        for key, value in conn.execute("SELECT key, value FROM vault_meta"):
            if is_mark(key) and str(value).isdigit():
                marks[key] = int(value)
            elif is_unaudited(key):
                unaudited[key] = str(value)
        # numbered past every one there is, the mark and (a vault of an earlier version) the trail
        for table in NUMBERED:
            top = highest_given(conn, table)
            if top:
                marks[key_of(table)] = max(top, marks.get(key_of(table), 0))
        records = _records(conn, path, [k.removeprefix(DRAFT_OF_RECORD) for k in unaudited
                                         if k.startswith(DRAFT_OF_RECORD)]) if drafted else {}
    finally:
        conn.close()
    return Trail({r[1]: r[0] for r in rows}, [(r[0], r[2], r[3], r[4] or "") for r in rows],
                 case_nos, marks, rows[-1][5] if rows else "",
                 frozenset(r[0] for r in rows if r[3] == "person" and _notes_changed(r[6])),
                 unaudited, records)


def read_records(path: Path, data_key: bytes, case_nos: list[str]) -> dict[str, Person]:
    """The records of those case numbers as path holds them (a backup's, where a vault's draft
    is of a record saved since: the backup may hold it as the draft's page read it)."""
    if not case_nos:
        return {}
    conn = _open(path, data_key)
    try:
        return _records(conn, path, case_nos)
    finally:
        conn.close()


def _records(conn, path: Path, case_nos: list[str]) -> dict[str, Person]:
    """The saved records of those case numbers; none where they cannot be read (a backup of an
    earlier format, a value another version wrote): each draft is then taken to hold what was
    typed, or said to maybe hold it."""
    if not case_nos:
        return {}
    repo = PersonRepository(Database(conn, path))
    found = {}
    try:
        for case_no in case_nos:
            pid = repo.id_for_case(case_no)
            person = repo.get(pid) if pid is not None else None
            if person is not None:
                found[case_no] = person
    except (connection.DatabaseError, ValueError, KeyError, TypeError):
        return {}
    return found


def _notes_changed(detail: str | None) -> bool:
    """Does an entry's detail say a person's notes changed (their words are not kept, only
    that they changed: app/persons.py for_trail)?"""
    if not detail or "notes" not in detail:
        return False
    try:
        said = json.loads(detail)
    except ValueError:
        return False
    return isinstance(said, dict) and "notes" in (said.get("text_not_kept") or ())
