"""The desktop program: `casekeeper gui`, or `casekeeper` with no command."""

from __future__ import annotations

import os
import sys

from app.domain.errors import CaseKeeperError


def register(sub, common) -> None:
    p = sub.add_parser("gui", parents=[common], help="start the desktop program")
    p.set_defaults(run=run_gui)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal"))


def run_gui(args, ctx) -> int:
    if not _has_display():
        raise CaseKeeperError("no display found for the desktop program; "
                              "use the command line instead (casekeeper --help)")
    try:
        from ui.app import run  # Qt is imported only here, never by the CLI's other commands
    except ImportError as e:
        raise CaseKeeperError(f"the desktop program cannot start: {e}") from None
    return run(ctx.vault_dir)
