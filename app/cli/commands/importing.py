"""Import commands: `import FILE`, `review`, and `mappings list|show|delete`."""

from __future__ import annotations

import json
from types import SimpleNamespace

from app.cli.options import age_year, new_sex, new_status
from app.cli.output import ProgressBar, counted
from app.domain.errors import NotFound, ValidationError
from app.domain.person import FULL_NAME_ORDER, Sex, names_shown, person_names_shown
from app.importing import names_kept, notes, other_sender
from app.importing.dedupe import more_tied_with, tied_with, vault_prefixes
from app.importing.held import SIGNED, held_text
from app.importing.list_disagrees import disagree_lines, staged_disagreeing
from app.importing.list_notes import added_line
from app.importing.list_wide import (
    STATUSES,
    again_flags,
    against_heading,
    made_new_in_bulk,
    not_said_again,
    would_give,
    would_keep_for_match,
    would_withhold,
)
from app.importing.list_wide import chosen as list_wide_chosen
from app.importing.phones import contacts_preview
from app.importing.pieces import SEX_WORDS
from app.importing.report import (
    both_said,
    changes_text,
    columns_not_imported,
    english,
    field_word,
    great_grandfather_lines,
    great_grandfathers_not_imported,
    list_said,
    not_imported_lines,
    report_text,
    said_of_all_lines,
)
from app.importing.review import card_text, waiting_rows
from app.importing.row_text import CSV_HEADER, csv_cells, save_rows_csv
from app.importing.same_woman import rows_text, same_woman
from app.importing.senders import as_known
from app.importing.service import ImportService, load_mapping_file
from app.importing.sheets import sheet_read
from app.importing.signed_below import signed_below
from app.importing.skipped_then import skip_said
from app.importing.withdraw_text import withdrawn_since_lines, withdrawn_text
from app.reports.while_held import pronouns


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help="import a list (xlsx, xls, ods, csv)",
                       description="Read a list, match every row against the vault and the "
                       "other rows of the file, and import it in one transaction. Probable "
                       "matches wait for `casekeeper review` unless --yes.")
    p.add_argument("file")
    p.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the sheet whose "
                   "header names a name column; when several do, they are named)")
    p.add_argument("--mapping", metavar="FILE", help="column mapping as JSON "
                   '({"columns": {"Header": "given", ...}, "values": {"sex": {"x": "F"}}})')
    p.add_argument("--source", metavar="NAME", help="who sent the list; its mapping is saved "
                   "under this name and offered next time")
    p.add_argument("--dry-run", action="store_true",
                   help="show the mapping and what would happen to each row; change nothing")
    p.add_argument("--yes", action="store_true", help="import probable matches as new persons "
                   "(reported as possible duplicates) instead of waiting for review")
    p.add_argument("--age-year", type=age_year, metavar="YEAR",
                   help="the year the list's ages were given in (default: what the header "
                   "says, 'Age in 2014'; else any year from 2014 to today)")
    p.add_argument("--new-sex", type=new_sex, metavar="female|male|row",
                   help="the sex of everyone this list adds: given to each new person whose "
                   "row does not say it (a row's own sex wins); never to a person the list "
                   "updates, since a word about a whole list is no evidence about a known "
                   "record; to a probable match made a new person too, one by one or in "
                   "bulk (--yes, review --all create), except the status where one made new "
                   "in bulk resembles a woman rescued, reunited or deceased (her row is "
                   "named); said of this list only: the next "
                   "list from the same --source is told what this one was said to be, not "
                   "given it; 'row' goes by what each row says")
    p.add_argument("--new-status", type=new_status, metavar="STATUS",
                   help=f"the status of everyone this list adds ({', '.join(STATUSES)}, or "
                   "'row'): as --new-sex; known by the day the list is read, and said to be of "
                   "the whole list, not of the row")
    p.add_argument("--again", action="store_true",
                   help="import even though this sheet of this exact file was imported before")
    p.set_defaults(run=cmd_import)

    r = sub.add_parser("review", parents=[common], help="list import batches and decide "
                       "probable matches", description="Without BATCH: list batches. With "
                       "BATCH: show rows waiting for a decision, decide, commit or discard; "
                       "after the commit, withdraw a row from the person it updated or created "
                       "and decide it again.")
    r.add_argument("batch", nargs="?", type=int)
    r.add_argument("--row", type=int, help="row number (as in the spreadsheet)")
    r.add_argument("--decide", choices=["create", "update", "skip"],
                   help="for --row: a new person, an update of the matched person, or skip "
                   "(a row matched to an earlier row of the list: update is that woman, with "
                   "whatever person her earlier row makes or updates)")
    r.add_argument("--person", metavar="CASE_NO", help="with --decide update: which person")
    r.add_argument("--override", action="store_true",
                   help="with --row: change the decision of a row that was not waiting for one")
    r.add_argument("--despite-contradiction", action="store_true",
                   help="with --decide update: update a person the row contradicts (sex, "
                   "given, father's, grandfather's or mother's name), whose given name only "
                   "partly agrees with the row's, or who scores below 0.50 against it; what "
                   "disagrees goes into the audit trail")
    r.add_argument("--all", choices=["create", "skip"], dest="decide_all",
                   help="decide every waiting row at once")
    r.add_argument("--commit", action="store_true", help="import the batch (all decided)")
    r.add_argument("--discard", action="store_true", help="drop the staged batch")
    r.add_argument("--withdraw", action="store_true",
                   help="with --row, for a committed batch: take the row back from the person "
                   "it updated (what it brought is undone where nothing was changed since) or "
                   "created (deleted, only if nothing else refers to her); the row can then be "
                   "decided again with --decide, without importing the list again")
    r.add_argument("--note", metavar="TEXT", default="",
                   help="with --withdraw: why, for the audit trail")
    r.add_argument("--report", action="store_true", help="show the batch's import report, "
                   "each row of the list last with the case number it went to")
    r.add_argument("--rows-csv", metavar="FILE",
                   help="with --report: also write each row of the list, its name as listed, "
                   "what happened to it and its case number to FILE (CSV, UTF-8 with BOM, "
                   "for Excel)")
    r.set_defaults(run=cmd_review)

    m = sub.add_parser("mappings", parents=[common], help="saved column mappings per source")
    ms = m.add_subparsers(dest="mappings_command", metavar="SUBCOMMAND")
    ms.add_parser("list", parents=[common], help="list saved mappings").set_defaults(
        run=cmd_mappings_list)
    for name, fn, text in (("show", cmd_mappings_show, "show one mapping as JSON"),
                           ("delete", cmd_mappings_delete, "forget one mapping")):
        sp = ms.add_parser(name, parents=[common], help=text)
        sp.add_argument("source")
        sp.set_defaults(run=fn)


