"""Tables whose columns fit the window's width, their long text wrapped onto more lines."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from app.domain.script import has_arabic
from ui.bidi import FSI, PDI, numbers_kept
from ui.fonts import latin_first


class CellText(QStyledItemDelegate):
    """A cell of Latin letters in a right-to-left table laid out left to right, still against
    the column's right edge: cut short, Qt put its "…" after the name in the cell's own
    direction, on the left, so "… Khalida Shekho Dakhil" seemed to lose its beginning when
    its end (Hamdani) was what was cut. Such a cell, and one of digits alone (a time, a date), is
    drawn in DejaVu Sans first (fonts.latin_first): Noto Naskh Arabic, first in a right-to-left
    interface, drew a list's "No: 4" as "No; 4"."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and option.text \
                and not has_arabic(option.text):
            option.font = latin_first(option.font)
            if any(c.isalpha() for c in option.text):
                option.direction = Qt.LayoutDirection.LeftToRight
                vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
                option.displayAlignment = vertical | Qt.AlignmentFlag.AlignRight \
                    | Qt.AlignmentFlag.AlignAbsolute
        kept_numbers(option)


def kept_numbers(option: QStyleOptionViewItem) -> None:
    """The cell's text drawn with each number in its own order (bidi.numbers_kept): a phone
    number in an Arabic report showed its groups reversed. Only the drawing: the model keeps
    the text as stored, which Ctrl+C copies. A line of the other direction than the cell's
    (an Arabic report in the English interface) is isolated in its own, as the papers lay it
    out: in a left-to-right line the number that ends an Arabic sentence, isolated, stood at
    the far right, before the sentence's first word to one reading it."""
    option.text = _kept(option.text, option.direction == Qt.LayoutDirection.RightToLeft)


@lru_cache(maxsize=4096)
def _kept(text: str, rtl: bool) -> str:
    """A cell's text as kept_numbers draws it, once per text: every paint, hover and row-height
    measure of every cell asks for it."""
    kept = numbers_kept(text)
    if kept == text:
        return text
    return "\n".join(FSI + line + PDI if _rtl(line) not in (None, rtl) else line
                     for line in kept.split("\n"))


def _rtl(line: str) -> bool | None:
    """Whether line's first letter is of a right-to-left script (None: it has no letter)."""
    first = next((c for c in line if c.isalpha()), "")
    return has_arabic(first) if first else None


class OwnDirectionText(CellText):
    """Free text (a report's) laid out in its own direction, by its first letter, in either
    interface direction, so that cut short its "…" stands at its end: an Arabic report in a
    left-to-right table was cut at its end, on the left, with no mark, and its "…" stood on the
    right, where it begins, as if words were missing before its first one; in the Arabic
    interface an English report naming a woman in Arabic ("Source saw نادية خلف at ...") was
    laid out right to left and read scrambled. Kept against the column's starting edge."""

    def initStyleOption(self, option, index):
        QStyledItemDelegate.initStyleOption(self, option, index)  # not CellText's: by all letters
        kept_numbers(option)
        first = next((c for c in option.text if c.isalpha()), "")
        if not first:
            return
        own = Qt.LayoutDirection.RightToLeft if has_arabic(first) else Qt.LayoutDirection.LeftToRight
        if own == option.direction:
            return
        start = Qt.AlignmentFlag.AlignLeft if option.direction == Qt.LayoutDirection.LeftToRight \
            else Qt.AlignmentFlag.AlignRight
        vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
        option.direction = own
        option.displayAlignment = vertical | start | Qt.AlignmentFlag.AlignAbsolute


def cells_by_script(table: QAbstractItemView) -> None:
    """Every cell of table laid out as CellText says (columns given another delegate, as
    fit_to_width's wrapped ones, keep theirs)."""
    table.setItemDelegate(CellText(table))


