"""`report sources`: per source code, its reports, the women named, proved false, and rescued later."""

from __future__ import annotations

from app.cli.options import source_code_arg
from app.report_sources import sources_listed

HELP = ("per source code: its reports, the women they name, how many proved false, and how many "
        "of those women were first freed (rescued or reunited) on or after the day its report "
        "told of her (never by a report proved false or of no known date). For the team only: "
        "source codes are never printed on a family's papers, and no paper prints this table")


def register_sources(rs, common) -> None:
    sp = rs.add_parser("sources", parents=[common], help=HELP, description=HELP)
    sp.add_argument("--source", metavar="CODE", type=source_code_arg,
                    help="only this source code (any case)")
    sp.set_defaults(run=cmd_report_sources)


def cmd_report_sources(args, ctx) -> int:
    s = ctx.open_session()
    tallies = sources_listed(s)
    if args.source is not None:
        tallies = [t for t in tallies if t.code == args.source]
    lines = [f"{t.code or '(no code)'}\treports {len(t.reports)}\twomen named {len(t.women)}"
             f"\tproved false {len(t.proved_false)}"
             + (f" (report {', '.join(map(str, t.proved_false))})" if t.proved_false else "")
             + f"\trescued later {len(t.rescued_later)}"
             + (f" ({' '.join(t.rescued_later)})" if t.rescued_later else "")
             for t in tallies]
    none = (f"(no reports from source {args.source})" if args.source is not None
            else "(no reports)")
    ctx.out.emit([t.as_dict() for t in tallies], "\n".join(lines) or none)
    return 0
