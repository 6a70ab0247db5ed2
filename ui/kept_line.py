"""A one-line field that, read only, shows each number in its text in its own order."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit

from ui.bidi import numbers_kept, typed_part


class KeptLine(QLineEdit):
    """A field of a person's page (held by, last known location): read only, each number typed
    in it is shown in its own order (bidi.numbers_kept; "أبو حمزة 0780 111 2233" was drawn
    with the number's groups reversed); to edit, as typed. text() and a copy (Ctrl+C, the
    menu's Copy) give the text as set, without the marks that keep the numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._typed: str | None = None  # the text as set, while shown read only

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._typed = text if self.isReadOnly() else None
        super().setText(numbers_kept(text) if self.isReadOnly() else text)

    def text(self) -> str:
        return self._typed if self._typed is not None else super().text()

    def setReadOnly(self, on: bool) -> None:  # noqa: N802 - Qt's name
        if on == self.isReadOnly():
            return
        text = self.text()
        super().setReadOnly(on)
        blocked = self.blockSignals(True)  # a change of view is no edit
        self.setText(text)
        self.blockSignals(blocked)

    def clear(self) -> None:
        self.setText("")

    def copy(self) -> None:
        if self._typed is None or not self.hasSelectedText():
            super().copy()
            return
        start = self.selectionStart()
        shown = super().text()
        # Qt counts an emoji as two characters, Python as one
        to_index = {at: i for i, at in enumerate(_positions(shown))}
        QGuiApplication.clipboard().setText(typed_part(
            shown, self._typed, to_index.get(start, 0),
            to_index.get(start + len(self.selectedText().encode("utf-16-le")) // 2, len(shown))))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-copy":  # its own copy, which would keep the marks
                action.triggered.disconnect()
                action.triggered.connect(self.copy)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _positions(text: str) -> list[int]:
    """Where each character of text starts, counted as Qt counts (UTF-16), and its end."""
    at, out = 0, []
    for ch in text:
        out.append(at)
        at += 2 if ord(ch) > 0xFFFF else 1
    return [*out, at]
