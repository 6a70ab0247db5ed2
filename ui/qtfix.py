"""A guard against a reference-count defect of PySide6 6.12.0 (abi3 wheels) on Python 3.11.

Measured here: every call of a PySide6 method that returns nothing drops one reference to None,
and every SignalInstance.emit() drops one reference to True. The wheels appear to assume the
immortal None/True/False of Python 3.12+, where that is harmless. On 3.11, after a few thousand
calls (None starts with ~5,000 references in a fresh process) the interpreter aborts with
"none_dealloc: deallocating None" - in the middle of someone's work.

protect_singletons() gives None, True and False 2**40 extra references when the defect is
present, which makes them as good as immortal, as they are on 3.12. It runs once, when ui/ is
first imported. The real fix is Python 3.12+ or a PySide6 release without the defect.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA_REFERENCES = 1 << 40


def defect_present() -> bool:
    """True if a void PySide6 call loses a reference to None in this interpreter."""
    if sys.version_info >= (3, 12):
        return False  # None, True and False are immortal there
    from PySide6.QtCore import QObject
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    _add_references(None, max(0, lost))  # give back what the probe itself lost
    return lost >= 8


def _add_references(obj, n: int) -> None:
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(obj)).value += n


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal if the defect is present."""
    if getattr(protect_singletons, "done", False):
        return True
    if not defect_present():
        return False
    for obj in (None, True, False):
        _add_references(obj, EXTRA_REFERENCES)
    protect_singletons.done = True
    return True
