"""Finding people: search, match a new list against the vault, duplicates, and the decisions
on them (merge, split, not-same), plus rebuilding the search index."""

from __future__ import annotations

import json

from app.cli.filters import (
    add_person_filters,
    age_said,
    chosen_line,
    filter_fields,
    given_filters,
    seen_said,
    village_chosen,
)
from app.cli.match_list import blank_entries, blank_line, in_list_order
from app.cli.named import known_as_said
from app.cli.options import age_year, positive_int, score_fraction
from app.cli.output import ProgressBar, counted
from app.cli.search_said import more_line, unrecorded_line
from app.decided_apart import decided_apart
from app.domain.errors import Contradicted, DecidedNotSame, InputFileError, ValidationError
from app.domain.person import FULL_NAME_ORDER, Person, Sex, Status, name_shown, names_shown
from app.importing.report import field_word
from app.importing.service import ImportService, load_mapping_file
from app.importing.values import known_place
from app.matching.namesim import is_sorani, text_sim
from app.matching_service import FIELD_WORDS, SHOWN_SCORE, disagreement, merge_refused
from app.persons import normalise_case_no
from app.private_file import write_private
from app.score_figure import score_figure
from app.text.normalize import tokens, wife_of
from db.repositories.search import SearchFilter


def register(sub, common) -> None:
    s = sub.add_parser("search", parents=[common], help="find persons by name, any spelling")
    s.add_argument("query", nargs="+", help="name words in Arabic, Kurdish or Latin letters "
                   "(to list by the filters alone, without a name: person list)")
    s.add_argument("--limit", type=positive_int, default=20)
    add_person_filters(s)
    s.set_defaults(run=cmd_search)

    m = sub.add_parser("match", parents=[common],
                       help="for each row of a list, the persons already in the vault it may be "
                            "(reads only)")
    m.add_argument("list_file", metavar="LIST_FILE",
                   help="xlsx, xlsm, xls, ods, csv or tsv, read as `import` reads it")
    m.add_argument("--sheet", help="the sheet to read (default: the one sheet that holds a "
                   "list, as for import)")
    m.add_argument("--mapping", metavar="FILE", help="column mapping as JSON, as for import")
    m.add_argument("--age-year", type=age_year, metavar="YEAR",
                   help="the year the list's ages were given in, as for import")
    m.add_argument("-o", "--output", metavar="REPORT", help="also write the result (JSON) here")
    m.add_argument("--limit", type=positive_int, default=5, help="candidates per row (default 5)")
    m.add_argument("--min-score", type=score_fraction, default=SHOWN_SCORE,
                   help=f"leave out candidates scoring lower (0 to 1, default {SHOWN_SCORE})")
    m.set_defaults(run=cmd_match)

    d = sub.add_parser("duplicates", parents=[common],
                       help="likely duplicate pairs inside the vault, best first")
    d.add_argument("--threshold", type=score_fraction, default=None,
                   help="leave out pairs scoring lower (0 to 1; default 0.87, then the few pairs below "
                        "it of a given name alone, a given and family name, or one kunya or "
                        "husband's name with no given name, that an import asks about; an import "
                        "asks from lower scores too, and its report names the --threshold that "
                        "lists its possible duplicates)")
    d.add_argument("--limit", type=positive_int)
    d.set_defaults(run=cmd_duplicates)

    g = sub.add_parser("merge", parents=[common],
                       help="same person: merge OTHER into KEEP (reversible with split)")
    g.add_argument("keep", metavar="KEEP")
    g.add_argument("other", metavar="OTHER")
    g.add_argument("--note", default="")
    g.add_argument("--despite-decision", action="store_true",
                   help="merge even though they were marked not the same person: the decision "
                        "is withdrawn (in the audit trail) and comes back if the merge is split")
    g.add_argument("--despite-contradiction", action="store_true",
                   help="merge even though they disagree on sex or a given, father's, "
                        "grandfather's or mother's name (perhaps two people of one family): "
                        "the fields and the score go into the audit trail")
    g.set_defaults(run=cmd_merge)

    sp = sub.add_parser("split", parents=[common], help="undo a merge: bring a record back")
    sp.add_argument("case_no", metavar="MERGED")
    sp.add_argument("--note", default="")
    sp.set_defaults(run=cmd_split)

    n = sub.add_parser("not-same", parents=[common],
                       help="not the same person: never propose this pair again")
    n.add_argument("a")
    n.add_argument("b")
    n.add_argument("--note", default="")
    n.add_argument("--undo", action="store_true", help="forget this decision")
    n.set_defaults(run=cmd_not_same)

    r = sub.add_parser("search-index", parents=[common],
                       help="rebuild the name search index from the records")
    r.set_defaults(run=cmd_reindex)


