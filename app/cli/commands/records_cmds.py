"""Commands for the records around persons: reports, rescues and costs, relatives, contacts, photos."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app import photos
from app.audit_words import DESPITE_AGES_SAID
from app.cli import rescue_costs
from app.cli.confirm import confirm_deletion
from app.cli.named import named, named_lists, named_text
from app.cli.options import DATE, first_implied, fuzzy_date, positive_int, source_code_arg
from app.cli.person_records import report_text
from app.cli.report_outcome import outcome_changes, outcome_options
from app.cli.report_show import WITHHELD, register_show
from app.cli.report_sources import register_sources
from app.currencies import NOT_KNOWN, PAID_IN_IRAQ, is_known
from app.domain.errors import InputFileError, ValidationError, YearsWord
from app.domain.person import Status
from app.domain.records import (
    CREDIBILITY,
    RESCUE_GIVES,
    FamilyContact,
    Relation,
    RelativeLink,
    Report,
    RescueOperation,
    credibility_said,
    rescue_statuses,
)
from app.ledger import read_cost
from app.ledger_totals import cost_json, money_said, totals, totals_json
from app.person_json import date_to_dict
from app.report_dated import followed_lines
from app.report_list import proved_false_dict, proved_false_said, report_dict, reports_listed


def _ids(session, case_nos):
    return [session.persons.get(c).id for c in case_nos or []]


# The words people use for a relation the vault keeps by one word ("sister" was refused).
_RELATION_WORDS = {"sister": "sibling", "brother": "sibling", "daughter": "child",
                   "son": "child", "wife": "spouse", "husband": "spouse"}


def _relation(word: str) -> str:
    return _RELATION_WORDS.get(word.strip().lower(), word.strip().lower())


# What is typed on a command line stays in the shell's history file, outside the vault: a
# report's account (an informant's words) can come from standard input instead.
TEXT_HELP = ("what the report says; '-' reads it from standard input, which keeps it out of the "
             "shell's history (e.g. typed after the command, ended with Ctrl-D)")


def _text(typed: str | None) -> str | None:
    if typed is not None and not typed.strip():
        # a script's unset "$TEXT": an account emptied leaves no copy anywhere to take back
        raise ValidationError("--text is empty: a report needs its text (what was seen or "
                              "heard); nothing was recorded")
    if typed != "-":
        return typed
    text = sys.stdin.read().strip()
    if not text:
        raise ValidationError("--text -: nothing came on standard input; nothing was recorded")
    return text


def _case_nos(session, id_lists: list[list[int]]) -> list[list[str]]:
    """The persons of each record (a report, a rescue) by case number, as `rescue show` names
    them: a record merged into another by the one it is part of now, each once."""
    ids = sorted({i for ids in id_lists for i in ids})
    top = session.persons.kept_as(ids)
    own = {p.id: p.case_no for p in session.persons.get_many(ids)}
    out = []
    for person_ids in id_lists:
        named = (top.get(i) or own.get(i) for i in person_ids)
        out.append(list(dict.fromkeys(c for c in named if c)))
    return out


# The credibility scale in the words of the papers (app/reports/labels.py): a bare 2 does not
# say whether 1 is best.
CREDIBILITY_HELP = ("how credible the report is, on the standard 1-6 scale of information "
                    "credibility (1 the most credible): "
                    + ", ".join(f"{n} {words}" for n, words in CREDIBILITY.items()))


def register(sub, common) -> None:
    rp = sub.add_parser("report", parents=[common], help="reports: sightings, tips, testimony")
    rs = rp.add_subparsers(dest="report_command", metavar="SUBCOMMAND")
    a = rs.add_parser("add", parents=[common], help="record a report about one or more persons")
    a.add_argument("--person", action="append", required=True, metavar="CASE_NO")
    a.add_argument("--text", required=True, help=TEXT_HELP)
    a.add_argument("--source", default="", metavar="CODE",
                   help="the source's CODE, holding a digit (S-469, K12), never a name")
    a.add_argument("--credibility", type=int, choices=range(1, 7), metavar="1-6",
                   help=CREDIBILITY_HELP)
    a.add_argument("--received", metavar=DATE)
    a.add_argument("--observed", metavar=DATE)
    a.add_argument("--place", default="")
    _source_flag(a, "the default: a report is taken to be one")
    a.set_defaults(run=cmd_report_add)
    listed = ("list reports, newest first by date received (then by number; those with no "
              "date received last): dates received and observed, persons by case number, source "
              "code, credibility, place, text")
    ls = rs.add_parser("list", parents=[common], help=listed, description=listed)
    ls.add_argument("--person", metavar="CASE_NO",
                    help="only the reports about this person (with those about records merged "
                         "into hers)")
    ls.add_argument("--source", metavar="CODE", type=source_code_arg,
                    help="only the reports of this source code, the whole code in any case "
                         "(k7 is K7, not K70)")
    ls.add_argument("--limit", type=positive_int, default=100)
    ls.set_defaults(run=cmd_report_list)
    register_show(rs, common)
    register_sources(rs, common)
    e = rs.add_parser("edit", parents=[common],
                      help="change a report: whether it could identify its source, its text, "
                           "dates, place, source code or credibility (in the audit trail)")
    e.add_argument("report_id", metavar="ID", type=int)
    e.add_argument("--text", help=TEXT_HELP)
    e.add_argument("--source", metavar="CODE",
                   help="the source's CODE, holding a digit (S-469), never a name ('' for none)")
    cred = e.add_mutually_exclusive_group()
    cred.add_argument("--credibility", type=int, choices=range(1, 7), metavar="1-6",
                      help=CREDIBILITY_HELP)
    cred.add_argument("--no-credibility", action="store_true", help="credibility not judged")
    e.add_argument("--received", metavar="DATE")
    e.add_argument("--observed", metavar="DATE")
    e.add_argument("--place")
    _source_flag(e, "mark it as one", " (unchanged unless one of the two is given)")
    outcome_options(e)
    _persons_options(e, "report", "it is about")
    e.set_defaults(run=cmd_report_edit)
    d = rs.add_parser("delete", parents=[common],
                      help="delete a report (refused while a status rests on it); its text is "
                           "overwritten in the vault, not only unlinked")
    d.add_argument("report_id", metavar="ID", type=int)
    d.add_argument("--reason", default="", help="why, for the audit trail")
    d.add_argument("--yes", action="store_true",
                   help="delete without being asked (in a terminal, the report's number is "
                        "otherwise typed back; elsewhere nothing is deleted without it)")
    d.set_defaults(run=cmd_report_delete)

    rc = sub.add_parser("rescue", parents=[common], help="rescue operations and their costs")
    rcs = rc.add_subparsers(dest="rescue_command", metavar="SUBCOMMAND")
    a = rcs.add_parser("add", parents=[common], help="record a rescue operation",
                       description=RESCUE_STATUS_HELP)
    a.add_argument("--person", action="append", required=True, metavar="CASE_NO")
    _rescue_options(a, default_status="rescued")
    a.add_argument("--cost", action="append", metavar="AMOUNT:CURRENCY[:PAID_TO[:PURPOSE]]",
                   # in quotes as it is to be typed: bare, the shell split it at the space
                   help="a ledger line, e.g. --cost \"12500:USD:intermediary M-2:release\" "
                        "(in quotes: a space ends it); thousands may "
                        "be grouped (1,500,000, 1.500.000 or \"1 500 000\"), but 1.500 and 1,5 "
                        "are refused: they may be read two ways; the currency is an ISO 4217 "
                        f"code ({', '.join(PAID_IN_IRAQ)}...) or its name (dollar, dinar, "
                        "دينار, dînar); " + COST_PARTS_HELP)
    a.set_defaults(run=cmd_rescue_add)
    ls = rcs.add_parser("list", parents=[common],
                        help="list rescue operations, oldest first: date, persons by case "
                             "number, the status it gave them, outcome, what its ledger paid "
                             "in each currency")
    ls.add_argument("--limit", type=positive_int, default=1000)
    ls.set_defaults(run=cmd_rescue_list)
    rescue_costs.register(rcs, common, rescue_costs.cmd_rescue_costs)
    s = rcs.add_parser("show", parents=[common], help="show a rescue operation")
    s.add_argument("rescue_id", type=int)
    s.set_defaults(run=cmd_rescue_show)
    e = rcs.add_parser("edit", parents=[common], description=RESCUE_STATUS_HELP,
                       help="change a rescue operation (only the options given); the statuses "
                            "it gave follow")
    e.add_argument("rescue_id", type=int)
    _rescue_options(e, default_status=None)
    e.add_argument("--cost", action="append", metavar="AMOUNT:CURRENCY[:PAID_TO[:PURPOSE]]",
                   help="the ledger as it should be: every line given replaces ALL the lines "
                        "it had (repeat for each; the old ones are kept in the audit trail); "
                        + COST_PARTS_HELP)
    e.add_argument("--add-cost", action="append", metavar="AMOUNT:CURRENCY[:PAID_TO[:PURPOSE]]",
                   help="a line added to the ledger as it is (a second instalment); "
                        + COST_PARTS_HELP)
    _persons_options(e, "rescue", "it freed (the status it gives goes to those added and is "
                                  "taken back from those taken off)")
    e.set_defaults(run=cmd_rescue_edit)
    d = rcs.add_parser("delete", parents=[common],
                       help="delete a rescue operation, its ledger and the statuses it gave")
    d.add_argument("rescue_id", type=int)
    d.add_argument("--reason", default="", help="why, for the audit trail")
    d.add_argument("--yes", action="store_true",
                   help="delete without being asked (in a terminal, the operation's number is "
                        "otherwise typed back; elsewhere nothing is deleted without it)")
    d.set_defaults(run=cmd_rescue_delete)

    rl = sub.add_parser("relative", parents=[common], help="link two persons as relatives, or "
                        "remove a link made by mistake",
                        description="`relative SNJ-00001 mother SNJ-00002` (or `relative add "
                        "...`) links them; `relative remove SNJ-00001 SNJ-00002` removes the "
                        "link.")
    rls = rl.add_subparsers(dest="relative_command", metavar="SUBCOMMAND")
    a = rls.add_parser("add", parents=[common], help="link two persons as relatives (the "
                       "default: `relative CASE_NO RELATION CASE_NO` is read as this)",
                       description="Link two persons as relatives. RELATION is what the second "
                       "is to the first: `relative SNJ-00001 mother SNJ-00002` says SNJ-00002 "
                       "is her mother. Both see the link, turned the right way round: "
                       "SNJ-00002 sees SNJ-00001 as her child.")
    a.add_argument("case_no")
    a.add_argument("relation", type=_relation, choices=[r.value for r in Relation],
                   metavar="RELATION", help=", ".join(r.value for r in Relation) + " (sister "
                   "and brother are sibling; daughter and son, child; wife and husband, "
                   "spouse)")
    a.add_argument("relative_case_no")
    a.add_argument("--note", default="")
    a.add_argument("--despite-ages", action="store_true",
                   help="link a parent fewer than 12 years older than the child by their births "
                        "read as widely as written: refused without it, the births and the "
                        "years between them said (a parent taken young may have a child born "
                        "in captivity; the audit trail notes it)")
    a.set_defaults(run=cmd_relative)
    d = rls.add_parser("remove", parents=[common],
                       help="remove the link between two persons, made from either side (both "
                            "pages, dossiers and family papers stop naming it)")
    d.add_argument("case_no")
    d.add_argument("relative_case_no")
    _removal_flags(d, "the first case number")
    d.set_defaults(run=cmd_relative_remove)
    first_implied(rl, "add")

    ct = sub.add_parser("contact", parents=[common],
                        help="add a family contact to a person, change one or remove one",
                        description="`contact SNJ-00001 --name ... --phone ...` (or `contact add "
                        "...`) adds or changes one; `contact remove ID` removes one.")
    cts = ct.add_subparsers(dest="contact_command", metavar="SUBCOMMAND")
    a = cts.add_parser("add", parents=[common], help="add a family contact, or change one with "
                       "--change (the default: `contact CASE_NO ...` is read as this)")
    a.add_argument("case_no")
    a.add_argument("--name", help="the contact's name (a contact needs a name, a --phone or both)")
    a.add_argument("--phone")
    a.add_argument("--relation", help="who the contact is to her, e.g. brother")
    a.add_argument("--change", type=positive_int, metavar="ID",
                   help="change her contact ID (as `person show` numbers it) instead of adding "
                        "one: only the options given change")
    a.set_defaults(run=cmd_contact)
    d = cts.add_parser("remove", parents=[common],
                       help="remove a family contact (as `person show` numbers it), one read "
                            "from a list too: the list's row stays in the import's record")
    d.add_argument("contact_id", metavar="ID", type=positive_int)
    _removal_flags(d, "the contact's number")
    d.set_defaults(run=cmd_contact_remove)
    first_implied(ct, "add")

    ph = sub.add_parser("photo", parents=[common], help="store a photo (JPEG/PNG) in the vault, "
                        "or remove one",
                        description="`photo SNJ-00001 face.jpg` (or `photo add ...`) stores one; "
                        "`photo remove ID` removes one, its image erased from the vault.")
    phs = ph.add_subparsers(dest="photo_command", metavar="SUBCOMMAND")
    a = phs.add_parser("add", parents=[common], help="store a photo (JPEG/PNG) in the vault "
                       "(the default: `photo CASE_NO FILE` is read as this)")
    a.add_argument("case_no")
    a.add_argument("file")
    a.add_argument("--caption", default="")
    a.set_defaults(run=cmd_photo)
    d = phs.add_parser("remove", parents=[common],
                       help="remove a photo (as `person show` numbers it): its image is erased "
                            "from the vault's file, not only hidden; the audit trail keeps its "
                            "number, size and the reason, never the image")
    d.add_argument("photo_id", metavar="ID", type=positive_int)
    _removal_flags(d, "the photo's number")
    d.set_defaults(run=cmd_photo_remove)
    first_implied(ph, "add")


def _removal_flags(parser, typed: str) -> None:
    parser.add_argument("--reason", default="", help="why, for the audit trail")
    parser.add_argument("--yes", action="store_true",
                        help=f"remove without being asked (in a terminal, {typed} is otherwise "
                             f"typed back; elsewhere nothing is removed without it)")


def _persons_options(parser, record: str, about: str) -> None:
    """--add-person and --remove-person: a record filed under the wrong woman put right."""
    parser.add_argument("--add-person", action="append", default=[], metavar="CASE_NO",
                        help=f"add a person to those {about} (repeat for each)")
    parser.add_argument("--remove-person", action="append", default=[], metavar="CASE_NO",
                        help=f"take a person off the {record}: one it was filed under by "
                             f"mistake (repeat for each)")


def _source_flag(parser, lead: str, tail: str = "") -> None:
    """lead: the help's words before "that could identify its informant"; tail: after them."""
    flag = parser.add_mutually_exclusive_group()
    flag.add_argument("--could-identify-source", dest="identifying", action="store_const",
                      const=True, help=f"{lead} that could identify its informant: "
                                       "documents for a court, a family or the public leave "
                                       f"its text out{tail}")
    flag.add_argument("--cannot-identify-source", dest="identifying", action="store_const",
                      const=False, help="nothing in it could lead to the informant: a court "
                                        "dossier may print its text")


