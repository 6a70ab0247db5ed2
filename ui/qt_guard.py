"""Refuse to run on a Qt binding that loses references to None/True (PySide6 6.12.0 on Python 3.11).

Measured here: PySide6-Essentials 6.12.0 drops one reference to None on every Qt call that
returns nothing and one to True on every signal emit; on Python 3.11 the interpreter aborts
("deallocating None") after a few thousand calls, in the middle of someone's work. 6.11.3,
which pyproject.toml pins, does not. This probe keeps a future upgrade from bringing it back.
"""

from __future__ import annotations

import sys


def binding_defect_present() -> bool:
    """True if ordinary PySide6 calls or emits lose references to None or True."""
    if sys.version_info >= (3, 12):
        return False  # None, True and False are immortal there
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal(bool)

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")
        probe.ping.emit(True)
    # A few references may move for other reasons; 16 lost each way is the defect.
    return (none_before - sys.getrefcount(None) >= 16
            or true_before - sys.getrefcount(True) >= 16)


def refuse_defective_binding() -> None:
    if binding_defect_present():
        from PySide6 import __version__
        raise SystemExit(f"casekeeper: PySide6 {__version__} is known to crash on this Python; "
                         "install the version pyproject.toml pins (make run does)")