def cmd_import(args, ctx) -> int:
    svc = ImportService(ctx.open_session())
    mapping = load_mapping_file(args.mapping) if args.mapping else None
    plan = svc.prepare(args.file, args.sheet, args.source or "", mapping,
                       age_year=args.age_year)
    plan.mapping.new_persons = list_wide_chosen(plan.mapping.new_persons, args.new_sex,
                                                args.new_status)
    last = not_said_again(plan.mapping.last_said, plan.mapping.new_persons)
    hint = _last_list_line(plan.list_source, last) if last else ""
    if plan.same_file and not args.again and not args.dry_run:
        # under another sender (the desktop refuses it alike: other_sender.py)
        if (other := other_sender.refusal(plan.file_name, plan.same_file, plan.list_source)):
            raise other
        # this sender's own import of it (a later version imported since makes it a version
        # read anew: sent_again)
        b = [b for b in plan.same_file if (b.list_source or "") == (plan.list_source or "")][-1]
        what = f"sheet {b.sheet!r} of this exact file" if b.sheet else "this exact file"
        raise ValidationError(f"{plan.file_name}: {what} was imported as batch {b.id} "
                              f"on {b.committed_at}; nothing to do (--again imports it anyway)")
    if plan.staged_same and not args.again and not args.dry_run:
        b = plan.staged_same[-1]
        what = f"sheet {b.sheet!r} of this exact file" if b.sheet else "this exact file"
        raise ValidationError(f"{plan.file_name}: {what} is staged as batch {b.id}, waiting "
                              f"for decisions: decide it (casekeeper review {b.id}) or discard "
                              f"it (casekeeper review {b.id} --discard); --again stages it "
                              "once more")
    bar = ProgressBar("matching", None if not ctx.out.json_mode else False)
    rows = svc.stage_rows(plan, bar)
    # known once the rows are read: which committed version the list is compared with
    earlier = svc.staged_earlier(plan)
    if args.dry_run:
        _show_dry_run(ctx, svc, plan, rows, hint, last,
                      {k for k, v in (("sex", args.new_sex), ("status", args.new_status)) if v},
                      earlier, args.yes)
        return 0
    result = svc.import_at_once(plan, rows, yes=args.yes, progress=ProgressBar(
        "importing", None if not ctx.out.json_mode else False))
    first = "".join(f"{line}\n" for line in (hint, _sent_again_line(plan.sent_again)) if line)
    said = {"last_list_from_source_said": last} if last else {}
    if plan.sent_again:
        said["sent_again"] = plan.sent_again
    if earlier:
        said["staged_earlier"] = earlier
    after = "".join(f"\n{line}" for line in _staged_earlier_lines(earlier, done=True))
    if isinstance(result, int):  # staged: probable matches wait for a person to decide
        rep = svc.report(result)
        ctx.out.emit(dict(rep, **said), first + report_text(rep) + "\n"
                     + _waiting_line(svc.undecided(result)) + f": casekeeper review {result}"
                     + after)
        return 0
    ctx.out.emit(dict(result, **said), first + report_text(result) + after)
    return 0


def _waiting_line(undecided) -> str:
    """What waits for a decision: probable matches, and rows skipped by hand in the last
    version whose cells changed since (no probable match: they fit no one)."""
    changed = sum(skip_said(r) == "" for r in undecided)
    signed = sum(signed_below(r) is not None for r in undecided)
    probable = len(undecided) - changed - signed
    said = [f"{counted(probable, 'probable match', 'probable matches')} "
            f"{'waits' if probable == 1 else 'wait'}"] if probable or not (changed or signed) else []
    if changed:
        said.append(f"{counted(changed, 'row', 'rows')} skipped by hand in the last version "
                    f"and changed since {'waits' if changed == 1 else 'wait'}")
    if signed:
        said.append(f"{counted(signed, 'name', 'names')} under the list's signature or total "
                    f"line (the signer's, perhaps) {'waits' if signed == 1 else 'wait'}")
    return " and ".join(said) + " for your decision"


def _staged_earlier_lines(earlier: list[dict], done: bool = False) -> list[str]:
    """One note for each version of this list staged before and still waiting for review
    (ImportService.staged_earlier): its rows are in no record yet, so the list is compared
    with the last committed version, and a woman both versions add may be added twice.
    done: said after the import, not before it."""
    out = []
    for w in earlier:
        what = "this exact file" if w["same_file"] else w["file"]
        where = "".join([f", sheet {w['sheet']!r}" if w["sheet"] else "",
                         f", source {w['source']!r}" if w["source"] else ""])
        staged = w["staged_at"].replace("T", " ").rstrip("Z")[:16]
        compared = (f"the last version committed, batch {w['compared_with']}"
                    if w["compared_with"] is not None else "no earlier version (none was committed)")
        out.append(
            f"NOTE: batch {w['batch']} of this list ({what}{where}, staged {staged} UTC, "
            f"{w['waiting']} of its {counted(w['rows_read'], 'row', 'rows')} waiting for a "
            f"decision) is still waiting for review: its rows are not in the vault yet, so this "
            f"list {'was' if done else 'is'} compared with {compared}, not with it; a woman "
            f"both versions add may be added twice. Decide it: casekeeper review {w['batch']} "
            f"(or, if this version replaces it, casekeeper review {w['batch']} --discard)")
    return out


