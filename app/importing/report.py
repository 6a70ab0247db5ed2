"""The import report: rows read against rows imported, decisions, rejected rows with reasons."""

from __future__ import annotations

import json
import math
import re
import shlex
from collections.abc import Collection

from app.domain.person import Status
from app.importing import names_kept, notes
from app.importing.birth_header import BIRTH_YEARS, BY_VALUES, CHILDREN, birth_header, births_of
from app.importing.changes_read import value_said
from app.importing.conflicts import conflict_key
from app.importing.list_disagrees import disagree_lines
from app.importing.notes import Note, decoded, encoded, loads, restored
from app.importing.pieces import (
    FIELD_WORDS,
    PART_WORDS,
    Line,
    Quoted,
    QuotedStatus,
    Said,
    Word,
    english,
    joined,
    pieces_of,
)
from app.importing.sex_said import sex_said
from app.importing.status_came import went_back
from app.matching.blocking import DUPLICATE_THRESHOLD
from db.repositories.importing import BatchRecord, StagedRowRecord


def needs_decision(r: StagedRowRecord) -> bool:
    """Undecided, or to update a person deleted since staging (the vault cleared the link).
    The repository's undecided rows are the same rows."""
    return r.outcome != "rejected" and (
        not r.decision or (r.decision == "update" and r.match_person_id is None))


def build_report(b: BatchRecord, rows: list[StagedRowRecord], results: dict[str, int],
                 conflicts: list[dict], changes: dict | None = None,
                 redirected: list[dict] | None = None,
                 status_moves: list[dict] | None = None,
                 skipped: list[dict] | None = None,
                 duplicates: list[dict] | None = None,
                 noted: list[dict] | None = None,
                 decided: tuple[list[dict], list[dict]] | None = None,
                 apart: list[dict] | None = None,
                 prefixes: Collection[str] = ()) -> dict:
    """Counts always reconcile: rows read = created + updated + same as an earlier row
    + skipped + rejected (+ undecided while the batch is staged). decided: the decisions
    taken in review, by hand and in bulk (app.importing.decisions.decided). prefixes: those
    of this vault's case numbers (dedupe.vault_prefixes)."""
    outcomes: dict[str, int] = {}
    decisions: dict[str, int] = {}
    for r in rows:
        outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
        if r.outcome != "rejected":
            key = "undecided" if needs_decision(r) else r.decision
            decisions[key] = decisions.get(key, 0) + 1
    # each a Note where it was stored in pieces: English in JSON, the desktop's words on screen
    rejected = [{"row": r.row_number, "reason": restored(r.rejected)} for r in rows
                if r.outcome == "rejected"]
    # "warning": the English; "note": its pieces, for the desktop to say in its own words
    warnings = [{"row": r.row_number, "warning": str(w), "note": encoded(w)}
                for r in rows for w in loads(r.warnings_json)]
    mapping = json.loads(b.mapping_json)
    accounted = sum(decisions.values()) + len(rejected)
    return {
        "batch": b.id, "state": b.state, "file": b.file_name, "sha256": b.file_sha256,
        "sheet": b.sheet, "source": b.list_source, "header_row": b.header_row,
        # blank_rows: the dry run's key for the same count (both kept: scripts read each)
        "rows_read": b.rows_read, "blank_rows_skipped": b.blank_rows, "blank_rows": b.blank_rows,
        "outcomes": outcomes, "decisions": decisions, "results": results,
        "read_issues": [decoded(i) for i in json.loads(b.read_issues_json)],
        "mapping": mapping,
        # Columns no field took that held values: {column, cells}, in the list's order.
        "columns_not_imported": columns_not_imported(mapping.get("columns", {}), rows, prefixes),
        "rejected": rejected, "warnings": warnings, "conflicts": conflicts,
        # Conflicts an earlier import already noted for the same person, word for word: not
        # noted again (see app/importing/conflicts.py).
        "conflicts_noted_before": noted or [],
        # Rows whose person was merged into another record after the list was staged.
        "redirected": redirected or [],
        "status_moves": status_moves or [],  # {row, case_no, from, to}
        "skipped": skipped or [],  # {row, why}
        # Created as new persons despite a probable match: {row, case_no, candidate,
        # candidate_row, score}.
        "possible_duplicates": duplicates or [],
        # Rows decided in review: {row, decision, person, was, overridden, contradicts, at}
        # each, and bulk decisions {decision, how, rows, at} (with with_row: rows that go
        # where that row of the same woman goes); rows decided when read (new, certain) are
        # in neither.
        "decided_by_hand": decided[0] if decided else [],
        "decided_in_bulk": decided[1] if decided else [],
        # Rows decided a new person by hand against the person they were asked about: the
        # pair remembered as not the same person, {row, case_no, other} each.
        "not_the_same": apart or [],
        "changes_since_last_import": changes or {},
        "reconciled": accounted == b.rows_read == len(rows),
        "created_at": b.created_at, "committed_at": b.committed_at,
    }




# Why a row is rejected when it is no person: a total, a signature, a heading. Its cells are no
# values of the list's columns.
NO_PERSON = frozenset((notes.FOOTER_LINE, notes.FOOTER_NUMBER, notes.COUNT_LINE,
                        notes.HEADER_AGAIN, notes.HEADING_ACROSS, notes.HEADING_LINE))


