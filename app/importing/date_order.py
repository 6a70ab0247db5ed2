"""Which way round a date column writes day and month (8/3/2014: 8 March or 3 August), from its cells."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.domain.fuzzydate import ABDUCTIONS_BEGAN_ON, FuzzyDate, day_month_readings
from app.importing import reasons
from app.importing.fields import DATE_FIELDS, Field
from app.importing.footer import find_footer
from app.importing.pieces import Quoted, Said, Sentence
from app.importing.table import Row, Table

# How a column writes its days. Day first is how Iraq writes them, and how a column is read
# when its cells do not say otherwise (every 3/8/2014 of a Kocho list is 3 August).
DAY_FIRST, MONTH_FIRST, BOTH_WAYS = "day_first", "month_first", "both_ways"


@dataclass(frozen=True)
class Order:
    """A date column's order, and the cells that told it: how many give a possible day only
    when read day first, only when read month first (each with one of them), and both ways."""

    kind: str
    day_first: int = 0
    day_example: str = ""
    month_first: int = 0
    month_example: str = ""
    both: int = 0
    both_example: str = ""
    # A column none of whose cells says its order, read month first as another column of the
    # sheet proves it writes them (like: that column's index, like_example its cell).
    like: int = -1
    like_example: str = ""
    # A month-first column beside one that proves day first (against, its cell): both kept.
    against: int = -1
    against_example: str = ""


@dataclass(frozen=True)
class Reading:
    """A cell read in its column's order: the date, and where it is read as its year only (a
    column written both ways, a cell both ways can read), the two days it may be."""

    date: FuzzyDate
    either: tuple[FuzzyDate, FuzzyDate] | None = None


def possible(d: FuzzyDate, birth: bool) -> bool:
    """Whether a day can be the date: no abduction or rescue was before the abductions began
    (8/3/2014 read as 8 March is none; 3 August is their first day). A day to come says
    nothing of the order: 03/12/2026 typed on 2 December is a slip of the day first (warned
    of as every date to come), not 12 March."""
    return d.earliest is not None and (birth or d.earliest >= ABDUCTIONS_BEGAN_ON)


def _which(text: str, birth: bool) -> str | None:
    """DAY_FIRST or MONTH_FIRST: the one order that gives the cell a possible day (8/15/2014
    read day first is no day at all, 8/3/2014 as an abduction read day first is 8 March);
    BOTH_WAYS when both do, and they differ; None when the order says nothing of it."""
    two = day_month_readings(text)
    if two is None:
        return None
    by_day, by_month = two
    if by_day is not None and by_month is not None and by_day.earliest == by_month.earliest:
        return None  # 5/5/2014: the same day either way
    day_fits = by_day is not None and possible(by_day, birth)
    month_fits = by_month is not None and possible(by_month, birth)
    if day_fits and month_fits:
        return BOTH_WAYS
    if day_fits != month_fits:
        return DAY_FIRST if day_fits else MONTH_FIRST
    return None  # no possible day either way: the cell is warned of as it is


def _by_form(text: str) -> bool:
    """Whether only one order reads the text as a day at all (8/15/2014, 15/8/2014): the
    plainest example of its order to show."""
    return None in day_month_readings(text)


def judge(texts: Iterable[str], birth: bool) -> Order:
    """The order of a column from its cells: month first when some give a possible day only
    read month first and none only read day first; both ways when some of each; else day
    first, as Iraq writes them (and as a column whose every cell both orders read is taken)."""
    counts = {DAY_FIRST: 0, MONTH_FIRST: 0, BOTH_WAYS: 0}
    examples = {DAY_FIRST: "", MONTH_FIRST: "", BOTH_WAYS: ""}
    for text, n in Counter(texts).items():  # a list repeats its dates: each read once
        if (which := _which(text, birth)) is not None:
            counts[which] += n
            if not (examples[which] and (which == BOTH_WAYS or _by_form(examples[which]))):
                examples[which] = text
    kind = (DAY_FIRST if not counts[MONTH_FIRST] else
            MONTH_FIRST if not counts[DAY_FIRST] else BOTH_WAYS)
    return Order(kind, counts[DAY_FIRST], examples[DAY_FIRST], counts[MONTH_FIRST],
                 examples[MONTH_FIRST], counts[BOTH_WAYS], examples[BOTH_WAYS])


def said(order: Order, table: Table | None = None) -> Said | list:
    """How a column not read day first writes its dates, as the mapping and the preview say."""
    def column(i: int) -> Said:
        assert table is not None  # an order told by another column comes from a table
        return Said(reasons.COLUMN_AT, Quoted(table.columns[i].label), table.columns[i].letter)

    if order.kind == MONTH_FIRST and order.like >= 0:
        return Said(reasons.MONTH_FIRST_LIKE, order.both, Quoted(order.both_example),
                    column(order.like), Quoted(order.like_example))
    if order.kind == MONTH_FIRST and order.against >= 0:
        return [Said(reasons.MONTH_FIRST, order.month_first, Quoted(order.month_example)),
                Said(reasons.ORDERS_DISAGREE, column(order.against),
                     Quoted(order.against_example))]
    if order.kind == MONTH_FIRST:
        return Said(reasons.MONTH_FIRST, order.month_first, Quoted(order.month_example))
    return Said(reasons.BOTH_WAYS, order.day_first, Quoted(order.day_example),
                order.month_first, Quoted(order.month_example), order.both)


def orders_said(table: Table, columns: dict[str, Field]) -> list[Sentence]:
    """How each date column not written day first is read, a sentence each naming the column
    ("'Date of abduction' (column C): dates written month first: ..."), for the preview."""
    letters = {c.label: c.letter for c in table.columns}
    return [Sentence(Said("%1: %2", Said(reasons.COLUMN_AT, Quoted(label), letters[label]),
                          said(order, table)))
            for label, order in table_orders(table, columns).items()]


def column_orders(rows: Iterable[Row], fields: list[Field]) -> dict[int, Order]:
    """The order of each date column (by its index) that is not written day first, from its
    cells typed as text (a cell a spreadsheet holds as a date is a day already)."""
    rows = list(rows)
    orders = {i: judge((v.strip() for r in rows if isinstance(v := r.values[i], str)),
                       f is Field.BIRTH)
              for i, f in enumerate(fields) if f in DATE_FIELDS}
    return {i: o for i, o in sheet_wide(orders).items() if o.kind != DAY_FIRST}


def sheet_wide(orders: dict[int, Order]) -> dict[int, Order]:
    """The orders of a sheet's date columns, each judged alone, made one where its cells allow:
    one sheet saved from one program writes one order. A column none of whose cells says its
    order (7/4/1976 is a day either way) is read month first when another column proves the
    sheet writes so (8/15/2014) and none proves day first. Two columns that prove opposite
    orders are each read as they prove, the month-first one saying so."""
    month = [i for i, o in orders.items() if o.kind == MONTH_FIRST]
    day = [i for i, o in orders.items() if o.kind == DAY_FIRST and o.day_first]
    if not month or any(o.kind == BOTH_WAYS for o in orders.values()):
        return orders
    out = dict(orders)
    for i, o in orders.items():
        if day and o.kind == MONTH_FIRST:
            out[i] = replace(o, against=day[0], against_example=orders[day[0]].day_example)
        elif not day and o.kind == DAY_FIRST and o.both:
            # no cell of its own says which: each 7/4/1976 of it is read as its sheet writes
            out[i] = replace(o, kind=MONTH_FIRST, like=month[0],
                             like_example=orders[month[0]].month_example)
    return out


def table_orders(table: Table, columns: dict[str, Field]) -> dict[str, Order]:
    """{label: order} of the table's date columns under a mapping's columns that are not
    written day first, from the rows the converter reads as persons (not the lines below the
    list: find_footer), as it judges them."""
    footer = find_footer(table).lines
    fields = [columns.get(c.label, Field.IGNORE) for c in table.columns]
    orders = column_orders((r for r in table.rows if r.number not in footer), fields)
    return {table.columns[i].label: o for i, o in orders.items()}


def read(text: str, kind: str, birth: bool) -> Reading | None:
    """A text cell read in its column's order (kind); None where the order changes nothing
    (a column written day first, a cell read day first, a form without day and month), for
    the caller to read it as any date. A day read month first keeps the day as its text
    (2014-08-03): 8/3/2014 would read as 8 March on every screen and document; the list's row
    keeps the cell as typed. In a column written both ways, a cell that both orders read as
    a possible day (or neither does) is read as its year only, which both readings share."""
    two = day_month_readings(text) if kind != DAY_FIRST else None
    if two is None:
        return None
    by_day, by_month = two
    if by_month is None or (by_day is not None and by_day.earliest == by_month.earliest):
        return None  # no day month first (15/8/2014), or the same day either way (5/5/2014)
    which = _which(text, birth) if kind == BOTH_WAYS and by_day is not None else None
    if which == DAY_FIRST:
        return None
    if kind == MONTH_FIRST or by_day is None or which == MONTH_FIRST:
        return Reading(FuzzyDate(by_month.earliest, by_month.latest,
                                 by_month.earliest.isoformat()))
    year = by_day.earliest.year
    return Reading(FuzzyDate.year_range(year, year, str(year)), (by_day, by_month))


def batch_mapping(mapping_json: str, orders: dict[str, str], date1904: bool) -> str:
    """A batch's mapping as stored, with how its dates were read where not as usual: the order
    of each date column not written day first ("date_order": {"Date of abduction":
    "month_first"}), and "date1904" for a workbook counting its days from 1904. A document
    quoting the list's row reads its 8/3/2014 and its 1905-06-21 as the import did."""
    if not orders and not date1904:
        return mapping_json
    data = json.loads(mapping_json)
    if orders:
        data["date_order"] = orders
    if date1904:
        data["date1904"] = True
    return json.dumps(data, ensure_ascii=False, indent=2)


def batch_reading(mapping_json: str) -> tuple[dict[str, str], bool]:
    """({column: order}, date1904) of a batch's mapping as stored (batch_mapping): ({}, False)
    for a list whose dates were all read as usual."""
    try:
        data = json.loads(mapping_json or "{}")
        orders = data.get("date_order", {})
    except (ValueError, AttributeError):
        return {}, False
    orders = {str(k): str(v) for k, v in orders.items()} if isinstance(orders, dict) else {}
    return orders, data.get("date1904") is True
