"""What a draft kept in the vault holds that was typed, and a restore would take away."""

from __future__ import annotations

import json

from app.domain.errors import CaseKeeperError
from app.domain.person import Person
from app.drafts import NEW_PERSON_KEY, PERSON_KEY
from app.person_json import person_from_dict, person_to_dict

# What the person page's form edits (ui/person_form.read_person); the rest of a kept record (its
# version, statuses, stamps) is the record's own as it was read, typed by no one.
TYPED = ("names", "aliases", "sex", "sharing_level", "birth", "abduction_date",
         "origin_village", "origin_district", "origin_governorate", "abduction_place",
         "abduction_circumstances", "last_known_location", "held_by", "notes")
UNREAD = "edits that cannot be compared"  # her record there could not be read


def typed_lost(key: str, value: str, saved: Person | None, record_there: bool,
               backup_value: str | None, backup_saved: Person | None = None) -> tuple[str, ...]:
    """The fields of the draft under key that hold what was typed and the restore would lose
    (a record's field names, "given.latin" for a name: ui/import_changes.record_field_name says
    them): those that differ from her record as the draft's page read it (its base: saved, or
    the backup's record backup_saved, at the draft's own version; a New person form's, those
    filled), and that the backup's own draft (backup_value) does not hold alike. Where neither
    is at that version (her record saved since by a command, an import, a merge or a pass),
    the base is not known: those that differ from her record as saved now, which may hold
    what was typed (base_known says which). () for none: a draft of a record as it was read,
    or an empty form, costs nothing to replace. A draft of a record no longer in the vault
    (record_there False) opens nowhere, and one that cannot be read is never offered again
    (app/drafts.py): neither is lost by a restore. A draft of a kind not known here is
    counted whole (UNREAD): a new kind is not dropped without a word."""
    if key == NEW_PERSON_KEY:
        typed = _form(value)
        return () if typed == _form(backup_value) else tuple(sorted({_form_field(k)
                                                                     for k in typed}))
    if not key.startswith(PERSON_KEY):
        return () if value == backup_value else (UNREAD,)
    if not record_there:
        return ()
    draft = _record(value)
    if draft is None:
        return ()
    if saved is None:  # there, but not read: what she typed cannot be told apart
        return (UNREAD,)
    was = typed_fields(_base(value, saved, backup_saved) or saved)
    fields = {k for k in draft.keys() | was.keys() if draft.get(k) != was.get(k)}  # a name
    kept = _record(backup_value)  # cleared counts too; the backup's draft comes back with it
    if kept is not None:
        fields = {k for k in fields if kept.get(k) != draft.get(k)}
    return tuple(sorted(fields))


def base_known(key: str, value: str, saved: Person | None,
               backup_saved: Person | None = None) -> bool:
    """Is her record as the draft's page read it known (typed_lost's fields are then what she
    typed, not what may be)? Always for a New person form's, which starts empty."""
    return not key.startswith(PERSON_KEY) or saved is None or \
        _base(value, saved, backup_saved) is not None


def _base(value: str, saved: Person, backup_saved: Person | None) -> Person | None:
    """Her record at the draft's version, where the vault or the backup holds it as it was:
    every save raises the version, so a record at that version is what the page read. A draft
    kept with it (Drafts.keep_person's base) holds it itself."""
    try:
        kept = json.loads(value)
        version = kept.get("version")
        if isinstance(kept.get("base"), dict):
            return person_from_dict(kept["base"])
    except (ValueError, AttributeError, TypeError, CaseKeeperError):
        return None
    return next((p for p in (saved, backup_saved) if p is not None and p.version == version),
                None)


def _form(value: str | None) -> dict[str, str]:
    """A New person form's fields that hold something (object name: text)."""
    try:
        fields = json.loads(value) if value else {}
    except ValueError:
        return {}
    if not isinstance(fields, dict):
        return {}
    return {k: v for k, v in fields.items()
            if isinstance(k, str) and isinstance(v, str) and v.strip()}


def _form_field(name: str) -> str:
    """The form's box (ui/new_person.py object names) as a record's field: name_given_latin ->
    given.latin; the status's date is the status's."""
    if name.startswith("name_"):
        part, _, script = name.removeprefix("name_").rpartition("_")
        return f"{part}.{script}"
    return "status" if name == "status_date" else name


def typed_fields(person: Person) -> dict:
    """What the person page's form edits of a record, each name by part and script."""
    out = {k: v for k, v in person_to_dict(person).items() if k in TYPED and k != "names"}
    for part, text in person.names.items():
        for script in ("original", "latin"):
            if getattr(text, script):
                out[f"{part.value}.{script}"] = getattr(text, script)
    return out


def _record(value: str | None) -> dict | None:
    """A record's draft as its typed fields, read as Drafts.person reads it; None if none."""
    if not value:
        return None
    try:
        return typed_fields(person_from_dict(json.loads(value)))
    except (ValueError, TypeError):
        return None


def draft_named(key: str) -> str:
    """The case number a draft is of; "new person" for the New person form's."""
    return "new person" if key == NEW_PERSON_KEY else key.removeprefix(PERSON_KEY)
