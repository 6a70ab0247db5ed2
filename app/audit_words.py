"""Each audit action in plain English (the command line's audit log; the desktop translates
the same sentences, read from here by lupdate: see the Makefile's translations)."""

from __future__ import annotations

from app.audit import DELETION, ERASED, ERASED_BY, ERASED_ENTRIES, NOTES_ERASED, TEXT_UNKEPT
from app.domain.errors import YearsWord
from app.ledger import line_said


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks a sentence for the translators; app/ imports no Qt, so it is a plain function."""
    return text


# An action's sentence; %1 is the other record's case number where there is one.
ACTIONS: dict[str, str] = {
    "person.create": QT_TRANSLATE_NOOP("History", "Record created"),
    "person.edit": QT_TRANSLATE_NOOP("History", "Edited"),
    "person.import_update": QT_TRANSLATE_NOOP("History", "Updated from a list"),
    "person.import_withdraw": QT_TRANSLATE_NOOP("History", "A list's row withdrawn from this record"),
    # import --new-sex / --new-status, or the import window's "Everyone this list adds is"
    # said of anyone: a man's history said "her row" (the entry's own "why" is worded by sex)
    "person.import_list_wide": QT_TRANSLATE_NOOP(
        "History", "Given what was said of the whole list, not in this person's row"),
    "person.merge": QT_TRANSLATE_NOOP("History", "Merged %1 into this record"),
    "person.merged_into": QT_TRANSLATE_NOOP("History", "Merged into %1"),
    "person.split": QT_TRANSLATE_NOOP("History", "Split %1 out of this record"),
    "person.split_out": QT_TRANSLATE_NOOP("History", "Split out of %1"),
    # Once, at the first unlock: a merge of an earlier version had made her father's
    # name alone an alias of hers; it is now inside her whole name.
    "person.merge_aliases": QT_TRANSLATE_NOOP("History", "Other spellings from %1 set right"),
    # Once, at the first unlock by a version that reads a record more rightly than the
    # one that wrote it (app/set_right.py): what and why are in its detail.
    "person.set_right": QT_TRANSLATE_NOOP("History",
                                          "Set right when this version first opened the vault"),
    "person.relative": QT_TRANSLATE_NOOP("History", "Relative linked: %1"),
    "person.contact": QT_TRANSLATE_NOOP("History", "Family contact added"),
    "person.contact.from_list": QT_TRANSLATE_NOOP(
        "History", "Family contact added from a list's phone column"),
    "person.contact.withdraw": QT_TRANSLATE_NOOP(
        "History", "Family contact taken back with a list's withdrawn row"),
    "person.photo": QT_TRANSLATE_NOOP("History", "Photo added"),
    # taken off her record by hand (app/record_removal.py): a photo's image is erased with it
    "person.photo.remove": QT_TRANSLATE_NOOP("History", "Photo removed"),
    "person.contact.remove": QT_TRANSLATE_NOOP("History", "Family contact removed"),
    "person.relative.remove": QT_TRANSLATE_NOOP("History", "Relative link removed: %1"),
    "person.delete": QT_TRANSLATE_NOOP("History", "Deleted"),
    "match.not_same": QT_TRANSLATE_NOOP("History", "Marked as not the same person as %1"),
    "match.not_same_undone": QT_TRANSLATE_NOOP(
        "History", "No longer marked as not the same person as %1"),
    "match.not_same_withdrawn": QT_TRANSLATE_NOOP(
        "History", "Not the same person as %1: withdrawn by a merge"),
    "match.not_same_restored": QT_TRANSLATE_NOOP(
        "History", "Not the same person as %1: given back by a split"),
    "person.contact.edit": QT_TRANSLATE_NOOP("History", "Family contact changed"),
    # written by earlier versions of the desktop's Undo
    "person.undo": QT_TRANSLATE_NOOP("History", "Edit undone"),
    "person.status_withdraw": QT_TRANSLATE_NOOP("History", "Status withdrawn: %1"),
    "rescue.create": QT_TRANSLATE_NOOP("History", "Rescue recorded"),
    "rescue.edit": QT_TRANSLATE_NOOP("History", "Rescue changed"),
    "rescue.costs": QT_TRANSLATE_NOOP("History", "Rescue ledger changed"),
    "rescue.delete": QT_TRANSLATE_NOOP("History", "Rescue deleted"),
    "report.create": QT_TRANSLATE_NOOP("History", "Report filed"),
    "report.edit": QT_TRANSLATE_NOOP("History", "Report changed"),
    "report.delete": QT_TRANSLATE_NOOP("History", "Report deleted"),
    "incident.create": QT_TRANSLATE_NOOP("History", "Incident recorded"),
    "import.stage": QT_TRANSLATE_NOOP("History", "List read and staged for import"),
    "import.decide": QT_TRANSLATE_NOOP("History", "Rows of a list decided"),
    "import.commit": QT_TRANSLATE_NOOP("History", "List imported"),
    "import.discard": QT_TRANSLATE_NOOP("History", "Staged list discarded"),
    "import.withdraw": QT_TRANSLATE_NOOP("History", "A list's row withdrawn"),
    "import.mapping_delete": QT_TRANSLATE_NOOP("History", "Saved column mapping deleted"),
    # a document written to a PDF file, or (.printed) sent to a printer
    "export.dossier": QT_TRANSLATE_NOOP("History", "Dossier exported"),
    "export.dossier.printed": QT_TRANSLATE_NOOP("History", "Dossier printed"),
    "export.summary": QT_TRANSLATE_NOOP("History", "Case summary exported"),
    "export.summary.printed": QT_TRANSLATE_NOOP("History", "Case summary printed"),
    "export.rescue": QT_TRANSLATE_NOOP("History", "Rescue report exported"),
    "export.rescue.printed": QT_TRANSLATE_NOOP("History", "Rescue report printed"),
    "export.import_rows": QT_TRANSLATE_NOOP("History", "A list's rows saved to a CSV file"),
    "vault.create": QT_TRANSLATE_NOOP("History", "Vault created"),
    "vault.unlock": QT_TRANSLATE_NOOP("History", "Vault unlocked"),
    "vault.passwd": QT_TRANSLATE_NOOP("History", "Passphrase changed"),
    "vault.rekey": QT_TRANSLATE_NOOP("History", "Vault encrypted under a new key, with a new "
                                                "passphrase and recovery code"),
    "vault.backup": QT_TRANSLATE_NOOP("History", "Backup made and checked"),
    "vault.restore": QT_TRANSLATE_NOOP("History", "Restored from a backup"),
    "vault.recovery_code_replaced": QT_TRANSLATE_NOOP("History", "Recovery code replaced"),
    # at an unlock: the hidden whole copy of a backup that a restore cut off left beside it
    "vault.restore_leftovers_removed": QT_TRANSLATE_NOOP(
        "History", "Copy left beside the vault by a restore cut off, deleted"),
    # once each, at the first unlock by a version with a new rule (app/vault.py open_vault)
    "vault.statuses": QT_TRANSLATE_NOOP("History",
                                        "Current statuses chosen again by this version"),
    "vault.reports_withheld": QT_TRANSLATE_NOOP("History",
                                                "Reports withheld until someone judges them"),
    "vault.serial_dates": QT_TRANSLATE_NOOP("History", "Dates kept as Excel numbers set right"),
    "vault.merge_aliases": QT_TRANSLATE_NOOP("History", "Other spellings from merges set right"),
    "vault.split_rows": QT_TRANSLATE_NOOP("History",
                                          "List rows given back to the records split out"),
    "vault.split_statuses": QT_TRANSLATE_NOOP(
        "History", "Statuses an earlier split left on the record kept taken back"),
    "vault.placeholders_cleared": QT_TRANSLATE_NOOP(
        "History", "Earlier lists' «none» and «not known» left blank in names and places"),
    "vault.import_reread": QT_TRANSLATE_NOOP(
        "History", "Earlier lists' ages and undated statuses read again"),
    # once, at the first unlock by a version whose trail keeps no words of women's notes
    NOTES_ERASED: QT_TRANSLATE_NOOP("History", "Words of notes erased from earlier entries"),
}

# An entry whose content a person's deletion erased (app/audit.py erase): said in place of
# its detail; %1 of its sentence, the other record, when it is gone with the rest.
ERASED_SAID = QT_TRANSLATE_NOOP("History", "Content erased when the record was deleted")
ERASED_OTHER = QT_TRANSLATE_NOOP("History", "(erased)")
# A deletion's entry: how many entries about her it erased (it lists them by their MACs).
ERASED_COUNT = QT_TRANSLATE_NOOP("History", "entries about her erased: %1")

# A field an entry says changed, its words not kept (TEXT_UNKEPT: her notes).
UNKEPT_SAID = {"notes": QT_TRANSLATE_NOOP("History", "notes changed")}
# An entry written before the trail stopped keeping the words of her notes, and erased of them
# once (app/notes_erased.py): said beside what it still says.
NOTES_ERASED_SAID = QT_TRANSLATE_NOOP(
    "History", "the words of the notes erased from this entry when this version first "
               "opened the vault")
# The erasing pass's own entry: how many entries it erased the words of notes from.
NOTES_ERASED_COUNT = QT_TRANSLATE_NOOP("History", "entries erased of the words of notes: %1")

# the detail's key that names the other record of an action
OTHER = {"person.merge": "merged", "person.merged_into": "into", "person.split": "split",
         "person.split_out": "from", "person.relative": "relative",
         "person.relative.remove": "relative",
         "person.merge_aliases": "merged"}


def sentence(action: str, detail: dict) -> str:
    """What an entry did, in English: 'Merged into SNJ-00004', 'Status changed to rescued'.
    An action without a sentence is said by its code."""
    if erased_whole(detail):
        said = "Status recorded: %1" if action == "person.status" else ACTIONS.get(action)
        if said is None:
            return action
        other = detail.get(OTHER.get(action, "other")) or ERASED_OTHER
        return said.replace("%1", str(other))
    if action == "person.status":
        if detail.get("rescue"):
            return f"Status from rescue {detail['rescue']}"
        status = detail.get("status", "")
        if detail.get("was") and detail.get("report"):  # moved with its report's observed date
            return (f"Status {status} re-dated {detail['was']} -> {detail.get('date', '')}, as "
                    f"report {detail['report']}")
        # a status dated before her current one is recorded, and hers is unchanged
        return (f"Status changed to {status}" if "status" in (detail.get("changes") or {})
                else f"Status recorded: {status}")
    if action == "person.contact" and detail.get("import_batch"):
        action = "person.contact.from_list"
    if action.startswith("export.") and detail.get("printer"):
        action += ".printed"
    said = ACTIONS.get(action)
    if said is None:
        return action
    other = detail.get(OTHER.get(action, "other"), "")
    if action == "person.status_withdraw":
        other = detail.get("status", "")
    return said.replace("%1", str(other)) if "%1" in said else said


def erased_whole(detail: dict) -> bool:
    """Whether an entry was erased of what it said by a deletion: not one erased only of the
    words of notes (ERASED_BY), which says the rest as it did."""
    return detail.get(ERASED) is True and detail.get(ERASED_BY) != NOTES_ERASED


def erased_said(detail: dict) -> list[str]:
    """What erased an erased entry, in words (untranslated): a deletion, the pass that erased
    the words of notes, or both (a deletion's first: what was said of it before stays)."""
    if detail.get(ERASED) is not True:
        return []
    by = detail.get(ERASED_BY)
    if by == NOTES_ERASED:
        return [NOTES_ERASED_SAID]
    if isinstance(by, list) and DELETION in by and NOTES_ERASED in by:
        return [ERASED_SAID, NOTES_ERASED_SAID]
    return [ERASED_SAID]


# A link of a parent fewer than 12 years older than the child, made as the user said despite
# their births (--despite-ages, the desktop's question): %1 the years at most between them,
# said as the question said them ("at most 11 years").
DESPITE_AGES = "despite_ages"
DESPITE_AGES_SAID = QT_TRANSLATE_NOOP("History", "linked despite their births: %1 between them")


def despite_ages(detail: dict) -> int | None:
    """The years at most between the births a link was made despite (None: not so made)."""
    years = detail.get(DESPITE_AGES)
    return years if isinstance(years, int) and not isinstance(years, bool) else None


# the keys by which a rescue's or a report's entry names persons: by their record's number
PERSON_KEYS = ("persons", "added", "removed")
# The entry of an unlock that deleted the copies a restore cut off left beside the vault, and
# its detail's keys naming those folders: "folders", and "removed" in entries written before,
# which is no person's record number (app/backup_drive.py LEFTOVERS_KEY).
LEFTOVERS_REMOVED = "vault.restore_leftovers_removed"
FOLDER_KEYS = ("folders", "removed")
FOLDERS_SAID = QT_TRANSLATE_NOOP("History", "folders deleted: %1")


def folders_named(action: str, detail: dict) -> list[str]:
    """The folders beside the vault an entry says were deleted (none for any other entry)."""
    if action != LEFTOVERS_REMOVED:
        return []
    return [str(n) for k in FOLDER_KEYS if isinstance(detail.get(k), list) for n in detail[k]]
# the keys by which a list's import names its rows, by their numbers in the list: said as rows
# ("decided_by_hand: row 5"), never as a bare number, which reads as how many were decided
ROW_KEYS = ("rejected_rows", "decided_by_hand", "overridden", "decided_in_bulk")
# the keys by which a rescue's entry keeps its ledger, line by line: said as '15,000 USD', never
# as one list of amounts and currencies ('now: 15000, USD, 5000, UDS')
LEDGER_KEYS = {"rescue.create": ("costs",), "rescue.costs": ("now", "was")}


def amounts_only(action: str, detail: dict) -> dict:
    """An entry's detail with its ledger's lines cut to amount and currency, as the desktop
    shows it, on hover too: an earlier version's entries kept who was paid (often the
    informant) and what for."""
    keys = [k for k in LEDGER_KEYS.get(action, ()) if isinstance(detail.get(k), list)]
    return {**detail, **{k: [x[:2] if isinstance(x, list) else x for x in detail[k]]
                         for k in keys}}


def person_ids(detail: dict) -> set[int]:
    """The record numbers of the persons an entry names (to be said by their case numbers)."""
    return {i for k in PERSON_KEYS if isinstance(detail.get(k), list)
            for i in detail[k] if isinstance(i, int) and not isinstance(i, bool)}


def detail_said(detail: dict, case_nos: dict[int, str] | None = None, action: str = "") -> str:
    """An entry's stored detail on one line: 'status: missing -> rescued; import_batch: 3'.
    Every key is said (the command line hides nothing the vault holds; --json has the
    structure); persons named by their record's number are said by their case numbers
    (case_nos), one deleted since as such. A key with nothing in it is left out (an
    'added: ' with no one after it read as a value lost), but for a ledger that was or is
    now empty ('was: none')."""
    parts = []
    folders = folders_named(action, detail)
    if folders:
        parts.append(FOLDERS_SAID.replace("%1", ", ".join(folders)))
    for key, value in detail.items():
        if key in (ERASED, ERASED_BY) or folders and key in FOLDER_KEYS:
            continue
        if key == ERASED_ENTRIES and isinstance(value, list):
            parts.append((NOTES_ERASED_COUNT if action == NOTES_ERASED else ERASED_COUNT)
                         .replace("%1", str(len(value))))
        elif key == DESPITE_AGES and despite_ages(detail) is not None:
            parts.append(DESPITE_AGES_SAID.replace("%1", YearsWord(value)))
        elif key == TEXT_UNKEPT and isinstance(value, list):
            parts += [UNKEPT_SAID.get(f, f"{f} changed") for f in value]
        elif key in LEDGER_KEYS.get(action, ()) and isinstance(value, list):
            if value or action == "rescue.costs":
                parts.append(f"{key}: " + (", ".join(line_said(x, whole=True) for x in value) or "none"))
        elif key in PERSON_KEYS and isinstance(value, list) and value and case_nos is not None:
            parts.append(f"{key}: " + ", ".join(
                case_nos.get(i, f"a person since deleted (record {i})") for i in value))
        elif key in ROW_KEYS and isinstance(value, list) and value:
            parts.append(f"{key}: {_rows(value)}")
        elif key == "decided_with_a_row" and isinstance(value, dict) and value:
            parts.append(f"{key}: " + ", ".join(f"{_rows(rows)} with row {lead}"
                                                 for lead, rows in value.items()))
        elif key == "changes" and isinstance(value, dict):
            parts += [f"{field}: {_value(old)} -> {_value(new)}"
                      for field, (old, new) in _pairs(value)]
        elif value not in (None, "", [], {}):
            parts.append(f"{key}: {_value(value)}")
    parts += erased_said(detail)
    return "; ".join(parts)


def _rows(rows) -> str:
    """'row 5', 'rows 2, 3': row numbers of a list, said as rows."""
    rows = rows if isinstance(rows, list) else [rows]
    return ("row " if len(rows) == 1 else "rows ") + ", ".join(_value(n) for n in rows)


def _pairs(changes: dict):
    for field, change in changes.items():
        if isinstance(change, list | tuple) and len(change) == 2:
            yield field, change
        else:
            yield field, ("", change)


def _contradictions(value) -> str:
    """What a row decided by hand contradicted, each field as '(sex: list M, vault F (entered
    by hand): kept the vault's sex, female; ...)': the list's word, the vault's and where it
    came from (where known), and what the update kept."""
    if not isinstance(value, list):
        return _value(value)
    said = []
    for c in value:
        if not isinstance(c, dict):
            said.append(_value(c))
            continue
        both = ", ".join(f"{side} {_value(c[side])}" for side in ("list", "vault")
                         if c.get(side) not in (None, ""))
        if c.get("vault_from"):  # where her record's value came from, where known
            both += f" ({_value(c['vault_from'])})"
        said.append("(" + ": ".join(x for x in (str(c.get("field", "")), both,
                                                _value(c["kept"]) if c.get("kept") else "")
                                    if x) + ")")
    return " ".join(said)


def _value(value) -> str:
    if value in (None, ""):
        return "(blank)"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        # a key with nothing after it ('contradicts=') reads as a value lost: left out, as at
        # the top of an entry
        return ", ".join(f"{k}={_contradictions(v) if k == 'contradicts' else _value(v)}"
                         for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\n", " / ")
