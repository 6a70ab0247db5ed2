"""Whether a date column writes 1 January for a year only (01/01/1998 when only 1998 is known)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.fuzzydate import FuzzyDate
from app.importing import reasons
from app.importing.fields import DATE_FIELDS, Field
from app.importing.footer import find_footer
from app.importing.pieces import Quoted, Said, Sentence
from app.importing.table import Row, Table

# The rule, for a reader to check by counting: a column is read so when at least this many of
# its whole days are 1 January, and they are at least this share of its whole days. By chance
# one day in 365 is 1 January; lists that know only the year write 01/01/YYYY, and a list
# where 1 January is rare keeps it as a day.
AT_LEAST = 5
SHARE = 1 / 5
# Where a batch's stored mapping keeps the columns read so (batch_mapping, batch_new_years).
KEY = "new_year_as_year"


@dataclass(frozen=True)
class NewYears:
    """A date column's 1 January cells, its cells read as a whole day, and one of the first."""

    count: int
    days: int
    example: str


def _day(value: object) -> FuzzyDate | None:
    """The whole day a cell gives (a text in any form parse reads, or a spreadsheet's date)."""
    try:
        d = FuzzyDate.parse(value)
    except ValueError:
        return None
    return d if d.earliest is not None and d.earliest == d.latest else None


def is_new_year(d: FuzzyDate) -> bool:
    """Whether the date is the whole day 1 January of a year."""
    return d.earliest is not None and d.earliest == d.latest and (
        d.earliest.month, d.earliest.day) == (1, 1)


def judge(values: Iterable[object]) -> NewYears | None:
    """The column's 1 January cells when the rule (AT_LEAST, SHARE) reads them as years only;
    None for a column where 1 January is no more common than a day may be."""
    count = days = 0
    example = ""
    for value, n in Counter(values).items():  # a list repeats its dates: each read once
        d = _day(value)
        if d is None:
            continue
        days += n
        if is_new_year(d):
            count += n
            example = example or str(value).strip()
    return NewYears(count, days, example) if count >= AT_LEAST and count >= SHARE * days \
        else None


def column_new_years(rows: Iterable[Row], fields: list[Field]) -> dict[int, NewYears]:
    """The date columns (by index) whose 1 January is read as the year only."""
    rows = list(rows)
    out = {}
    for i, f in enumerate(fields):
        if f not in DATE_FIELDS:
            continue
        cells = (r.values[i] for r in rows)
        found = judge(v.strip() if isinstance(v, str) else v for v in cells
                      if v is not None and str(v).strip())
        if found is not None:
            out[i] = found
    return out


def table_new_years(table: Table, columns: dict[str, Field]) -> dict[str, NewYears]:
    """{label: NewYears} of the table's date columns under a mapping read so, from the rows
    the converter reads as persons (not the lines below the list: find_footer)."""
    footer = find_footer(table).lines
    fields = [columns.get(c.label, Field.IGNORE) for c in table.columns]
    found = column_new_years((r for r in table.rows if r.number not in footer), fields)
    return {table.columns[i].label: n for i, n in found.items()}


def said(found: NewYears) -> Said:
    """How the column's 1 January is read, as the mapping and the preview say it."""
    return Said(reasons.NEW_YEAR, found.count, found.days, Quoted(found.example))


def new_years_said(table: Table, columns: dict[str, Field]) -> list[Sentence]:
    """A sentence for each date column whose 1 January is read as the year only, naming the
    column ("'Born' (column E): 1 January is 40 of its 52 days ..."), for the preview."""
    letters = {c.label: c.letter for c in table.columns}
    return [Sentence(Said("%1: %2", Said(reasons.COLUMN_AT, Quoted(label), letters[label]),
                          said(found)))
            for label, found in table_new_years(table, columns).items()]


def batch_new_years(mapping_json: str) -> set[str]:
    """The columns of a batch's stored mapping whose 1 January was read as the year only."""
    try:
        labels = json.loads(mapping_json or "{}").get(KEY, [])
    except (ValueError, AttributeError):
        return set()
    return {str(label) for label in labels} if isinstance(labels, list) else set()


def with_new_years(mapping_json: str, labels: Iterable[str]) -> str:
    """A batch's mapping as stored, with the columns whose 1 January was read as the year only:
    a document quoting the list's row reads its 01/01/1998 as the import did."""
    labels = sorted(labels)
    if not labels:
        return mapping_json
    data = json.loads(mapping_json)
    data[KEY] = labels
    return json.dumps(data, ensure_ascii=False, indent=2)
