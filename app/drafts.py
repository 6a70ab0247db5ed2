"""Drafts kept inside the vault while it is locked: a record's unsaved edits, and one New
person form's typed fields."""

from __future__ import annotations

import json

from app.domain.errors import CaseKeeperError
from app.domain.person import Person
from app.person_json import person_from_dict, person_to_dict
from db.database import Database
from db.repositories.meta import MetaRepository
from db.repositories.persons import PersonRepository

# In the vault's own settings table: encrypted with everything else, never beside the vault,
# in Qt's settings or a temp file.
NEW_PERSON_KEY = "draft.new_person"
PERSON_KEY = "draft.person."  # and the case number: one record's unsaved edits


class Drafts:
    def __init__(self, db: Database, meta: MetaRepository) -> None:
        self.db, self.meta = db, meta

    def keep_new_person(self, fields: dict[str, str]) -> None:
        """The form's fields as typed (a date that would be refused included); replaces any
        draft kept before."""
        with self.db.transaction():
            self.meta.set(NEW_PERSON_KEY, json.dumps(fields, ensure_ascii=False))

    def new_person(self) -> dict[str, str] | None:
        """The kept fields; None when there is none, or when it cannot be read (a damaged draft
        must not stop the program from opening)."""
        text = self.meta.get(NEW_PERSON_KEY)
        if not text:
            return None
        try:
            fields = json.loads(text)
        except ValueError:
            return None
        if not isinstance(fields, dict):
            return None
        return {k: v for k, v in fields.items() if isinstance(k, str) and isinstance(v, str)}

    def discard_new_person(self) -> None:
        """The draft's row is removed, not left blank."""
        with self.db.transaction():
            self.meta.delete(NEW_PERSON_KEY)

    def keep_person(self, person: Person, base: Person | None = None) -> None:
        """A record's unsaved edits, until restored or discarded, with her record as the page
        read it (base): restoring puts back only what was typed (app/draft_merge.py), not the
        whole record over what was saved since. Nothing for a record deleted meanwhile (a
        command deleted her while her page stood open on the desktop): the draft would put
        back what the deletion erased."""
        kept = person_to_dict(person)
        if base is not None:
            kept["base"] = person_to_dict(base)
        with self.db.transaction():
            if PersonRepository(self.db).id_for_case(person.case_no) is None:
                return
            self.meta.set(PERSON_KEY + person.case_no, json.dumps(kept, ensure_ascii=False))

    def person(self, case_no: str) -> Person | None:
        """The record's kept edits; None when there are none or they cannot be read."""
        text = self.meta.get(PERSON_KEY + case_no, "")
        if not text:
            return None
        try:
            return person_from_dict(json.loads(text))
        except (ValueError, TypeError):
            return None

    def person_base(self, case_no: str) -> Person | None:
        """Her record as the draft's page read it; None for a draft kept without it (by an
        earlier version) or that cannot be read."""
        text = self.meta.get(PERSON_KEY + case_no, "")
        try:
            base = json.loads(text).get("base") if text else None
            return person_from_dict(base) if isinstance(base, dict) else None
        except (ValueError, TypeError, AttributeError, CaseKeeperError):
            return None

    def discard_person(self, case_no: str) -> None:
        """The draft's row is removed, not left blank."""
        with self.db.transaction():
            self.meta.delete(PERSON_KEY + case_no)
