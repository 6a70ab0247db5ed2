"""Drafts kept inside the vault while it is locked: a record's unsaved edits, and New person forms'
typed fields, each window's apart."""

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
# Another window's draft of the same (a second window locked with its own form or her page in
# edit): "draft.person.SNJ-00007#2". One key each, the last kept replaced the other's typing.
MORE = "#"


def of_key(key: str) -> str:
    """The key a draft's belongs to, without the number of another window's: "draft.person.SNJ-
    00007#2" -> "draft.person.SNJ-00007"."""
    return key.partition(MORE)[0]


class Drafts:
    def __init__(self, db: Database, meta: MetaRepository) -> None:
        self.db, self.meta = db, meta

    def _keep(self, first: str, value: str, replacing: tuple[str, ...] = ()) -> str:
        """value under first, or beside another window's draft kept there (first#2, ...);
        replacing: the keys of the drafts this one was opened from, which it takes the place
        of. One already kept alike is not kept twice. Call inside a transaction."""
        for key in replacing:
            if of_key(key) == first:
                self.meta.delete(key)
        keys = self.meta.keys_of(first, MORE)
        same = next((k for k in keys if self.meta.get(k) == value), None)
        if same is not None:
            return same
        key, n = first, 1
        while key in keys:
            n += 1
            key = f"{first}{MORE}{n}"
        self.meta.set(key, value)
        return key

    def keep_new_person(self, fields: dict[str, str], replacing: tuple[str, ...] = ()) -> str:
        """The form's fields as typed (a date that would be refused included), beside any other
        window's form kept; replacing: the draft's key the form was opened from. Its key."""
        with self.db.transaction():
            return self._keep(NEW_PERSON_KEY, json.dumps(fields, ensure_ascii=False), replacing)

    def new_persons(self) -> list[tuple[str, dict[str, str]]]:
        """Each form kept, with its key, the first kept first; one that cannot be read is left
        out (a damaged draft must not stop the program from opening)."""
        out = []
        for key in self.meta.keys_of(NEW_PERSON_KEY, MORE):
            fields = _fields(self.meta.get(key))
            if fields is not None:
                out.append((key, fields))
        return out

    def new_person(self) -> dict[str, str] | None:
        """The first form kept; None when there is none, or it cannot be read."""
        kept = self.new_persons()
        return kept[0][1] if kept else None

    def discard_new_person(self, key: str = NEW_PERSON_KEY) -> None:
        """The draft's row is removed, not left blank."""
        with self.db.transaction():
            self.meta.delete(key)

    def keep_person(self, person: Person, base: Person | None = None,
                    replacing: tuple[str, ...] = ()) -> str | None:
        """A record's unsaved edits, until restored or discarded, with her record as the page
        read it (base): restoring puts back only what was typed (app/draft_merge.py), not the
        whole record over what was saved since. Beside another window's draft of her record;
        replacing: the drafts the page restored, now in what it keeps. Nothing for a record
        deleted meanwhile (a command deleted her while her page stood open on the desktop): the
        draft would put back what the deletion erased. Its key."""
        kept = person_to_dict(person)
        if base is not None:
            kept["base"] = person_to_dict(base)
        with self.db.transaction():
            if PersonRepository(self.db).id_for_case(person.case_no) is None:
                return None
            return self._keep(PERSON_KEY + person.case_no, json.dumps(kept, ensure_ascii=False),
                              replacing)

    def persons_kept(self, case_no: str) -> list[tuple[str, Person, Person | None]]:
        """Each draft of her record (each window's), with its key and base, the first kept
        first; one that cannot be read is left out."""
        out = []
        for key in self.meta.keys_of(PERSON_KEY + case_no, MORE):
            text = self.meta.get(key, "")
            draft = _person(text)
            if draft is not None:
                out.append((key, draft, _base(text)))
        return out

    def person(self, case_no: str) -> Person | None:
        """The record's first kept edits; None when there are none or they cannot be read."""
        kept = self.persons_kept(case_no)
        return kept[0][1] if kept else None

    def person_base(self, case_no: str) -> Person | None:
        """Her record as the first draft's page read it; None for a draft kept without it (by
        an earlier version) or that cannot be read."""
        kept = self.persons_kept(case_no)
        return kept[0][2] if kept else None

    def discard_person(self, case_no: str, keys: tuple[str, ...] | None = None) -> None:
        """The drafts' rows are removed, not left blank: those of keys (the ones restored), or
        every draft of her record."""
        with self.db.transaction():
            for key in self.meta.keys_of(PERSON_KEY + case_no, MORE) if keys is None else keys:
                self.meta.delete(key)


def _fields(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    try:
        fields = json.loads(text)
    except ValueError:
        return None
    if not isinstance(fields, dict):
        return None
    return {k: v for k, v in fields.items() if isinstance(k, str) and isinstance(v, str)}


def _person(text: str) -> Person | None:
    if not text:
        return None
    try:
        return person_from_dict(json.loads(text))
    except (ValueError, TypeError, CaseKeeperError):
        return None


def _base(text: str) -> Person | None:
    try:
        base = json.loads(text).get("base")
        return person_from_dict(base) if isinstance(base, dict) else None
    except (ValueError, TypeError, AttributeError, CaseKeeperError):
        return None
