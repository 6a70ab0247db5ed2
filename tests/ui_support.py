"""Helpers for the desktop program's tests: an offscreen Qt, a controller whose lock records the
restart instead of starting a process, and waiting for the vault thread."""

from __future__ import annotations

import os
import sys

import pytest

# pytest-qt makes the QApplication after this module is loaded (as a plugin of conftest.py).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery"  # the same as conftest.py's


class Restarts:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return 4242


@pytest.fixture(autouse=True)
def windows_deleted_after_the_test():
    """Every window a test leaves is deleted, not only hidden, when the test ends.

    A hidden window lives on in the QApplication all tests share: 80 window tests had left 43,000
    widgets, and every later layout and event walked them, so a test that takes 0.3 s alone took
    5 s late in the run, and its teardown as long again.
    """
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets else None
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    # What the vault thread sent back before it closed reaches its window first, as it would
    # have had the test gone on.
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    for w in app.topLevelWidgets():
        w.hide()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def gui(qtbot, qapp, tmp_path, monkeypatch):
    """A controller over tmp_path/vault, its worker closed after the test."""
    monkeypatch.setenv("CASEKEEPER_KDF_PROFILE", "fast")
    monkeypatch.delenv("CASEKEEPER_LANG", raising=False)
    monkeypatch.delenv("CASEKEEPER_IDLE_LOCK_SECONDS", raising=False)
    from ui.app import keep_qt_settings_out_of_home
    from ui.controller import Controller
    from ui.worker import VaultWorker
    keep_qt_settings_out_of_home()
    worker = VaultWorker()
    restarts = Restarts()
    controller = Controller(qapp, tmp_path / "vault", worker, restart=restarts)
    controller.restarts = restarts
    controller.quit = lambda code: None  # the test's QApplication must keep running
    yield controller
    # The controller and its idle watcher stay alive as children of the QApplication that every
    # test shares. Left running, this test's idle lock (5 minutes after the last key press
    # anywhere) would fire during a later test and hide that test's windows.
    if controller.idle is not None:
        controller.idle.timer.stop()
        qapp.removeEventFilter(controller.idle)
    controller.clipboard.timer.stop()
    for w in qapp.topLevelWidgets():
        w.hide()
    if not controller.locked:
        worker.close()
    from ui.i18n import apply_language
    apply_language(qapp, "en")


def unlock(qtbot, controller, passphrase: str = PASSPHRASE):
    """Unlock through the window and wait for the main window with its first rows."""
    window = controller.show_access()
    window.passphrase.setText(passphrase)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main is not None or window.error.text() != "",
                    timeout=10_000)
    assert controller.main is not None, window.error.text()
    main = controller.main
    qtbot.waitUntil(lambda: main.persons.counts.text() != "", timeout=10_000)
    return main


@pytest.fixture
def demo_vault(tmp_path):
    """A closed synthetic vault with 300 persons, reports and rescues."""
    from app.demo import populate
    from app.vault import KdfParams, create_vault
    folder = tmp_path / "vault"
    session, _code = create_vault(folder, PASSPHRASE, "DEMO", KdfParams.fast(), synthetic=True)
    populate(session, 300)
    session.close()
    return folder


def wait_job(qtbot, worker, fn, *args):
    """Run fn(session, *args) on the vault thread and return its result (for checks)."""
    box = {}
    job = worker.submit(fn, *args, on_done=lambda r: box.setdefault("r", r),
                        on_error=lambda m: box.setdefault("e", m))
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert "e" not in box, box.get("e")
    return box["r"]


def read_vault(folder, read):
    """What read(session) gives of the vault in folder, opened and closed around it (the
    desktop under test has its own session)."""
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        return read(s)
    finally:
        s.close()
