"""Each entry of the audit trail said in the interface's language: her page's History tab
and the Audit screen read it here, one sentence an action (_actions), the record it is about
(record_words) and what it changed (history_entry)."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QCoreApplication

from app.audit import ERASED_ENTRIES, NOTES_ERASED, TEXT_UNKEPT
from app.audit_words import (
    ACTIONS,
    DESPITE_AGES_SAID,
    ERASED_COUNT,
    ERASED_OTHER,
    FOLDERS_SAID,
    NOTES_ERASED_COUNT,
    OTHER,
    UNKEPT_SAID,
    amounts_only,
    despite_ages,
    erased_said,
    erased_whole,
    folders_named,
)
from app.currencies import is_known
from app.ledger import line_said
from app.records import MARK_CHANGED, MARKED, TAKEN_BACK
from ui.bidi import Phrase, filled, isolated
from ui.error_words import YearsApart
from ui.i18n import list_comma
from ui.import_changes import change_lines
from ui.import_report import report_words
from ui.labels import credibility_names, profile_names, relation_names, sex_words, status_label
from ui.set_right_words import set_right_lines
from ui.settings import LANGUAGES


def _actions() -> dict[str, str]:
    """An action's sentence in the interface's language; %1 is the other record's case number
    where there is one (the sentences: app/audit_words.py)."""
    return {k: QCoreApplication.translate("History", v) for k, v in ACTIONS.items()}


def record_words(entity: str, ref: str) -> str:
    """The record an entry is about, in words: 'Person SNJ-00001', 'Rescue 3', 'Import 5'.
    An export is logged under what it printed: a dossier under her case number, a summary
    under no record. A kind this screen does not know is shown as stored."""
    tr = QCoreApplication
    if entity == "vault":
        return tr.translate("History", "The vault")
    if entity == "summary":
        return ""
    kinds = {"person": tr.translate("History", "Person %1"),
             "dossier": tr.translate("History", "Person %1"),
             "rescue": tr.translate("History", "Rescue %1"),
             "report": tr.translate("History", "Report %1"),
             "import_batch": tr.translate("History", "Import %1"),
             "incident": tr.translate("History", "Incident %1"),
             "import_mapping": tr.translate("History", "Column mapping of %1")}
    if entity in kinds and ref:
        return filled(kinds[entity], ref)
    return f"{entity} {ref}".strip()


def _field_words() -> dict[str, str]:
    """The fields of a rescue, a report and a family contact an edit names."""
    tr = QCoreApplication
    return {
        "date": tr.translate("History", "date"),
        "from_place": tr.translate("History", "from"),
        "route": tr.translate("History", "route"),
        "handover_point": tr.translate("History", "handover point"),
        "team_codes": tr.translate("History", "team"),
        "outcome": tr.translate("History", "outcome"),
        "handover_to_family": tr.translate("History", "handover to family"),
        "needs": tr.translate("History", "needs"),
        "notes": tr.translate("History", "notes"),
        "gives_status": tr.translate("History", "the status it gives"),
        "paid_to": tr.translate("History", "who was paid"),
        "purpose": tr.translate("History", "what it was for"),
        "received": tr.translate("History", "received"),
        "observed": tr.translate("History", "observed"),
        "place": tr.translate("History", "place"),
        "text": tr.translate("History", "text"),
        "source_code": tr.translate("History", "source"),
        "credibility": tr.translate("History", "credibility"),
        "could_identify_source": tr.translate("History",
                                              "whether it could identify its source"),
        "name": tr.translate("History", "name"),
        "phone": tr.translate("History", "phone"),
        "relation": tr.translate("History", "relation"),
        "persons": tr.translate("History", "persons"),
        "proved_false": tr.translate("History", "proved false"),
        "proved_false_on": tr.translate("History", "when it proved false"),
    }


def history_entry(action: str, detail_json: str, sex: str = "F",
                  case_nos: dict[int, str] | None = None) -> tuple[str, str, str]:
    """(what was done, what it changed, the entry as stored): 'Status changed to Rescued',
    'status: from Sighted to Rescued; dated 12/04/2019', and the stored detail for a tooltip.
    An action this screen does not know is shown by its code, and a detail whose keys it does
    not know says nothing (the tooltip has it). case_nos: the case numbers of the persons a
    rescue or report names by their record's number (the Audit screen reads them)."""
    try:
        detail = json.loads(detail_json or "{}")
    except ValueError:
        detail = {}
    if not isinstance(detail, dict):
        detail = {}
    tr = QCoreApplication
    added, removed = (tr.translate("History", "%1: %2 (added)"),
                      tr.translate("History", "%1: %2 (removed)"))
    parts = change_lines(detail.get("changes") or {}, sex, added, removed)
    # a field whose words the trail does not keep (her notes): that it changed; a list's line
    # added to them, its list's own words, as it was said before
    unkept = detail.get(TEXT_UNKEPT) if isinstance(detail.get(TEXT_UNKEPT), list) else []
    line = detail.get("note_added") if isinstance(detail.get("note_added"), str) else ""
    for f in unkept:
        if f == "notes" and line:
            parts += change_lines({"notes": ["", line]}, sex, added, removed)
        else:
            parts.append(tr.translate("History", UNKEPT_SAID[f]) if f in UNKEPT_SAID else str(f))
    given = detail.get("given") if isinstance(detail.get("given"), dict) else {}
    if given.get("sex"):
        parts.append(filled(tr.translate("History", "sex: %1"),
                            sex_words().get(given["sex"], given["sex"])))
    if given.get("status"):
        parts.append(filled(tr.translate("History", "status: %1"),
                            status_label(given["status"], sex)))
    if action in ("person.status", "person.status_withdraw") and detail.get("date"):
        parts.append(filled(tr.translate("History", "dated %1"), detail["date"]))
    if action == "person.status" and detail.get("report"):  # the report it rests on
        parts.append(filled(tr.translate("History", "on report %1"), detail["report"]))
    if action == "person.status" and detail.get("rescue"):
        given = _rescue_statuses(detail)
        for status, when in given:
            parts.append(filled(tr.translate("History", "%1, dated %2"),
                                status_label(status, sex), when) if len(given) > 1 else
                         filled(tr.translate("History", "dated %1"), when))
    parts += set_right_lines(detail.get("set_right"), sex)
    if action == "person.merge_aliases":
        parts.append(tr.translate("History", "why: a merge had made a relative's name alone "
                                             "one of this record's other spellings; it is now "
                                             "inside the whole name as that record writes it"))
    if action == "person.relative" and detail.get("relation"):
        parts.append(relation_names().get(detail["relation"], detail["relation"]))
    if action == "person.relative" and (years := despite_ages(detail)) is not None:
        # the question's promise: said, not left to the stored detail on hover
        parts.append(filled(tr.translate("History", DESPITE_AGES_SAID),
                            Phrase(YearsApart().said(years))))
    if action.startswith(("person.", "match.")) and detail.get("import_batch"):
        parts.append(filled(tr.translate("History", "import %1, row %2"), detail["import_batch"],
                            detail["row"]) if detail.get("row") else
                     filled(tr.translate("History", "import %1"), detail["import_batch"]))
    parts += _record_lines(action, detail, case_nos)
    if detail.get("reason"):
        parts.append(filled(tr.translate("History", "reason: %1"), detail["reason"]))
    if detail.get("note"):
        parts.append(filled(tr.translate("History", "note: %1"), note_said(detail["note"])))
    via = {"cli": tr.translate("History", "via the command line"),
           "desktop": tr.translate("History", "via the desktop program")}
    if detail.get("via") in via:
        parts.append(via[detail["via"]])
    # what it said went with a person deleted to protect her; her notes' words, at an unlock
    parts += [tr.translate("History", said) for said in erased_said(detail)]
    # as stored, but a ledger's lines by amount and currency, as the cell says them
    raw = json.dumps(amounts_only(action, detail), ensure_ascii=False, indent=1) if detail else ""
    return _action(action, detail, sex), tr.translate("History", "; ").join(parts), raw


