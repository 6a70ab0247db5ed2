"""A check box whose words wrap: a QCheckBox draws its text on one line, cut at the window's edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _Toggling(QLabel):
    """The words of the box: a click on them ticks it, as on a QCheckBox's own text."""

    def __init__(self, text: str, check: QCheckBox, parent: QWidget) -> None:
        super().__init__(parent)
        self._check = check
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._check.isEnabled():
            self._check.toggle()
        event.accept()


def wrapped_check(text: str, parent: QWidget) -> tuple[QWidget, QCheckBox]:
    """(the row to lay out, its check box). The box keeps the words as its accessible name
    (a screen reader names it); the label beside it shows them wrapped."""
    row = QWidget(parent)
    check = QCheckBox(row)
    check.setAccessibleName(text)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_Toggling(text, check, row), 1)
    return row, check