def cmd_report_add(args, ctx) -> int:
    s = ctx.open_session()
    identifying = args.identifying is not False  # withheld unless said otherwise
    rid = s.records.add_report(Report(
        received=fuzzy_date(args.received, "--received"), observed=fuzzy_date(args.observed, "--observed"),
        place=args.place, text=_text(args.text), source_code=args.source.strip(),
        credibility=args.credibility, could_identify_source=identifying,
        person_ids=(ids := _ids(s, args.person))))
    cases = _case_nos(s, [ids])[0]
    women = named(s, cases)
    ctx.out.emit({"report_id": rid, "could_identify_source": identifying, "persons": cases,
                  "named": women},
                 f"report {rid} recorded" + (f" ({WITHHELD})" if identifying else "")
                 + f"\n  persons: {named_text(s, said=women)}")
    return 0


def cmd_report_edit(args, ctx) -> int:
    changes: dict = {}
    if args.text is not None:
        changes["text"] = _text(args.text)
    if args.place is not None:
        changes["place"] = args.place
    if args.source is not None:
        changes["source_code"] = args.source.strip()
    if args.credibility is not None or args.no_credibility:
        changes["credibility"] = args.credibility
    if args.received is not None:
        changes["received"] = fuzzy_date(args.received, "--received")
    if args.observed is not None:
        changes["observed"] = fuzzy_date(args.observed, "--observed")
    if args.identifying is not None:
        changes["could_identify_source"] = args.identifying
    changes.update(outcome_changes(args))
    if not changes and not args.add_person and not args.remove_person:
        raise ValidationError("nothing to change: give --could-identify-source, "
                              "--cannot-identify-source, --text, --place, --source, "
                              "--credibility, --received, --observed, --proved-false, "
                              "--not-proved-false, --add-person or --remove-person")
    s = ctx.open_session()
    followed: list = []
    left: list = []
    changed = s.records.edit_report(args.report_id, changes, args.add_person,
                                    args.remove_person, followed, left)
    report = s.records.get_report(args.report_id)
    said = (WITHHELD if report.could_identify_source
            else "cannot identify its source: a court dossier prints its text (of a woman "
                 "still held, only if it is of her abduction)")
    text = (f"report {args.report_id} changed ({', '.join(changed)}); it {said}" if changed
            else f"report {args.report_id} already says so: nothing changed; it {said}")
    persons = _case_nos(s, [report.person_ids])[0]
    women = named(s, persons)
    if "persons" in changed:
        text += f"\n  it is about {named_text(s, sep=', ', said=women)} now"
        text += "".join(f"\n  {_left_said(args.report_id, x)}" for x in left)
    if report.proved_false:
        text += f"\n  it is marked {proved_false_said(proved_false_dict(report))}"
    # a status it dated follows its new observed date: said, as `rescue edit --date` says hers
    text = "\n".join([text, *followed_lines(args.report_id, followed)])
    ctx.out.emit({"report_id": args.report_id, "changed": changed, "persons": persons,
                  "named": women,
                  "statuses_dated": [f._asdict() for f in followed],
                  "statuses_left_behind": [
                      {"taken_off": x.taken_off, "status": x.status, "date": x.date,
                       "commands": [x.command(args.report_id, c) for c in x.to]}
                      for x in left],
                  "could_identify_source": report.could_identify_source}, text)
    return 0


