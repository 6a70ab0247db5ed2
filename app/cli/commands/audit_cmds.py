"""Audit commands: verify the chain, list entries."""

from __future__ import annotations

import json
import re

from app.audit import NOTES_ERASED
from app.audit_words import detail_said, sentence
from app.cli.options import positive_int
from app.domain.errors import ValidationError
from app.persons import normalise_case_no
from app.record_trail import case_numbers_by_entry
from app.status_check import statuses_on_others_reports


def register(sub, common) -> None:
    p = sub.add_parser("audit", parents=[common], help="the tamper-evident audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="SUBCOMMAND")
    v = audit_sub.add_parser("verify", parents=[common],
                             help="check every link; report the first broken one")
    v.add_argument("--noted", metavar="HEAD",
                   help="a chain head noted earlier (or the 16 digits on a dossier): check that "
                        "the log still holds it, i.e. nothing after it was cut off")
    v.set_defaults(run=cmd_verify)
    lg = audit_sub.add_parser("log", parents=[common], help="list audit entries")
    lg.add_argument("--case", help="only entries about this case number")
    lg.add_argument("--limit", type=positive_int, default=50, help="the newest N entries (default 50)")
    lg.set_defaults(run=cmd_log)
    st = audit_sub.add_parser("statuses", parents=[common],
                              help="list the statuses resting on a report about none of the "
                                   "records she stands for (a split by an earlier version may "
                                   "have left them); changes nothing")
    st.set_defaults(run=cmd_statuses)


def cmd_statuses(args, ctx) -> int:
    """Read only: each status on a report about another record, for the lawyer to look at."""
    found = statuses_on_others_reports(ctx.open_session())
    lines = [f"{f['case_no']}: {f['date'] or '(undated)'} {f['status']} [report {f['report']}] "
             f"rests on a report about {', '.join(f['report_about'])}, not about her; read both: "
             f"casekeeper person show {f['case_no']}; casekeeper report show {f['report']}"
             for f in found]
    text = "\n".join([f"{len(found)} status(es) rest on a report about another record "
                      "(nothing was changed):", *lines] if found else
                     ["no status rests on a report about another record (nothing was changed)"])
    ctx.out.emit({"statuses": found}, text)
    return 0


def cmd_verify(args, ctx) -> int:
    noted = (args.noted or "").strip().lower()
    if noted and not re.fullmatch(r"[0-9a-f]{16,64}", noted):
        raise ValidationError("--noted: a chain head is 16 to 64 hex digits")
    trail = ctx.open_session().audit
    report = trail.verify()
    data = {"ok": report.ok, "entries": report.entries, "chain_head": report.head,
            "first_broken_seq": report.first_broken_seq, "problem": report.problem,
            "erased_entries": report.erased_count,
            "erased_by": [{"entry": seq, "record": ref, "erased": n}
                          for seq, ref, n in report.erased],
            "notes_erased_by": [{"entry": seq, "erased": n} for seq, n in report.notes_erased]}
    text = (f"audit chain intact: {report.entries} entries{_erased_said(report)}\n"
            f"chain head: {report.head}"
            if report.ok else
            f"AUDIT CHAIN BROKEN at entry {report.first_broken_seq}: {report.problem}\n"
            f"chain head: {report.head}")
    ok = report.ok
    if noted:
        seq = trail.find_head(noted)
        data["noted_head_entry"] = seq
        ok = ok and seq is not None
        text += (f"\nnoted head {noted[:16]} is entry {seq}: the log still holds it"
                 if seq is not None else
                 f"\nNOTED HEAD {noted[:16]} NOT FOUND: the log was cut back or replaced since "
                 "it was noted")
        if seq is not None:
            later = trail.erased_after(seq)
            # each erased entry with what it was of (the action and record it keeps): what a
            # reader with the paper of then compares, an erasure being forgeable by anyone
            # who holds the passphrase (docs/VAULT-FORMAT.md)
            what = trail.described([q for *_, seqs in later for q in seqs])
            # an entry a deletion listed may be gone from the log itself (the chain is then
            # broken and said so above): said missing, never a crash
            data["erased_since_noted"] = [
                {"entry": d, "by": by, "record": ref, "entries": seqs,
                 "erased": [{"entry": q, "action": what[q][0], "entity": what[q][1],
                             "ref": what[q][2]} if q in what else {"entry": q, "missing": True}
                            for q in seqs]}
                for d, by, ref, seqs in later]
            text += "".join(
                f"\nerased since it was noted: {len(seqs)} of the entries up to it, "
                f"{_erased_by(by, ref, d)}: entries "
                + ", ".join(f"{q} ({what[q][0]} of {what[q][1]} {what[q][2]})".replace(" )", ")")
                            if q in what else f"{q} (MISSING from the log)" for q in seqs)
                for d, by, ref, seqs in later)
    data["ok"] = ok
    ctx.out.emit(data, text)
    return 0 if ok else 8


def _erased_by(action: str, ref: str, entry: int) -> str:
    """What erased entries: a person's deletion, or the pass that erased the words of notes,
    as it says: what else such an entry says is no longer sealed as written, and anyone who
    holds the passphrase could write such a pass (docs/VAULT-FORMAT.md)."""
    if action == NOTES_ERASED:
        return (f"only the words of notes in them, as the one-time pass at this version's first "
                f"unlock says (entry {entry}; no deletion): what else they say now is not "
                "sealed as written")
    return f"by the deletion of {ref} (entry {entry})"


def _erased_said(report) -> str:
    """'; 12 of them erased by deletions: SNJ-00016 (entry 90): 10 entries, SNJ-00020 (entry
    95): 2 entries': the entries whose content a person's deletion erased, each deletion
    sealing them (a bare number at the end read as a stray, a tester found); and those the
    pass erased the words of notes from ('; 7 of them with the words of notes erased by this
    version (entry 96)')."""
    said = ""
    if report.erased:
        by = ", ".join(f"{ref} (entry {seq}): {n} {'entry' if n == 1 else 'entries'}"
                       for seq, ref, n in report.erased)
        said = (f"; {report.erased_count} of them with their content erased by "
                f"{'a deletion' if len(report.erased) == 1 else 'deletions'}: {by}")
    for seq, n in report.notes_erased:
        said += (f"; {n} of them with the words of notes erased by this version at an "
                 f"unlock (entry {seq})")
    return said


def cmd_log(args, ctx) -> int:
    session = ctx.open_session()
    if args.case:
        rows = session.records.trail_about(normalise_case_no(args.case))[-args.limit:]
    else:  # the newest page only, printed oldest first like the per-case history
        rows = session.audit.newest(args.limit).rows[::-1]
    data = [{"seq": r.seq, "at": r.at, "action": r.action, "entity": r.entity,
             "ref": r.entity_ref, "detail": json.loads(r.detail)} for r in rows]
    case_nos = case_numbers_by_entry(session.persons, session.audit, rows)
    ctx.out.emit(data, "\n".join(_line(e, case_nos.get(e["seq"], {})) for e in data)
                 or "(no entries)")
    return 0


def _line(entry: dict, case_nos: dict[int, str]) -> str:
    """'    12 2026-12-04T21:10:03Z  person SNJ-00001  Status changed to rescued: status:
    missing -> rescued; via: cli': what was done in words, its detail on the same line."""
    detail = entry["detail"] if isinstance(entry["detail"], dict) else {}
    record = f"{entry['entity']} {entry['ref'] or ''}".strip()
    said = detail_said(detail, case_nos, entry["action"])
    return (f"{entry['seq']:>6} {entry['at']}  {record}  {sentence(entry['action'], detail)}"
            + (f" \u2014 {said}" if said else ""))
