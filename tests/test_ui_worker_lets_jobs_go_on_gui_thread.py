"""A finished job's Qt object is deleted on the GUI thread. Its callbacks held it in a cycle
(job -> its callbacks -> a closure -> job), so only Python's cycle collector freed it, on
whichever thread happened to collect: the vault thread, deleting a GUI object under the GUI
thread's feet. A full test run crashed so once, in Qt's event loop, while the vault thread
emitted the next job's result."""

from __future__ import annotations

import gc
import threading

from ui.worker import VaultWorker


def test_a_finished_jobs_qt_object_is_deleted_on_the_gui_thread(qtbot):
    worker = VaultWorker()
    worker.session = object()
    deleted_on: list[str] = []
    was_enabled = gc.isenabled()
    gc.disable()  # only the collections this test runs, on the threads it runs them
    try:
        for n, fn in enumerate((lambda s: 1, lambda s: 1 / 0)):
            job = worker.submit(fn, on_done=lambda r: None, on_error=lambda m: None)
            job.destroyed.connect(lambda *_: deleted_on.append(threading.current_thread().name))
            qtbot.waitUntil(lambda job=job: job.done, timeout=5_000)
            del job
            worker.call_now(lambda s: gc.collect())  # the vault thread collects first
            qtbot.wait(100)  # the GUI thread's event loop runs its deferred deletes
            assert len(deleted_on) == n + 1, deleted_on
        assert deleted_on == ["MainThread", "MainThread"], deleted_on
        assert not worker._jobs
    finally:
        if was_enabled:
            gc.enable()
        worker.close()


def test_a_window_keeping_a_finished_job_can_still_read_and_cancel_it(qtbot):
    worker = VaultWorker()
    worker.session = object()
    try:
        job = worker.submit(lambda s: 1, on_done=lambda r: None)
        qtbot.waitUntil(lambda: job.done, timeout=5_000)
        qtbot.wait(20)  # its Qt object deleted by now
        job.cancel()
        assert job.done and job.cancel_event.is_set()
    finally:
        worker.close()


def test_a_callback_of_a_window_closed_meanwhile_is_not_called(qtbot):
    """Her page closed while its data loaded (Print dossier... opened another screen): the
    load's answer called the page's deleted label, "Internal C++ object (QLabel) already
    deleted", and the next screen was drawn over the old one (a tester)."""
    from PySide6.QtWidgets import QLabel
    from shiboken6 import delete

    worker = VaultWorker()
    worker.session = object()
    gate = threading.Event()
    try:
        gone, kept = QLabel(), QLabel()
        job = worker.submit(lambda s: gate.wait(5) and "loaded", on_done=gone.setText,
                            on_error=gone.setText)
        other = worker.submit(lambda s: gate.wait(5) and "loaded", on_done=kept.setText)
        delete(gone)  # the page goes before the answer comes
        gate.set()
        qtbot.waitUntil(lambda: job.done and other.done, timeout=5_000)
        assert kept.text() == "loaded"  # a window still there is answered as before
    finally:
        worker.close()