def _left_said(report_id: int, x) -> str:
    """A status told on the report of a woman taken off it: not moved with it, and the command
    that tells it on the women it is about now (a rescue moves its own statuses)."""
    dated = f" of {x.date}" if x.date else ""
    said = (f"{x.taken_off}'s status {x.status}{dated}, told on report {report_id}, stays "
            f"behind: it does not move with the report")
    if x.to:
        said += ("; if it is of " + " or ".join(x.to) + ", tell it: "
                 + "; ".join(x.command(report_id, c) for c in x.to))
    return said


def cmd_report_delete(args, ctx) -> int:
    s = ctx.open_session()
    report = s.records.get_report(args.report_id)
    s.records.who.refuse_deletion(report.id)  # refused before she is asked to confirm
    persons = _case_nos(s, [report.person_ids])[0]
    confirm_deletion(str(report.id), f"report {report.id} (received "
                     f"{report.received.display() or 'no date'}, about "
                     f"{', '.join(persons) or 'no one'})",
                     ["  its text, place and source code go with it; the audit trail keeps "
                      "only its number, source code and persons"], args.yes)
    s.records.delete_report(report.id, args.reason)
    ctx.out.emit({"report_id": report.id, "deleted": True, "persons": persons},
                 f"report {report.id} deleted; {', '.join(persons) or 'no one'} no longer "
                 f"named in it")
    return 0