def _bar(ctx, label: str) -> ProgressBar:
    return ProgressBar(label, enabled=None if not ctx.out.json_mode else False)


def cmd_search(args, ctx) -> int:
    fields = filter_fields(args)
    if not tokens(" ".join(args.query), typing=True):
        # Ranked by name, and cut at --limit: a list by filters alone is `person list`'s,
        # as the desktop's list is when its search box is empty.
        raise ValidationError("search: no name to search for; to list persons by the filters "
                              "alone: " + " ".join(["casekeeper person list",
                                                    *given_filters(args)]))
    session = ctx.open_session()
    # the village itself, as the desktop's village box takes it: a similar one is refused
    # naming it (Hardann's women were answered with Hardan's without a word), and said
    exact, left_out = village_chosen(session, args.village)
    f = SearchFilter(**fields, villages=exact)
    session.search.ensure_index(_bar(ctx, "building the search index"))
    # The last word may be half a name ("Nadia M"), as in the desktop program's search box:
    # the same query ranks alike in both.
    found = session.search.search_told(" ".join(args.query), limit=args.limit, f=f)
    results = found.results
    names = session.search.names_matched(results)
    lines = [f"{r.score:.2f}\t{r.case_no}\t{r.status}\t{r.sex}\t{r.origin_village}\t"
             + _names(r, "\t") + _found_in_others(names_found)
             for r, names_found in zip(results, names, strict=True)] or ["(no one found)"]
    age = age_said(args)  # which age was meant: today's or when she was taken
    taken = chosen_line(args.village, exact, left_out)
    data = [{**r.to_dict(), "matched_names": [{"part": part, "text": text}
                                              for part, text in names_found]}
            for r, names_found in zip(results, names, strict=True)]
    more = more_line(len(results), found.more, found.more_exact, found.next_score, args.limit)
    if more:
        # On the last result, as `match` marks a row with too many to compare: a script
        # reading the list as before reads it still, and can tell it was cut there.
        data[-1]["more_matched"] = {"count": found.more, "exact": found.more_exact,
                                    "next_score": round(found.next_score, 3)}
    # Said after the results, or beside the JSON (its shape kept for scripts): more matched
    # than --limit let through; a record with no abduction date dropped by --abducted-from
    # (she may be the one looked for); a sister rescued hidden by "missing" was taken for
    # the one shown.
    merged = (f"{found.merged_from} was merged into {kept} (undo: casekeeper split "
              f"{found.merged_from})" if found.merged_from and (kept := next(
                  (r.case_no for r in [*results, *found.closer, *found.unrecorded]), "")) else "")
    if merged and data:
        data[0]["merged_from"] = found.merged_from
    # the names the best result was found by: a place's name she was found by is her name
    as_names = {text for _part, text in names[0]} if names else set()
    notes = [line for line in (merged, *not_names_line(args.query, as_names), more,
                               unrecorded_line(found.unrecorded, found.unrecorded_all, args),
                               left_out_line(found.closer, bool(results))) if line]
    if ctx.out.json_mode:
        for line in [taken, *notes] if taken else notes:
            ctx.out.note(line)
    else:
        lines += notes
    ctx.out.emit(data, "\n".join([x for x in (age, seen_said(args), taken) if x] + lines))
    return 0


