"""Process hardening at start-up: no core dumps, since a dump would hold keys and case data."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """RLIMIT_CORE=0 and, on Linux, PR_SET_DUMPABLE=0 (also blocks ptrace by other users).

    Returns True when both took effect (on platforms without them, False; nothing to do there).
    """
    ok = True
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            ok = libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and ok
        except OSError:
            ok = False
    else:
        ok = False
    return ok


def is_dumpable() -> bool | None:
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