def cmd_report_list(args, ctx) -> int:
    s = ctx.open_session()
    reports, kept = reports_listed(s, args.limit, args.person, args.source)
    typed = s.persons.get(args.person).case_no if args.person else None
    if kept:
        # said apart from the list (on stderr), so --json stays a list of reports
        ctx.out.note(f"{typed} is merged into {kept}: the reports about {kept} are listed, "
                     f"with those about the records merged into it")
    said = named_lists(s, [r.person_ids for r in reports])  # each woman read once, all at once
    data = [{**report_dict(r, [p["case_no"] for p in women]), "named": women}
            for r, women in zip(reports, said, strict=True)]
    ctx.out.emit(data, "\n".join(_report_line(r, named_text(s, said=women))
                                 for r, women in zip(reports, said, strict=True))
                 or _none_listed(kept or typed, args.source))
    return 0


def _none_listed(case_no: str | None, source: str | None) -> str:
    """'(no reports about SNJ-00001 from source K7)': what the filters left none of."""
    said = (f" about {case_no}" if case_no else "") + (
        f" from source {source}" if source is not None else "")
    return f"(no reports{said})"


def _report_line(r: Report, persons: str) -> str:
    """One report on a line: each field named, as most are often blank; its text cut as
    `person show` cuts it, saying so."""
    fields = [("received", r.received.display()), ("observed", r.observed.display()),
              ("persons", persons), ("source", r.source_code),
              ("credibility", credibility_said(r.credibility)), ("place", r.place)]
    return "\t".join([str(r.id), *(f"{k} {v}" for k, v in fields if v),
                      report_text({"id": r.id, "text": r.text}, LIST_CUT)]) \
        + (f"\t[{WITHHELD}]" if r.could_identify_source else "") \
        + (f"\t[{proved_false_said(proved_false_dict(r))}]" if r.proved_false else "")


