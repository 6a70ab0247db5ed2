"""The desktop program's entry point: `casekeeper gui` calls run(vault_dir)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from app.hardening import disable_core_dumps
from ui.qt_guard import refuse_defective_binding


def keep_qt_settings_out_of_home() -> None:
    """Qt's file dialog stores visited folders in ~/.config/QtProject.conf through QSettings.
    Point user-scope settings at a path that cannot be created, so nothing is ever written."""
    from PySide6.QtCore import QSettings
    nowhere = os.path.join(os.devnull, "casekeeper-no-settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, nowhere)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, nowhere)


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication
    keep_qt_settings_out_of_home()
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("CaseKeeper")
    app.setApplicationDisplayName("CaseKeeper")
    app.setDesktopFileName("casekeeper")
    from ui.fonts import load_bundled_fonts
    load_bundled_fonts()  # the laptop may have no Arabic font at all
    return app


def run(vault_dir: Path) -> int:
    """Start at the create/unlock window; returns the exit status."""
    disable_core_dumps()  # before any secret exists in this process
    refuse_defective_binding()
    from ui.controller import Controller
    from ui.worker import VaultWorker

    app = make_application()
    worker = VaultWorker()
    controller = Controller(app, Path(vault_dir), worker)
    controller.show_access()
    status = app.exec()
    if controller.locked:
        # The vault is closed and a fresh process is starting. End this one now, whatever the
        # vault thread is doing: Python would otherwise wait for a stuck job at exit.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    if not controller.locked:
        controller.clipboard.clear_if_ours()
        if controller.main is not None:
            # Closing must still close the vault even if a draft cannot be saved.
            with contextlib.suppress(Exception):
                controller.main.save_drafts()
        worker.close()
    return status
