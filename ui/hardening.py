"""Locking by starting afresh: the lock ends this process and starts a new one at the unlock
window, because SECURITY.md measured that Python keeps the passphrase and decrypted names in
memory after the connection is closed. (Core dumps are turned off by app.hardening.)"""

from __future__ import annotations

import os
import subprocess
import sys

from app.secret_env import DESKTOP_SETTINGS, without_secrets


def start_fresh_process() -> int:
    """Start the same program again (it opens at the unlock window); returns the new PID.

    The new process gets its own session so that it outlives this one, which exits next. It
    gets no CASEKEEPER_* secret: a passphrase in the shell the desktop was started from would
    otherwise sit in the memory and /proc/PID/environ of the process the lock leaves running.
    """
    if getattr(sys, "frozen", False):
        # The installer's build: its own executable by its full path (orig_argv holds the path
        # as it was typed, which a changed working folder would lose).
        argv = [sys.executable, *sys.argv[1:]]
    else:
        argv = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    child = subprocess.Popen(argv, start_new_session=True, close_fds=True,
                             stdin=subprocess.DEVNULL, env=without_secrets(os.environ, DESKTOP_SETTINGS))
    return child.pid
