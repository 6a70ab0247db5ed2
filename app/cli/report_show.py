"""`report show ID`: one report whole, its text not cut as `report list` and `person show` cut it."""

from __future__ import annotations

from app.cli.named import named, named_text
from app.domain.records import credibility_said
from app.report_list import proved_false_dict, proved_false_said, report_dict

# said where a list cuts a report's text, so the lawyer knows there is more and how to read it
WHOLE = "casekeeper report show {id}"
WITHHELD = "could identify its source: its text is withheld outside the team"


def register_show(rs, common) -> None:
    sh = rs.add_parser("show", parents=[common],
                       help="show one report whole: its dates, persons, source code, "
                            "credibility, place and its whole text")
    sh.add_argument("report_id", metavar="ID", type=int)
    sh.set_defaults(run=cmd_report_show)


def cmd_report_show(args, ctx) -> int:
    s = ctx.open_session()
    r = s.records.get_report(args.report_id)
    # a record merged since is named by the one it is part of now, as `report list` names it
    cases = [p.case_no for p in s.persons.as_kept(list(r.person_ids))]
    women = named(s, cases)
    fields = [("received", r.received.display()), ("observed", r.observed.display()),
              ("persons", named_text(s, sep="\n" + " " * 15, said=women)), ("source", r.source_code),
              ("credibility", credibility_said(r.credibility)), ("place", r.place)]
    # its outcome under its credibility: judged when it came in, proved false later
    fields.append(("outcome", proved_false_said(proved_false_dict(r))))
    lines = [f"report {r.id}" + (f"  [{WITHHELD}]" if r.could_identify_source else "")
             + ("  [PROVED FALSE]" if r.proved_false else ""),
             *(f"  {k:<12} {v}" for k, v in fields if v), "", r.text]
    ctx.out.emit({**report_dict(r, cases), "named": women}, "\n".join(lines))
    return 0