def columns_not_imported(columns: dict[str, str], rows: list[StagedRowRecord],
                         prefixes: Collection[str]) -> list[dict]:
    """The list's columns mapped to no field (ignored, or left out of a mapping file) and how
    many cells of the rows read held a value in each: kept only with each row's raw values, so
    the lawyer must be told the vault did not take them. The list's running number is left
    out on purpose, and so are rows that are no person (a signature under the list is no value
    of it); a person's row rejected (for no name in the columns read, when hers was in the
    column left out) is counted: its cells were not imported either. prefixes: those of this
    vault's case numbers (dedupe.vault_prefixes); a number of another is another office's."""
    from app.importing.dedupe import other_office

    counts: dict[str, int] = {}
    # a column headed Zayîn left unmapped: its cells, judged as the mapping judged them; each
    # header's kind asked once (per report: no cell's text is kept past it)
    births: dict[str, list[str]] = {}
    kinds: dict[str, str | None] = {}
    # A case-number column's numbers that are none of a vault's (OKA/2015/0112, another
    # office's): the mapping says "case_no", but no record keeps them: {column: [count, first]}
    others: dict[str, list] = {}
    for r in rows:
        if r.outcome == "rejected" and _no_person(r.rejected):
            continue
        for label, text in json.loads(r.raw_json or "{}").items():
            if columns.get(label, "ignore") == "ignore" and text.strip():
                counts[label] = counts.get(label, 0) + 1
                if label not in kinds:
                    kinds[label] = birth_header(label)
                if kinds[label] == BY_VALUES:
                    births.setdefault(label, []).append(text)
            elif columns.get(label) == "case_no" and text.strip() \
                    and other_office(text, prefixes):
                others.setdefault(label, [0, text.strip()])[0] += 1
    return [{"column": label, "cells": n, **({"children": True} if kinds.get(label) == CHILDREN
                                              else _births_of(births.get(label)))}
            for label, n in counts.items()] + [
        {"column": label, "cells": n, "other_numbers": first}
        for label, (n, first) in others.items()]


def _births_of(texts: list[str] | None) -> dict:
    """{"birth_values": how many} of a column headed Zayîn or Bûyîn whose values were too few
    births of hers for it to be her birth (mapping._birth_by_values, over the same rows): the
    report says why it was not read. Not of one a mapping left out by hand though its values
    are births."""
    if not texts:
        return {}
    born, filled, _ages = births_of(texts)
    # the share without the cells read as blank ("nizane"), as the mapping's; said of all
    return {"birth_values": born} if filled and born < BIRTH_YEARS * filled else {}


def _no_person(rejected: str) -> bool:
    said = restored(rejected)
    return not isinstance(said, Note) or said.said.template in NO_PERSON


def not_imported_lines(columns: list[dict]) -> list[Line]:
    """One line a column the vault did not take, with its cells that held a value."""
    return [Line(1, [_other_numbers(c) if c.get("other_numbers") else
                     # a column headed Zayîn whose values are not births: why, said plainly
                     Said("not imported: column %1, headed birth (the woman's or a child's), but "
                          "only %2 of its %3 cells with a value are dates or years of birth: it may "
                          "be of children born in captivity, so none is read as the woman's birth "
                          "(kept with the list's rows; map it by hand if it is the woman's)",
                          Quoted(c["column"]), c["birth_values"], c["cells"])
                     if "birth_values" in c else
                     # "Zayîn (zarok)", "Children born in captivity": never hers, and said why
                     Said("not imported: column %1 (cells with a value: %2), headed births of "
                          "children, births in captivity or a count of births, so none is read "
                          "as the woman's birth (kept with the list's rows; map it by hand if it "
                          "is the woman's)", Quoted(c["column"]), c["cells"]) if c.get("children")
                     else
                     Said("not imported: column %1, %2 cell with a value (kept with the list's "
                          "rows)", Quoted(c["column"]), c["cells"]) if c["cells"] == 1 else
                     Said("not imported: column %1, %2 cells with a value (kept with the "
                          "list's rows)", Quoted(c["column"]), c["cells"])])
            for c in columns]


def _other_numbers(c: dict) -> Said:
    """A case-number column's numbers that are another office's: kept with the list's rows only
    (printed with them in a dossier's lists), on no record, found by no search."""
    if c["cells"] == 1:
        return Said("not imported: column %1, %2 number that is not this vault's case number "
                    "(%3): kept with the list's rows only, not on the record, and not found by "
                    "search", Quoted(c["column"]), c["cells"],
                    Quoted(c["other_numbers"]))
    return Said("not imported: column %1, %2 numbers that are not this vault's case numbers "
                "(such as %3): kept with the list's rows only, not on the records, and not "
                "found by search", Quoted(c["column"]), c["cells"],
                Quoted(c["other_numbers"]))


def great_grandfathers_not_imported(rows: list[StagedRowRecord]) -> dict:
    """How many rows' four-part names (الاسم الرباعي) end with her great-grandfather's name,
    which no field of a record holds (app/importing/names.py), and the columns they were
    written in: {rows, columns}. Said once for the list, as the mapping says it once; the
    rows keep the name. Only rows read into a person while the list is in memory count (the
    dry run, the desktop's preview)."""
    columns: dict[str, None] = {}
    count = 0
    for r in rows:
        left = getattr(r.person, "great_grandfathers", None) if r.outcome != "rejected" else None
        if left:
            count += 1
            columns.update(dict.fromkeys(label for label, _word in left))
    return {"rows": count, "columns": list(columns)}


def great_grandfather_lines(left: dict) -> list[Line]:
    """The one line on the great-grandfathers' names left in the list's rows, with their count."""
    if not left.get("rows"):
        return []
    where = joined([Quoted(c) for c in left["columns"]])
    return [Line(1, [Said("not imported: the fourth name under %1, the great-grandfather's, in "
                          "%2 row (kept in the list's row only)", where, left["rows"])
                     if left["rows"] == 1 else
                     Said("not imported: the fourth name under %1, the great-grandfather's, in "
                          "%2 rows (kept in the list's rows only)", where, left["rows"])])]