def _rescue_statuses(detail: dict) -> list[tuple[str, str]]:
    """(status, date) of each status a rescue gives her, as its entry stores them."""
    said = detail.get("statuses")
    return [(str(x[0]), str(x[1])) for x in said if isinstance(x, list) and len(x) == 2
            ] if isinstance(said, list) else []


def _listed(values) -> Phrase:
    """Values in a row, each isolated, with the interface's comma."""
    return Phrase(list_comma().join(isolated(v) for v in values))


def money_said(lines) -> Phrase:
    """A ledger's lines as amount and currency ('6,000 USD', '1,200,000 IQD'), said as the
    command line's audit log says them (app/ledger.line_said); who was paid and what for, where
    an entry of an earlier version kept them, are shown nowhere on the desktop, on hover
    neither (amounts_only). An empty ledger is said as none."""
    said = [line_said(line) for line in (lines if isinstance(lines, list) else [])
            if isinstance(line, list) and len(line) >= 2]
    return _listed(said) if said else Phrase(QCoreApplication.translate("History", "none"))


def total_said(amount, code: str) -> str:
    """A total in one currency, '5,000 USD'; in a code no currency has (UDS, taken before codes
    were checked) marked so, as the total of its own it makes is a typo to be seen."""
    said = isolated(f"{amount:,} {code}")
    return said if is_known(code) else filled(QCoreApplication.translate(
        "History", "%1 (not a known currency code)"), Phrase(said))


