"""A removal's question with a box for its reason, kept in the audit trail as the command line's --reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget

from ui.widgets import ask, plain_label


def ask_with_reason(parent: QWidget, lines: list[str], name: str, go_text: str, go_name: str,
                    go: Callable[[str], object], label: str = "") -> QMessageBox:
    """ask_to_go_ahead's question (Cancel the default, Enter keeps it) with a box for why
    under its text; go gets what was typed, blanks at either end taken off. Optional, as
    `--reason` is on the command line: left blank, the trail's reason is empty, as there.
    label, where given, says where the text goes instead (a not-same decision's note)."""
    boxes: list[QLineEdit] = []

    def reason_box(box: QMessageBox) -> QWidget:
        below = QWidget(box)
        layout = QVBoxLayout(below)
        layout.setContentsMargins(0, 0, 0, 0)
        said = plain_label(label or QCoreApplication.translate(
            "ReasonBox", "Reason (optional), kept in the audit trail:"), below, wrap=True)
        reason = QLineEdit(below)
        reason.setObjectName("reasonBox")
        reason.setMinimumWidth(reason.fontMetrics().averageCharWidth() * 48)  # a sentence shows
        said.setBuddy(reason)
        layout.addWidget(said)
        layout.addWidget(reason)
        _KeepsEnter(reason)
        boxes.append(reason)
        return below

    return ask(parent, lines, name, [(go_text, go_name, lambda: go(boxes[0].text().strip()))],
               under_text=reason_box)


class _KeepsEnter(QObject):
    """Enter in the reason box does nothing: passed on, it pressed the question's default
    button, Cancel, and the removal a reason was just typed for was not done."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        field.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        return event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return, Qt.Key.Key_Enter)