def said_of_all_lines(said: dict) -> list[Line]:
    """What the user said of everyone the list adds, and to how many new persons it was given
    (list_wide.py): the import window and `review --report` say it as the report does."""
    out = []
    if "sex" in said:
        out.append(Line(1, [Said("sex said of everyone this list adds: %1, given to %2 new "
                                 "person(s) whose rows did not say it", Word(
                                     "sex", {"female": "F", "male": "M"}[said["sex"]]),
                                 said.get("sex_given", 0))]))
    if "status" in said:
        out.append(Line(1, [Said("status said of everyone this list adds: %1, given to %2 new "
                                 "person(s) whose rows did not say it",
                                 Word("status", said["status"]), said.get("status_given", 0))]))
    if n := said.get("sex_from_heading"):
        out.append(Line(1, [Said("sex said of everyone this list adds not given to %1 new "
                                 "person(s) under a section heading that says the other sex "
                                 "(%2): given the heading's, as each row says", n,
                                 joined([Quoted(h) for h in said.get("sex_headings", [])]))]))
    if n := said.get("sex_cell_not_read"):
        out.append(Line(1, [Said("sex not given to %1 new person(s) whose row's sex cell says "
                                 "something not read as a sex: left unknown, the cell kept "
                                 "with the list's row", n)]))
    if n := said.get("status_cell_not_read"):
        out.append(Line(1, [Said("status not given to %1 new person(s) whose row's status cell "
                                 "says something not read as a status: left unknown, the cell "
                                 "kept with the list's row", n)]))
    if rows := said.get("status_not_given_bulk_rows"):
        out.append(Line(1, [Said("status not given to %1 probable match(es) made new persons in "
                                 "bulk (rows %2): the record each resembles is rescued, reunited "
                                 "or deceased, and she may be that woman, whom the list's status "
                                 "would count among the held a second time; given the sex; a "
                                 "row decided a new person by hand is given the status",
                                 len(rows), ", ".join(map(str, rows)))]))
    # a report of a batch committed before the status was given to every other one
    if rows := said.get("not_given_bulk_rows"):
        out.append(Line(1, [Said("not given to %1 probable match(es) made new persons in bulk "
                                 "(rows %2): each may be a woman the vault knows, listed as a "
                                 "possible duplicate; a row decided a new person by hand is "
                                 "given them", len(rows), ", ".join(map(str, rows)))]))
    return out


def report_text(rep: dict) -> str:
    """The report as a person reads it on a terminal, each row of the list last with the case
    number it went to (the desktop shows those in a table of their own)."""
    from app.importing.row_text import row_lines

    return "\n".join([*map(english, report_lines(rep)), *row_lines(rep)])


