"""Tables of BidiText cells, mirrored for right-to-left documents, headers repeated per page."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.platypus import Table

from app.reports.table_pages import Look, PagedTable, Row
from app.reports.textflow import BidiText, TextStyle

_GRID = colors.HexColor("#9a9a9a")
_H_PAD, _V_PAD = 3, 1
_DIGIT = re.compile("[0-9]")
_GRID_LINES = (("GRID", (0, 0), (-1, -1), 0.4, _GRID),)
_GRID_CELLS = (
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), _H_PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), _H_PAD),
    ("TOPPADDING", (0, 0), (-1, -1), _V_PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), _V_PAD),
)
_PAIRS_LOOK = Look((
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 1),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
), (("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d0d0")),), 2, 1)


def text_table(rows: Sequence[Sequence[str]], widths: Sequence[float], style: TextStyle,
               header_rows: int = 1, zebra: bool = False, whole: Sequence[int] = (),
               whole_rows: bool = False, own: Sequence[int] = (),
               progress: Callable[[int, int], None] | None = None) -> Table:
    """A grid of plain-text cells in logical column order; drawn mirrored when style.rtl.

    Column 0 is the first column a reader meets: leftmost in English and Kurmanji, rightmost in
    Arabic and Sorani. Every cell is a BidiText, so no cell is ever read as markup. The columns
    named in whole (case numbers) are made wide enough that no value of theirs is cut.
    whole_rows: no row is split between pages unless it is taller than a page. The cells of
    the columns in own (free text: a report's content, names) are aligned by their own text's
    direction, as a word processor does: an Arabic report in an English paper, set at the left,
    began each line at a ragged edge. progress(rows measured, rows): told as they are.
    """
    head_style = style.but(bold=True)
    own_style = style.but(align="own")
    widths = _words_whole(rows, header_rows, widths, style, whole, own)
    data = []
    for r, row in enumerate(rows):
        cells = tuple(BidiText(value, head_style if r < header_rows
                               else own_style if i in own else style)
                      for i, value in enumerate(row))
        data.append(Row(cells[::-1] if style.rtl else cells, r, r < header_rows))
    col_widths = list(widths)[::-1] if style.rtl else list(widths)
    return PagedTable(data, col_widths, Look(_GRID_CELLS, _GRID_LINES, _H_PAD, _V_PAD, zebra),
                      "RIGHT" if style.rtl else "LEFT", whole_rows=whole_rows,
                      progress=progress)


_KEPT = 0.8  # the share of its width a column of free text keeps when others are widened


def _words_whole(rows: Sequence[Sequence[str]], header_rows: int, widths: Sequence[float],
                 style: TextStyle, whole: Sequence[int], kept: Sequence[int] = ()) -> list[float]:
    """widths, each column made as wide as the longest word of its heading needs (and, for the
    columns in whole, of any of its values), the room taken from the columns wider than they
    need, in proportion to what they have over: the Kurmanji summary's sex column, 7% of the
    page, cut "Zayend" into "Zayen" and "d"; the demo vault's "DEMO-00197" was printed as
    "DEMO-001" over "97". Left as they are where the words cannot all fit (they are cut, as
    before). The columns in kept (free text: a report's content) give no more than a little of
    their room: a long place made whole took a report's content from 175 pt to 95, its text on
    27 lines instead of 12."""
    widths = list(widths)
    head_style = style.but(bold=True)

    def widest(i: int) -> float:
        cells = [(row[i], head_style) for row in rows[:header_rows]]
        if i in whole:  # the bundled fonts' Western digits are all as wide (tabular), so
            # SNJ-00001 and SNJ-00197 are measured once as SNJ-00000: a summary has thousands
            cells += [(v, style) for v in {_DIGIT.sub("0", row[i]) for row in rows[header_rows:]}]
        return max((BidiText(v, s).narrowest() for v, s in cells), default=0.0)

    # a hair over the ink: the cell's room is its width less the padding, computed again
    need = [widest(i) + 2 * _H_PAD + 0.01 for i in range(len(widths))]
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    spare = [max(w - max(n, w * _KEPT if i in kept else 0.0), 0.0)
             for i, (n, w) in enumerate(zip(need, widths, strict=True))]
    if short == 0 or sum(spare) < short:
        return widths
    share = short / sum(spare)
    return [n if n > w else w - s * share for n, w, s in zip(need, widths, spare, strict=True)]


def label_value_table(pairs: Sequence[tuple[str, str]], width: float, style: TextStyle,
                      label_share: float = 0.3, own: Sequence[int] = ()) -> Table:
    """Two columns, label then value, without a header row (mirrored for right-to-left); a
    label is never on one page and its value on the next: a short value goes on whole, a long
    one (table_pages.LONG_VALUE_LINES) breaks with at least three of its lines beside it.
    The values of the pairs in own (free text) are aligned by their own direction."""
    label_w = width * label_share
    label_style = style.but(bold=True)
    data = []
    for i, (label, value) in enumerate(pairs):
        cells = (BidiText(label, label_style),
                 BidiText(value, style.but(align="own") if i in own else style))
        data.append(Row(cells[::-1] if style.rtl else cells, i))
    col_widths = [label_w, width - label_w]
    return PagedTable(data, col_widths[::-1] if style.rtl else col_widths, _PAIRS_LOOK,
                      "RIGHT" if style.rtl else "LEFT", whole_rows=True, long_breaks=True)