def not_names_line(query: list[str], as_names: set[str]) -> list[str]:
    """What of the query search does not read, and the filter that does: a village's name
    ("Kocho" found no one, or the right woman low beside it) and a year or an age ("Nadia 1995"
    ranked a Nadia born 2007 first, the year passed over without a word). A place's name that
    the best result was found by (Hardan is a man's name too) is not said: as_names, those
    names."""
    words = " ".join(query).split()
    places: list[str] = []
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i:i + size])
            if (place := known_place(run)) and not any(place in p or run in p for p in places) \
                    and not any(text_sim(run, name) >= 0.9 for name in as_names):
                places.append(place)
    numbers = [w for w in words if w.isdecimal()]
    lines = [f"{p!r} is a place: search reads names; --village {p!r} keeps her village's "
             "records" for p in places]
    if numbers:
        lines.append(f"{', '.join(numbers)}: search reads names, not numbers; --min-age and "
                     "--max-age keep an age, --abducted-from and --abducted-to a date")
    return lines


def left_out_line(closer: list, shown: bool) -> str:
    """'2 closer matches are left out by the filters (best: SNJ-00003 0.97, status rescued)';
    '' when the filters hid no one scoring higher than the best shown."""
    if not closer:
        return ""
    best = closer[0]
    words = {"dates": "abduction date or age when taken", "seen": "no report or status since"}
    why = ", ".join(f"{words.get(what, what)} {value}".strip() for what, value in best.outside)
    n = len(closer)
    kind = "closer " if shown else ""
    said = (f"1 {kind}match is" if n == 1 else f"{n} {kind}matches are")
    return f"{said} left out by the filters (best: {best.case_no} {best.score:.2f}, {why})"


def _found_in_others(found: list[tuple[str, str]]) -> str:
    """The names other than her given name the query was found in, as a last column ("mother:
    شيرين"): a 0.75 for "Shireen" then reads as her mother's name, not hers misspelt."""
    others = "; ".join(f"{part}: {text}" for part, text in found if part != "given")
    return f"\t{others}" if others else ""


