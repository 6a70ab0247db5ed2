"""How wide a line edit must be to show its example (its placeholder) whole."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def shown_whole(box: QLineEdit, text: str | None = None) -> int:
    """The width box needs to show text (its placeholder when none is given) uncut: the text,
    its margins, the frame and a clear button's room where it has one."""
    said = box.placeholderText() if text is None else text
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    margins = box.textMargins()
    inner = box.fontMetrics().horizontalAdvance(said) + margins.left() + margins.right() + 4
    if box.isClearButtonEnabled():
        inner += box.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, box) + 8
    return box.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                        QSize(inner, box.fontMetrics().height()), box).width()
