"""A new-passphrase block: typed twice, with strength feedback and a match check."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from app.passphrase_digits import has_eastern_digits  # the command line's rule too
from app.refused_secret import KEYBOARD_SENTENCE
from ui import strength
from ui.bidi import filled
from ui.widgets import plain_label

_COLOURS = ("#b00020", "#d9480f", "#e0a800", "#2b8a3e", "#1864ab")


def masked_field(parent: QWidget, name: str) -> QLineEdit:
    """A box for a secret: what is typed shows as dots, and cannot be copied or dragged out."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    return field


def with_show(field: QLineEdit, parent: QWidget) -> tuple[QWidget, QCheckBox]:
    """field hidden as it is typed (dots), with a Show box beside it that shows it while
    ticked: a recovery code copied from paper is checked by eye, then hidden again. Returns
    the row to lay out and the box (untick it when the field is emptied)."""
    field.setEchoMode(QLineEdit.EchoMode.Password)
    show = QCheckBox(QCoreApplication.translate("SecretField", "Show"), parent)
    show.setObjectName(f"{field.objectName()}Show")
    show.toggled.connect(lambda on: field.setEchoMode(
        QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
    row = QWidget(parent)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(field, 1)
    box.addWidget(show)
    return row, show


def digits_hint() -> str:
    """Said under a refused passphrase that holds digits."""
    return filled(QCoreApplication.translate(
        "AccessWindow", "Digits must be typed as they were when the passphrase was made: "
                        "Arabic-Indic digits (%1) and Latin digits (%2) are different "
                        "characters."), "٢٠١٤", "2014")


def keyboard_hint() -> str:
    """Said under every refused passphrase: the two usual slips on a laptop switched between
    Arabic, Kurdish and English, in the one wording the command line says too
    (app/refused_secret.KEYBOARD_SENTENCE; _KEYBOARD_WORDS is it for lupdate, a test holds them
    equal)."""
    return QCoreApplication.translate("AccessWindow", KEYBOARD_SENTENCE)


# lupdate reads no constant: the sentence as it finds it (test_refused_secret_one_wording.py)
_KEYBOARD_WORDS = QT_TRANSLATE_NOOP(
    "AccessWindow", "Check the keyboard: Caps Lock off, and set to the language the passphrase "
                    "was typed in when it was made (English, Arabic or Kurdish).")


def refused_hints(digits: bool) -> str:
    """What a refused passphrase is told below the refusal, one hint a line: digits of another
    script where it held digits, then the keyboard."""
    return "\n".join([*([digits_hint()] if digits else []), keyboard_hint()])


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
        # Arabic-Indic or Persian digits in it: to be typed the same way at every unlock
        self.digits = plain_label("", self, wrap=True, collapse=True)
        self.digits.setObjectName("digitsLabel")
        self.digits.setStyleSheet("color: #d9480f;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(plain_label(self.tr("New passphrase")), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow("", self.digits)
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
        self.digits.setText(filled(self.tr(
            "This passphrase has Arabic-Indic or Persian digits (%1): type them the same way "
            "every time. The same number in Latin digits (%2) is another passphrase and will "
            "not open the vault."), "٢٠١٤", "2014") if has_eastern_digits(text) else "")
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
