"""Fuzzy dates from what people type: ranges, approximations, Excel serials, Arabic digits."""

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate


@pytest.mark.parametrize("text,earliest,latest", [
    ("03/08/2014", date(2014, 8, 3), date(2014, 8, 3)),
    ("2014-08-03", date(2014, 8, 3), date(2014, 8, 3)),
    ("2014", date(2014, 1, 1), date(2014, 12, 31)),
    ("about 1998", date(1996, 1, 1), date(2000, 12, 31)),
    ("حوالي ١٩٩٨", date(1996, 1, 1), date(2000, 12, 31)),
    ("08/2014", date(2014, 8, 1), date(2014, 8, 31)),
    ("٠٣/٠٨/٢٠١٤", date(2014, 8, 3), date(2014, 8, 3)),
    (41854, date(2014, 8, 3), date(2014, 8, 3)),  # Excel serial
    (2014.0, date(2014, 1, 1), date(2014, 12, 31)),  # a year read as a float
])
def test_parse(text, earliest, latest):
    d = FuzzyDate.parse(text)
    assert (d.earliest, d.latest) == (earliest, latest)
    assert d.text == str(text)


@pytest.mark.parametrize("bad", ["31/02/2014", "yesterday", "1700", "13/13/2013"])
def test_unreadable_dates_raise(bad):
    with pytest.raises(ValueError):
        FuzzyDate.parse(bad)


def test_blank():
    assert FuzzyDate.parse("  ").is_blank and FuzzyDate.parse(None).is_blank
