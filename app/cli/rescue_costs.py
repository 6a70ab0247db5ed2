"""`casekeeper rescue costs`: what every rescue ledger paid, in each currency, to whom and for
whom; for the team only (no paper prints it)."""

from __future__ import annotations

from app.domain.person import person_names_shown
from app.domain.records import rescue_statuses
from app.ledger_totals import by_payee, by_woman, money_said, totals, totals_json

SAID = ("an operation's whole ledger under each woman it names: a ransom for three sisters "
        "cannot be split between them, so these sums add up to more than the total")


def register(rcs, common, run) -> None:
    c = rcs.add_parser("costs", parents=[common],
                       help="what the rescue ledgers paid, per currency: in all, to each "
                            "payee and for each woman (the team's own: no paper prints it)")
    c.set_defaults(run=run)


def cmd_rescue_costs(args, ctx) -> int:
    ops, kept, _own = ctx.open_session().records.rescues_listed()
    paid = [op for op in ops if op.costs]
    payees = by_payee(paid)
    women = by_woman(paid, {i: p.case_no for i, p in kept.items()})
    people = {p.case_no: p for p in kept.values()}
    # an attempt that failed: paid for her, not for her freedom
    freed_none = [op.id for op in paid if op.gives_status is not None
                  and not rescue_statuses(op)]
    all_paid = totals(c for op in paid for c in op.costs)
    data = {"rescues": len(ops), "rescues_with_costs": len(paid),
            "totals": totals_json(all_paid),
            "by_payee": [{"paid_to": name, "totals": totals_json(totals(s.costs)),
                          "rescues": s.rescues} for name, s in payees.items()],
            "by_woman": [{"case_no": case, "totals": totals_json(totals(s.costs)),
                          "rescues": s.rescues} for case, s in sorted(women.items())],
            "by_woman_note": SAID, "freed_none": freed_none}

    def ref(ids: list[int]) -> str:
        failed = [str(i) for i in ids if i in freed_none]
        return (("rescue " if len(ids) == 1 else "rescues ") + ", ".join(map(str, ids))
                + (f"; {', '.join(failed)} freed no one" if failed else ""))
    lines = [f"paid in {len(paid)} of {len(ops)} rescue operations: {money_said(all_paid)}"]
    if payees:
        lines.append("to each payee:")
        lines += [f"  {name}: {money_said(totals(s.costs))} ({ref(s.rescues)})"
                  for name, s in payees.items()]
        lines.append(f"for each woman ({SAID}):")
        for case, s in sorted(women.items()):
            names = " ".join(n for n in person_names_shown(people[case]) if n)
            lines.append(f"  {case} {names}: {money_said(totals(s.costs))} ({ref(s.rescues)})")
    ctx.out.emit(data, "\n".join(lines))
    return 0