def report_lines(rep: dict) -> list[Line]:
    """The report's lines, said in pieces: report_text in English, the desktop in its own."""
    head = [Said("Import batch %1 (%2): %3", rep["batch"], Word("state", rep["state"]),
                 rep["file"])]
    if rep["sheet"]:
        head.append(Said(", sheet %1", Quoted(rep["sheet"])))
    if rep["source"]:
        head.append(Said(", source %1", Quoted(rep["source"])))
    lines = [Line(0, head),
             Line(1, [Said("file SHA-256 %1", rep["sha256"])]),
             Line(1, [Said("rows read %1 (blank rows skipped: %2)", rep["rows_read"],
                           rep["blank_rows_skipped"])])]
    lines.append(Line(1, [Said("matching: %1", _pairs(rep["outcomes"], "outcome"))]))
    lines.append(Line(1, [Said("decisions: %1", _pairs(rep["decisions"], "decision"))]))
    if rep["results"]:
        lines.append(Line(1, [Said("result: %1", _pairs(rep["results"], "result"))]))
    if "decisions_at_commit" in rep and (rep["decisions_at_commit"] != rep["decisions"] or
                                         rep["results_at_commit"] != rep["results"]):
        # the counts above are as the rows stand now (report_now.py): what the commit did,
        # which the lines below it tell row by row, is said beside them
        lines.append(Line(1, [Said("at the commit, before the rows withdrawn since: decisions: "
                                   "%1; result: %2",
                                   _pairs(rep["decisions_at_commit"], "decision"),
                                   _pairs(rep["results_at_commit"], "result"))]))
    lines += said_of_all_lines(rep.get("new_persons") or {})
    lines.append(Line(1, [Said("counts reconciled: %1",
                               Said("yes") if rep["reconciled"] else Said("NO"))]))
    for issue in rep.get("read_issues", [])[:50]:
        lines.append(Line(1, [Said("file: %1", pieces_of(issue))]))
    lines += not_imported_lines(rep.get("columns_not_imported", []))
    for r in rep["rejected"][:50]:
        lines.append(Line(1, [Said("rejected row %1: %2", r["row"], pieces_of(r["reason"]))]))
    if len(rep["rejected"]) > 50:
        lines.append(Line(1, [Said("... and %1 more rejected rows (--json lists all)",
                                   len(rep["rejected"]) - 50)]))
    lines += warning_lines(rep["warnings"])
    lines += decisions_lines(rep)
    for sk in rep.get("skipped", [])[:50]:
        lines.append(Line(1, [Said("skipped row %1: %2", sk["row"], _skip_why(sk["why"]))]))
    if len(rep.get("skipped", [])) > 50:
        lines.append(Line(1, [Said("... and %1 more skipped rows (--json lists all)",
                                   len(rep["skipped"]) - 50)]))
    dups = rep.get("possible_duplicates", [])
    for d in dups[:200]:
        other = (Said("%1 (row %2)", d["candidate"], d["candidate_row"]) if d["candidate_row"]
                 else d["candidate"])
        values = (d["row"], d["case_no"], other, d["score"])
        lines.append(Line(1, [Said("possible duplicate row %1: created %2, a probable match "
                                   "with %3 (score %4); the two are merged since", *values)
                              if d.get("merged_since") else
                              Said("possible duplicate row %1: created %2, a probable match "
                                   "with %3 (score %4); marked not the same person since",
                                   *values)
                              if d.get("not_same_since") else
                              Said("possible duplicate row %1: created %2, asked about %3 only "
                                   "because the whole name agrees (score %4)", *values)
                              if d.get("names_alike") else
                              # not suggested for a merge that refuses it: said why, as
                              # `duplicates` marks the pair
                              Said("possible duplicate row %1: created %2, a probable match "
                                   "with %3 (score %4); a merge refuses: they disagree on %5",
                                   *values, joined([field_said(f) for f in d["merge_refused"]]))
                              if d.get("merge_refused") else
                              Said("possible duplicate row %1: created %2, a probable match "
                                   "with %3 (score %4)", *values)]))
    if [d for d in dups if not d.get("merged_since") and not d.get("not_same_since")]:
        # a pair merged or marked not the same since is done with
        lines.append(duplicates_advice_line(dups))
    for a in rep.get("not_the_same", [])[:200]:
        lines.append(Line(1, [Said("row %1 decided a new person by hand: %2 is kept as not the "
                                   "same person as %3", a["row"], a["case_no"], a["other"])]))
    for c in rep["conflicts"][:50]:
        values = (c["row"], c["case_no"], field_said(c["field"]), *_conflict_values(c))
        # a row withdrawn since says nothing of her now (report_now.py): kept, marked so
        lines.append(Line(1, [Said("conflict row %1 (%2): %3: vault keeps %4, list says %5 "
                                   "(row withdrawn since)", *values)
                              if c.get("withdrawn") else
                              Said("conflict row %1 (%2): %3: vault keeps %4, list says %5 "
                                   "(settled since by a withdrawal)", *values)
                              if c.get("settled") else
                              Said("conflict row %1 (%2): %3: vault keeps %4, list says %5",
                                   *values)]))
        if by := c.get("kept_by"):  # why its sender's correction was not taken
            lines.append(Line(2, [Said("not taken as its sender's correction: row %1 of batch %2 "
                                       "(%3) gives %4 too", by["row"], by["batch"],
                                       Quoted(by["file"]), Quoted(c["vault"]))]))
    lines += disagree_lines(rep.get("list_disagrees") or [])
    lines += status_advice_lines([c for c in rep["conflicts"]
                                  if not c.get("withdrawn") and not c.get("settled")])
    noted = [_row_noted_in(c, rep) for c in rep.get("conflicts_noted_before") or []]
    # Only earlier batches are named: a conflict an earlier row of this list noted is said so
    # (a report of batch 7 said it was noted "from batch 7").
    if before := [c for c in noted if c.get("noted_in") is not None]:
        batches = joined(sorted({c["noted_in"] for c in before}))
        lines.append(Line(1, [
            Said("%1 conflict the vault already notes (from batch %2): not noted again",
                 len(before), batches) if len(before) == 1 else
            Said("%1 conflicts the vault already notes (from batch %2): not noted again",
                 len(before), batches)]))
    if again := [c for c in noted if c.get("noted_in") is None]:
        rows = rows_said(sorted({c["noted_in_row"] for c in again}))
        lines.append(Line(1, [
            Said("%1 conflict repeats what an earlier row of this list said (%2): not "
                 "noted again", len(again), rows) if len(again) == 1 else
            Said("%1 conflicts repeat what earlier rows of this list said (%2): not "
                 "noted again", len(again), rows)]))
    moves = rep.get("status_moves", [])
    for m in moves[:200]:
        to = Word("status", m["to"])
        # the list's date of it beside it ("missing -> rescued (5/2019)"): what a court or a
        # family asks first, to be checked against the paper
        values = (m["row"], m["case_no"], Word("status", m["from"]),
                  Said("%1 (%2)", to, m["date"]) if m.get("date") else to)
        lines.append(Line(1, [Said("status row %1 (%2): %3 -> %4 (row withdrawn since)", *values)
                              if m.get("withdrawn") else
                              Said("status row %1 (%2): %3 -> %4", *values)]))
    if len(moves) > 200:
        lines.append(Line(1, [Said("... and %1 more status changes (--json lists all)",
                                   len(moves) - 200)]))
    for c in rep.get("corrected_by_sender", [])[:200]:
        # a value only this sender's earlier version gave, set right by it (sender_corrects.py)
        lines.append(Line(1, [Said("corrected by its sender row %1 (%2): %3 %4 -> %5 (batch %6 "
                                   "row %7 -> batch %8 row %9)", c["row"], c["case_no"],
                                   field_said(c["field"]), Quoted(c["was"]), Quoted(c["now"]),
                                   c["from"]["batch"], c["from"]["row"], c["to"]["batch"],
                                   c["to"]["row"])]))
    if len(rep.get("corrected_by_sender", [])) > 200:
        lines.append(Line(1, [Said("... and %1 more values corrected by their sender (--json "
                                   "lists all)", len(rep["corrected_by_sender"]) - 200)]))
    for d in rep.get("redirected", [])[:50]:
        lines.append(Line(1, [Said("row %1 matched %2, since merged into %3: %3 was updated",
                                   d["row"], d["matched"], d["case_no"])]))
    lines += contacts_lines(rep.get("family_contacts") or {})
    lines += later_version_lines(rep.get("later_versions") or [])
    lines += changes_lines(rep.get("changes_since_last_import") or {})
    return lines


def contacts_preview_lines(preview: dict) -> list[Line]:
    """What importing would add to family contacts (phones.contacts_preview), for the preview
    before the import; nothing for a list without numbers."""
    if not preview.get("rows"):
        return []
    lines = [Line(1, [Said("family contacts from the phone column: %1 would be added, %2 "
                           "already among the person's contacts, %3 on rows waiting for a "
                           "decision", preview["would_add"], preview["already_known"],
                           preview["waiting"])])]
    # what the import will say it did not add back (contacts_lines), said before it
    if preview.get("removed_before"):
        lines.append(Line(1, [Said("numbers removed by hand from the person's family contacts "
                                   "before, would not be added back: %1",
                                   preview["removed_before"])]))
    if preview.get("changed_before"):
        lines.append(Line(1, [Said("numbers changed by hand on the person's family contacts "
                                   "before, would not be added back: %1",
                                   preview["changed_before"])]))
    return lines


