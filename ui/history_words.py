"""Her page's History tab: each entry of the audit trail said in the interface's language."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from ui.bidi import filled
from ui.import_changes import change_lines
from ui.labels import relation_names, sex_words, status_label
from ui.set_right_words import set_right_lines


def _actions() -> dict[str, str]:
    """An action's sentence; %1 is the other record's case number where there is one."""
    tr = QCoreApplication
    return {
        "person.create": tr.translate("History", "Record created"),
        "person.edit": tr.translate("History", "Edited"),
        "person.import_update": tr.translate("History", "Updated from a list"),
        "person.import_withdraw": tr.translate("History", "A list's row withdrawn from this record"),
        # import --new-sex / --new-status, or the import window's "Everyone this list adds is"
        "person.import_list_wide": tr.translate(
            "History", "Given what was said of the whole list, not in her row"),
        "person.merge": tr.translate("History", "Merged %1 into this record"),
        "person.merged_into": tr.translate("History", "Merged into %1"),
        "person.split": tr.translate("History", "Split %1 out of this record"),
        "person.split_out": tr.translate("History", "Split out of %1"),
        # Once, at the first unlock: a merge of an earlier version had made her father's
        # name alone an alias of hers; it is now inside her whole name.
        "person.merge_aliases": tr.translate("History", "Other spellings from %1 set right"),
        # Once, at the first unlock by a version that reads a record more rightly than the
        # one that wrote it (app/set_right.py): what and why are in its detail.
        "person.set_right": tr.translate("History",
                                         "Set right when this version first opened the vault"),
        "person.relative": tr.translate("History", "Relative linked: %1"),
        "person.contact": tr.translate("History", "Family contact added"),
        "person.contact.from_list": tr.translate(
            "History", "Family contact added from a list's phone column"),
        "person.contact.withdraw": tr.translate(
            "History", "Family contact taken back with a list's withdrawn row"),
        "person.photo": tr.translate("History", "Photo added"),
        "person.delete": tr.translate("History", "Deleted"),
        "match.not_same": tr.translate("History", "Marked as not the same person as %1"),
        "match.not_same_undone": tr.translate(
            "History", "No longer marked as not the same person as %1"),
        "match.not_same_withdrawn": tr.translate(
            "History", "Not the same person as %1: withdrawn by a merge"),
        "match.not_same_restored": tr.translate(
            "History", "Not the same person as %1: given back by a split"),
    }


# the detail's key that names the other record of an action
_OTHER = {"person.merge": "merged", "person.merged_into": "into", "person.split": "split",
          "person.split_out": "from", "person.relative": "relative",
          "person.merge_aliases": "merged"}


def history_entry(action: str, detail_json: str, sex: str = "F") -> tuple[str, str, str]:
    """(what was done, what it changed, the entry as stored): 'Status changed to Rescued',
    'status: from Sighted to Rescued; dated 12/04/2019', and the stored detail for a tooltip.
    An action this screen does not know is shown by its code."""
    try:
        detail = json.loads(detail_json or "{}")
    except ValueError:
        detail = {}
    if not isinstance(detail, dict):
        detail = {}
    tr = QCoreApplication
    parts = change_lines(detail.get("changes") or {}, sex,
                         tr.translate("History", "%1: %2 (added)"),
                         tr.translate("History", "%1: %2 (removed)"))
    given = detail.get("given") if isinstance(detail.get("given"), dict) else {}
    if given.get("sex"):
        parts.append(filled(tr.translate("History", "sex: %1"),
                            sex_words().get(given["sex"], given["sex"])))
    if given.get("status"):
        parts.append(filled(tr.translate("History", "status: %1"),
                            status_label(given["status"], sex)))
    if action == "person.status" and detail.get("date"):
        parts.append(filled(tr.translate("History", "dated %1"), detail["date"]))
    parts += set_right_lines(detail.get("set_right"), sex)
    if action == "person.merge_aliases":
        parts.append(tr.translate("History", "why: a merge had made a relative's name alone "
                                             "one of this record's other spellings; it is now "
                                             "inside the whole name as that record writes it"))
    if action == "person.relative" and detail.get("relation"):
        parts.append(relation_names().get(detail["relation"], detail["relation"]))
    if detail.get("import_batch"):
        parts.append(filled(tr.translate("History", "import %1, row %2"), detail["import_batch"],
                            detail["row"]) if detail.get("row") else
                     filled(tr.translate("History", "import %1"), detail["import_batch"]))
    if detail.get("note"):
        parts.append(filled(tr.translate("History", "note: %1"), detail["note"]))
    raw = json.dumps(detail, ensure_ascii=False, indent=1) if detail else ""
    return _action(action, detail, sex), tr.translate("History", "; ").join(parts), raw


def _action(action: str, detail: dict, sex: str) -> str:
    tr = QCoreApplication
    if action == "person.status":
        status = status_label(detail.get("status", ""), sex)
        if "status" in (detail.get("changes") or {}):
            return filled(tr.translate("History", "Status changed to %1"), status)
        # a status dated before her current one: recorded, and hers is unchanged
        return filled(tr.translate("History", "Status recorded: %1"), status)
    if action == "person.contact" and detail.get("import_batch"):
        action = "person.contact.from_list"
    sentence = _actions().get(action)
    if sentence is None:
        return action
    other = detail.get(_OTHER.get(action, "other"), "")
    return filled(sentence, other) if "%1" in sentence else sentence