def _other_sender(b, source: str) -> str:
    """', from source 'Yazda NGO', not 'Another NGO'': the sender whose import of these very
    bytes stands, when it is not the one named now (the same file under two senders would read
    as two independent lists naming each woman); '' when the same."""
    if (b.list_source or "") == (source or ""):
        return ""
    was = f"source {b.list_source!r}" if b.list_source else "no source"
    now = f"source {source!r}" if source else "no source"
    return f", from {was}, not {now}: the same bytes would stand as two senders' lists"


def _sent_again_line(again: dict | None) -> str:
    """The note on a file identical to an earlier import, sent again after another version of
    the list was committed (service.sent_again): read as a new version, not refused."""
    if not again:
        return ""
    a = again["after"]
    return (f"NOTE: this file is the same as batch {again['batch']} "
            f"({_when(again['committed_at'])}), sent again after batch {a['batch']} "
            f"({a['file']}, committed {_when(a['committed_at'])}): read as a new version of the list and "
            f"compared with the last version, batch {a['batch']}, not refused as a double import")


def _when(at: str | None) -> str:
    """'2026-12-06T12:04:41Z' as '2026-12-06 12:04 UTC'."""
    return f"{(at or '').replace('T', ' ').rstrip('Z')[:16]} UTC"


def _last_list_line(source: str, last: dict[str, str]) -> str:
    """The one line on what the sender's last list was said to add: not given to this list."""
    words = ", ".join(f"{k} {v}" for k, v in last.items())
    return (f"NOTE: the last list from {source!r} was said to add everyone as {words}; not "
            f"given to this list (what is said of a list is about that list, not its sender): "
            f"{again_flags(last)} says so again")


def _would_change(field: str, old: str, new: str, when: str = "") -> str:
    """'birth: (blank) -> 1993'; a list's note added to her notes as the line it adds (her
    notes, however long, are not said twice on the row's one line); a status with the list's
    date of it, when: 'status: missing -> rescued (5/2019)'."""
    if field == "notes" and old and (line := added_line(old, new)):
        return f"{field_word(field)}: adds the line {line!r}"
    if field == "status" and not old:
        old = "unknown"  # as the import report says it afterwards: a status is never blank
    if field == "status" and when:
        new = f"{new} ({when})"
    return f"{field_word(field)}: {old or '(blank)'} -> {new or '(blank)'}"