def contacts_lines(contacts: dict) -> list[Line]:
    """How many of the list's telephone numbers became family contacts, and which rows gave
    numbers the person already had (not added twice)."""
    added, known = contacts.get("added", []), contacts.get("already_known", [])
    lines = []
    if added:
        lines.append(Line(1, [Said("family contacts added from the phone column: %1 (%2)",
                                   len(added), rows_said(sorted({a["row"] for a in added})))]))
    if known:
        lines.append(Line(1, [Said("numbers already among the person's family contacts, not "
                                   "added again: %1 (%2)", len(known),
                                   rows_said(sorted({k["row"] for k in known})))]))
    if gone := contacts.get("removed_before", []):
        lines.append(Line(1, [Said("numbers removed by hand from the person's family contacts "
                                   "before, not added back: %1 (%2)", len(gone),
                                   rows_said(sorted({k["row"] for k in gone})))]))
    if changed := contacts.get("changed_before", []):
        lines.append(Line(1, [Said("numbers changed by hand on the person's family contacts "
                                   "before, not added back: %1 (%2)", len(changed),
                                   rows_said(sorted({k["row"] for k in changed})))]))
    return lines


def _row_noted_in(c: dict, rep: dict) -> dict:
    """A conflict not noted again, with noted_in_row where a row of this batch notes it. A
    report written before said that as noted_in: this very batch; its row is the one of this
    batch's conflicts that says the same."""
    if c.get("noted_in") != rep.get("batch"):
        return c
    key = conflict_key(c)
    rows = [x["row"] for x in rep.get("conflicts", []) if conflict_key(x) == key]
    if not rows:
        return c
    return {k: v for k, v in c.items() if k != "noted_in"} | {"noted_in_row": rows[0]}


def status_advice_lines(conflicts: list[dict]) -> list[Line]:
    """How to settle each woman's status a list gives against hers (a death, a status going
    back along her case), which an import notes and never sets: one line per woman, with her
    case number, the first such row's. The command that fits: where her status came from an
    earlier version of this list (status_came.py), the way to take it back (the sender
    withdrew it: a status added after it would leave her history saying it); where it goes back
    along her case otherwise, withdrawing the vault's if it is wrong; else setting the list's."""
    said: dict[str, dict] = {}
    for c in conflicts:
        if c["field"] == "status" and c.get("list_status"):
            said.setdefault(c["case_no"], c)
    return [_status_advice(c) for c in said.values()]


def _status_advice(c: dict) -> Line:
    case_no, kept = c["case_no"], _conflict_values(c)[0]
    came = c.get("vault_from") or {}
    when = f" --date {shlex.quote(c['vault_date'])}" if c.get("vault_date") else ""
    withdraw = f"`casekeeper person status-withdraw {case_no} {c['vault']}{when}`"
    if c.get("withdrawn_before"):
        # she took it back as told in error; the list's next copy says it again
        return Line(1, [Said("%1: the list's %2 was withdrawn from the person on %3 as told in "
                             "error, and is not set again; if it is so after all: %4", case_no,
                             _conflict_values(c)[1], c["withdrawn_before"],
                             f"`casekeeper person status {case_no} {c['list_status']} "
                             "--date DATE`")])
    if came.get("same_sender") and c["list_status"] == c["vault"]:
        # the sender dates it otherwise: the vault's goes, the list's is told by hand
        told = (f"`casekeeper person status {case_no} {c['vault']} --date "
                f"{c.get('list_date') or 'DATE'}`")
        return Line(1, [Said("%1: the vault's %2 came from batch %3 row %4 (%5), an earlier "
                             "version of this list from the same sender; if the list's date is "
                             "the right one: %6, then %7", case_no, kept, came["batch"],
                             came["row"], came["file"], withdraw, told)])
    if came.get("same_sender") and went_back(c["vault"], c["list_status"]):
        # the sender going back (rescued, then missing again): a death or a step further
        # along her case is news, not the sender taking the vault's status back
        back = (f"`casekeeper review {came['batch']} --row {came['row']} --withdraw`"
                if came.get("only_status") else withdraw)
        return Line(1, [Said("%1: the vault's %2 came from batch %3 row %4 (%5), an earlier "
                             "version of this list from the same sender; if the sender takes it "
                             "back: %6", case_no, kept, came["batch"], came["row"],
                             came["file"], back),
                        *([] if came.get("only_status") else _then_the_lists(c))])
    if went_back(c["vault"], c["list_status"]):
        return Line(1, [Said("%1: a status a list gives against the vault's is noted, never set "
                             "by an import: if the vault's %2 is wrong, withdraw it with %3 (a "
                             "status added after it would leave it in the person's history)",
                             case_no, kept, withdraw), *_then_the_lists(c)])
    return Line(1, [Said("a status a list gives against the vault's is noted, never set by an "
                         "import: if it is so, set it on the person's page or with %1",
                         f"`casekeeper person status {case_no} {c['list_status']} "
                         "--date DATE`")])


def _then_the_lists(c: dict) -> list[Said]:
    """The second step where withdrawing hers does not leave her what the list says (a rescue
    the sender took back, withdrawn, left her with no status, not his "missing"): the list's
    status told by hand. None for a conflict noted before this was known (no after_withdraw)."""
    if "after_withdraw" not in c or c["after_withdraw"] == c["list_status"]:
        return []
    when = f" --date {c['list_date']}" if c.get("list_date") else ""
    return [Said("; that alone does not give the person the list's %1: then %2", _conflict_values(c)[1],
                 f"`casekeeper person status {c['case_no']} {c['list_status']}{when}`")]


