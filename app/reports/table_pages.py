"""A table that breaks across pages as a reader needs: a row's rest says whose it is, and a
header stands only at the top of a page's part of the table, with a row under it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Table, TableStyle

from app.reports.textflow import BidiText

_REPEATED = colors.HexColor("#6b6b6b")  # a row's short cells again above its rest: greyed
_ZEBRA = colors.HexColor("#f5f5f5")
_HEAD_BG = colors.HexColor("#e6e6e6")
# A row is split between pages only where at least this many of its lines stay on the first,
# and (unless it is the first row under the header) this many go on to the next: two lines of
# a report under a page's last header, or one line alone at the top of the next page, would be
# read as a report of their own.
MIN_LINES_BEFORE, MIN_LINES_AFTER = 3, 2
# A label's value of more lines than this is long: it may break across pages (its label given
# again, greyed, beside its rest) rather than move whole to the next and leave the foot of this
# one empty (a dossier's 20-line Circumstances left 40% of page 1 blank).
LONG_VALUE_LINES = 8


@dataclass(frozen=True)
class Row:
    cells: tuple[BidiText, ...]  # in drawing order, left to right
    index: int  # its place among the table's rows: both parts of a split row keep it
    header: bool = False


@dataclass(frozen=True)
class Look:
    cells: tuple  # TableStyle commands for every cell (padding, alignment)
    lines: tuple  # and for the lines drawn
    h_pad: float
    v_pad: float
    zebra: bool = False


def row_height(cells, col_widths, look: Look) -> float:
    """A row's height: its tallest cell, laid out in the column's width less the padding."""
    return max((c.wrap(w - 2 * look.h_pad, 1e6)[1] for c, w in zip(cells, col_widths,
                                                                   strict=True)),
               default=0.0) + 2 * look.v_pad


def _measured(rows: list[Row], col_widths, look: Look,
              progress: Callable[[int, int], None] | None) -> list[float]:
    """Every row's height (row_height), progress told every 100 rows under the header (a
    summary's 3,795 persons took seconds to measure)."""
    heights, heads = [], sum(1 for r in rows if r.header)
    for n, r in enumerate(rows, 1):
        heights.append(row_height(r.cells, col_widths, look))
        if progress is not None and n > heads and ((n - heads) % 100 == 0 or n == len(rows)):
            progress(n - heads, len(rows) - heads)
    return heights


