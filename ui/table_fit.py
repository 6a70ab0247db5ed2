"""Tables whose columns fit the window's width, their long text wrapped onto more lines."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)


class WrappedText(QStyledItemDelegate):
    """Wrapped text in a row tall enough to paint it all. Qt measures a row by the height of
    each of its lines, but paints every line as tall as the tallest: a line holding Arabic
    letters (a header, a name) is taller, and a reason of two lines was painted on one, cut
    ("... navbera sala...")."""

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
    was one line wide enough to push the last columns out of sight."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for c in range(table.model().columnCount()):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c in wrapped
                                    else QHeaderView.ResizeMode.Fixed if c == fixed
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Rows as tall as their text, or (a whole list, thousands of rows) one line each, the
    # rest of a cell in its tooltip.
    table.setWordWrap(grow_rows)
    if grow_rows:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        delegate = WrappedText(table)
        for c in wrapped:
            table.setItemDelegateForColumn(c, delegate)
