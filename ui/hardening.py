"""Process safety at start and at lock: no core dumps, and locking by starting afresh.

SECURITY.md measured that Python keeps the passphrase and decrypted names in memory after the
connection is closed, so a lock cannot just hide windows: it ends this process and starts a new
one at the unlock window.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE = 0 where the platform has them."""
    done = False
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done = True
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            done = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and done
        except OSError:
            done = False
    return done


def is_dumpable() -> bool:
    """For tests: what the kernel says about this process."""
    libc = ctypes.CDLL(None)
    return libc.prctl(3, 0, 0, 0, 0) == 1  # PR_GET_DUMPABLE


def start_fresh_process() -> int:
    """Start the same program again (it opens at the unlock window); returns the new PID.

    The new process gets its own session so that it outlives this one, which exits next.
    """
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    child = subprocess.Popen(argv, start_new_session=True, close_fds=True,
                             stdin=subprocess.DEVNULL, env=dict(os.environ))
    return child.pid
