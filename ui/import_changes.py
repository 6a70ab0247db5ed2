"""What a certain match's update would change in a person's record, in the interface's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.importing.list_notes import added_line, list_mark
from app.importing.merge import note_beside_status
from ui.bidi import Phrase, filled, isolated
from ui.i18n import list_comma
from ui.labels import (
    birth_said,
    field_names,
    name_part_names,
    sex_names,
    sharing_names,
    status_label,
    status_names,
)
from ui.sex_read import listed_sex

# The record's fields (app.persons.flatten) under the names the import mapping gives them.
_AS_MAPPED = {"origin_village": "village", "origin_district": "district",
              "origin_governorate": "governorate"}


def record_field_name(key: str) -> str:
    """'status' -> 'status', 'father.latin' -> 'Father (Latin letters)', 'aliases' -> 'other
    spellings': a field of a person's record as a change to it names it."""
    part, _, script = key.partition(".")
    if part == "status_date":  # the date of one of her statuses (app.persons.diff)
        return QCoreApplication.translate("ImportReport", "date of status %1").replace(
            "%1", status_names().get(script, script))
    if script:
        name = name_part_names().get(part, part)
        return (QCoreApplication.translate("ImportChanges", "%1 (Latin letters)")
                if script == "latin" else
                QCoreApplication.translate("ImportChanges", "%1 (Arabic script)")).replace(
            "%1", name)
    if key == "aliases":
        return QCoreApplication.translate("ImportChanges", "other spellings")
    # fields an edit of her page changes and no list's column maps to (her History tab)
    unmapped = {"abduction_circumstances": QCoreApplication.translate(
                    "ImportChanges", "circumstances of the abduction"),
                "held_by": QCoreApplication.translate("ImportChanges", "held by"),
                "sharing_level": QCoreApplication.translate("ImportChanges", "sharing"),
                "incident_id": QCoreApplication.translate("ImportChanges", "incident")}
    if key in unmapped:
        return unmapped[key]
    key = _AS_MAPPED.get(key, key)
    return field_names().get(key, key.replace("_", " "))


def _value(key: str, value: str, sex: str) -> str:
    if key == "status":
        return status_label(value, sex)
    if key == "sex":
        return sex_names().get(value, value)
    if key == "birth":
        return birth_said(value)
    if key == "sharing_level":
        return sharing_names().get(value, value)
    return value


def change_lines(changes: dict[str, list[str]], sex: str = "F", added: str = "",
                 removed: str = "", status_date: str = "") -> list[str]:
    """One line a field: 'status: from Missing to Rescued', 'Given name (Latin letters):
    Nadiya (added)'; of other spellings only those the update adds. sex: the person's, for
    the form of her status (Arabic مفقودة, مفقود). added, removed: the sentences (%1 field, %2
    value) for a change already made (her History tab) rather than one an update would make.
    status_date: the list's date of the status it sets, said beside it ('Rescued (5/2019)')."""
    added_text = added or QCoreApplication.translate("ImportChanges", "%1: %2 (added)")
    lines = []
    for key, (old, new) in changes.items():
        name = Phrase(record_field_name(key))
        if key == "aliases":
            had = set(old.split(" | ")) if old else set()
            added = [a for a in new.split(" | ") if a and a not in had]
            if added:
                # each isolated: a list of Arabic and Latin spellings in one isolate took
                # the direction of its first and read backwards in the other script's line
                lines.append(filled(added_text, name,
                                    Phrase(list_comma().join(isolated(a) for a in added))))
                continue
        if key == "notes" and old and (line := added_line(old, new)):
            # a list's note added after hers: the line it adds, not her whole notes twice
            lines.append(filled(added_text, name, note_line(line)))
            continue
        before, after = _value(key, old, sex), _value(key, new, sex)
        if key == "status" and status_date:  # as the import report says it (report.py)
            after = Phrase(filled(QCoreApplication.translate("ImportReport", "%1 (%2)"), after,
                                  status_date))
        if key == "notes":  # a list's mark, stored in English, in the interface's words
            before, after = (Phrase("\n".join(map(note_line, v.split("\n")))) if v else v
                             for v in (old, new))
        if not old:
            lines.append(filled(added_text, name, after))
        elif not new and removed:  # an edit of her page that emptied the field
            lines.append(filled(removed, name, before))
        else:
            lines.append(filled(QCoreApplication.translate("ImportChanges", "%1: from %2 to %3"),
                                name, before, after))
    return lines