def duplicates_advice_line(dups: list[dict]) -> Line:
    """How to see the possible duplicates again and join one: import asks about pairs that
    `duplicates` leaves out by default (below DUPLICATE_THRESHOLD), so the command named
    takes a bar at or below the lowest score, cut down to the two decimals it is typed with."""
    # Only pairs that may well be one person set the bar and give the example: none asked
    # about only for the whole name (a score of 0.11, another mother) or disagreeing on a
    # field that tells two people apart; a row asked about with nothing disagreeing (given
    # and father's name alone, about 0.82) is one.
    # A pair a merge refuses (given names Henan/Hana) sets the bar too, as `duplicates` lists
    # it marked so: the command named lists it; only the merge example passes it over.
    # A pair merged since is neither counted nor offered: `merge` says "already merged".
    dups = [d for d in dups if not d.get("merged_since") and not d.get("not_same_since")]
    likely = [d for d in dups if d.get("score") is not None and not d.get("contradicts")
              and not d.get("names_alike")]
    joinable = [d for d in likely if not d.get("merge_refused")]
    if not likely:
        return Line(1, [Said("%1 possible duplicates, none a probable match with nothing "
                             "telling the two apart: compare each pair with %2 before any %3",
                             len(dups), "`casekeeper person show`", "`casekeeper merge`")])
    bar = math.floor(round(min(d["score"] for d in likely) * 100, 6)) / 100
    command = ("duplicates" if bar >= DUPLICATE_THRESHOLD else
               f"duplicates --threshold {bar:.2f}")
    if not joinable:  # the command still lists them (marked), as its --help says; no merge
        return Line(1, [Said("%1 possible duplicates: check them with %2; a merge refuses each "
                             "of them as they stand (why is said above)", len(dups),
                             f"`casekeeper {command}`")])
    first = joinable[0]
    join = (f"`casekeeper merge {first['candidate']} {first['case_no']}`"
            if first.get("candidate") else "`casekeeper merge KEEP OTHER`")
    # Said its own way by the desktop (ui/import_report.py, which knows this template)
    return Line(1, [Said("%1 possible duplicates: check them with %2; if two are one person, "
                         "join them, e.g. row %3 with %4", len(dups), f"`casekeeper {command}`",
                         first["row"], join)])


def decisions_lines(rep: dict, limit: int = 200) -> list[Line]:
    """The report's lines on decisions taken in review: each row by hand, each bulk decision."""
    lines = []
    withdrawn = {w["row"] for w in rep.get("withdrawn_since", ())}
    for d in rep.get("decided_by_hand", [])[:limit]:
        what = (Said("update %1", d["person"]) if d.get("person")
                else Said("the same woman as row %1", d["joins_row"]) if d.get("joins_row")
                else Word("decision", d["decision"]))
        line = [Said("decided by hand row %1: %2", d["row"], what)]
        if d.get("overridden"):
            line.append(Said(" (was %1; changed with --override)", d["was"]))
        if d["row"] in withdrawn:  # what the commit did with it, not what holds now
            line.append(Said(" (row withdrawn since)"))
        line += [Said("; despite %1: %2", field_said(c["field"]), c["kept"])
                 for c in d.get("contradicts", [])]
        if partly := d.get("given_partial"):
            # her sister's name, perhaps: the trail records it, and so must the report
            line.append(Said("; the given name only partly agreed: list %1, vault %2",
                             Quoted(partly["list"]), Quoted(partly["vault"])))
        lines.append(Line(1, line))
    hand = len(rep.get("decided_by_hand", []))
    if hand > limit:
        lines.append(Line(1, [Said("... and %1 more rows decided by hand (--json lists all)",
                                   hand - limit)]))
    for b in rep.get("decided_in_bulk", []):
        if "with_row" in b:  # rows of one woman: they go where that row goes
            lines.append(Line(1, [Said("decided with row %1, the same woman by the names: %2",
                                       b["with_row"], rows_said(b["rows"]))]))
            continue
        lines.append(Line(1, [Said("decided in bulk (%1): %2 %3", b["how"],
                                   Word("decision", b["decision"]), rows_said(b["rows"]))]))
    return lines


def warning_lines(warnings: list[dict], limit: int = 50) -> list[Line]:
    """The warnings, those saying the same of many rows said once with their rows ("warning
    rows 2-18 (17 rows): ... read as female"): a family's list reads the same status word on
    every row. The first `limit` warnings' texts shown, and how many more there are."""
    groups: dict[str, tuple[object, list[int]]] = {}
    for w in warnings:
        note = decoded(w["note"]) if "note" in w else w["warning"]
        said = note.said if isinstance(note, Note) else note
        groups.setdefault(w["warning"], (said, []))[1].append(w["row"])
    out, shown = [], 0
    for said, listed in list(groups.values())[:limit]:
        shown += len(listed)
        rows = sorted(set(listed))  # a row saying it twice (a cell repeating a piece) is one row
        out.append(Line(1, [Said("warning row %1: %2", rows[0], said) if len(rows) == 1 else
                            Said("warning %1 (%2 rows): %3", rows_said(rows), len(rows), said)]))
    if shown < len(warnings):
        out.append(Line(1, [Said("... and %1 more warnings (--json lists all)",
                                 len(warnings) - shown)]))
    return out


def rows_said(rows: list[int], limit: int = 50) -> list[Said]:
    """'row 4', 'rows 2-5, 9': runs of row numbers joined, the first `limit` runs shown."""
    runs: list[list[int]] = []
    for n in sorted(rows):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    # joined in pieces: the desktop says the comma in its language (Arabic and Sorani ،)
    shown = joined([f"{a}" if a == b else f"{a}-{b}" for a, b in runs[:limit]])
    said = [Said("row %1", shown) if len(rows) == 1 else Said("rows %1", shown)]
    if len(runs) > limit:
        said.append(Said(" and %1 more runs (--json lists all)", len(runs) - limit))
    return said


def changes_text(ch: dict, limit: int | None = 50) -> list[str]:
    return [english(line) for line in changes_lines(ch, limit)]


