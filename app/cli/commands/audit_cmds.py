"""Audit commands: verify the chain, list entries."""

from __future__ import annotations

import json

from app.domain.errors import ValidationError


def register(sub, common) -> None:
    p = sub.add_parser("audit", parents=[common], help="the tamper-evident audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="SUBCOMMAND")
    v = audit_sub.add_parser("verify", parents=[common],
                             help="check every link; report the first broken one")
    v.set_defaults(run=cmd_verify)
    lg = audit_sub.add_parser("log", parents=[common], help="list audit entries")
    lg.add_argument("--case", help="only entries about this case number")
    lg.add_argument("--limit", type=int, default=50, help="the newest N entries (default 50)")
    lg.set_defaults(run=cmd_log)


def cmd_verify(args, ctx) -> int:
    report = ctx.open_session().audit.verify()
    data = {"ok": report.ok, "entries": report.entries, "chain_head": report.head,
            "first_broken_seq": report.first_broken_seq, "problem": report.problem}
    text = (f"audit chain intact: {report.entries} entries\nchain head: {report.head}"
            if report.ok else
            f"AUDIT CHAIN BROKEN at entry {report.first_broken_seq}: {report.problem}\n"
            f"chain head: {report.head}")
    ctx.out.emit(data, text)
    return 0 if report.ok else 8


def cmd_log(args, ctx) -> int:
    if args.limit < 1:
        raise ValidationError(f"--limit: {args.limit} is not a number of entries (1 or more)")
    session = ctx.open_session()
    if args.case:
        rows = session.audit.history("person", args.case.upper())[-args.limit:]
    else:  # the newest page only, printed oldest first like the per-case history
        rows = session.audit.newest(args.limit).rows[::-1]
    data = [{"seq": r.seq, "at": r.at, "action": r.action, "entity": r.entity,
             "ref": r.entity_ref, "detail": json.loads(r.detail)} for r in rows]
    ctx.out.emit(data, "\n".join(f"{r.seq:>6} {r.at} {r.action:<18} {r.entity_ref} {r.detail}"
                                 for r in rows) or "(no entries)")
    return 0
