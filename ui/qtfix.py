"""A guard against a reference-count bug in PySide6 6.12.0: SignalInstance.emit() returns
Py_True without taking a reference, so every emit from Python drops one reference to True.
After some thousands of emits True is "deallocated" and the interpreter aborts with
`bool_dealloc`. Every emit in ui/ goes through emit() below, which gives the reference back
when (and only when) the running PySide6 is found to have the bug.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _detect() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)  # give back what the probe itself lost
    return lost == 4


EMIT_LOSES_TRUE = _detect()


def emit(signal, *args) -> None:
    """signal.emit(*args), keeping True's reference count right."""
    result = signal.emit(*args)
    if EMIT_LOSES_TRUE and result is True:
        _incref(True)