def cmd_match(args, ctx) -> int:
    session = ctx.open_session()
    mapping = load_mapping_file(args.mapping) if args.mapping else None
    # The importer's readers and mapping: xlsx/xls/ods/csv, headers in three languages, and a
    # doubtful cell is a warning on its row, never the end of the whole list.
    plan, rows = ImportService(session).rows_to_match(args.list_file, args.sheet, mapping,
                                                       args.age_year)
    usable = [r for r in rows if r.person is not None]
    crowds: dict[int, int] = {}
    # One candidate more than shown: a record cut at --limit that scores as the last one shown
    # (her cousin, 0.99 beside her) is said, not dropped without a word.
    found = session.matching.match_rows([r.person for r in usable], args.limit + 1,
                                        args.min_score, progress=_bar(ctx, "matching"),
                                        too_common=crowds)
    beyond = {r.row: cands[args.limit] for r, cands in zip(usable, found, strict=True)
              if len(cands) > args.limit}
    found = [cands[:args.limit] for cands in found]
    by_row = {r.row: cands for r, cands in zip(usable, found, strict=True)}
    # Two of a row's candidates the lawyer decided are two people: she is at most one of them.
    apart = {r.row: pairs for r, pairs in zip(usable, decided_apart(session.matching, found),
                                              strict=True)}
    crowd = {usable[n].row: count for n, count in crowds.items()}
    t = plan.table
    data = []
    for r in in_list_order(rows, t.blank_runs):
        if isinstance(r, tuple):
            data += blank_entries(*r)
            continue
        listed = r.person.current_status if r.person else Status.UNKNOWN
        data.append({"row": r.row, "name": mixed_name(r.person) if r.person else "",
                     **({"status": listed.value} if listed != Status.UNKNOWN else {}),
                     "name_original": r.person.full_name("original") if r.person else "",
                     "name_latin": r.person.full_name("latin") if r.person else "",
                     "warnings": r.warnings, "skipped": r.rejected, "blank": False,
                     "candidates": [c.to_dict() for c in by_row.get(r.row, [])],
                     "not_same": [a.to_dict() for a in apart.get(r.row, [])],
                     **({"more": {k: v for k, v in beyond[r.row].to_dict().items()
                                  if k in ("case_no", "score")}} if r.row in beyond else {}),
                     **({"too_common": crowd[r.row]} if r.row in crowd else {})})
    if args.output:
        try:
            # names of the list and of the vault: for her account alone, as every export
            write_private(args.output, json.dumps(data, ensure_ascii=False, indent=1
                                                  ).encode("utf-8"))
        except OSError as e:
            raise InputFileError(f"{args.output}: cannot write the report ({e.strerror})"
                                 ) from None
    lines = [f"{t.file}" + (f", sheet {t.sheet!r}" if t.sheet else "")
             + (f": header on row {t.header_row}" if t.header_row else ": no header row")
             + f"; {counted(len(t.rows), 'row', 'rows')} "
             + f"({counted(t.blank_rows, 'blank row', 'blank rows')} skipped); columns: "
             + ", ".join(f"{c} -> {f}" for c, f in plan.mapping.columns.items())]
    lines += [f"  note: {issue}" for issue in t.issues]
    for r in in_list_order(rows, t.blank_runs):
        if isinstance(r, tuple):
            lines.append(blank_line(*r))
            continue
        if r.person is None:
            lines.append(f"row {r.row}: skipped: {r.rejected}")
            continue
        cands = by_row[r.row]
        lines.append(f"row {r.row}: {mixed_name(r.person)}" + (
            "" if any(not c.asked for c in cands)
            else f"  -- none scores --min-score {args.min_score:g}" if cands
            else "  -- no candidate"))
        if r.row in crowd:
            lines.append(f"    only a given name, and {crowd[r.row]} records of it agree with the "
                         "rest of this row: too many to compare; search for her by hand")
        if not cands and (kunya := r.person.known_as()):
            # a row that is only a kunya: compared with the records known by that kunya (none
            # fits); search reads every name (Umm Khalid finds أم خالد in a mother's name too)
            said = "the name of her husband" if wife_of(kunya) else "a kunya"
            lines.append(f"    only {said}: no record known by it fits; search finds more: "
                         f"casekeeper search {kunya!r}")
        lines += [f"    warning: {w}" for w in r.warnings]
        asked = ""
        for c in cands:
            if c.asked and c.asked != asked:  # below the minimum: apart, and said why
                asked = c.asked
                lines.append(f"    below --min-score {args.min_score:g}, shown because import asks "
                             f"about such a row however low the score: {asked}")
            lines.append(f"    {c.score.score:.2f}  {c.case_no}  {_candidate_name(c)}  "
                         f"{_status(c.status, r.person.current_status)}"
                         f"({c.score.summary_with_values()}){_refused(c.score)}")
        lines += [f"    decided: {a.line()}" for a in apart[r.row]]
        if r.row in beyond and f"{beyond[r.row].score.score:.2f}" == f"{cands[-1].score.score:.2f}":
            lines.append(f"    more: {beyond[r.row].case_no} scores {beyond[r.row].score.score:.2f} "
                         f"as well and is not shown; see it with --limit {args.limit + 1} or more")
    ctx.out.emit(data, "\n".join(lines) if data else "(the list has no rows)")
    return 0


def _name_texts(p: Person) -> list[str]:
    """A record's names as written in Arabic script."""
    return [nt.original for nt in p.names.values() if nt and nt.original]


def _kin_named_alike(fields: list, sorani: bool = False) -> str:
    """Who two records that a merge refuses may be, by what they disagree on: two women were
    called "a sister and her brother". Names that are one name spelt the Sorani way and the
    Arabic way (موراد, مراد) are said to be that first: a spelling, not a cousin; only where
    one of the two records writes a name the Sorani way (sorani), since Arabic spellings a
    ي apart are sisters' names (سميرة, سمرة)."""
    kin = _kin(fields)
    if sorani and fields and all(_spelt_two_ways(str(f.left), str(f.right)) for f in fields):
        shown = "; ".join(f"{f.left!r}, {f.right!r}" for f in fields)
        return (f"one name spelt the Sorani way and the Arabic way ({shown}: Sorani writes the "
                f"short vowels Arabic leaves out), or {kin}")
    return kin


