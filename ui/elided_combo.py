"""A combo box whose long choice is cut short with "…" in the box, whole in its list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class ElidedCombo(QComboBox):
    """Asks no more width than minimum_letters letters; the choice shown is cut at its end with
    "…" (Qt only clipped it, mid-letter, with no sign that more was there) and said whole in
    its tooltip and its list. Kurmanji's rescue form gave a long choice the width of the whole
    form, and left its date and place boxes 60 pixels wide."""

    def __init__(self, parent=None, minimum_letters: int = 20) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(minimum_letters)
        self.currentIndexChanged.connect(lambda: self.setToolTip(self.currentText()))

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width() - 4)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
