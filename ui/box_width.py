"""How wide a line edit must be to show its example (its placeholder) whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

# QLineEdit's own margin on each side of its text (QLineEditPrivate::horizontalMargin), and
# room for the cursor
_MARGIN, _CURSOR = 2, 2


def shown_whole(box: QLineEdit, text: str | None = None) -> int:
    """The width box needs to show text (its placeholder when none is given) uncut: the text,
    its margins, the frame and a clear button's room where it has one. Qt's own size for a
    line edit of that text left 6 pixels of room, and Kurmanji "Dîrok (mînak 03/2019)" was
    still cut to "Dîrok (mînak 03/201..."."""
    said = box.placeholderText() if text is None else text
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    frame = box.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, box)
    margins = box.textMargins()
    width = (box.fontMetrics().horizontalAdvance(said) + 2 * (_MARGIN + frame) + _CURSOR
             + margins.left() + margins.right())
    if box.isClearButtonEnabled():
        width += box.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, box) + 8
    return width + 4  # a letter drawn wider than its advance (ş, î) is not cut either