def _show_dry_run(ctx, svc: ImportService, plan, rows, hint: str = "",
                  last: dict | None = None, told: set[str] | None = None,
                  earlier: list[dict] | None = None, yes: bool = False) -> None:
    t = plan.table
    conv = svc.converter(plan)
    values = conv.value_mappings()
    case_no = _case_numbers(svc, rows)
    alike = same_woman(rows)
    # Every row listed, here and in --json: this is where she reads them before importing.
    changes = svc.plan_changes(plan, rows)
    previews = svc.update_previews(rows, plan.list_source or plan.file_name, plan.previous,
                                   plan.list_source)
    # a changed row whose update would keep her names says so beside the list's new cells
    names_kept.mark_changed_rows(changes, [{"row": n, **k} for n, p in previews.items()
                                           for k in p.get("names_kept", ())])
    columns = {c: str(f) for c, f in plan.mapping.columns.items()}
    # with --yes, the probable matches it would make new are given as the import gives them
    decided, bulk = (made_new_in_bulk(svc.session, rows, plan.mapping.new_persons) if yes
                     else (rows, None))
    given = would_give(decided, plan.mapping.new_persons, columns, bulk)
    withheld = would_withhold(decided, plan.mapping.new_persons, columns, bulk)
    kept = would_keep_for_match(decided, plan.mapping.new_persons, columns, bulk)
    data = {
        # "" for a file of no sheets (a CSV), as the import's report and `import list` say it
        "file": plan.file_name, "sha256": plan.sha256, "sheet": t.sheet or "",
        "sheets": [{"name": s.name, "hidden": s.hidden} for s in t.sheets],
        # blank_rows_skipped: the import's key for the same count (both kept: scripts read each)
        "header_row": t.header_row, "rows_read": len(t.rows), "blank_rows": t.blank_rows,
        "blank_rows_skipped": t.blank_rows,
        "encoding": t.encoding, "delimiter": t.delimiter,
        "mapping": {c: str(f) for c, f in plan.mapping.columns.items()},
        "mapping_columns_absent": {c: str(f) for c, f in plan.mapping.absent.items()},
        "reasons": plan.mapping.reasons, "value_mappings": values,
        "age_year": plan.mapping.age_year,
        # what the user said of everyone the list adds, and how many new persons get it
        "new_persons": dict(plan.mapping.new_persons.to_json(), **{
            f"{k}_given": sum(k in g for g in given.values()) for k in ("sex", "status")},
            **{f"{k}_cell_not_read": sum(k in w for w in withheld.values())
               for k in ("sex", "status") if any(k in w for w in withheld.values())},
            **({"status_not_given_bulk_rows": kept} if kept else {}),
            **against_heading([r.warnings_json for r in rows if r.row_number in given],
                              plan.mapping.new_persons),
            **({"yes": True} if yes else {}), new=len(given)) if plan.mapping.new_persons else {},
        # what the sender's last list was said to add, not given to this one
        "last_list_from_source_said": last or {},
        # date columns not written day first (the mapping's reasons say how each is read)
        "date_order": {c: o.kind for c, o in conv.date_orders.items()},
        # date columns whose 1 January is read as the year only (said in their reasons too)
        "new_year_as_year": sorted(conv.new_years),
        "issues": [str(i) for i in t.issues],
        "same_file_imported_as": [b.id for b in plan.same_file],
        # the same file imported before, another version of the list committed since: read anew
        "sent_again": plan.sent_again or {},
        # versions of this list staged and waiting for review: their rows are in no record yet
        "staged_earlier": earlier or [],
        "changes_since_last_import": changes,
        "columns_not_imported": columns_not_imported(
            {c: str(f) for c, f in plan.mapping.columns.items()}, rows, vault_prefixes(svc.session)),
        # Rows whose four-part name ends with her great-grandfather's, not imported: {rows,
        # columns}.
        "great_grandfathers_not_imported": great_grandfathers_not_imported(rows),
        "rows": [dict(_row_view(r, case_no, "full_name" in plan.mapping.fields()),
                      same_woman=alike.get(r.row_number, [])) for r in rows],
        # the numbers of the phone columns, as family contacts: {would_add, already_known,
        # waiting, rows {row: numbers}}
        "family_contacts": contacts_preview(svc.session, rows),
        # {"sex": n, "status": n}: new persons no column, no cell and no --new-... gives it
        "new_persons_not_given": _not_given(rows, plan.mapping, given, told or set(), bulk),
        # rows of one woman that say two statuses of her: {case_no, field, rows, said}
        "list_disagrees": staged_disagreeing(rows, case_no),
    }
    for view in data["rows"]:
        if given.get(view["row"]):
            view["said_of_whole_list"] = given[view["row"]]
        if view["row"] in kept:
            view["status_not_given_for_match"] = True
        if withheld.get(view["row"]):
            view["cell_not_read_not_given"] = withheld[view["row"]]
        if view["row"] in previews:
            view["would_change"] = previews[view["row"]]["changes"]
            if when := previews[view["row"]].get("status_date"):
                view["status_date"] = when  # the list's date of the status it would set
            view["conflicts"] = previews[view["row"]]["conflicts"]
            view["names_kept"] = previews[view["row"]].get("names_kept", [])
            # earlier rows of the list go to her first: shown after them, as the import does it
            if after := previews[view["row"]].get("after_rows"):
                view["after_rows"] = after
        if adds := data["family_contacts"]["adds"].get(view["row"]):
            view["would_add_contacts"] = adds  # as the import adds them: "updated"
    header = f"header on row {t.header_row}" if t.header_row else "no header row"
    read = (f"{counted(len(t.rows), 'row', 'rows')} "
            f"({counted(t.blank_rows, 'blank row', 'blank rows')} skipped)")
    lines = [f"{plan.file_name}: sheet {t.sheet!r}, {header}, {read}" if t.sheet else
             f"{plan.file_name}: {t.encoding}, delimiter {t.delimiter!r}, {header}, {read}"]
    if plan.same_file:
        what = f"sheet {t.sheet!r} of this exact file" if t.sheet else "this exact file"
        b = other_sender.first_sender(plan.same_file, plan.list_source) or plan.same_file[-1]
        lines.append(f"NOTE: {what} was already imported (batch {b.id}"
                     f"{_other_sender(b, plan.list_source)})")
    if line := _sent_again_line(plan.sent_again):
        lines.append(line)
    lines += [f"  ! {i}" for i in t.issues]
    lines.append("Column mapping:")
    lines += [f"  {line}" for line in plan.mapping.describe()]
    lines += [english(line) for line in not_imported_lines(data["columns_not_imported"])]
    lines += [english(line) for line in
              great_grandfather_lines(data["great_grandfathers_not_imported"])]
    if plan.mapping.new_persons:
        lines.append(_list_wide_line(data["new_persons"]))
        # the probable matches --yes would make new whose candidate is no longer held, named
        lines += [english(line) for line in said_of_all_lines(
            {"status_not_given_bulk_rows": kept})]
    if line := _not_given_line(data["new_persons_not_given"],
                                  sum(r.outcome == "new" or r.row_number in (bulk or {})
                                      for r in rows)):
        lines.append(line)
    if hint:
        lines.append(hint)
    for field, mapping in values.items():
        lines.append(f"{field} values:")
        lines += [f"  {typed!r} -> {kept}" for typed, kept in mapping.items()]
    lines.append("Rows:")
    lines += [_row_line(v) for v in data["rows"]]
    # two rows of one woman, two statuses: the list against itself, said before the counts
    lines += [english(line) for line in disagree_lines(data["list_disagrees"])]
    lines.append(_outcome_counts(rows))
    if line := _contacts_count(data["family_contacts"]):
        lines.append(line)
    if changes:
        lines.append("Changes since the last import of this list:")
        lines += changes_text(changes, limit=None)
    lines += _staged_earlier_lines(earlier or [])
    ctx.out.emit(data, "\n".join(lines))


def _not_given(rows, mapping, given: dict[int, dict[str, str]], told: set[str], bulk=None
               ) -> dict[str, int]:
    """For a list with no sex or no status column: how many of the persons it would add would
    have none (no cell read as one, nothing said of the whole list). An official's list of
    names alone made women of sex U and status unknown, unnoticed until a summary counted
    them."""
    # told: --new-sex/--new-status given, 'row' too (each row's own word, none where it has none)
    fields = {str(f) for f in mapping.fields()} | told
    # with --yes (bulk), the probable matches it makes new persons are counted too
    new = [r for r in rows if (r.outcome == "new" or r.row_number in (bulk or {}))
           and r.person is not None]
    out = {}
    if "sex" not in fields:
        out["sex"] = sum(r.person.sex == Sex.UNKNOWN and "sex" not in given.get(r.row_number, {})
                         for r in new)
    if "status" not in fields and "rescue_date" not in fields:
        out["status"] = sum(not r.person.status_events
                            and "status" not in given.get(r.row_number, {}) for r in new)
    return {k: n for k, n in out.items() if n}


def _not_given_line(n: dict[str, int], new: int) -> str:
    """'NOTE: no column gives the sex or the status: of the 2 new persons, 2 would have sex
    unknown (U) and 2 no status; ...'."""
    if not n:
        return ""
    what = {"sex": "sex unknown (U)", "status": "no status"}
    flags = {"sex": "--new-sex female", "status": "--new-status missing"}
    return (f"NOTE: no column gives the {' or the '.join(n)}: of the "
            f"{counted(new, 'new person', 'new persons')}, "
            f"{' and '.join(f'{count} would have {what[k]}' for k, count in n.items())}; "
            f"if the list says it of everyone it adds, say so: "
            f"{', '.join(flags[k] for k in n)}")