def _amounts(lines) -> list:
    return [x[:2] for x in lines if isinstance(x, list)] if isinstance(lines, list) else []


def _ledger_other(detail: dict) -> list[str]:
    """What a ledger change changed besides amounts: "paid_to", "purpose", as the entry says,
    or as an earlier version's whole lines show."""
    said = detail.get("changed")
    if isinstance(said, list):
        return [f for f in ("paid_to", "purpose") if f in said]
    now, was = detail.get("now"), detail.get("was")
    if not (isinstance(now, list) and isinstance(was, list)):
        return []

    def part(line, i):
        return line[i] if isinstance(line, list) and len(line) > i else ""
    return [f for i, f in ((2, "paid_to"), (3, "purpose"))
            if any(part(n, i) != part(w, i) for n, w in zip(now, was, strict=False))]


def _counted(words: dict[str, str], counts) -> Phrase:
    """'created: 2, unchanged: 1': the counts that are not nought, by their words."""
    if not isinstance(counts, dict):
        return Phrase("")
    return Phrase(list_comma().join(f"{words.get(k, k)}: {isolated(n)}"
                                    for k, n in counts.items() if n))


def _record_lines(action: str, detail: dict, case_nos: dict[int, str] | None) -> list[str]:
    """What an entry about a rescue, a report, a list, an export or the vault says, in words:
    the persons it names, its costs, the rows of a list, how the vault was opened."""
    tr = QCoreApplication
    lines: list[str] = []
    persons = detail.get("persons")
    if isinstance(persons, list) and persons and case_nos is not None:
        named = [case_nos[i] for i in persons if i in case_nos]
        if named:
            lines.append(filled(tr.translate("History", "persons: %1"), _listed(named)))
        if len(named) < len(persons):  # a person deleted since: her record's number is gone
            lines.append(filled(tr.translate("History", "persons since deleted: %1"),
                                len(persons) - len(named)))
    if folders := folders_named(action, detail):  # not persons: the folders' names
        lines.append(filled(tr.translate("History", FOLDERS_SAID), _listed(folders)))
    for key, sentence in (("added", tr.translate("History", "added: %1")),
                          ("removed", tr.translate("History", "taken off: %1"))):
        ids = detail.get(key)
        if isinstance(ids, list) and ids and case_nos is not None:
            named = [case_nos[i] for i in ids if i in case_nos]
            if named:
                lines.append(filled(sentence, _listed(named)))
    if action in ("rescue.create", "rescue.edit") and detail.get("gives_status"):
        status = detail["gives_status"]
        lines.append(tr.translate("History", "gives no status") if status == "none" else
                     filled(tr.translate("History", "gives the status %1"),
                            status_label(status)))
    if action == "rescue.create" and detail.get("costs"):
        lines.append(filled(tr.translate("History", "costs: %1"), money_said(detail["costs"])))
    if action == "rescue.costs":
        now, was = money_said(detail.get("now")), money_said(detail.get("was"))
        other = _ledger_other(detail)
        words = _field_words()
        other_said = Phrase(list_comma().join(words[f] for f in other))
        if other and _amounts(detail.get("now")) == _amounts(detail.get("was")):
            # only who was paid or what for: "now: 8,000 USD; was: 8,000 USD" read as no change
            lines.append(filled(tr.translate("History", "ledger changed: %1; the amounts as "
                                                        "they were: %2"), other_said, now))
        else:
            lines.append(filled(tr.translate("History", "ledger now: %1; was: %2"), now, was))
            if other:
                lines.append(filled(tr.translate("History", "changed: %1"), other_said))
    if action in ("report.create", "report.edit", "report.delete"):
        if detail.get("source_code"):
            lines.append(filled(tr.translate("History", "source: %1"), detail["source_code"]))
        if detail.get("credibility"):
            lines.append(filled(tr.translate("History", "credibility: %1"),
                                credibility_names().get(detail["credibility"],
                                                        str(detail["credibility"]))))
        if "could_identify_source" in detail:
            lines.append(tr.translate("History", "could identify its source")
                         if detail["could_identify_source"] else
                         tr.translate("History", "cannot identify its source"))
        # its outcome: marked, changed or taken back, and when (its reason is never kept)
        mark = detail.get("proved_false")
        if mark == TAKEN_BACK:
            lines.append(tr.translate("History", "no longer marked proved false"))
        elif mark in (MARKED, MARK_CHANGED):
            lines.append(filled(tr.translate("History", "marked proved false %1")
                                if mark == MARKED else
                                tr.translate("History", "still marked proved false %1"),
                                detail.get("proved_false_on", "")))
    if action in ("rescue.edit", "report.edit", "person.contact.edit") and detail.get("changed"):
        words = _field_words()
        lines.append(filled(tr.translate("History", "changed: %1"), Phrase(list_comma().join(
            words.get(f, f) for f in detail["changed"]))))
    if action == NOTES_ERASED and isinstance(detail.get(ERASED_ENTRIES), list):
        lines.append(filled(tr.translate("History", NOTES_ERASED_COUNT),
                            len(detail[ERASED_ENTRIES])))
    if action == "person.delete":
        if isinstance(detail.get(ERASED_ENTRIES), list):
            lines.append(filled(tr.translate("History", ERASED_COUNT),
                                len(detail[ERASED_ENTRIES])))
        if detail.get("with"):
            lines.append(filled(tr.translate("History", "deleted with %1"), detail["with"]))
        for key, sentence in (("merged", tr.translate("History", "records merged into it: %1")),
                              ("rescues", tr.translate("History", "rescues that named her: %1")),
                              ("reports", tr.translate("History", "reports that named her: %1")),
                              ("relatives", tr.translate("History", "relatives: %1"))):
            if detail.get(key):
                lines.append(filled(sentence, _listed(detail[key])))
    lines += _list_lines(action, detail)
    if action.startswith("export."):
        if detail.get("profile"):
            lines.append(filled(tr.translate("History", "for: %1"),
                                profile_names().get(detail["profile"], detail["profile"])))
        if detail.get("lang"):
            lines.append(filled(tr.translate("History", "language: %1"),
                                LANGUAGES.get(detail["lang"], detail["lang"])))
        if detail.get("encrypted"):
            lines.append(tr.translate("History", "with a password"))
    if action == "vault.unlock" and detail.get("with"):
        lines.append(tr.translate("History", "with the recovery code")
                     if detail.get("with") == "recovery code" else
                     tr.translate("History", "with the passphrase"))
    if action in ("vault.backup", "vault.restore") and detail.get("backup"):
        lines.append(isolated(detail["backup"]))
    if action == "vault.backup" and detail.get("chain_head"):
        lines.append(filled(tr.translate("History", "audit chain head: %1"),
                            detail["chain_head"][:16]))
    if action == "vault.create" and detail.get("synthetic"):
        lines.append(tr.translate("History", "synthetic persons, for trying things"))
    if action.startswith("vault.") and isinstance(detail.get("changed"), list):
        lines.append(filled(tr.translate("History", "records set right: %1"),
                            len(detail["changed"])))
    if action == "vault.reports_withheld" and isinstance(detail.get("reports"), list):
        lines.append(filled(tr.translate("History", "reports withheld: %1"),
                            len(detail["reports"])))
    return lines


