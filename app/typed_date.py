"""A date typed by a person (the command line, the desktop's boxes), read by the import's rules."""

from __future__ import annotations

from datetime import date

from app.domain.fuzzydate import FuzzyDate, not_before_abductions, serial_reading
from app.typed_birth import typed_birth


def typed_date(text: str | None, birth: bool = False, today: date | None = None) -> FuzzyDate:
    """The date text says, as an import reads the same cell: a birth also as an age
    (typed_birth); a number that is Excel's count of days read as a list's number is
    (serial_reading): 41854 is 2014-08-03, and 20014, a slip for 2014, is refused (SerialSlip)
    rather than kept as 1954-10-17 and printed on a court's paper; "about" a day or month of
    any other date not before the attack (not_before_abductions). ValueError (AgeOrYear,
    SerialSlip, or as FuzzyDate.parse raises it) for what cannot be read."""
    if text is None or not text.strip():
        return FuzzyDate()
    if (day := serial_reading(text, birth, today)) is not None:
        return day
    if birth:
        return typed_birth(text, today)
    # 'about 08/2014' as an abduction or rescue reaches back no further than the attack
    return not_before_abductions(FuzzyDate.parse(text))
