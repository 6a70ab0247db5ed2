"""A rescue's ledger line read from what was typed: its amount and currency, refused where they
could be read two ways or are no amount, the same for `rescue add --cost` and the desktop's
rescue form."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.currencies import PAID_IN_IRAQ, code_of, codes_of_word, near_code
from app.domain.errors import ValidationError
from app.domain.records import CostEntry


class CostRefused(ValidationError):
    """An amount or a currency that is refused: why (one of WHY), what was typed, and the
    reason in the command line's words. A front end may say it in its own words by why."""

    WHY = ("two_ways", "not_positive", "not_amount", "no_currency", "which_currency")

    def __init__(self, why: str, typed: str, said: str, codes: tuple[str, ...] = ()) -> None:
        super().__init__(said)
        # codes: the code a currency mistyped is nearest (UDS: USD), or those a word may mean
        self.why, self.typed, self.codes = why, typed, codes


_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$|^\d+(?:\.\d{1,2})?$")
_DOTS_OF_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# Two dots or more between groups of three digits (1.500.000, as Iraqi receipts write dinars):
# no fraction has two dots, so they can only group thousands.
_DOTS_ONLY_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")
# Spaces between groups of three digits (1 500 000; a no-break or thin space as a word
# processor puts it): a space is never a decimal mark. A fraction after a dot as in _AMOUNT.
_SPACED_THOUSANDS = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d{1,2})?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")


def read_amount(text: str) -> Decimal:
    """An amount paid, typed as digits with at most two after a dot (12500, 12,500, 2500.50),
    thousands grouped by commas, by spaces (1 500 000) or by two dots or more (1.500.000)."""
    typed = text.strip()
    if _DOTS_ONLY_THOUSANDS.match(typed):
        typed = typed.replace(".", ",")
    elif _SPACED_THOUSANDS.match(typed):
        typed = re.sub(r"[ \u00a0\u202f\u2009]", ",", typed)
    if _DOTS_OF_THOUSANDS.match(typed) or _DECIMAL_COMMA.match(typed):
        # 1.500 is fifteen hundred where dots group thousands, one and a half in English; 1,5
        # the other way round: never guessed (it was read as 1.5, and 1,5 as 15)
        raise CostRefused("two_ways", typed,
                          f"{typed!r} may be read two ways; write the amount with no "
                          f"separator, and a dot for a fraction (1500, 1.5)")
    if typed.startswith("-") and _AMOUNT.match(typed[1:]):
        raise CostRefused("not_positive", typed, "an amount paid is more than 0")
    if not _AMOUNT.match(typed):
        # 1e6 was stored and shown as 1E+6; 15000.999 kept a tenth of a fils
        raise CostRefused("not_amount", typed,
                          f"{typed!r} is not an amount; write digits, with at most two after "
                          f"a dot (12500, 2500.50)")
    try:
        amount = Decimal(typed.replace(",", ""))
    except InvalidOperation:
        raise CostRefused("not_amount", typed, f"{typed!r} is not an amount") from None
    if not amount.is_finite() or amount <= 0:
        raise CostRefused("not_positive", typed, "an amount paid is more than 0")
    return amount


# How a currency may be written, said where one is refused
_WRITE_CURRENCY = (f"write its three letters ({', '.join(PAID_IN_IRAQ)}, or another ISO 4217 "
                   f"code) or its name (dollar, dinar, euro)")
# the parts of a ledger line as `--cost` takes them
_PARTS = ("amount", "currency", "paid to", "purpose")
_COST_FORM = ("write AMOUNT:CURRENCY[:PAID_TO[:PURPOSE]], e.g. \"12500:USD:intermediary M-2:release\" "
              "(a paid-to holds no ':'; a purpose may, but not first: \"pickup at 10:30\")")


def read_currency(text: str) -> str:
    """A currency's ISO 4217 code, from the code or a word people write for it ($, dinar,
    دينار, dînar); an unknown code is refused, naming the code it is nearest (UDS: USD?), and
    a word of two currencies (lira: TRY or SYP) is refused, naming both."""
    typed = " ".join(text.split())
    code = code_of(typed)
    if code is not None:
        return code
    if not typed:
        raise CostRefused("no_currency", "", f"no currency is given; {_WRITE_CURRENCY}")
    if codes := codes_of_word(typed):
        raise CostRefused("which_currency", typed,
                          f"{typed!r} may be {' or '.join(codes)}; write which", codes)
    # a code mistyped (UDS) had a total of its own beside USD's
    near = near_code(typed)
    said = f"{typed!r} is no currency code" + (f" (did you mean {near}?)" if near else "")
    raise CostRefused("no_currency", typed, f"{said}; {_WRITE_CURRENCY}",
                      (near,) if near else ())


def read_cost(spec: str) -> CostEntry:
    """A ledger line as the command line takes it: AMOUNT:CURRENCY[:PAID_TO[:PURPOSE]]. The
    purpose is the rest of the text, ':' and all ("pickup at 10:30"), but a purpose that
    begins with ':' is refused, saying what each part was read as (15000:USD::: had stored ":"
    as the purpose: one ':' too many); a refusal names the part refused."""
    parts = spec.split(":", len(_PARTS) - 1)
    read = ", ".join(f"{name} {part.strip()!r}" for name, part in zip(_PARTS, parts, strict=False))
    if len(parts) < 2:
        raise ValidationError(f"--cost {spec!r} reads as {read} and no currency; {_COST_FORM}")
    if len(parts) == len(_PARTS) and parts[3].strip().startswith(":"):
        # a purpose of colons alone, or one after a ':' too many: never a purpose typed
        raise ValidationError(f"--cost {spec!r} reads as {read}: a purpose begins with no ':' "
                              f"(one ':' too many?); {_COST_FORM}")
    try:
        amount = read_amount(parts[0])
    except CostRefused as refused:
        raise CostRefused(refused.why, refused.typed, f"--cost {spec!r}, its amount: {refused}",
                          refused.codes) from None
    try:
        currency = read_currency(parts[1])
    except CostRefused as refused:
        raise CostRefused(refused.why, refused.typed,
                          f"--cost {spec!r}, its currency: {refused}", refused.codes) from None
    return CostEntry(amount, currency, *(p.strip() for p in parts[2:]))


def line_said(line, whole: bool = False) -> str:
    """A ledger line as the audit trail keeps it ([amount, currency]; an earlier version's
    entries kept who was paid and what for too), said as a person reads it: '15,000 USD'.
    The command line's audit log and the desktop's Audit screen say it here. whole: with who
    was paid and what for where the entry kept them ('15,000 USD (M-4, second)'): the command
    line's log hides nothing the vault holds; the desktop's screens say amounts only (a payee
    is often the informant)."""
    if not isinstance(line, list | tuple) or not line:
        return str(line)
    try:
        amount = f"{Decimal(str(line[0])):,}"
    except InvalidOperation:
        amount = str(line[0])
    said = f"{amount} {line[1] if len(line) > 1 else ''}".strip()
    other = [str(x).strip() for x in line[2:4] if str(x or "").strip()] if whole else []
    return f"{said} ({', '.join(other)})" if other else said