class PagedTable(Table):
    """Rows of BidiText cells whose header rows are repeated on every page the table reaches.

    Every row's height is measured once and handed to reportlab, which would otherwise
    measure every remaining row again at each page break (quadratic in a long summary). The
    table splits itself (reportlab's own split put a continued table's header, and the first
    lines of the next row, at the foot of the page its first part ended on)."""

    def __init__(self, rows: list[Row], col_widths: list[float], look: Look, h_align: str,
                 heights: list[float] | None = None, next_page: bool = False,
                 cell_styles: list | None = None, whole_rows: bool = False,
                 long_breaks: bool = False, progress: Callable[[int, int], None] | None = None
                 ) -> None:
        self.rows, self.look = rows, look
        self.next_page = next_page  # the rest of a table whose next row did not fit
        # Each row on one page, unless it is taller than a page: a label and its value, a
        # list's "SHA-256" and its hash, read apart, say nothing.
        self.whole_rows = whole_rows
        # ...or, with long_breaks, a row of more than LONG_VALUE_LINES lines (a long value:
        # at least MIN_LINES_BEFORE of them stay with its label)
        self.long_breaks = long_breaks
        self.heights = heights if heights is not None else _measured(rows, col_widths, look,
                                                                      progress)
        heads = sum(1 for r in rows if r.header)
        # a part takes its cells' styles from the whole: applied anew, the padding commands
        # would touch every cell of the rest of a long summary at every page
        super().__init__([[[c] for c in r.cells] for r in rows], colWidths=col_widths,
                         rowHeights=self.heights, repeatRows=heads, hAlign=h_align,
                         normalizedData=1, cellStyles=cell_styles)
        commands = list(look.lines if cell_styles is not None else look.cells + look.lines)
        if heads:
            commands.append(("BACKGROUND", (0, 0), (-1, heads - 1), _HEAD_BG))
        if look.zebra and heads < len(rows):
            # every other row shaded, counted from the first row under the header
            shaded = (rows[heads].index - heads) % 2 == 1
            commands.append(("ROWBACKGROUNDS", (0, heads), (-1, -1),
                             [_ZEBRA, None] if shaded else [None, _ZEBRA]))
        self.setStyle(TableStyle(commands))

    def split(self, availWidth, availHeight):
        frame = getattr(self, "_frame", None)  # set by the frame that asks
        if self.next_page and frame is not None and not frame._atTop:
            # not under the part before it: there, its header would stand in mid-page with the
            # first lines of a row that was sent on to the next page
            return []
        heads = sum(1 for r in self.rows if r.header)
        n, used = heads, sum(self.heights[:heads])
        while n < len(self.rows) and used + self.heights[n] <= availHeight + 1e-6:
            used += self.heights[n]
            n += 1
        if n == len(self.rows):
            return [self]
        at_top = frame is not None and frame._atTop
        # a row taller than a page is split wherever it stands: sent on whole, it still began
        # a page of its own and left its section's title alone on the page before
        taller = frame is not None and sum(self.heights[:heads]) + self.heights[n] > frame._height
        cut = None if self.whole_rows and not at_top and not taller and not self._long(n) \
            else self._cut(n, availHeight - used, first=n == heads)
        if cut is not None:
            (top, top_h), (rest, rest_h) = cut
            return self._spaced([
                self._part(self.rows[:n] + [top], self.heights[:n] + [top_h]),
                self._part(self.rows[:heads] + [rest] + self.rows[n + 1:],
                           self.heights[:heads] + [rest_h] + self.heights[n + 1:])])
        if n > heads:
            return self._spaced([
                self._part(self.rows[:n], self.heights[:n]),
                self._part(self.rows[:heads] + self.rows[n:],
                           self.heights[:heads] + self.heights[n:], next_page=True)])
        return []  # not even the header and a row's first lines: the table starts on the next page

    def _long(self, n: int) -> bool:
        """Whether row n is a long value that may break across pages (long_breaks)."""
        if not self.long_breaks:
            return False
        leading = max(c.style.leading for c in self.rows[n].cells)
        return (self.heights[n] - 2 * self.look.v_pad) / leading > LONG_VALUE_LINES + 0.5

    def _spaced(self, parts: list[PagedTable]) -> list[PagedTable]:
        """The parts, the first with the whole's space before, the last with its space after
        (the room that frame.split set aside for them)."""
        parts[0].spaceBefore, parts[-1].spaceAfter = self.getSpaceBefore(), self.getSpaceAfter()
        return parts

    def _part(self, rows: list[Row], heights: list[float], next_page: bool = False) -> PagedTable:
        styles = self._cellStyles[0]  # every cell of a table is styled alike
        return PagedTable(rows, self._colWidths, self.look, self.hAlign, heights, next_page,
                          [styles] * len(rows), self.whole_rows, self.long_breaks)

    def _cut(self, n: int, room: float, first: bool):
        """Row n as the lines that fit in room and the rest; a cell that fits whole above is
        given again (greyed) beside the rest, so the rest of a report still says its date
        and source. None where too few lines would stand above."""
        row = self.rows[n]
        leading = max(c.style.leading for c in row.cells)
        lines = round((self.heights[n] - 2 * self.look.v_pad) / leading)
        fit = min(int((room - 2 * self.look.v_pad + 1e-6) // leading),
                  lines - (1 if first else MIN_LINES_AFTER))  # a line more goes on, if need be
        if fit < MIN_LINES_BEFORE:
            return None
        top, rest = [], []
        for cell, width in zip(row.cells, self._colWidths, strict=True):
            inner = width - 2 * self.look.h_pad
            cell.wrap(inner, 1e6)
            pieces = cell.split(inner, fit * leading)
            if pieces:
                top.append(pieces[0])
                rest.append(pieces[1])
            else:  # whole above; a piece of a cell split before is not given again
                top.append(cell)
                rest.append(BidiText("" if cell.is_piece else cell.text,
                                     cell.style.but(color=_REPEATED)))
        top_row, rest_row = Row(tuple(top), row.index), Row(tuple(rest), row.index)
        return ((top_row, row_height(top, self._colWidths, self.look)),
                (rest_row, row_height(rest, self._colWidths, self.look)))


class TitleWithTable(KeepTogether):
    """keepWithNext as a reader needs it: a title stays with the start of the table under it.
    reportlab keeps it with the whole table, and sends both to a new page when the table is
    longer than what is left of this one (a dossier's reports left most of a page blank)."""

    def split(self, aW, aH):
        *lead, last = self._content
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > aH and lead and isinstance(last, PagedTable):
            above = sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in lead)
            last._frame = getattr(self, "_frame", None)  # its page's height, for whole_rows
            parts = last.split(aW, aH - above - 1)  # a point to spare: the first part must fit
            if len(parts) == 2:
                return [*lead, *parts]
        return super().split(aW, aH)