def later_version_lines(later: list[dict]) -> list[Line]:
    """One line for each later version of the list committed before this batch (an older
    version staged, left, and committed after it: commit.later_versions): its values are the
    list's last word, not this batch's."""
    return [Line(1, [Said("batch %1, a later version of this list (%2), was committed on %3: "
                          "this older version is compared with the version before it, and a "
                          "status it gives against the later one's is noted, not taken",
                          v["batch"], v["file"],
                          (v["committed_at"] or "").replace("T", " ").rstrip("Z")[:16])])
            for v in later]


def changes_lines(ch: dict, limit: int | None = 50) -> list[Line]:
    """What changed since the last import of the list: counts that add up to the rows, then
    the rows of each kind under a heading with their number, the rows whose status changed
    first (what the lawyer looks for first); each row with the name as listed and the case
    number of its person when known. limit: rows listed of each kind (None: every one, as the
    dry run lists them: the headings keep a thousand rows findable, and --json holds them)."""
    if not ch:
        return []
    lines = changes_heading(ch)
    *kinds, repeated = _change_groups(ch)
    for kind in kinds:
        lines += _group_lines(*kind, limit)
    lines += left_blank_lines(ch)
    return lines + _group_lines(*repeated, limit)


def changes_heading(ch: dict) -> list[Line]:
    """The counts of each kind of change, which add up to the rows, and how rows that only
    moved are taken."""
    rows = sum(ch.get(k, 0) for k in ("added", "changed", "unchanged", "repeated",
                                      "not_compared"))
    first = [Said("since batch %1", ch["previous_batch"])]
    if ch.get("previous_file"):
        first.append(Said(" (%1)", ch["previous_file"]))
    first.append(Said(", rows: %1 added, %2 removed, %3 changed, %4 unchanged, %5 repeated "
                      "within the list", ch["added"], ch["removed"], ch["changed"],
                      ch["unchanged"], ch.get("repeated", 0)))
    if ch.get("not_compared"):
        first.append(Said(", %1 not compared (rejected or no name)", ch["not_compared"]))
    first.append(Said(" (rows in all: %1)", rows))
    lines = [Line(1, first)]
    if ch.get("moved"):
        # Said, so that a list sorted anew is not read as a list changed throughout.
        lines.append(Line(2, [Said("rows are known by their names, not their numbers: %1 "
                                   "unchanged rows only moved to another row", ch["moved"])
                              if ch["moved"] > 1 else
                              Said("rows are known by their names, not their numbers: %1 "
                                   "unchanged row only moved to another row", ch["moved"])]))
    return lines


def _group_lines(heading: Said, count: int, listed: list[dict], said, limit: int | None
                 ) -> list[Line]:
    """A kind of change under its heading: its first `limit` rows (all for None), and how
    many more there are."""
    if not count:
        return []
    shown = listed[:limit]
    lines = [Line(2, [Said("%1 (%2):", heading, count)])] + [Line(3, said(r)) for r in shown]
    if count > len(shown):
        lines.append(Line(3, [Said("... %1 more %2 (--json lists up to 500)",
                                   count - len(shown), heading)]))
    return lines


def _change_groups(ch: dict) -> list[tuple[Said, int, list[dict], object]]:
    """(heading, how many, the rows listed, how a row is said) of each kind of change, in the
    order they are shown."""
    status = set(ch.get("status_columns", ()))
    changed = ch.get("changed_rows", [])
    of_status = ch.get("status_changed", 0)  # not in a report stored by an earlier version
    return [
        (Said("rows whose status changed"), of_status,
         [c for c in changed if status & set(c["columns"])], _changed_row),
        (Said("other changed rows") if of_status else Said("changed rows"),
         ch.get("changed", 0) - of_status,
         [c for c in changed if not status & set(c["columns"])], _changed_row),
        (Said("added rows"), ch.get("added", 0), ch.get("added_rows", []),
         lambda r: [Said("added row %1: %2", r["row"], _who(r))]),
        (Said("removed rows"), ch.get("removed", 0), ch.get("removed_rows", []),
         lambda r: [Said("removed row %1 of batch %2: %3", r["row"], ch["previous_batch"],
                         _who(r))]),
        (Said("rows with a cell left blank"), ch.get("no_longer_given", 0),
         ch.get("no_longer_given_rows", []),
         lambda c: [Said("no longer given in row %1 (was row %2): %3: %4", c["row"],
                         c["previous_row"], _who(c),
                         _blanks(c["no_longer_given"], c.get("dittos") or {}))]),
        (Said("repeated rows"), ch.get("repeated", 0), ch.get("repeated_rows", []),
         _repeated_row)]


def _changed_row(c: dict) -> list:
    # a ditto said as the value it repeated and the row it repeated (changes_read.py)
    dittos = c.get("dittos") or {}
    what = joined([Said("%1: %2 -> %3", col, *(value_said(v, d) for v, d in zip(
        (a, b), dittos.get(col) or (None, None), strict=False)))
                   for col, (a, b) in c["columns"].items()], Said("; "))
    if c.get("no_longer_given"):
        what.append(Said("; no longer given: %1", _blanks(c["no_longer_given"], dittos)))
    what += names_kept.changed_said(c)  # her record kept its names: said beside the cells
    if c.get("perhaps"):  # a probable match not decided yet: her row respelt, if she is
        return [Said("changed row %1 (was row %2, spelt otherwise; a probable match that waits "
                     "for your decision): %3: %4", c["row"], c["previous_row"], _who(c), what)]
    return [Said("changed row %1 (was row %2): %3: %4", c["row"], c["previous_row"], _who(c),
                 what)]


def _repeated_row(r: dict) -> list:
    line = [Said("repeated row %1: %2, as row %3", r["row"], r["name"] or Said("(no name)"),
                 r["same_as_row"])]
    if r["case_no"]:
        line.append(Said(" (%1)", r["case_no"]))
    return line