def _spelt_two_ways(a: str, b: str) -> bool:
    """Two one-word names in Arabic script that are one name with a Sorani ی or و written
    inside it (موراد, مراد), or ending ت for ة (حەیات, حياة): the way each language writes it."""
    from app.matching.namesim import _less_inner_vowels, has_arabic, text_tokens

    ta, tb = text_tokens(a), text_tokens(b)
    if len(ta) != 1 or len(tb) != 1 or not (has_arabic(a) and has_arabic(b)):
        return False
    x, y = (w[:-1] + "ه" if w.endswith("ت") else w for w in (ta[0], tb[0]))
    if x == y:
        return True
    long_, short = (x, y) if len(x) > len(y) else (y, x)
    return _less_inner_vowels(long_, short)


def _kin(fields: list) -> str:
    """Who two records that disagree on these fields may be."""
    on = {f.field for f in fields}
    if on & {"father", "grandfather"}:  # not one father's children: cousins, or no kin
        unlike = any(f.field == "given" and f.verdict == "mismatch" for f in fields)
        return ("two people of two families" if unlike
                else "cousins named alike, or namesakes of two families")
    if "sex" in on:
        return "a sister and her brother, or two people of one family named alike"
    if "given" in on:
        return "two siblings, or namesakes of one family"
    if "birth" in on:
        return "namesakes born years apart"
    return "two people of one family named alike"


def _status(stored: str, listed: Status) -> str:
    """'[missing]  ', or '[record: missing; list: rescued]  ' where the list says otherwise:
    what a list brings that the vault does not know yet."""
    if not stored:
        return ""
    shown = "status unknown" if stored == Status.UNKNOWN.value else stored
    if listed != Status.UNKNOWN and listed.value != stored:
        return f"[record: {shown}; list: {listed.value}]  "
    return f"[{shown}]  "


def mixed_name(p: Person) -> str:
    """The row's full name as the list gave it: in Arabic script, then in Latin letters
    ("سەلوا خدر میرزا / Selwa Xidir Mîrza"). Part by part the two scripts interleaved
    («سەلوا Selwa خدر Xidir»), which a right-to-left terminal shows in no order one can read."""
    parts = [p.names[part] for part in FULL_NAME_ORDER if part in p.names]
    if all(t.original and t.latin for t in parts if t.original or t.latin):
        names = [p.full_name(script) for script in ("original", "latin")]
        shown = " / ".join(n for n in names if n)
    else:
        # Some parts in one script only («جمال», Khalil, «مراد»): each part once, in its
        # order, Arabic script where the list gave it; «جمال مراد / Khalil» read as Jamal son
        # of Murad, and both spellings part by part mixed the scripts word by word.
        shown = " ".join(t.original or t.latin for t in parts if t.original or t.latin)
    if not shown and (kunya := p.known_as()):
        return known_as_said(kunya)  # as a candidate and `duplicates` say it, not in brackets
    return name_shown(shown, p.given_unknown) or "(no name)"


def _names(r, sep: str) -> str:
    """A result's or a candidate's full name in both scripts, each marked where her given
    name is unknown: "مراد الياس مندكاني" alone reads as a man named Murad; and led by her given
    name where it is written in the other script only: "الياس" alone, as a man named Elias."""
    return sep.join(names_shown(r))


def _candidate_name(c) -> str:
    """A candidate's names in both scripts (_names), else what she is known as (_one_name)."""
    return _names(c, "  ") if c.name_original or c.name_latin else known_as_said(c.known_as)


def _one_name(p) -> str:
    """A duplicate pair's side: her Arabic-script name, else her Latin one, shown so too; else
    what she is known as, as `report list` names her (a side known by a kunya alone was blank)."""
    original, latin = names_shown(p)
    return original or latin or known_as_said(p.known_as)


