"""What rescue ledgers paid: the one sum per currency that `rescue show`, `rescue list`, `rescue
costs`, the rescue paper and the desktop's Paid column all give, and the sums over operations
by payee and by woman."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from app.currencies import is_known
from app.domain.records import CostEntry, RescueOperation

NO_PAYEE = "(payee not said)"


def totals(costs: Iterable[CostEntry]) -> dict[str, Decimal]:
    """The total paid in each currency, by currency code (a code once, however many lines)."""
    sums: dict[str, Decimal] = {}
    for c in costs:
        sums[c.currency] = sums.get(c.currency, Decimal(0)) + c.amount
    return dict(sorted(sums.items()))


def money_said(sums: dict[str, Decimal]) -> str:
    """'1,500,000 IQD; 15,800 USD' (by currency code); 'nothing recorded' for no line."""
    return "; ".join(f"{v:,} {k}" for k, v in sums.items()) or "nothing recorded"


def cost_json(c: CostEntry) -> dict:
    """A ledger line as --json gives it (amounts as text: money is never a float), and whether
    its code is a currency's (known_currency: false of one an earlier version took unchecked,
    UDS, as the text says "not a known currency code")."""
    return {"amount": str(c.amount), "currency": c.currency,
            "known_currency": is_known(c.currency), "paid_to": c.paid_to, "purpose": c.purpose}


def totals_json(sums: dict[str, Decimal]) -> list[dict]:
    """The totals per currency as --json gives them, each marked as cost_json marks a line."""
    return [{"currency": k, "amount": str(v), "known_currency": is_known(k)}
            for k, v in sums.items()]


@dataclass
class Share:
    """The lines summed under one payee or one woman, and the operations they came from."""

    costs: list[CostEntry] = field(default_factory=list)
    rescues: list[int] = field(default_factory=list)

    def add(self, costs: Iterable[CostEntry], rescue_id: int) -> None:
        self.costs += list(costs)
        if rescue_id not in self.rescues:
            self.rescues.append(rescue_id)


def by_payee(ops: Iterable[RescueOperation]) -> dict[str, Share]:
    """Each payee as written (spaces aside; letters' case aside, kept as first written), with
    what was paid to them, in the order first paid."""
    out: dict[str, Share] = {}
    named: dict[str, str] = {}
    for op in ops:
        for c in op.costs:
            payee = " ".join(c.paid_to.split()) or NO_PAYEE
            key = named.setdefault(payee.casefold(), payee)
            out.setdefault(key, Share()).add([c], op.id)
    return out


def by_woman(ops: Iterable[RescueOperation], kept: dict[int, str]) -> dict[str, Share]:
    """Each woman an operation with a ledger names (kept: her case number as kept now, by the id
    the operation names), with the whole ledger of every such operation: a ransom paid for
    three sisters is under each of them, for it cannot be split between them."""
    out: dict[str, Share] = {}
    for op in ops:
        if not op.costs:
            continue
        for case_no in dict.fromkeys(kept[i] for i in op.person_ids if i in kept):
            out.setdefault(case_no, Share()).add(op.costs, op.id)
    return out