def _list_wide_line(n: dict) -> str:
    """The dry run's word on the values said of everyone the list adds, counted."""
    said = ", ".join(f"{k} {SEX_WORDS.get(n[k], n[k]) if k == 'sex' else n[k]}"
                     for k in ("sex", "status") if k in n)
    given = ", ".join(f"{k} to {n[k + '_given']}" for k in ("sex", "status") if k in n)
    unread = "".join(f"; {k} not given to {n[k + '_cell_not_read']} whose {k} cell says "
                     f"something not read as a {k} (left unknown, the cell kept)"
                     for k in ("sex", "status") if n.get(k + "_cell_not_read"))
    if n.get("sex_from_heading"):
        unread += (f"; sex not given to {n['sex_from_heading']} under a section heading that "
                   f"says the other sex ({', '.join(map(repr, n['sex_headings']))}): given the "
                   f"heading's, as each row says")
    if rows := n.get("status_not_given_bulk_rows"):
        unread += f"; status not given to {len(rows)} (said below)"
    bulk = ("with --yes, a probable match made a new person is counted too, as the import gives "
            "it" if n.get("yes") else "a probable match waits for your decision and is given it "
            "when made a new person")
    return (f"Said of everyone this list adds: {said}. Of the "
            f"{counted(n['new'], 'new person', 'new persons')}, given {given}{unread} (where "
            f"the row does not say it; {bulk}; no person the list updates is given it)")


def _outcome_counts(rows) -> str:
    """The dry run's last word: what importing would do, counted."""
    n = {k: sum(r.outcome == k for r in rows) for k in ("new", "certain", "probable",
                                                        "rejected")}
    # a row she skipped by hand in the last version, the same again, is no new person nor a
    # match to import or ask about, whatever it fits; one changed since (fitting no one)
    # waits for her, as the import then does (also with --yes)
    again = sum(skip_said(r) == "skip" for r in rows)
    changed = sum(skip_said(r) == "" for r in rows)
    # a name under the list's signature or total: no new person nor match until she decides
    signed = sum(skip_said(r) is None and signed_below(r) is not None for r in rows)
    for r in rows:
        if skip_said(r) is not None or signed_below(r) is not None:
            n[r.outcome] -= 1
    return (f"In all, {counted(len(rows), 'row', 'rows')}: "
            f"{counted(n['new'], 'new person', 'new persons')}, "
            + (f"{again} skipped again as skipped by hand in the last version, " if again else "")
            + (f"{changed} skipped by hand in the last version and changed since "
               f"({'waits' if changed == 1 else 'wait'} for your decision, also with --yes: "
               f"nothing is imported until decided), " if changed else "")
            + (f"{signed} under the list's signature or total line, the signer's name "
               f"perhaps ({'waits' if signed == 1 else 'wait'} for your decision, also with "
               f"--yes: nothing is imported until decided), " if signed else "")
            + f"{counted(n['certain'], 'certain match', 'certain matches')} "
            f"(updates or repeats of an earlier row), "
            f"{counted(n['probable'], 'probable match', 'probable matches')} (wait "
            f"for your decision, or new persons with --yes), {n['rejected']} rejected")


def _contacts_count(c: dict) -> str:
    """The dry run's word on family contacts: how many numbers importing would add."""
    if not c["rows"]:
        return ""
    said = (f"Family contacts: {counted(c['would_add'], 'number', 'numbers')} of the phone "
            f"column would be added; {c['already_known']} already on her contacts (not added "
            f"twice); {c['waiting']} on rows waiting for your decision")
    # as the import's report will say them (report.contacts_lines)
    if c.get("removed_before"):
        said += (f"\n  numbers removed by hand from the person's family contacts before, "
                 f"would not be added back: {c['removed_before']}")
    if c.get("changed_before"):
        said += (f"\n  numbers changed by hand on the person's family contacts before, "
                 f"would not be added back: {c['changed_before']}")
    return said


def _case_numbers(svc: ImportService, rows) -> dict[int, str]:
    ids = sorted({r.match_person_id for r in rows if r.match_person_id})
    return {p.id: p.case_no for p in svc.session.persons.get_many(ids)}


def _row_view(r, case_no: dict[int, str], full_names: bool) -> dict:
    # rejected: the reason is stored in pieces for the desktop; the command line says its English
    view = {"row": r.row_number, "outcome": r.outcome,
            "rejected": str(notes.restored(r.rejected)) if r.rejected else "",
            "match": case_no.get(r.match_person_id) if r.match_person_id else None,
            "same_as_row": r.match_row_number, "score": r.match_score,
            "why": r.match_explain, "also_fits": tied_with(r.match_explain),
            # each further namesake a given name alone fits as well (case numbers)
            "more_fit": more_tied_with(r.match_explain),
            "warnings": notes.loads(r.warnings_json),
            # a row skipped by hand in the last version: "skip" again, "" asked again
            **({"skipped_then": again} if (again := skip_said(r)) is not None else {}),
            # a name under the list's signature or total line: the row of that line
            **({"signed_below": line[0]} if (line := signed_below(r)) is not None else {})}
    # Every row named (a script found `name` on new rows only, and most rows of a next version
    # are matches): as the import's report names her, under the given-name rule; "" where the
    # row holds no person (rejected).
    view["name"] = (" / ".join(n for n in person_names_shown(r.person) if n)
                    if r.person is not None else "")
    if full_names and r.person is not None:
        # How the names written in one column were split: a word such as الياس may be a
        # father's name or a family name, and the person importing sees which it became.
        view["name_read_as"] = {
            str(part): {"original": nt.original, "latin": nt.latin}
            for part in FULL_NAME_ORDER if (nt := r.person.names.get(part)) and not nt.is_blank}
    return view


