"""Copying case data: the clipboard is cleared after a while unless the user copied
something else since (as KeePassXC's Clipboard does), whatever in the program copied it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_ours)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        self._copied = text
        QGuiApplication.clipboard().setText(text)
        self.timer.start()

    def _changed(self) -> None:
        """Ctrl+C on the persons table or a page's field, or a field's own Copy, puts case data
        on the clipboard as copy() does: a name copied so stayed there, for a clipboard
        manager to keep, after the program was locked. Only what this program put there is
        taken (ownsClipboard: a copy made in another program is not ours to clear)."""
        board = QGuiApplication.clipboard()
        text = board.text()
        if text and text != self._copied and board.ownsClipboard():
            self._copied = text
            self.timer.start()

    def clear_if_ours(self) -> None:
        """Also called at lock and exit: our copy must not outlive the session."""
        board = QGuiApplication.clipboard()
        if self._copied is not None and board.text() == self._copied:
            board.clear()
        self._copied = None
        self.timer.stop()
