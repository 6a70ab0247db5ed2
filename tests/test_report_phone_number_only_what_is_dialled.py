"""Only a phone number is kept together as one left-to-right word: years, ages and case numbers
typed side by side keep the order the desktop shows them in."""

from __future__ import annotations

import pytest

from app.reports.bidi_levels import LRO, PDF, numbers_ltr


def _groups(text: str) -> list[str]:
    """What numbers_ltr kept together (LRO..PDF) in text."""
    out = numbers_ltr(text)
    return [part.split(PDF)[0] for part in out.split(LRO)[1:]]


@pytest.mark.parametrize("typed", [
    "شوهدت في الأعوام 2014 2015 2016 في الرقة",
    "أعمار أطفالها 14 12 10 8 سنوات",
    "القضايا 145 146 147 في محكمة دهوك",
    "Seen in 2014 2015 2016 in Raqqa",
    "دفع الأهل مبلغ 1 500 000 دينار ثم 12 500 USD",
    "البيت 12 45 و 1234 5678 901",
])
def test_numbers_side_by_side_that_are_no_phone_number_are_left_as_typed(typed):
    """Three years, four ages, three case numbers (7 digits or more in 3 groups) were taken for
    one phone number and printed in reverse of the order typed in Arabic text, against the
    order the lawyer's screen shows: numbers with no + or 0 before them are left alone."""
    assert numbers_ltr(typed) == typed


@pytest.mark.parametrize(("typed", "numbers"), [
    ("اتصل على +964 750 123 4567 مساء", ["+964 750 123 4567"]),
    ("اتصل على 0750 123 4567 مساء", ["0750 123 4567"]),
    ("اتصل على 0750-123-4567 مساء", ["0750-123-4567"]),
    ("أرقام الوسطاء 0750 123 4567 0770 987 6543 0751 222 3333 كلها مغلقة",
     ["0750 123 4567", "0770 987 6543", "0751 222 3333"]),
    ("رقم ٠٧٥٠ ١٢٣ ٤٥٦٧", ["٠٧٥٠ ١٢٣ ٤٥٦٧"]),
    ("اتصل على 0750 123 4567 و 5 مرات", ["0750 123 4567"]),
])
def test_each_phone_number_is_one_word(typed, numbers):
    """A + or a 0, then groups of 2 to 4 digits, 7 to 15 digits in all: several typed one after
    another are each one number, not one 60-digit word cut between its digits."""
    assert _groups(typed) == numbers


@pytest.mark.parametrize("typed", [
    "رقم 0750 12",  # six digits: too short for a phone number
    "0750 123 4567 8901 2345",  # 19 digits: two numbers at most, never one
    "بين 0 12 و 3",
    "رقم 0750 12345 678",  # a later group of 5 digits
])
def test_what_is_no_phone_number_is_not_one(typed):
    assert all(len([ch for ch in g if ch.isdigit()]) <= 15 for g in _groups(typed))
    assert "0750 12345" not in "".join(_groups(typed))
    assert "0750 12" not in _groups(typed)