def _values_text(values: dict, sex_read: dict | None = None) -> str:
    """A list's row as `review` shows it; a sex cell with what it was read as ("Zayend: M (read
    as female)": a Kurmanji M is mê)."""
    read = sex_read or {}
    return " | ".join(f"{k}: {x}" + (f" (read as {SEX_WORDS[read[k]]})" if k in read else "")
                      for k, x in values.items() if x)


def _row_line(v: dict) -> str:
    if v["outcome"] == "rejected":
        text = f"rejected: {v['rejected']}"
    elif v.get("skipped_then") == "skip":
        text = "skipped again (skipped by hand in the last version, the same row)"
        if v["outcome"] != "new":  # her word stands even so: said, for her to weigh
            target = v["match"] or (f"row {v['same_as_row']}" if v.get("same_as_row") else "")
            text += f" though it is a {v['outcome']} match with {target}" if target else ""
    elif v.get("signed_below") and v.get("skipped_then") is None:
        # the signer's name perhaps, whatever it fits: no one until she says so
        text = (f"waits for a decision (under the line on row {v['signed_below']}, the "
                f"signer's name perhaps)")
        if v.get("name") and "name_read_as" not in v:
            text += f": {v['name']}"
    elif v["outcome"] == "new":
        # one skipped by hand and changed since is no new person until she says so
        text = ("waits for a decision (skipped by hand in the last version, changed since)"
                if v.get("skipped_then") == "" else "new person")
        if v.get("name") and "name_read_as" not in v:  # the split names say her there
            text += f": {v['name']}"
        if said := v.get("said_of_whole_list"):
            # of the row, which is no one's yet: "her row" was said of a boy too
            text += " (said of the whole list, not in this row: " + ", ".join(
                f"{k} {SEX_WORDS.get(x, x) if k == 'sex' else x}" for k, x in said.items()) + ")"
        if kept := v.get("cell_not_read_not_given"):
            text += " (not given the list's " + ", ".join(
                f"{k}: her cell {x!r} was not read as a {k}; left unknown, the cell kept"
                for k, x in kept.items()) + ")"
    else:
        target = v["match"] or (f"row {v['same_as_row']}" if v.get("same_as_row")
                                else "a person deleted since the list was staged")
        text = f"{v['outcome']} match with {target} (score {v['score']}: {v['why']})"
        if said := v.get("said_of_whole_list"):  # made new with --yes
            text += " (made a new person with --yes, given of the whole list: " + ", ".join(
                f"{k} {SEX_WORDS.get(x, x) if k == 'sex' else x}" for k, x in said.items()) + ")"
        if v.get("status_not_given_for_match"):
            text += " (not given the list's status: the record it resembles is no longer held)"
    if v.get("name_read_as"):
        text += "\n      name read as: " + ", ".join(
            f"{part} " + " / ".join(repr(x) for x in (n["original"], n["latin"]) if x)
            for part, n in v["name_read_as"].items())
    adds = "; ".join(f"would add family contact {n}" for n in v.get("would_add_contacts", ()))
    if "would_change" in v:
        text += ("\n      would change " + "; ".join(
            _would_change(field, old, new, v.get("status_date", ""))
            for field, (old, new) in v["would_change"].items())
            + (f"; {adds}" if adds else "")
            if v["would_change"] else f"\n      {adds}" if adds else "\n      would change nothing")
    elif adds:
        text += f"\n      {adds}"
    if "would_change" in v:  # the dry run's; a waiting row says it beside her card
        text += _names_kept_line("names", v.get("names_kept"))
    if v.get("after_rows"):  # "note:  row 3 already updates SNJ-00062", as review says it
        text += "\n" + "\n".join(_already(v["after_rows"], v["match"]))
    extra = "".join(f"\n      conflict, kept as in the vault: {field_word(c['field'])} "
                    f"{c['vault']!r}, list {list_said(c)}"
                    + (f" (withdrawn from the person on {c['withdrawn_before']} as told in "
                       "error: not set again)" if c.get("withdrawn_before") else "")
                    + (f" (not taken as its sender's correction: row {c['kept_by']['row']} of "
                       f"batch {c['kept_by']['batch']} ({c['kept_by']['file']!r}) gives "
                       f"{c['vault']!r} too)" if c.get("kept_by") else "")
                    for c in v.get("conflicts", ()))
    extra += "".join(f"\n      warning: {w}" for w in v["warnings"])
    if alike := v.get("same_woman"):
        one = len(alike) == 1
        extra += (f"\n      {rows_text(alike)} of this list {'looks' if one else 'look'} like "
                  f"the same woman: create or update one and the "
                  f"{'other follows' if one else 'others follow'}")
    return f"  row {v['row']}: {text}{extra}"


def _names_kept_line(lead: str, kept: list[dict] | None) -> str:
    """"\n      names: father's name kept as 'حسن'; the list's 'حسين' added as another
    spelling ...": a row that only adds a spelling of a name must not read as renaming her."""
    if not kept:
        return ""
    return f"\n      {lead}: " + english(names_kept.kept_said(kept, kept[0]["case_no"]))