LIST_CUT = 60  # a report's text in `report list`


def cmd_rescue_add(args, ctx) -> int:
    s = ctx.open_session()
    op = RescueOperation(person_ids=_ids(s, args.person), costs=[read_cost(c) for c in args.cost or []],
                         **_rescue_changes(args))
    rid = s.records.add_rescue(op)
    now = s.records.rescue_statuses_now(op)
    cases = _case_nos(s, [op.person_ids])[0]
    women = named(s, cases)
    ctx.out.emit({"rescue_id": rid, "gives_status": op.gives_status, "persons": _now_json(now),
                  "named": women},
                 "\n".join([f"rescue operation {rid} recorded; {gives_said(op)}",
                            f"  persons: {named_text(s, said=women)}",
                            *_now_lines(now, bool(rescue_statuses(op)))]))
    return 0


def cmd_rescue_edit(args, ctx) -> int:
    changes = _rescue_changes(args)
    costs = [read_cost(c) for c in args.cost] if args.cost else None
    added = [read_cost(c) for c in args.add_cost] if args.add_cost else []
    if costs is not None and added:
        raise ValidationError("--cost gives the whole ledger and --add-cost adds to it: give one "
                              "or the other")
    if not changes and costs is None and not added and not args.add_person \
            and not args.remove_person:
        raise ValidationError("nothing to change: give at least one option (see --help)")
    s = ctx.open_session()
    before = s.records.get_rescue(args.rescue_id)
    was = before.costs
    # her status before the edit: a date moved or the status withdrawn may change it
    had = {p.case_no: p.current_status for p in s.persons.as_kept(list(before.person_ids))}
    if added:
        costs = [*was, *added]
    changed = s.records.edit_rescue(args.rescue_id, changes, args.add_person,
                                    args.remove_person) \
        if changes or args.add_person or args.remove_person else []
    ledger = []
    if costs is not None and s.records.replace_costs(args.rescue_id, costs):
        changed.append("costs")
        # said in full: a ledger replaced by one line had lost its other payments unseen
        ledger = [f"  ledger was: {_ledger(was)}", f"  ledger now: {_ledger(costs)}"]
    op = s.records.get_rescue(args.rescue_id)
    now = s.records.rescue_statuses_now(op)
    head = (f"rescue operation {op.id} changed ({', '.join(changed)}); {gives_said(op)}"
            if changed else f"rescue operation {op.id} already says so: nothing changed")
    # those taken off, with the status the rescue no longer gives them
    off = [s.persons.get(c) for c in args.remove_person] if "persons" in changed else []
    ctx.out.emit({"rescue_id": op.id, "changed": changed, "gives_status": op.gives_status,
                  "persons": _now_json(now, had), "taken_off": [
                      {"case_no": p.case_no, "status": p.current_status.value} for p in off]},
                 "\n".join([head, *ledger, *_now_lines(now, bool(rescue_statuses(op)), had),
                            *(f"  {p.case_no} taken off; she is now {p.current_status.value}"
                              for p in off)]))
    return 0