def _list_lines(action: str, detail: dict) -> list[str]:
    """A list's import: its file, the rows read and what became of them, each decision."""
    if not action.startswith(("import.", "export.import_rows")):
        return []
    tr = QCoreApplication
    words = report_words()
    lines: list[str] = []
    if detail.get("file"):
        lines.append(isolated(detail["file"]))
    if "rows_read" in detail:
        lines.append(filled(tr.translate("History", "rows read: %1"), detail["rows_read"]))
    if action == "export.import_rows" and "rows" in detail:
        lines.append(filled(tr.translate("History", "rows: %1"), detail["rows"]))
    for key, kind in (("outcomes", "outcome"), ("results", "result")):
        if counted := _counted(words[kind], detail.get(key)):
            lines.append(counted)
    if detail.get("conflicts"):
        lines.append(filled(tr.translate("History", "values the vault kept: %1"),
                            detail["conflicts"]))
    if action == "import.decide":
        decision = words["decision"].get(detail.get("decision", ""), detail.get("decision", ""))
        rows = detail.get("rows") if isinstance(detail.get("rows"), list) else []
        if detail.get("by") == "hand" and detail.get("row"):
            lines.append(filled(tr.translate("History", "row %1: %2 %3"), detail["row"],
                                decision, detail["person"]) if detail.get("person") else
                         filled(tr.translate("History", "row %1: %2"), detail["row"], decision))
        elif detail.get("with_row"):
            lines.append(filled(tr.translate("History", "as row %1 (rows: %2)"),
                                detail["with_row"], len(rows)))
        elif rows:
            lines.append(filled(tr.translate("History", "%1 (rows: %2)"), decision, len(rows)))
    if action == "import.withdraw" and detail.get("row"):
        lines.append(filled(tr.translate("History", "row %1 taken back from %2"),
                            detail["row"], detail.get("case_no", "")))
        if detail.get("deleted"):
            lines.append(tr.translate("History", "the record the row had made was deleted"))
    return lines