def cmd_duplicates(args, ctx) -> int:
    session = ctx.open_session()
    kw = {} if args.threshold is None else {"threshold": args.threshold}
    pairs = session.matching.duplicates(progress=_bar(ctx, "comparing"), **kw)
    left_out = getattr(pairs, "left_out", 0)
    if args.limit is not None:
        pairs = pairs[:args.limit]
    ctx.out.emit([p.to_dict() for p in pairs], "\n".join(
        f"{score_figure(p.score)}  {p.a.case_no}  {_one_name(p.a)}  ==  "
        f"{p.b.case_no}  {_one_name(p.b)}  ({p.a.score.summary_with_values()}){_refused(p.a.score)}"
        for p in pairs) or "(no likely duplicates)")
    if left_out:
        ctx.out.note(f"{left_out} pairs known by one kunya or husband's name not listed: their "
                     "records have more such namesakes than can be told apart (--threshold 0 "
                     "lists them)")
    return 0


def _refused(score) -> str:
    """A pair merge would refuse, marked where it is listed: the sisters Samira and Samia were
    listed at 0.99 among true duplicates, with no word until the merge."""
    fields = merge_refused(score)
    return f"  -- a merge refuses: they disagree on {fields}" if fields else ""


# The person's pronouns in messages: she, he, or they when the record does not say.
_PRONOUNS = {Sex.FEMALE: ("she is", "her", "hers"), Sex.MALE: ("he is", "his", "his"),
             Sex.UNKNOWN: ("they are", "their", "theirs")}


def cmd_merge(args, ctx) -> int:
    matching = ctx.open_session().matching
    try:
        result = matching.merge(args.keep, args.other, args.note, args.despite_decision,
                                args.despite_contradiction)
    except DecidedNotSame as e:
        # Named now too, so that the command given next is the one that merges.
        against, score = ([], None) if args.despite_contradiction else \
            matching.contradictions_between(args.keep, args.other)
        flags = "--despite-decision" + (" --despite-contradiction" if against else "")
        keep, other = normalise_case_no(args.keep), normalise_case_no(args.other)
        also = (f"; they also disagree on {disagreement(against, keep, other)} (score "
                f"{score.score:.3f})" if against else "")
        raise ValidationError(
            f"not merged: {e}{also}; if they are one person after all, merge with {flags} (the "
            "decision is withdrawn, and comes back if the merge is split)") from None
    except Contradicted as e:
        sorani = any(is_sorani(t) for case in (args.keep, args.other)
                     for t in _name_texts(matching.persons.get(case)))
        raise ValidationError(
            f"not merged: {e}. Perhaps {_kin_named_alike(e.fields, sorani)}; if they are one "
            "person "
            "after all, merge with "
            "--despite-contradiction (the fields and the score go into the audit trail; "
            "split undoes the merge)") from None
    keep, other = result.kept.case_no, result.merged.case_no
    is_, their, theirs = _PRONOUNS[result.kept.sex]
    lines = [f"{other} merged into {keep} (undo: casekeeper split {other})"]
    lines += [f"  decision withdrawn: {d.short()}; a split gives it back"
              for d in result.withdrawn]
    if result.contradictions:
        lines.append(f"  merged despite: {disagreement(result.contradictions, keep, other)} "
                     "(in the audit trail)")
    for k in result.kept_over:
        lines.append(f"  {FIELD_WORDS[k.field][0]}: {keep}'s {k.kept!r} kept; {other}'s "
                     f"{k.not_taken!r} not taken (it stays on {other}'s own record, and a split "
                     f"shows it again; to take it: casekeeper person edit {keep} "
                     f"{FIELD_WORDS[k.field][1]} ...)")
    if result.sharing_was:
        lines.append(f"  sharing level of {keep} is now {result.kept.sharing_level.value} (was "
                     f"{result.sharing_was}): {other}'s account is {theirs} now, and goes no "
                     f"further than {other} was cleared for; a split sets it back")
    for ev in result.status_events:
        lines.append(f"  status from {other}: {ev.date.display() or '(undated)'} "
                     f"{ev.status.value}" + (f"  {ev.note}" if ev.note else "")
                     + (f"  [rescue {ev.rescue_id}]" if ev.rescue_id else ""))
    if result.statuses_differ:
        current = result.current_status
        told = next(s for s in (result.kept_status, result.merged_status) if s != current)
        if result.current_on_same_days:
            why = (f"both were known by the same day, and the one furthest along {their} case "
                   "counts")
        elif result.current_over_step_back:
            why = (f"the {told.value} told later is a step back along {their} case, and no date "
                   f'puts it after "{current.value}": history')
        elif result.current_told_later:
            why = "it was learnt later, of a time the other status's date covers"
        elif result.current_is_dated:
            why = "its date is the latest"
        else:
            why = (f"no status of {theirs} is dated, and the one furthest along {their} case "
                   "counts")
        lines.append(f"  statuses differed: {keep} was {result.kept_status.value}, {other} "
                     f"{result.merged_status.value}; {keep} is now {current.value} ({why})")
        lines.append(f"  if {is_} {told.value} now: casekeeper person status {keep} "
                     f"{told.value} --date DATE")
    ctx.out.emit(result.to_dict(), "\n".join(lines))
    return 0