def _ledger(costs) -> str:
    return "; ".join(f"{c.amount:,} {c.currency}" + (f" to {c.paid_to}" if c.paid_to else "")
                     for c in costs) or "no lines"


def cmd_rescue_delete(args, ctx) -> int:
    s = ctx.open_session()
    op = s.records.get_rescue(args.rescue_id)
    people = s.persons.as_kept(list(op.person_ids))
    confirm_deletion(str(op.id), f"rescue operation {op.id} ({op.date.display() or 'no date'}, "
                     f"{len(op.person_ids)} person{'s' if len(op.person_ids) != 1 else ''})",
                     [f"  {', '.join(p.case_no for p in people)}; its ledger of "
                      f"{len(op.costs)} line{'s' if len(op.costs) != 1 else ''} and the "
                      f"statuses it gave go with it"], args.yes)
    was = {p.case_no: p.current_status for p in people}
    op = s.records.delete_rescue(args.rescue_id, args.reason)
    now = s.records.rescue_statuses_now(op)
    # the status she had from this rescue gone: "stays missing" read as if nothing changed
    said = [f"  {n.case_no} is now {n.status.value} (was {was[n.case_no].value})"
            if was.get(n.case_no) not in (None, n.status) else f"  {n.case_no} stays "
            f"{n.status.value}" for n in now]
    ctx.out.emit({"rescue_id": op.id, "deleted": True, "persons": _now_json(now, was)},
                 "\n".join([f"rescue operation {op.id} deleted, with the statuses it gave",
                            *said]))
    return 0


def cmd_rescue_list(args, ctx) -> int:
    s = ctx.open_session()
    # oldest first by the rescue's own date (as the help says), not by when it was entered: a
    # rescue of 2015 entered after one of 2017 came after it; undated ones last, by number
    ops = sorted(s.records.list_rescues(), key=lambda op: (
        op.date.earliest is None, op.date.earliest or date.min, op.id))[:args.limit]
    persons = _case_nos(s, [op.person_ids for op in ops])
    data = [{"id": op.id, "date": date_to_dict(op.date), "persons": cases,
             "gives_status": op.gives_status,
             "gave": [{"status": status, "date": date_to_dict(when)}
                      for status, when in rescue_statuses(op)],
             "outcome": op.outcome, "costs": [cost_json(c) for c in op.costs],
             "totals": totals_json(totals(op.costs))}
            for op, cases in zip(ops, persons, strict=True)]
    ctx.out.emit(data, "\n".join(
        "\t".join([str(op.id), op.date.display() or "no date", " ".join(cases) or "none left",
                   _gave(op), op.outcome.replace("\n", " ")[:60],
                   f"paid: {money_said(totals(op.costs))}"])
        for op, cases in zip(ops, persons, strict=True)) or "(no rescue operations)")
    return 0


def _gave(op: RescueOperation) -> str:
    """What a rescue gave its persons, in a list's few words."""
    if op.gives_status is None:
        return "gave: not said (recorded before a rescue gave a status)"
    gave = rescue_statuses(op)
    if not gave:
        return "gave: none (it freed none of them)"
    return "gave: " + ", ".join(f"{status} {when.display() or '(no date)'}"
                                for status, when in gave)


def cmd_rescue_show(args, ctx) -> int:
    s = ctx.open_session()
    op = s.records.get_rescue(args.rescue_id)
    people = s.persons.as_kept(list(op.person_ids))  # a record merged since: the kept one
    now = s.records.rescue_statuses_now(op)
    data = {"id": op.id, "date": date_to_dict(op.date), "from_place": op.from_place,
            "route": op.route, "handover_point": op.handover_point, "team_codes": op.team_codes,
            "outcome": op.outcome, "handover_to_family": date_to_dict(op.handover_to_family),
            "needs": op.needs, "notes": op.notes, "gives_status": op.gives_status,
            "persons": [p.case_no for p in people], "statuses_now": _now_json(now),
            "costs": [cost_json(c) for c in op.costs], "totals": totals_json(totals(op.costs))}
    fields = [("route", op.route), ("handover point", op.handover_point),
              ("team", op.team_codes), ("outcome", op.outcome),
              ("to family", op.handover_to_family.display()), ("needs", op.needs),
              ("notes", op.notes)]
    head = "  ".join(x for x in (f"rescue {op.id}", op.date.display(),
                                 op.from_place and f"from {op.from_place}") if x)
    text = "\n".join([head,
                      f"  persons: {', '.join(p.case_no for p in people)}",
                      *(f"  {k}: {v}" for k, v in fields if v),
                      f"  {gives_said(op)}", *_now_lines(now, bool(rescue_statuses(op))),
                      *(f"  cost: {c.amount} {c.currency}  {c.paid_to}  {c.purpose}"
                        for c in op.costs),
                      *(f"  total: {v} {k}" + ("" if is_known(k) else f" ({NOT_KNOWN})")
                        for k, v in totals(op.costs).items())])
    ctx.out.emit(data, text)
    return 0