def cmd_review(args, ctx) -> int:
    svc = ImportService(ctx.open_session())
    if args.batch is None:
        return _list_batches(ctx, svc)
    if args.rows_csv and not args.report:
        raise ValidationError("--rows-csv goes with --report")
    if args.report:
        rep = svc.report(args.batch)
        text = [report_text(rep), *withdrawn_since_lines(rep)]
        if args.rows_csv:
            save_rows_csv(svc.session, rep["batch"], args.rows_csv, CSV_HEADER,
                          csv_cells(rep["rows"]))
            text.append(f"{counted(len(rep['rows']), 'row', 'rows')} written to {args.rows_csv}")
        ctx.out.emit(rep, "\n".join(text))
        return 0
    if args.note and not args.withdraw:
        raise ValidationError("--note goes with --withdraw")
    if args.withdraw:
        if args.row is None or args.decide or args.decide_all or args.commit:
            raise ValidationError("--withdraw takes one --row, and nothing else to do")
        done = svc.withdraw(args.batch, args.row, args.note)
        ctx.out.emit(done, withdrawn_text(done))
        return 0
    if args.discard:
        if svc.batch(args.batch).state == "committed":
            raise ValidationError(
                f"import batch {args.batch} is already committed: a row of it is taken back "
                f"from its person with casekeeper review {args.batch} --row N --withdraw")
        svc.discard(args.batch)
        ctx.out.emit({"discarded": args.batch}, f"batch {args.batch} discarded")
        return 0
    decided = None
    if args.row is not None and (args.commit or args.decide_all) \
            and svc.batch(args.batch).state == "committed":
        # Decided again after --withdraw, a row is imported at once: nothing to commit after.
        raise ValidationError(f"import batch {args.batch} is already committed: a row withdrawn "
                              "from it is imported once decided (--row N --decide), without "
                              "--commit or --all")
    if args.row is not None:
        if not args.decide:
            raise ValidationError("--row needs --decide create|update|skip")
        decided = svc.decide(args.batch, args.row, args.decide, args.person, args.override,
                             args.despite_contradiction)
        if not ctx.out.json_mode:
            ctx.out.line(_decided_text(decided))
    bulk = None
    if args.decide_all:
        bulk = svc.decide_all_rows(args.batch, args.decide_all)
        if not ctx.out.json_mode:
            ctx.out.line(_bulk_text(bulk, args.batch))
    if args.commit:
        rep = svc.commit(args.batch, ProgressBar("importing", False if ctx.out.json_mode else None))
        # One shape whatever came before --commit: the report, and the decision this same
        # command took (its row's, with whom it went) beside it when there was one.
        ctx.out.emit(rep if decided is None else {**rep, "decided": decided}, report_text(rep))
        return 0
    return _show_waiting(ctx, svc, args.batch, decided, bulk)


def _names(names: dict) -> str:
    """A row's names in both scripts as the lists show them (names_shown): 'هيفا قاسم / Hayfa
    Qasim'; 'Xezal الياس حيدر / Xezal Elias Heyder', not a man named Elias."""
    row = SimpleNamespace(name_original=names["original"], name_latin=names["latin"],
                          given_unknown=names.get("given_unknown", False),
                          given_across=tuple(names.get("given_across") or ("", "")))
    return " / ".join(n for n in names_shown(row) if n) or "(no name)"


def _bulk_text(bulk: dict, batch_id: int) -> str:
    """What `review --all` decided, row by row: 'decided in bulk: skip rows 4, 5, 8'; and the
    rows it left waiting for a decision of their own, with why (held.py)."""
    held = bulk.get("held", [])
    if not bulk["count"]:
        lines = ["nothing decided in bulk" if held else
                 "no row waited for a decision: nothing decided"]
    else:
        lines = [f"decided in bulk: {bulk['decision']} {rows_text(bulk['rows'])}"
                 if bulk["rows"] else f"decided in bulk: {bulk['decision']}"]
    lines += [f"  {rows_text(w['rows'])} decided with row {w['with_row']}, the same woman by "
              f"the names" for w in bulk["with_row"]]
    if held:
        one = len(held) == 1
        lines.append(f"{counted(len(held), 'row', 'rows')} left waiting: a bulk decision does "
                     f"not decide {'it' if one else 'them'}; decide {'it' if one else 'each'} by "
                     f"its number (casekeeper review {batch_id} --row N --decide "
                     f"create|update|skip):")
        lines += [f"  row {h['row']}: {held_text(h)}" for h in held]
    return "\n".join(lines)


def _decided_text(d: dict) -> str:
    """The decision as taken, and for an update whom the row joins: both names, the score."""
    what = (f"update {d['person']['case_no']}" if d["person"] else
            f"the same woman as row {d['joins_row']}, with her person"
            if d.get("joins_row") else d["decision"])
    line = f"row {d['row']}: {what}" + (f" (was {d['was']}; changed with --override)"
                                        if d["overridden"] else "")
    if d.get("was") == "withdrawn":  # a committed batch's row: done at once
        line += (" (imported)" if d["person"] else f" (imported: {d['case_no']})"
                 if d.get("case_no") else " (done)")
    if d.get("joins_row") and d.get("joins_row_names"):  # the evidence, as for an update
        line += (f"\n      row {d['row']}:  {_names(d['row_names'])}\n      row {d['joins_row']}:  "
                 f"{_names(d['joins_row_names'])}\n      score {d['score']}: {d['why']}")
    if d["person"]:
        names = _names(d["row_names"])
        line += (f"\n      list:  {names}\n      vault: {card_text(d['person'])}"
                 f"\n      score {d['score']}: {d['why']}")
        line += "".join(f"\n      contradicts: {field_word(c['field'])}: {both_said(c)}"
                        + (f" ({c['vault_from']})" if c.get("vault_from") else "") + ": "
                        f"{c['kept']}" for c in d["contradicts"])
        line += _names_kept_line("at the commit", d.get("names_kept"))
        line += "".join("\n" + n for n in _already(d.get("updated_by", []),
                                                  d["person"]["case_no"]))
    if carried := d.get("carried"):  # a new person or an update: each row of her with it
        one = len(carried) == 1
        to = (f"{'goes' if one else 'go'} to {d['person']['case_no']} too" if d["person"]
              else f"{'joins' if one else 'join'} the person this row makes")
        line += f"\n      {rows_text(carried)}, the same woman by the names, {to}"
    line += "".join(f"\n      row {w['row']}, the same woman by the names, still waits: "
                    f"{w['why']}" for w in d.get("still_waiting", ()))
    return line


def _list_batches(ctx, svc: ImportService) -> int:
    rows = []
    for b in svc.repo.batches():
        waiting = len(svc.undecided(b.id))
        rows.append({"batch": b.id, "state": b.state, "file": b.file_name,
                     "source": b.list_source, "sheet": b.sheet, "rows_read": b.rows_read,
                     "waiting": waiting, "created_at": b.created_at,
                     "committed_at": b.committed_at})
    ctx.out.emit(rows, "\n".join(
        f"{r['batch']:>5} {r['state']:<10} {_day(r['committed_at'] or r['created_at'])}"
        f" {r['rows_read']:>7} rows  {r['waiting']:>5} waiting"
        f"  {r['file']}" + (f" (sheet '{r['sheet']}')" if sheet_read(r["file"], r["sheet"])
                            else "")
        + (f" [{r['source']}]" if r["source"] else "") for r in rows)
        or "(no imports)")
    return 0