def cmd_split(args, ctx) -> int:
    matching = ctx.open_session().matching
    keep, other, left = matching.split(args.case_no, args.note)
    # Whatever decision the merge had withdrawn stands again between the two.
    back = matching.decisions_between(keep.case_no, other.case_no)
    lines = [f"{other.case_no} is a record of its own again (was merged into "
             f"{keep.case_no}, whose status is {keep.current_status.value})"]
    lines += [f"  decision back: {d.short()}" for d in back]
    said = [_left_as_edited(field, keep.case_no, other.case_no) for field in left]
    for x in said:
        lines += [f"  left as edited: the {x['said']} of {keep.case_no} ({x['why']})",
                  f"    read it: casekeeper person show {keep.case_no}; put it right: "
                  f"casekeeper person edit {keep.case_no} {x['option']} {x['value']}"]
    moved = matching.statuses_split_back(other.case_no)
    lines += [f"  status moved to {other.case_no} with its report: {m['date'] or '(undated)'} "
              f"{m['status']} [report {m['report']}] (it rests on a report about "
              f"{other.case_no} or a record merged into it, told while {other.case_no} was part "
              f"of {keep.case_no}); "
              f"{other.case_no} is now {other.current_status.value}" for m in moved]
    rows = matching.rows_split_back(other.case_no)
    lines += _rows_back(rows, keep.case_no, other.case_no)
    ctx.out.emit({"kept": keep.case_no, "split": other.case_no,
                  "kept_status": keep.current_status.value,
                  "split_status": other.current_status.value,
                  "statuses_moved": moved,
                  "decisions_back": [d.to_dict() for d in back],
                  "rows_given_back": [_given_back(b, n, rows) for b, n in rows["moved"]],
                  "rows_in_doubt": [_in_doubt(b, n, why, keep.case_no, other.case_no)
                                    for b, n, why in rows["unsure"]],
                  "left_as_edited": [{k: x[k] for k in ("field", "option", "why")}
                                     for x in said]}, "\n".join(lines))
    return 0


_IN_DOUBT = {"by_hand": "decided by hand while the two were one record",
             "changed": "it changed {kept} then, and that change stays on {kept}",
             "redated": "it dated a status that came from {split}, and the split took that "
                        "status back from {kept}",
             "unknown": "nothing it said tells which of the two it is"}


def _in_doubt(b: int, n: int, why: str, kept: str, split: str) -> dict:
    """A row left in doubt as `--json` gives it: where it is, whose it may be, why, and the
    commands that move it, as the text says them (a script must know whose status to check)."""
    return {"batch": b, "row": n, "why": why, "left_on": kept, "may_be": split,
            "commands": [f"casekeeper review {b} --row {n} --withdraw",
                         f"casekeeper review {b} --row {n} --decide update --person {split}"]}


def _given_back(b: int, n: int, rows: dict) -> dict:
    """A row given back as `--json` gives it: moved with what it told, and what of it stayed
    on the kept record all the same (left_on_kept: edited since, or told by another row)."""
    if [b, n] not in rows.get("carried", []):
        return {"batch": b, "row": n}
    return {"batch": b, "row": n, "with_what_it_told": True, "left_on_kept": [
        {k: v for k, v in x.items() if k not in ("batch", "row")}
        for x in rows.get("left_on_kept", []) if (x["batch"], x["row"]) == (b, n)]}