def left_blank_lines(ch: dict) -> list[Line]:
    """The columns the new version no longer has, and once that neither they nor a cell left
    blank is a change: the lawyer must not read a blank as the NGO taking a fact back."""
    lines = []
    if ch.get("columns_left_out"):
        lines.append(Line(2, [Said("columns no longer in the list: %1",
                                   joined(ch["columns_left_out"], Said(", ")))]))
    if ch.get("no_longer_given") or ch.get("columns_left_out") or any(
            c.get("no_longer_given") for c in ch.get("changed_rows", [])):
        lines.append(Line(2, [Said("a cell left blank or a column left out is not a change: "
                                   "the vault keeps what earlier versions gave (`person show` "
                                   "lists their rows)")]))
    return lines


def field_word(name: str) -> str:
    """A record field as the report names it to people ('origin_village' -> 'village',
    'father.latin' -> "father's name (Latin letters)"); JSON keeps the field's own name."""
    return english(field_said(name))


def field_said(name: str) -> object:
    """field_word in pieces: the desktop says the field in its own words."""
    part, _, script = name.partition(".")
    if script and part == "status_date":  # an event's date an update changed (persons.diff)
        return Said("date of status %1", Word("status", script))
    if script and part in PART_WORDS:
        return Said("%1 (%2)", Word("part", part), Word("script", script))
    if name in FIELD_WORDS:
        return Word("field", name)
    if name in PART_WORDS:
        return Word("part", name)
    return name.replace("_", " ")


# What the commit writes for a skipped row (app/importing/commit.py), said in pieces so that
# the desktop says it in its own words; any other reason is shown as written.
_REPEAT_SKIPPED = re.compile(r"a repeat of row (\d+), which was skipped")
_SKIPPED_AGAIN = re.compile(r"skipped again: the same row as batch (\d+), row (\d+), skipped by hand")


def _skip_why(why: str) -> object:
    if why == "decided: skip":
        return Said("decided: skip")
    if m := _REPEAT_SKIPPED.fullmatch(why):
        return Said("a repeat of row %1, which was skipped", int(m[1]))
    if m := _SKIPPED_AGAIN.fullmatch(why):
        return Said("skipped again: the same row as batch %1, row %2, skipped by hand", int(m[1]),
                    int(m[2]))
    return why


def _blanks(cells: dict[str, str], dittos: dict[str, list] | None = None) -> list:
    """"ملاحظات 'الأم في مخيم شاريا'": the columns left blank, each with what it said (a ditto
    as the value it repeated: dittos, {column: [then, now]})."""
    return joined([Said("%1 %2", col, value_said(was, ((dittos or {}).get(col) or [None])[0]))
                   for col, was in cells.items()], Said("; "))


def _who(r: dict) -> list:
    """'نادية مراد باسي (SNJ-00001)': a row's name as listed, its person's number if known."""
    if r.get("skipped"):  # a row decided skip went to no one
        return [r["name"] or Said("(no name)"), Said(" (%1)", Word("result", "skipped"))]
    return [r["name"] or Said("(no name)")] + ([Said(" (%1)", r["case_no"])] if r["case_no"]
                                               else [])


def _pairs(counts: dict[str, int], kind: str) -> list:
    """'certain 3, new 6': each key's word and its count, or 'none'."""
    return joined([Said("%1 %2", Word(kind, k), v) for k, v in sorted(counts.items())],
                    Said(", ")) or [Said("none")]


def kept_said(kept: list[dict]) -> list:
    """What a row said that the vault did not take (row_cases.kept_against), for the row's own
    line in the rows of the list: "the list's village 'Hardan' differs from the vault's 'Kocho'
    (kept)", each such value, joined by semicolons."""
    return joined([Said("the list's %1 %2 differs from the vault's %3 (kept)",
                        field_said(c["field"]), _conflict_values(c)[1], _conflict_values(c)[0])
                   for c in kept], Said("; "))


def list_said(c: dict) -> str:
    """What a conflict quotes the list as saying, as the command line says it: 'Girêzer',
    read as 'كرعزير' where the importer read the list's village as another spelling; 'N',
    read as male for a Kurmanji list's sex."""
    return english(_conflict_values(c)[1])


def both_said(c: dict, side: str = "vault") -> str:
    """"list 'Khalaf', vault 'Murad'": a conflict's two values as the command line says them;
    a sex "list 'N', read as male; vault female" (the reading holds a comma of its own)."""
    between = "; " if c.get("field") == "sex" else ", "
    return f"list {list_said(c)}{between}{side} {vault_said(c)}"


def vault_said(c: dict) -> str:
    """What the vault keeps, as a conflict quotes it on the command line ('Tel Ezer'; a sex in
    words, beside the list's)."""
    return english(_conflict_values(c)[0])


def _conflict_values(c: dict) -> tuple:
    """The vault's value and the list's, quoted; a status by its key, so that the desktop
    can say it in its own word (the list's date and words after it stay as the list gave
    them)."""
    listed = c.get("list_status") or _status_key(c)
    if c["field"] == "sex":  # the cell as written and its reading, never a bare letter
        return Word("sex", c["vault"]), sex_said(c)
    if c["field"] == "status" and listed and c["list"].startswith(listed):
        # the vault's with its date, as the list's is said ('rescued, 2017' against 'missing')
        kept = f", {c['vault_date']}" if c.get("vault_date") else ""
        return QuotedStatus(c["vault"], kept), QuotedStatus(listed, c["list"][len(listed):])
    if c.get("read_as"):  # what the list wrote, and the spelling the importer took it for
        return Quoted(c["vault"]), Said("%1, read as %2", Quoted(c["list"]), Quoted(c["read_as"]))
    return Quoted(c["vault"]), Quoted(c["list"])


def _status_key(c: dict) -> str | None:
    """The status a conflict noted before quotes ('missing «مفقودة»'), for a report that kept
    no list_status of it (one written before it was kept): said in the desktop's words as the
    other rows are, not as its English key."""
    if c.get("field") != "status" or not isinstance(c.get("list"), str):
        return None
    word = re.match(r"[a-z_]+", c["list"])
    return word[0] if word and word[0] in {s.value for s in Status} else None
