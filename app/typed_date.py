"""A date typed by a person (the command line, the desktop's boxes), read by the import's rules."""

from __future__ import annotations

from datetime import date

from app.domain.fuzzydate import FuzzyDate, serial_reading
from app.typed_birth import typed_birth


def typed_date(text: str | None, birth: bool = False, today: date | None = None) -> FuzzyDate:
    """The date text says, as an import reads the same cell: a birth also as an age
    (typed_birth); a number that is Excel's count of days read as a list's number is
    (serial_reading): 41854 is 2014-08-03, and 20014, a slip for 2014, is refused (SerialSlip)
    rather than kept as 1954-10-17 and printed on a court's paper. ValueError (AgeOrYear,
    SerialSlip, or as FuzzyDate.parse raises it) for what cannot be read."""
    if text is None or not text.strip():
        return FuzzyDate()
    if (day := serial_reading(text, birth, today)) is not None:
        return day
    return typed_birth(text, today) if birth else FuzzyDate.parse(text)