# what a --cost's parts may hold: the purpose is the rest of the text, ':' and all
COST_PARTS_HELP = ("a paid-to holds no ':', a purpose may (\"200:USD:driver D-2:pickup at 10:30\") "
                   "but begins with none")

RESCUE_STATUS_HELP = (
    "A rescue gives each person it names a status, marked as coming from it: --status "
    "rescued (the default of rescue add) makes her rescued at the rescue's --date, and "
    "reunited at --handover-to-family when that date is given; reunited makes her reunited "
    "even without that date; none gives no status (an operation that failed). The outcome is "
    "free text and decides nothing. A status later or further along her case stays hers. "
    "Editing the rescue moves its statuses; deleting it takes them back.")


def _rescue_options(p, default_status: str | None) -> None:
    """The options of a rescue's fields; rescue edit changes only those given (None)."""
    p.add_argument("--date", metavar=DATE)
    p.add_argument("--handover-to-family", metavar=DATE,
                   help="the day she was handed over to her family (say where and to whom "
                        "under --handover-point or --notes)")
    for opt in ("from-place", "route", "handover-point", "team", "outcome", "needs", "notes"):
        p.add_argument(f"--{opt}")
    p.add_argument("--status", choices=RESCUE_GIVES, default=default_status,
                   help="the status it gives each of its persons"
                        + (f" (default: {default_status})" if default_status else ""))


_TEXT_OPTIONS = {"from_place": "from_place", "route": "route", "handover_point": "handover_point",
                 "team": "team_codes", "outcome": "outcome", "needs": "needs", "notes": "notes"}


def _rescue_changes(args) -> dict:
    """The rescue fields the options give, read as the other date options are read."""
    out = {field: getattr(args, opt) for opt, field in _TEXT_OPTIONS.items()
           if getattr(args, opt) is not None}
    if args.date is not None:
        out["date"] = fuzzy_date(args.date, "--date")
    if args.handover_to_family is not None:
        out["handover_to_family"] = fuzzy_date(args.handover_to_family, "--handover-to-family")
    if args.status is not None:
        out["gives_status"] = args.status
    return out


def gives_said(op: RescueOperation) -> str:
    """What the rescue gives its persons, in words the lawyer can check."""
    gives = rescue_statuses(op)
    if op.gives_status is None:
        return ("it was recorded before a rescue gave a status: it gives none (give one with "
                f"`rescue edit {op.id} --status rescued`)")
    if not gives:
        return "it gives no status (--status none)"
    return "it gives the status " + " and ".join(
        f"{status} ({when.display() or 'date not given: known by today'})"
        for status, when in gives)


def _now_lines(now, gives: bool = True, was: dict | None = None) -> list[str]:
    """Each person's status now; where the rescue gave one that is not hers, why. was: her
    status before an edit, by case number: one the edit changed is said as changed ("is now
    located (was rescued)"), never as staying."""
    out = []
    for n in now:
        before = (was or {}).get(n.case_no)
        moved = before is not None and before != n.status
        if n.from_this_rescue:
            # an edit that gave her this status says what she was, as --json does
            out.append(f"  {n.case_no} is now {n.status.value}"
                       + (f" (was {before.value})" if moved else ""))
            continue
        line = (f"  {n.case_no} is now {n.status.value} (was {before.value})" if moved else
                f"  {n.case_no} stays {n.status.value}")
        if gives:
            line += (DEATH_STAYS.format(case_no=n.case_no) if n.status == Status.DECEASED
                     else ": a status later or further along her case" if moved
                     else " (a status later or further along her case)")
        out.append(line)
    return out


# A death dated only by its year holds any day of it: a rescue or a reunion that year may come
# before it. The lawyer who knows the death was a false report must be told how to say so.
DEATH_STAYS = (" (her death is dated so that it may come after this; if it was reported in "
               "error, withdraw it: casekeeper person status-withdraw {case_no} deceased "
               "--reason ...)")


def _now_json(now, had: dict | None = None) -> list[dict]:
    """Each person's status now; "was" where it changed (had: hers before, by case number)."""
    return [{"case_no": n.case_no, "status": n.status.value,
             "from_this_rescue": n.from_this_rescue,
             **({"was": was.value} if (was := (had or {}).get(n.case_no)) not in (None, n.status)
                else {})} for n in now]


def cmd_relative(args, ctx) -> int:
    records = ctx.open_session().records
    merged = records.merged_under(args.case_no, args.relative_case_no)
    despite = records.link_relative(args.case_no, args.relative_case_no,
                                    RelativeLink(0, 0, Relation(args.relation), args.note),
                                    despite_ages=args.despite_ages)
    # --despite-ages given where it was not needed changes nothing, and is not said
    said = f"{args.case_no.upper()} {args.relation} {args.relative_case_no.upper()}" + (
        "" if despite is None else f" ({DESPITE_AGES_SAID.replace('%1', YearsWord(despite))})")
    ctx.out.emit({"linked": True, **({"despite_ages": despite} if despite is not None else {}),
                  **_merged_json(merged)}, _with_merged(said, merged))
    return 0


