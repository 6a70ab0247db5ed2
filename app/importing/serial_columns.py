"""Whether a date column's plain numbers are Excel date numbers or numbers typed by hand."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable

from app.domain.fuzzydate import FuzzyDate, excel_day
from app.importing.fields import DATE_FIELDS, Field
from app.importing.footer import find_footer
from app.importing.table import Row, Table

# Where a batch's stored mapping keeps the columns whose numbers were kept as typed
# (batch_typed_numbers): a document quoting the list's row must not give 20014 a day either.
KEY = "numbers_as_typed"


def _kind(value: object) -> str:
    """'text number' (a text that is only an Excel day's number: '41854'), 'number' (a number
    cell that is one: 41854), 'formatted' (a cell the spreadsheet holds as a date), 'written'
    (any other cell that reads as a date or year: 1998, 03/08/2014, about 1998) or ''."""
    if isinstance(value, (dt.date, dt.datetime)):
        return "formatted"
    if excel_day(value) is not None:
        return "text number" if isinstance(value, str) else "number"
    try:
        d = FuzzyDate.parse(value)
    except ValueError:
        return ""
    return "written" if d.earliest is not None or d.latest is not None else ""


def judge(values: Iterable[object]) -> frozenset[str]:
    """Which of the column's numbers are typed, not Excel's days: 'text' when its texts that
    are only a number are outnumbered by cells written as years or dates ('20014' among 1993,
    1998, 03/08/2014: a slip for 2014; a CSV holds every cell as typed, and a list converted
    from Excel gives a whole column of numbers); 'number' when its number cells are
    outnumbered by cells the spreadsheet holds as dates (a cell typed over among date-formatted
    ones). A number cell among dates typed as text stays Excel's day: a column whose format was
    lost shows the two side by side."""
    cells = Counter(v.strip() if isinstance(v, str) else v for v in values
                    if v is not None and str(v).strip())
    if not any(excel_day(v) is not None for v in cells):  # most columns: nothing to judge
        return frozenset()
    counts: Counter[str] = Counter()
    for value, n in cells.items():  # a list repeats its dates: each read once
        counts[_kind(value)] += n
    numbers = counts["text number"] + counts["number"]
    written = counts["written"] + counts["formatted"]
    typed = set()
    if counts["text number"] and written >= numbers:
        typed.add("text")
    if counts["number"] and counts["formatted"] >= numbers:
        typed.add("number")
    return frozenset(typed)


def column_typed_numbers(rows: Iterable[Row], fields: list[Field]) -> dict[int, frozenset[str]]:
    """{column index: judge's answer} of the date columns some of whose numbers are typed."""
    rows = list(rows)
    out = {}
    for i, f in enumerate(fields):
        if f in DATE_FIELDS and (typed := judge(r.values[i] for r in rows)):
            out[i] = typed
    return out


def is_typed(value: object, typed: frozenset[str]) -> bool:
    """Whether the cell is a number its column says was typed (judge), not an Excel day."""
    if not typed or isinstance(value, bool) or excel_day(value) is None:
        return False
    return ("text" if isinstance(value, str) else "number") in typed


def table_typed_numbers(table: Table, columns: dict[str, Field]) -> dict[str, frozenset[str]]:
    """{label: judge's answer} of the table's date columns under a mapping, from the rows the
    converter reads as persons (not the lines below the list: find_footer)."""
    footer = find_footer(table).lines
    fields = [columns.get(c.label, Field.IGNORE) for c in table.columns]
    found = column_typed_numbers((r for r in table.rows if r.number not in footer), fields)
    return {table.columns[i].label: t for i, t in found.items()}


def with_typed_numbers(mapping_json: str, found: dict[str, frozenset[str]]) -> str:
    """A batch's mapping as stored, with the columns whose numbers were kept as typed."""
    if not found:
        return mapping_json
    data = json.loads(mapping_json)
    data[KEY] = {label: sorted(t) for label, t in sorted(found.items())}
    return json.dumps(data, ensure_ascii=False, indent=2)


def batch_typed_numbers(mapping_json: str) -> dict[str, frozenset[str]]:
    """The columns of a batch's stored mapping whose numbers were kept as typed."""
    try:
        found = json.loads(mapping_json or "{}").get(KEY, {})
    except (ValueError, AttributeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(k): frozenset(str(t) for t in v) for k, v in found.items()
            if isinstance(v, list)}