def _action(action: str, detail: dict, sex: str) -> str:
    tr = QCoreApplication
    if erased_whole(detail):
        # what was done stays said; what it named of her (a status, a record) may be gone
        sentence = tr.translate("History", "Status recorded: %1") if action == "person.status" \
            else _actions().get(action)
        if sentence is None:
            return action
        other = detail.get(OTHER.get(action, "other")) or tr.translate("History", ERASED_OTHER)
        return filled(sentence, other) if "%1" in sentence else sentence
    if action == "person.status" and detail.get("rescue"):
        # the statuses a rescue gives her, or (none) those it gave taken back
        given = _rescue_statuses(detail)
        if not given:
            return filled(tr.translate("History", "Statuses from rescue %1 taken back"),
                          detail["rescue"])
        return filled(tr.translate("History", "Status from rescue %1: %2"), detail["rescue"],
                      Phrase(list_comma().join(status_label(s, sex) for s, _ in given)))
    if action == "person.status":
        status = status_label(detail.get("status", ""), sex)
        if detail.get("was") and detail.get("report"):
            # moved with its report's corrected observed date: not a status told again
            return filled(tr.translate("History", "Status %1 re-dated %2 → %3, as report %4"),
                          status, detail["was"], detail.get("date", ""), detail["report"])
        if "status" in (detail.get("changes") or {}):
            return filled(tr.translate("History", "Status changed to %1"), status)
        # a status dated before her current one: recorded, and hers is unchanged
        return filled(tr.translate("History", "Status recorded: %1"), status)
    if action == "person.status_withdraw":
        return filled(_actions()[action], status_label(detail.get("status", ""), sex))
    if action == "person.contact" and detail.get("import_batch"):
        action = "person.contact.from_list"
    if action.startswith("export.") and detail.get("printer"):
        action += ".printed"
    sentence = _actions().get(action)
    if sentence is None:
        return action
    other = detail.get(OTHER.get(action, "other"), "")
    return filled(sentence, other) if "%1" in sentence else sentence


# The note an import writes on a "not the same person" decision it makes (importing/commit.py),
# in English in the vault: said in the interface's words where the note is it word for word.
_BY_HAND = re.compile(r"^row (\d+) of import batch (\d+) decided a new person by hand$")


def note_said(note: str) -> str:
    """A decision's or entry's note: the user's words as typed, the import's own in the
    interface's language."""
    if m := _BY_HAND.match(note.strip()):
        return Phrase(filled(QCoreApplication.translate(
            "History", "row %1 of import batch %2 decided a new person by hand"), m[1], m[2]))
    return note
