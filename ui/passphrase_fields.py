"""A new-passphrase block: typed twice, with strength feedback and a match check."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar, QWidget

from ui import strength
from ui.widgets import plain_label

_COLOURS = ("#b00020", "#d9480f", "#e0a800", "#2b8a3e", "#1864ab")


def masked_field(parent: QWidget, name: str) -> QLineEdit:
    """A box for a secret: what is typed shows as dots, and cannot be copied or dragged out."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    return field


class NewPassphrase(QWidget):
    """Emits changed(ok) whenever the two fields change; ok (1 or 0) means long enough and equal.

    An int, not a bool: see ui/qt_guard.py for a PySide6 reference-count defect around bools.
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = masked_field(self, "newPassphrase")
        self.second = masked_field(self, "repeatPassphrase")
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = plain_label("", self)
        self.verdict.setObjectName("strengthLabel")
        self.match = plain_label("", self)
        self.match.setObjectName("matchLabel")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(plain_label(self.tr("New passphrase")), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(plain_label(self.tr("Repeat it")), self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _verdict_text(self, level: int) -> str:
        return (self.tr("Too short: at least 8 characters"), self.tr("Weak: add more words"),
                self.tr("Fair: a longer passphrase is better"), self.tr("Good"),
                self.tr("Strong"))[level]

    def _update(self) -> None:
        text = self.first.text()
        level = strength.level(text)
        self.meter.setValue(level)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[level]}; }}")
        self.verdict.setText(self._verdict_text(level) if text else
                             self.tr("Several unrelated words make a strong passphrase."))
        same = text == self.second.text()
        self.match.setText("" if not self.second.text() or same
                           else self.tr("The two passphrases differ."))
        self.changed.emit(1 if self.ok() else 0)

    def ok(self) -> bool:
        return strength.level(self.first.text()) > 0 and self.first.text() == self.second.text()

    def value(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