def _day(stamp: str | None) -> str:
    """The day an import was staged or committed ('2026-12-01'), for telling batches apart."""
    return (stamp or "")[:10].ljust(10)


def _show_waiting(ctx, svc: ImportService, batch_id: int, decided: dict | None = None,
                  bulk: dict | None = None) -> int:
    b = svc.batch(batch_id)
    if b.state == "discarded":  # asks nothing: said as what it is, not as 0 rows waiting
        ctx.out.emit([], f"batch {batch_id} (discarded {_day(b.committed_at).strip()}): "
                         f"{b.file_name}: nothing of it was imported and none of its rows waits "
                         f"for a decision; to use the list, import it again "
                         f"(casekeeper review {batch_id} --report shows its rows)")
        return 0
    data = [dict(w, match=w["match_case"] or None) for w in waiting_rows(svc, batch_id)]
    lines = [f"batch {batch_id} ({b.state}): {b.file_name}: "
             f"{counted(len(data), 'row waits', 'rows wait')} for a decision"]
    for v in data:
        lines.append(_row_line(v))
        lines.append("      list:  " + _values_text(v["values"], v.get("sex_read")))
        # What the row may be, beside it: the decision needs both.
        if v["candidate"]:
            # tied: the first is first by its case number only, and is named as the others are
            lines.append("      vault: " + card_text(v["candidate"])
                         + (f" (to update {pronouns(v['candidate']['sex'])[1]}: --decide update "
                            f"--person {v['match']})"
                            if v["fits_as_well"] else ""))
            if v["merged_case"]:
                lines.append(f"             (the row matched {v['merged_case']}, since merged "
                             f"into {v['match']}: an update goes to {v['match']})")
            if kept := _names_kept_line("if updated", v.get("names_kept")):
                lines.append(kept[1:])
            lines += _already(v["updated_by"], v["match"])
            for o in v["fits_as_well"]:  # named as she is, to be weighed against the first
                # him or her as the record says: "to update her" was said of Shamo (M)
                lines.append(f"      or:    {card_text(o['card'])} (score {o['score']:.3f}; "
                             f"to update {pronouns(o['card']['sex'])[1]}: --decide update "
                             f"--person {o['case_no']})")
                if o["merged_case"]:
                    lines.append(f"             (the row fits {o['merged_case']}, since merged "
                                 f"into {o['case_no']})")
                lines += _already(o["updated_by"], o["case_no"])
            lines += [f"      decided: {a['said']}" for a in v["not_same"]]
        elif v["candidate_deleted"]:
            lines.append("      vault: the person for this row has been deleted since the list "
                         "was staged: create or skip, or update another with --person CASE_NO")
        elif v["earlier_values"]:
            lines.append(f"      row {v['same_as_row']}: " + _values_text(v["earlier_values"],
                                                                        v["earlier_sex_read"]))
    if data and b.state == "committed":  # rows withdrawn since: each done once decided
        lines.append(f"decide: casekeeper review {batch_id} --row N --decide create|update|skip"
                     f"  (imported at once)")
    elif data:
        lines.append(f"decide: casekeeper review {batch_id} --row N --decide create|update|skip"
                     f"  (or --all create|skip), then --commit")
        if held := [v["row"] for v in data if v.get("held")]:  # held.py: said before --all
            why = ("withdrawn from a woman, or skipped by hand and changed since"
                   if any(v.get("held") not in (None, SIGNED) for v in data) else "")
            if any(v.get("held") == SIGNED for v in data):
                why += (", or " if why else "") + "under the list's signature or total line"
            lines.append(f"  --all leaves {rows_text(held)} waiting: {why}, only its own "
                         f"decision takes it")
    shown: object = data if decided is None else {"decided": decided, "waiting": data}
    if bulk is not None:
        shown = {**({"decided": decided} if decided else {}), "decided_all": bulk,
                 "waiting": data}
    ctx.out.emit(shown, "\n".join(lines))
    return 0


def _already(rows: list[int], case_no: str) -> list[str]:
    """A note, not a refusal: other rows of the list update this record already (two sisters
    of one list may both look like her; two women made one record unawares)."""
    if not rows:
        return []
    return [f"      note:  {rows_text(rows)} already {'updates' if len(rows) == 1 else 'update'}"
            f" {case_no}"]


def cmd_mappings_list(args, ctx) -> int:
    rows = ImportService(ctx.open_session()).repo.mappings()
    data = [{"source": s, "columns": len(json.loads(m).get("columns", {})), "updated_at": at}
            for s, m, at in rows]
    ctx.out.emit(data, "\n".join(f"{d['source']}\t{d['columns']} columns\t{d['updated_at']}"
                                 for d in data) or "(no saved mappings)")
    return 0


def cmd_mappings_show(args, ctx) -> int:
    repo = ImportService(ctx.open_session()).repo
    source = as_known(repo, args.source)  # as `import --source` finds it: "yazda" is Yazda's
    text = repo.mapping(source)
    if text is None:
        raise NotFound(f"no saved mapping for source {args.source!r}")
    ctx.out.emit(json.loads(text), text)
    return 0


def cmd_mappings_delete(args, ctx) -> int:
    svc = ImportService(ctx.open_session())
    source = as_known(svc.repo, args.source)
    with svc.db.transaction():
        if not svc.repo.delete_mapping(source):
            raise NotFound(f"no saved mapping for source {args.source!r}")
        svc.session.audit.append("import.mapping_delete", "import_mapping", source, {})
    ctx.out.emit({"deleted": source}, f"mapping {source!r} deleted")
    return 0