class WrappedText(QStyledItemDelegate):
    """Wrapped text in a row tall enough to paint it all. Qt measures a row by the height of
    each of its lines, but paints every line as tall as the tallest: a line holding Arabic
    letters (a header, a name) is taller, and a reason of two lines was painted on one, cut
    ("... navbera sala...")."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        kept_numbers(option)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        style = widget.style() if widget else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                  if style else 3)
        layout = QTextLayout(shown.text, shown.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(wrap)
        heights = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(shown.rect.width() - 2 * margin)
            heights.append(line.height())
        layout.endLayout()
        if heights:
            size.setHeight(max(size.height(), math.ceil(len(heights) * max(heights))))
        return size


def fit_to_width(table: QTableView, wrapped: tuple[int, ...], fixed: int | None = None,
                 grow_rows: bool = True) -> None:
    """Columns that fit the table's width: the wrapped ones share the room left by the others
    (as wide as their contents, or fixed) and their text wraps onto more lines, so the table
    never needs its horizontal scroll bar. A list's row with its notes, or a long explanation,
    was one line wide enough to push the last columns out of sight. Every column is at least
    as wide as its title (see FittedColumns)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # FittedColumns sizes them
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Rows as tall as their text, or (a whole list, thousands of rows) one line each, the
    # rest of a cell in its tooltip.
    table.setWordWrap(grow_rows)
    if grow_rows:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        delegate = WrappedText(table)
        for c in range(table.model().columnCount()):
            if c != fixed:  # a column sized by its text wraps too, when it has to give way
                table.setItemDelegateForColumn(c, delegate)
    FittedColumns(table, wrapped, fixed)


class FittedColumns(QObject):
    """The widths fit_to_width promises, set again whenever the table's width or its rows
    change. Qt's own sizing gave the columns sized by their text all they wanted and the
    wrapped ones what was left, down to nothing: with three long examples of a list's names
    the mapping step's "Why suggested" (Kurmanji "Çima hate pêşniyarkirin") was cut, or not
    shown at all. Here each title is whole first; the columns sized by their text give way
    next, the widest first, to leave the wrapped ones a fair share; these share the rest."""

    def __init__(self, table: QTableView, wrapped: tuple[int, ...], fixed: int | None) -> None:
        super().__init__(table)
        self.table, self.wrapped, self.fixed = table, wrapped, fixed
        self.wants: dict[int, int] | None = None  # the text's widths, until the rows change
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)  # once, after a batch of rows or a resize is done
        self.timer.timeout.connect(self.fit)
        model = table.model()
        for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                        model.dataChanged, model.layoutChanged, model.headerDataChanged,
                        model.columnsInserted):
            changed.connect(self._rows_changed)
        # the fixed column is set by the table's owner (as wide as its widest choice)
        table.horizontalHeader().sectionResized.connect(
            lambda column, *_: column == fixed and self.timer.start())
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.timer.start()
        return False

    def _rows_changed(self, *_) -> None:
        self.wants = None
        self.timer.start()

    def fit(self) -> None:
        header, table = self.table.horizontalHeader(), self.table
        count = header.count()
        # a title's width, and never less than the header lets a column be
        titles = {c: max(header.sectionSizeFromContents(c).width(), header.minimumSectionSize())
                  for c in range(count)}
        sized = [c for c in range(count) if c not in self.wrapped and c != self.fixed]
        if self.wants is None or set(self.wants) != set(sized):
            self.wants = {c: max(titles[c], table.sizeHintForColumn(c)) for c in sized}
        wrapped = [c for c in self.wrapped if c < count]
        room = table.viewport().width() - (
            header.sectionSize(self.fixed) if self.fixed is not None and self.fixed < count
            else 0)
        # A wrapped column keeps its title and a fair share of the room (an equal one, as if
        # every column had one): the reasons were squeezed to a word a line beside examples.
        fair = room // max(1, len(sized) + len(wrapped))
        least = {c: max(titles[c], fair) for c in wrapped}
        widths = given_way(self.wants, titles, room - sum(least.values()))
        spare = max(0, room - sum(widths.values()) - sum(least.values()))
        for n, c in enumerate(wrapped):  # the last takes what dividing leaves over
            widths[c] = least[c] + spare // len(wrapped) + (
                spare % len(wrapped) if n == len(wrapped) - 1 else 0)
        for c, width in widths.items():
            header.resizeSection(c, width)


def given_way(wants: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """Widths for columns that want wants, together no wider than room where that can be:
    the widest are cut first, to one width, and none below its least (its title)."""
    if sum(wants.values()) <= room:
        return dict(wants)
    low, high = 0, max(wants.values(), default=0)
    while low < high:  # the widest cut that fits the room
        mid = (low + high + 1) // 2
        if sum(max(least[c], min(w, mid)) for c, w in wants.items()) <= room:
            low = mid
        else:
            high = mid - 1
    return {c: max(least[c], min(w, low)) for c, w in wants.items()}
