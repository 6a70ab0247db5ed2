"""A birth typed by a person (the command line, the desktop's boxes): a date, an age in the
words an import stores it in or in her own words; a bare number refused as age or year."""

from __future__ import annotations

import re
from datetime import date

from app.domain.fuzzydate import DIGITS, FuzzyDate, about_a_number
from app.importing.ages import IN_YEAR as _IN_YEAR
from app.importing.ages import read_age


class AgeOrYear(ValueError):
    """A birth typed as a number of one or two digits ("20", "about 20", "٢٠"): her age as
    often as a year, and read as a year it made a woman abducted in 2014 born in 2020. A list's
    birth column is judged by all its cells (app/importing/birth_numbers.py); one typed value
    has nothing to be judged by, so the person is asked to say which."""

    def __init__(self, text: str, number: str) -> None:
        super().__init__(f"{text!r} could be her age or a year: type the year in full "
                         f"(e.g. 1998), or her age: 'age {number}' or 'age {number} in 2014'")
        self.text, self.number = text, number


def typed_birth(text: str, today: date | None = None) -> FuzzyDate:
    """The birth text says; AgeOrYear for a bare number of one or two digits, ValueError
    (as FuzzyDate.parse raises it) for what is neither a date nor an age."""
    text = text.strip()
    number = about_a_number(text)
    if number is None and re.fullmatch(r"\d{1,2}", folded := text.translate(DIGITS)):
        number = folded
    if number is not None:
        raise AgeOrYear(text, number)
    try:
        return FuzzyDate.parse_birth(text, today)
    except ValueError:
        # "age 20", "عمر 20", "20 سنة", "temen 12": an age, its year not said; "عمر 20 في
        # 2014", "temen 20 di 2014": in that year (the year checked as parse_birth checks it)
        said = _IN_YEAR.fullmatch(text.translate(DIGITS))
        age = read_age(said["age"] if said else text)
        if age is None or not age.says_so:
            raise
        if said is None:
            return age.birth(None, today)
        if not age.in_months:
            return FuzzyDate.parse_birth(f"age {age.said} in {said['year']}", today)
        months = age.birth(int(said["year"]), today)  # a baby's "6 أشهر في 2015", as typed
        return FuzzyDate(months.earliest, months.latest, text)
