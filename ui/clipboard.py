"""Copying case data: the clipboard is cleared after a while unless the user copied
something else since (as KeePassXC's Clipboard does)."""

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

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self.timer.start()

    def clear_if_ours(self) -> None:
        """Also called at lock and exit: our copy must not outlive the session."""
        board = QGuiApplication.clipboard()
        if self._copied is not None and board.text() == self._copied:
            board.clear()
        self._copied = None
        self.timer.stop()
