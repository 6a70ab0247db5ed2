"""The lock and panic keys, heard from whatever window has the keyboard, dialogs included."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence

LOCK_KEY = "Ctrl+L"
PANIC_KEYS = ("F12", "Ctrl+Shift+Q")

_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
              | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
# ShortcutOverride comes first, before Qt's shortcut map and before a text box could claim the
# key; a KeyPress that gets through all the same (a platform that sends none) is heard too.
_KEY_EVENTS = {QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress}


def _value(flag) -> int:
    return int(getattr(flag, "value", flag))


def _combination(keys: str) -> tuple[int, int]:
    combo = QKeySequence(keys)[0]
    return _value(combo.key()), _value(combo.keyboardModifiers())


class SafetyKeys(QObject):
    """An application-wide event filter for the lock and panic keys.

    A QShortcut or QAction of the main window, even with Qt.ApplicationShortcut, does not fire
    while a modal window (New person, Settings, Back up, a question, a file dialog) blocks the
    main window: Qt drops it. The panic key is wanted most just then, with a woman's details
    typed into the form. A filter on the application sees every key before any window does,
    so a dialog added later is covered too. (File dialogs are Qt's own, DontUseNativeDialog: a
    native one would take the keys away from the program.) With Ctrl held, Qt reports the Latin
    key of the layout, so Ctrl+L locks with the keyboard left in Arabic or Kurdish too.
    """

    def __init__(self, app, parent: QObject, lock: Callable[[], None],
                 panic: Callable[[], None]) -> None:
        super().__init__(parent)
        self.actions = {_combination(LOCK_KEY): lock,
                        **{_combination(k): panic for k in PANIC_KEYS}}
        self.app = app
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in _KEY_EVENTS or event.isAutoRepeat():
            return False
        action = self.actions.get((_value(event.key()), _value(event.modifiers() & _MODIFIERS)))
        if action is None:
            return False
        event.accept()
        action()
        return True
