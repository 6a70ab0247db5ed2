"""A rescue's ledger line read from what was typed: its amount and currency, refused where they
could be read two ways or are no amount, the same for `rescue add --cost` and the desktop's
rescue form."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.domain.errors import ValidationError
from app.domain.records import CostEntry


class CostRefused(ValidationError):
    """An amount or a currency that is refused: why (one of WHY), what was typed, and the
    reason in the command line's words. A front end may say it in its own words by why."""

    WHY = ("two_ways", "not_positive", "not_amount", "no_currency")

    def __init__(self, why: str, typed: str, said: str) -> None:
        super().__init__(said)
        self.why, self.typed = why, typed


_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$|^\d+(?:\.\d{1,2})?$")
_DOTS_OF_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# Two dots or more between groups of three digits (1.500.000, as Iraqi receipts write dinars):
# no fraction has two dots, so they can only group thousands.
_DOTS_ONLY_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")
# Spaces between groups of three digits (1 500 000; a no-break or thin space as a word
# processor puts it): a space is never a decimal mark. A fraction after a dot as in _AMOUNT.
_SPACED_THOUSANDS = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d{1,2})?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
# What people write for the currencies paid in Iraq, read as their codes: "$" and دينار had
# totals of their own beside USD and IQD.
_CURRENCY_WORDS = {"$": "USD", "US$": "USD", "DOLLAR": "USD", "DOLLARS": "USD", "دولار": "USD",
                   "دولار امريكي": "USD", "دۆلار": "USD", "دينار": "IQD", "دينار عراقي": "IQD",
                   "د.ع": "IQD", "ID": "IQD", "دینار": "IQD", "€": "EUR", "يورو": "EUR",
                   "ئیورۆ": "EUR"}


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


def read_currency(text: str) -> str:
    """A currency's three-letter code, from the code or a word people write for it ($, دينار)."""
    word = " ".join(text.strip().split())
    code = _CURRENCY_WORDS.get(word.upper(), _CURRENCY_WORDS.get(word, word.upper()))
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise CostRefused("no_currency", text.strip(),
                          f"{text.strip()!r} is no currency code; write its three letters "
                          f"(USD, IQD, EUR, TRY, SYP)")
    return code


def read_cost(spec: str) -> CostEntry:
    """A ledger line as the command line takes it: AMOUNT:CURRENCY[:PAID_TO[:PURPOSE]]."""
    parts = spec.split(":", 3)
    if len(parts) < 2:
        raise ValidationError(f"--cost {spec!r}: write AMOUNT:CURRENCY[:PAID_TO[:PURPOSE]]")
    try:
        amount, currency = read_amount(parts[0]), read_currency(parts[1])
    except CostRefused as refused:
        raise CostRefused(refused.why, refused.typed, f"--cost {spec!r}: {refused}") from None
    return CostEntry(amount, currency, *(p.strip() for p in parts[2:]))
