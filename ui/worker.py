"""One thread owns the vault session; the GUI submits calls to it and gets results back by signal.

The SQLCipher connection is used only from this thread (like Anki's CollectionOp and Calibre's
ThreadedJob). Widgets are never touched from here: results and errors travel back through a
queued Qt signal, so a failure in the worker always reaches the GUI as a message.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

from app.disk_full import disk_full
from app.domain.errors import Cancelled, CaseKeeperError
from ui.error_words import error_said, unexpected_said


class Job(QObject):
    """One submitted call. Its callbacks run on the GUI thread (the Job lives there).

    The worker emits the private _raw_* signals; they reach the Job's own slots through a queued
    connection (the Job is a GUI-thread object), which then call the callbacks. Connecting plain
    Python callables straight to a signal emitted elsewhere would run them on the worker.

    Results travel wrapped in a list, so a bool result is never converted by the signal
    machinery (see ui/qt_guard.py for a PySide6 reference-count defect this stays clear of).
    """

    progressed = Signal(int, int)      # done, total
    stepped = Signal(str)              # a step of the job begun (app/reports/steps.py)
    _raw_done = Signal(object)
    _raw_failed = Signal(str)
    _raw_progress = Signal(int, int)
    _raw_step = Signal(str)
    _raw_cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.cancel_event = threading.Event()
        self.done = False
        self.on_done: list[Callable[[Any], None]] = []
        self.on_error: list[Callable[[str], None]] = []
        self.on_cancelled: list[Callable[[], None]] = []
        self._raw_done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self._raw_failed.connect(self._deliver_failed, Qt.ConnectionType.QueuedConnection)
        self._raw_progress.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._raw_step.connect(self.stepped, Qt.ConnectionType.QueuedConnection)
        self._raw_cancelled.connect(self._deliver_cancelled, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.cancel_event.set()

    def report(self, done: int, total: int) -> None:
        """Passed to services as their progress callback (called on the worker thread)."""
        self._raw_progress.emit(int(done), int(total))

    def step(self, key: str) -> None:
        """Passed to services as their step callback (with_steps; on the worker thread)."""
        self._raw_step.emit(key)

    @Slot(object)
    def _deliver_done(self, boxed) -> None:
        self.done = True
        for fn in self.on_done:
            if _alive(fn):
                fn(boxed[0])
        self._settle()

    @Slot(str)
    def _deliver_failed(self, message: str) -> None:
        self.done = True
        for fn in self.on_error:
            if _alive(fn):
                fn(message)
        self._settle()

    @Slot()
    def _deliver_cancelled(self) -> None:
        self.done = True
        for fn in self.on_cancelled:
            if _alive(fn):
                fn()
        self._settle()

    def _settle(self) -> None:
        """Reported: the callbacks go (they held the job in a cycle through their closures),
        and the Qt object is deleted by the GUI thread's event loop once this event is over.
        Left to Python's cycle collector, it was deleted on whichever thread collected: the
        vault thread, under the GUI thread's feet (a test run crashed so, in Qt's event loop).
        The Python object may live on (a window keeping it): done and cancel() still work."""
        self.on_done, self.on_error, self.on_cancelled = [], [], []
        self.deleteLater()


def _alive(fn: Callable) -> bool:
    """Whether a callback may run: a method of a window or a label gone since the job was
    submitted (her page closed while it loaded: "Internal C++ object (QLabel) already
    deleted", and the next screen drawn over the old one) is not called."""
    owner = getattr(fn, "__self__", None)
    return not isinstance(owner, QObject) or isValid(owner)


def _commits(session) -> int:
    """The vault's outermost transactions committed so far (db.database.Database.commits)."""
    return getattr(getattr(session, "db", None), "commits", 0)


def describe_error(exc: BaseException, folder=None, saved_before: bool = False) -> str:
    """User errors carry a safe one-line message; anything else is named by its type only,
    because unexpected messages may quote case data. A disk that refuses to be written (full)
    is said as such, with the vault's folder (SQLite's words name no case data), and whether
    the job had saved changes before the one refused (saved_before)."""
    exc = disk_full(exc, folder, saved_before=saved_before) or exc
    if isinstance(exc, CaseKeeperError):
        return error_said(exc)
    return unexpected_said(type(exc).__name__)


class VaultWorker(QObject):
    """Holds the open session; everything that touches it runs through submit()."""

    def __init__(self) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self.session = None
        self.folder = None  # the vault's folder the jobs are on (set_folder, set_session)
        self.closed = False
        self._jobs: set[Job] = set()
        self.last_traceback = ""
        # Where failures go when the caller gave no on_error: never dropped silently.
        self.on_unhandled_error: Callable[[str], None] | None = None
        self.unhandled: list[str] = []

    def submit(self, fn: Callable[..., Any], *args, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[str], None] | None = None, with_progress: bool = False,
               with_steps: bool = False, **kwargs) -> Job:
        """Run fn(session, *args, **kwargs) on the vault thread.

        With with_progress, fn also gets progress= and cancel= keyword arguments; with
        with_steps, step= too, told the key of each step as it begins (Job.stepped).
        """
        job = Job()
        if self.closed:
            # The vault is locked: a window's late answer to a job that ended as the lock came
            # (a saved New person opening her page) has nothing to run on, and must not fail.
            job.done = True
            return job
        # Kept alive until it reports, and owned by this GUI-thread object: the Python object
        # dying on another thread no longer deletes the Qt object there (Job._settle).
        job.setParent(self)
        self._jobs.add(job)
        if on_done:
            job.on_done.append(on_done)
        job.on_error.append(on_error or self._unhandled)
        if with_progress:
            kwargs = dict(kwargs, progress=job.report, cancel=job.cancel_event)
        if with_steps:
            kwargs = dict(kwargs, step=job.step)

        def call():
            opened, before = self.session, _commits(self.session)
            try:
                result = fn(self.session, *args, **kwargs)
            except Cancelled:
                job._raw_cancelled.emit()
            except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
                self.last_traceback = "".join(traceback.format_exception_only(type(exc), exc))
                # the vault's drive measured, not the working folder's: jobs with no session
                # yet (a new vault) or none left (a refused new key) have set_folder's
                folder = getattr(self.session, "folder", None) or self.folder
                # a save, then its draft discarded: the save stays, "nothing was changed" is false
                saved = self.session is opened and _commits(self.session) > before
                job._raw_failed.emit(describe_error(exc, folder, saved))
            else:
                job._raw_done.emit([result])

        job.on_done.append(lambda _r: self._jobs.discard(job))
        job.on_error.append(lambda _m: self._jobs.discard(job))
        job.on_cancelled.append(lambda: self._jobs.discard(job))
        self._pool.submit(call)
        return job

    def _unhandled(self, message: str) -> None:
        self.unhandled.append(message)
        if self.on_unhandled_error is not None:
            self.on_unhandled_error(message)

    def call_now(self, fn: Callable[..., Any], *args, timeout: float = 30.0, **kwargs) -> Any:
        """Run fn(session, ...) on the vault thread and wait: only for shutdown paths
        (saving drafts before a lock), never for ordinary work."""
        return self._pool.submit(lambda: fn(self.session, *args, **kwargs)).result(timeout)

    def set_session(self, session) -> None:
        """Called on the vault thread by the unlock or create call."""
        self.session = session
        if getattr(session, "folder", None) is not None:
            self.folder = session.folder

    def set_folder(self, folder) -> None:
        """The vault's folder a job with no session works on (made, opened, given a new
        passphrase): where a disk's refusal is measured and said."""
        self.folder = folder

    def close(self, timeout: float = 10.0) -> bool:
        """Cancel what is running, close the session on its own thread, stop the thread.

        Returns False if the vault thread did not finish in time (a long job that does not
        look at its cancel event); the caller then ends the process anyway, and SQLite rolls
        the unfinished transaction back on the next open.
        """
        self.closed = True
        for job in list(self._jobs):
            job.cancel()

        def shut():
            if self.session is not None:
                self.session.close()
                self.session = None
        try:
            self._pool.submit(shut).result(timeout)
        except Exception:  # noqa: BLE001 - a stuck or failing close must not block a lock
            self._pool.shutdown(wait=False, cancel_futures=True)
            return False
        self._pool.shutdown(wait=True)
        return True