def note_line(line: str) -> Phrase:
    """A line of her notes, the list's mark that opens it ([list "NGO Duhok", batch 4, row
    17, read 2026-12-02], stored in English) in the interface's words, the note itself and
    each value isolated."""
    mark, rest = list_mark(line)
    if mark is None:
        return Phrase(isolated(line))
    parts = [filled(QCoreApplication.translate("ImportChanges", "list “%1”"), mark["list"])
             if mark["list"] else "",
             filled(QCoreApplication.translate("ImportChanges", "batch %1"), mark["batch"])
             if mark["batch"] else "",
             filled(QCoreApplication.translate("ImportChanges", "row %1"), mark["row"]),
             filled(QCoreApplication.translate("ImportChanges", "read %1"), mark["day"])]
    said = ""
    for part in filter(None, parts):
        # "%1, %2": the comma of the interface's language (Arabic and Sorani write ،)
        said = filled(QCoreApplication.translate("ImportChanges", "%1, %2"), Phrase(said),
                      Phrase(part)) if said else part
    return Phrase(f"[{said}] {isolated(rest)}".rstrip())


def notes_said(notes: str) -> str:
    """Her notes as a screen shows them: each line a list's mark opens, the mark in the
    interface's words (note_line); her own lines as written."""
    return "\n".join(note_line(line) if list_mark(line)[0] is not None else line
                     for line in notes.split("\n"))


def _status_said(status: str, word: str, rest: str, date: str | None) -> Phrase:
    """'شوهدت، ≤ 2026-12-06 «مختطفة»': a status quoted with its date and the list's words after
    it, the comma the interface's own and the date kept whole. Set after the word as written
    (', ≤ 2026-12-06'), an Arabic sentence drew the date day first, its ≤ turned round. The
    list's words left out where they are only the interface's word ('مفقودة «مفقودة»' said
    the status twice)."""
    note = rest
    # only the word shown (her sex's form): a man's row whose list says «مفقودة» keeps it, the
    # sign that the row may speak of a woman (a sister put on her brother's record)
    names = (word,)
    if rest.startswith(", "):
        body = rest[2:]
        if not (date and body.startswith(date)):
            at = body.find(" «")
            date = body[:at] if at >= 0 else body
        note = body[len(date):]
        word = filled(QCoreApplication.translate("ImportChanges", "%1, %2"), Phrase(word), date)
    note = note_beside_status(status, note.strip(), names)
    return Phrase(f"{word} {isolated(note)}" if note else word)


def conflict_lines(conflicts: list[dict], sex: str = "F", template: str = "") -> list[str]:
    """The list's values the update leaves out, the vault's kept: 'sex: the list says Male;
    kept: Female'. template: another sentence for them (%1 field, %2 theirs, %3 the vault's),
    where they were typed, not listed."""
    def listed(c: dict) -> str:
        if c["field"] == "sex":  # the cell and its reading: a Kurmanji M is female
            return listed_sex(c)
        said = c.get("list_status")  # a status with its date and note: the word translated
        if said and c["list"].startswith(said):
            return _status_said(said, status_label(said, sex), c["list"][len(said):],
                                c.get("list_date"))
        if c.get("read_as"):  # the list's village as written, and the spelling taken
            return Phrase(filled(QCoreApplication.translate("ImportChanges", "%1, read as %2"),
                                 c["list"], c["read_as"]))
        return _value(c["field"], c["list"], sex)

    kept = template or QCoreApplication.translate(
        "ImportChanges", "%1: the list says %2; kept as in the vault: %3")
    return [filled(kept,
                   Phrase(record_field_name(c["field"])), listed(c),
                   _value(c["field"], c["vault"], sex)) for c in conflicts]
