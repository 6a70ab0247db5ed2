"""The papers' number rule (numbers_ltr) costs in proportion to the numbers in a text: it tried
every run of numbers side by side as a phone number, and a report listing 100 phone numbers
took a second (on the desktop, on every repaint of the list showing it)."""

from __future__ import annotations

from app.reports import bidi_levels
from app.reports.bidi_levels import LRO, PDF, numbers_ltr


def _tries(monkeypatch, text: str) -> tuple[int, str]:
    tried = []
    dialled = bidi_levels._dialled
    monkeypatch.setattr(bidi_levels, "_dialled", lambda group: tried.append(group) or dialled(group))
    shown = numbers_ltr(text)
    return len(tried), shown


def test_runs_of_numbers_tried_as_phone_numbers_grow_with_the_numbers(monkeypatch):
    numbers = [f"07{50 + n % 40} {100 + n} {4000 + n}" for n in range(100)]
    tries, shown = _tries(monkeypatch, "هاتف " + " ".join(numbers))
    assert tries < 16 * 3 * len(numbers)  # a phone number has at most 15 digits: 15 parts
    # every one of them still kept whole, in order
    assert shown.count(LRO) == shown.count(PDF) == len(numbers)
    for number in numbers:
        assert f"{LRO}{number}{PDF}" in shown


def test_a_line_of_many_numbers_is_read_once_for_the_letter_before_them(monkeypatch):
    """Whether Latin words stand before each number group was asked by reading the line back
    to its start once per group."""
    read = []
    after_latin = bidi_levels._after_latin
    monkeypatch.setattr(bidi_levels, "_after_latin",
                        lambda *args: read.append(args) or after_latin(*args))
    text = "call " + ", ".join(f"{n}-{n + 1}" for n in range(1000))
    shown = numbers_ltr(text)
    assert shown == text  # after Latin words: left in them, as ever
    assert sum(len(str(a[0])) for a in read) <= len(text)
