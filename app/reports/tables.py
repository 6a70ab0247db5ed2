"""Tables of BidiText cells, mirrored for right-to-left documents, headers repeated per page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from app.reports.textflow import BidiText, TextStyle

_GRID = colors.HexColor("#9a9a9a")
_HEAD_BG = colors.HexColor("#e6e6e6")


class _Table(Table):
    """A Table whose pieces, after a page break, stay on the side it was put on: reportlab
    makes the pieces of a split table without hAlign, so they would be centred instead."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.hAlign = self.hAlign
        return parts


def text_table(rows: Sequence[Sequence[str]], widths: Sequence[float], style: TextStyle,
               header_rows: int = 1, zebra: bool = False, whole: Sequence[int] = ()) -> Table:
    """A grid of plain-text cells in logical column order; drawn mirrored when style.rtl.

    Column 0 is the first column a reader meets: leftmost in English and Kurmanji, rightmost in
    Arabic and Sorani. Every cell is a BidiText, so no cell is ever read as markup. The columns
    named in whole (case numbers) are made wide enough that no value of theirs is cut.
    """
    head_style = style.but(bold=True)
    widths = _words_whole(rows, header_rows, widths, style, whole)
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if r < header_rows else style
        # each cell is a list of one flowable: only list cells can be split inside a row
        cells = [[BidiText(value, cell_style)] for value in row]
        data.append(cells[::-1] if style.rtl else cells)
    col_widths = list(widths)[::-1] if style.rtl else list(widths)
    table = _Table(data, colWidths=col_widths, rowHeights=_row_heights(data, col_widths),
                  repeatRows=header_rows, splitByRow=1, splitInRow=_SPLIT_IN_ROW,
                  hAlign="RIGHT" if style.rtl else "LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _H_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _H_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _V_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _V_PAD),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), _HEAD_BG))
    if zebra:
        for r in range(header_rows + 1, len(data), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f5f5f5")))
    table.setStyle(TableStyle(commands))
    return table


_H_PAD, _V_PAD = 3, 1


def _words_whole(rows: Sequence[Sequence[str]], header_rows: int, widths: Sequence[float],
                 style: TextStyle, whole: Sequence[int]) -> list[float]:
    """widths, each column made as wide as the longest word of its heading needs (and, for the
    columns in whole, of any of its values), the room taken from the columns wider than they
    need, in proportion to what they have over: the Kurmanji summary's sex column, 7% of the
    page, cut "Zayend" into "Zayen" and "d"; the demo vault's "DEMO-00197" was printed as
    "DEMO-001" over "97". Left as they are where the words cannot all fit (they are cut, as
    before)."""
    widths = list(widths)
    head_style = style.but(bold=True)

    def widest(i: int) -> float:
        cells = [(row[i], head_style) for row in rows[:header_rows]]
        if i in whole:  # a value is measured once however many rows repeat it
            cells += [(v, style) for v in {row[i] for row in rows[header_rows:]}]
        return max((BidiText(v, s).narrowest() for v, s in cells), default=0.0)

    # a hair over the ink: the cell's room is its width less the padding, computed again
    need = [widest(i) + 2 * _H_PAD + 0.01 for i in range(len(widths))]
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    spare = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    if short == 0 or sum(spare) < short:
        return widths
    share = short / sum(spare)
    return [n if n > w else w - s * share for n, w, s in zip(need, widths, spare, strict=True)]


# A row taller than what is left of a page (a long testimony) is split inside the row, or it
# could never be laid out at all. reportlab also takes this value as the shortest piece it may
# leave: anything above 1 makes it refuse a split whose last piece is short, and a row too tall
# for one page then stops the document.
_SPLIT_IN_ROW = 1


def _row_heights(data: list[list[list[BidiText]]], col_widths: list[float]) -> list[float]:
    """Every row's height, measured once. Given to Table, it spares reportlab from measuring
    every remaining row again at each page break (quadratic in the rows of a long summary)."""
    heights = []
    for row in data:
        tallest = max((cell[0].wrap(w - 2 * _H_PAD, 1e6)[1]
                       for cell, w in zip(row, col_widths, strict=True)), default=0.0)
        heights.append(tallest + 2 * _V_PAD)
    return heights


def label_value_table(pairs: Sequence[tuple[str, str]], width: float, style: TextStyle,
                      label_share: float = 0.3) -> Table:
    """Two columns, label then value, without a header row (mirrored for right-to-left)."""
    label_w = width * label_share
    label_style = style.but(bold=True)
    data = []
    for label, value in pairs:
        cells = [[BidiText(label, label_style)], [BidiText(value, style)]]
        data.append(cells[::-1] if style.rtl else cells)
    col_widths = [label_w, width - label_w]
    table = _Table(data, colWidths=col_widths[::-1] if style.rtl else col_widths,
                  splitByRow=1, splitInRow=_SPLIT_IN_ROW,
                  hAlign="RIGHT" if style.rtl else "LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d0d0")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table