def _left_line(x: dict, kept: str) -> str:
    """What stayed on the kept record of a row the split gave back, as `review --withdraw`
    says it: a value edited since, left for the lawyer; one another row of hers tells."""
    what = f"{field_word(x['field'])} {x['now'] or '(blank)'!r} (the row wrote {x['row_wrote']!r})"
    if x["why"] == "told_by":
        by = x["by"]
        return (f"    stays on {kept}: {what}: row {by['row']} of batch {by['batch']} "
                f"({by['file']}) says so too")
    return (f"    left on {kept}: {what}: it was changed since the import, so it is not taken "
            f"back: settle it by hand (casekeeper person show {kept})")


def _rows_back(rows: dict, kept: str, split: str) -> list[str]:
    """The list rows that went to the kept record while the other was merged into it: given
    back to the record split out (with what they told, where they had changed the kept
    record), or left where nothing told whose they are."""
    carried = rows.get("carried", [])
    lines = []
    for b, n in rows["moved"]:
        lines.append(f"  list row given back to {split} (it went to {kept} while {split} was "
                     f"merged into it): batch {b} row {n}" + (
                         f", with what it told (the row is {split}'s: what it changed on "
                         f"{kept} is taken back, unless said below, and set on {split})"
                         if [b, n] in carried else ""))
        lines += [_left_line(x, kept) for x in rows.get("left_on_kept", [])
                  if (x["batch"], x["row"]) == (b, n)]
    for b, n, why in rows["unsure"]:
        c = _in_doubt(b, n, why, kept, split)["commands"]
        lines += [f"  list row left on {kept}, which may be {split}'s: batch {b} row {n} "
                  f"({_IN_DOUBT.get(why, why).format(kept=kept, split=split)}); the next version of its "
                  "list asks which woman the row is",
                  f"    if it is {split}'s: {c[0]}, then {c[1]}"]
    return lines


def _left_as_edited(field: str, kept: str, split: str) -> dict:
    """A field of the kept record that the split left as it was written there since the merge:
    what the merge brought into it from the record split out could not be taken back, so it
    may still hold what that record said, and the lawyer must read it."""
    said, option = FIELD_WORDS.get(field, (field, f"--{field}"))
    if field == "sharing_level":
        why = (f"set by hand since the merge narrowed it to {split}'s, so the split did not "
               "set it back: see who may now receive her record")
        value = "LEVEL"
    else:
        why = (f"changed since the merge brought {split}'s {said} into it, so the split could "
               f"not take that back, and it may still hold what {split} said")
        value = "DATE" if option in ("--born", "--abducted") else "TEXT"
    return {"field": field, "said": said, "option": option, "value": value, "why": why}


def cmd_not_same(args, ctx) -> int:
    matching = ctx.open_session().matching
    changed = matching.not_same(args.a, args.b, args.note, args.undo)
    a, b = normalise_case_no(args.a), normalise_case_no(args.b)
    if args.undo:
        text = f"{a} and {b} may be proposed again"
        if not changed:
            # Nothing taken back: a refusal naming the pair, not a quiet "done" (exit 0).
            standing = matching.decisions_between(a, b)
            if standing:
                # Kept apart by a decision on a record merged into one of them: name it.
                raise ValidationError(
                    f"nothing taken back: no decision on {a} and {b} themselves; "
                    + "; ".join(f"{d.describe()}: casekeeper not-same {d.a} {d.b} --undo"
                                for d in standing))
            raise ValidationError(
                f"nothing taken back: {a} and {b} are not marked as not the same person (see "
                f"the decisions on each: casekeeper person show {a}; casekeeper person show {b})")
    else:
        text = (f"{a} and {b} will not be proposed as one person again" if changed
                else "already decided")
    ctx.out.emit({"a": a, "b": b, "not_same": not args.undo, "changed": changed}, text)
    return 0


def cmd_reindex(args, ctx) -> int:
    session = ctx.open_session()
    total = session.persons.count()
    n = session.search.rebuild(session.persons.iter_all(), total,
                               _bar(ctx, "indexing names"))
    ctx.out.emit({"indexed": n, **session.search.stats()}, f"indexed {n} person{'' if n == 1 else 's'}")
    return 0