def _merged_json(merged: list[tuple[str, str]]) -> dict:
    """--json's word on a number merged into another record (RecordService.merged_under)."""
    return {"merged_into": [{"case_no": c, "into": live} for c, live in merged]} if merged else {}


def _with_merged(text: str, merged: list[tuple[str, str]]) -> str:
    """What was added, and where it shows when a number typed is a record merged into
    another: the contact, photo or link is stored on the record typed (a split gives it back,
    her deletion takes it) and shown under her live record."""
    return "\n".join([text, *(f"{c} is merged into {live}: added to {c}, shown under {live}"
                               for c, live in merged)])


def cmd_contact(args, ctx) -> int:
    records = ctx.open_session().records
    if args.change is not None:
        records.change_contact(args.case_no, args.change, name=args.name, phone=args.phone,
                               relation=args.relation)
        ctx.out.emit({"contact_id": args.change}, f"contact {args.change} changed")
        return 0
    merged = records.merged_under(args.case_no)
    cid = records.add_contact(args.case_no, FamilyContact(
        0, args.name or "", args.phone or "", args.relation or ""))
    ctx.out.emit({"contact_id": cid, **_merged_json(merged)},
                 _with_merged(f"contact {cid} added", merged))
    return 0


def cmd_photo(args, ctx) -> int:
    try:
        data = Path(args.file).read_bytes()
    except FileNotFoundError:
        from app.importing.reader import not_there  # the reader's modules only when needed
        raise InputFileError(not_there(args.file)) from None  # the folder looked in, as import says
    except OSError as e:
        raise InputFileError(f"{args.file}: {e.strerror}") from None
    turned = photos.turned_by_camera(data)
    records = ctx.open_session().records
    merged = records.merged_under(args.case_no)
    pid = records.add_photo(args.case_no, data, args.caption)
    said = " (turned upright as the camera's EXIF said, then the EXIF removed)" if turned else ""
    ctx.out.emit({"photo_id": pid, "turned": turned, **_merged_json(merged)},
                 _with_merged(f"photo {pid} stored in the vault{said}", merged))
    return 0


def cmd_relative_remove(args, ctx) -> int:
    s = ctx.open_session()
    links = s.records.removal.find_links(args.case_no, args.relative_case_no)  # refused first
    a, b = s.persons.get(args.case_no).case_no, s.persons.get(args.relative_case_no).case_no
    said = ", ".join(sorted({lk.relation.value for lk in links}))
    confirm_deletion(a, f"the link between {a} and {b} ({said})",
                     [f"  {len(links)} link{'s' if len(links) != 1 else ''} go, made from "
                      f"either side; both records stay"], args.yes, "remove")
    done = s.records.remove_relative(a, b, args.reason)
    ctx.out.emit({"case_no": a, "relative_case_no": b, "removed": True,
                  "relations": list(done.relations)},
                 f"{a} and {b} are no longer linked as relatives")
    return 0


def cmd_contact_remove(args, ctx) -> int:
    s = ctx.open_session()
    contact, where = s.records.removal.find_contact(args.contact_id)
    listed = (f"  it was read from list {contact.list_file}, row {contact.row_number}: that row "
              f"stays in the import's record as the list gave it" if contact.batch_id else
              "  the audit trail keeps its number and the reason, not the name or phone")
    confirm_deletion(str(contact.id), f"family contact {contact.id} of {where.case_no} "
                     f"({contact.name or 'no name given'}, {contact.phone or 'no phone'})",
                     [listed], args.yes, "remove")
    done = s.records.remove_contact(contact.id, args.reason)
    text = f"family contact {contact.id} removed from {done.case_no}"
    if done.from_list:
        text += (f"\n  list {done.from_list[0]}, row {done.from_list[1]} still gives it in the "
                 f"import's record (the list is kept as it was read)")
    ctx.out.emit({"contact_id": contact.id, "removed": True, "case_no": done.case_no,
                  "from_list": ({"file": done.from_list[0], "row": done.from_list[1]}
                                if done.from_list else None)}, text)
    return 0


def cmd_photo_remove(args, ctx) -> int:
    s = ctx.open_session()
    photo, where = s.records.removal.find_photo(args.photo_id)
    confirm_deletion(str(photo.id), f"photo {photo.id} of {where.case_no} ({photo.mime}, "
                     f"{len(photo.data)} bytes{', ' + photo.caption if photo.caption else ''})",
                     ["  its image is erased from the vault; the audit trail keeps its number, "
                      "size and the reason, not the image"], args.yes, "remove")
    done = s.records.remove_photo(photo.id, args.reason)
    ctx.out.emit({"photo_id": photo.id, "removed": True, "case_no": done.case_no},
                 f"photo {photo.id} removed from {done.case_no}; its image is erased from the "
                 f"vault")
    return 0
