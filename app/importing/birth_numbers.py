"""Bare small numbers in a birth column ('12', '98'): ages or two-digit years, judged from the column."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from app.domain.fuzzydate import (
    DIGITS,
    FuzzyDate,
    about_a_number,
    two_digit_year,
    without_float_tail,
)
from app.importing.ages import says_age
from app.importing.fields import Field, names_age
from app.importing.footer import find_footer
from app.importing.table import Row, Table

# How a birth column's bare numbers are read. Lists very often put her age in the birth column
# ("12" under المواليد), and the reader's rule for two digits made it the year 2012.
AGES, YEARS, EITHER = "ages", "years", "either"
# From here up, two digits are a year (1970 to 1999, when most of the women were born), hardly
# an age: few of the abducted were as old as that.
YEAR_FROM = 70

_BARE = re.compile(r"\d{1,2}")
# Where a batch's stored mapping keeps how each birth column's bare numbers were read
# (with_bare_births, batch_bare_births): a row read again alone cannot tell it from its cell.
KEY = "bare_births"


@lru_cache(maxsize=65536)  # asked of every birth cell of a list, which repeats them
def bare_number(text: str) -> str | None:
    """The digits of a cell that is one or two digits and nothing else ('12', '٧', '05', and
    '12.0' as a CSV from pandas writes it), or None. A lone '0' is none: lists write it for
    "not known", as read before."""
    digits = without_float_tail(text.strip().translate(DIGITS))
    return digits if _BARE.fullmatch(digits) and digits != "0" else None


def number_in_doubt(text: str) -> str | None:
    """The digits of a bare number ('12') or of one after a word for "about" ('about 20',
    'حوالي ٢٠'): each may be her age or a year written short, and a column judges them alike."""
    return bare_number(text) or about_a_number(text)


def only_a_year(digits: str) -> bool:
    """Bare digits no age is written as: from YEAR_FROM up, or with a leading zero ('05')."""
    return int(digits) >= YEAR_FROM or digits.startswith("0")


def judge(texts: Iterable[str]) -> str:
    """How the column's bare numbers are read, from all its cells (one read per kind of cell):

    A number after a word for "about" ('about 20', 'حوالي 20') counts as a bare number.
    AGES when none of its cells is a date (a four-digit year, a full date: those say the column
    holds dates, and an age beside them is no more likely than a short year) and most of its
    bare numbers could be ages (1 to 69, no leading zero): «12», «16», «25» in one column.
    YEARS when its cells write years in two digits: those that can only be years (98, 05, a
    date such as 3/5/98) are at least as many as its bare numbers that could be ages; a lone
    '98' is a year, as it was, and «12» beside 78, 85 and 92 the year 2012.
    EITHER otherwise (12 beside 1998 and 2001): a bare number that could be an age is then not
    read at all, its row saying it may be an age or a year."""
    bare = could_be_age = years = 0
    dated = False
    others = []
    for text, n in Counter(texts).items():  # a list repeats its values: each read once
        if (digits := number_in_doubt(text)) is None:
            others.append((text, n))
        elif only_a_year(digits):
            bare, years = bare + n, years + n
        else:
            bare, could_be_age = bare + n, could_be_age + n
    if not could_be_age:  # no number in doubt (nearly every list): its dates need no reading
        return YEARS if bare else EITHER
    for text, n in others:
        if not text.strip() or says_age(text):
            continue
        try:
            FuzzyDate.parse(text)
        except ValueError:
            continue
        dated = True
        years += n * two_digit_year(text)
    if not dated and could_be_age * 2 > bare:
        return AGES
    return YEARS if years and years >= could_be_age else EITHER


def column_kinds(rows: Iterable[Row], labels: list[str], fields: list[Field]) -> dict[str, str]:
    """{label: kind} of the birth columns holding bare numbers, from rows (those read as
    persons); not a 'Date of birth / Age' column, whose numbers are ages by its header."""
    rows = list(rows)
    out = {}
    for i, (label, f) in enumerate(zip(labels, fields, strict=True)):
        if f is Field.BIRTH and not names_age(label):
            texts = [r.text(i) for r in rows]
            if any(number_in_doubt(t) for t in texts):
                out[label] = judge(texts)
    return out


def table_bare_births(table: Table, columns: dict[str, Field]) -> dict[str, str]:
    """column_kinds of a table under a mapping's columns, from the rows the converter reads as
    persons (not the lines below the list: find_footer), as it judges them."""
    footer = find_footer(table).lines
    return column_kinds((r for r in table.rows if r.number not in footer),
                        [c.label for c in table.columns],
                        [columns.get(c.label, Field.IGNORE) for c in table.columns])


def with_bare_births(mapping_json: str, kinds: dict[str, str]) -> str:
    """A batch's mapping as stored, with how each birth column holding bare numbers read
    them ({label: AGES, YEARS or EITHER})."""
    if not kinds:
        return mapping_json
    data = json.loads(mapping_json)
    data[KEY] = dict(sorted(kinds.items()))
    return json.dumps(data, ensure_ascii=False, indent=2)


def batch_bare_births(mapping_json: str) -> dict[str, str] | None:
    """{label: kind} as a batch's mapping stored it (with_bare_births); None for a batch
    staged by an earlier version, which kept none."""
    try:
        kinds = json.loads(mapping_json or "{}").get(KEY)
    except (ValueError, AttributeError):
        return None
    if not isinstance(kinds, dict):
        return None
    return {str(k): str(v) for k, v in kinds.items() if v in (AGES, YEARS, EITHER)}
