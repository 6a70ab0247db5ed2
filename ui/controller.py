"""What happens between windows: unlock -> main window -> lock (which ends the process)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.access_window import AccessWindow
from ui.clipboard import ClipboardGuard
from ui.hardening import start_fresh_process
from ui.i18n import apply_language
from ui.idle import IdleWatcher
from ui.settings import VaultPreferences, idle_lock_ms, read_language, write_language

WARM_CHECK_MS = 3000  # how often a full search cache is checked for having been dropped


class Controller(QObject):
    def __init__(self, app: QApplication, vault_dir: Path, worker,
                 restart: Callable[[], int] = start_fresh_process) -> None:
        super().__init__(app)
        self.app, self.vault_dir, self.worker, self.restart = app, vault_dir, worker, restart
        self.language = read_language(vault_dir)
        self.clipboard = ClipboardGuard(self)
        self.access: AccessWindow | None = None
        self.main = None
        self.idle: IdleWatcher | None = None
        self.prefs = VaultPreferences()
        self.locked = False
        self.closed_cleanly = True
        self.restarted_pid: int | None = None
        self.quit: Callable[[int], None] = app.exit  # tests replace it: their app lives on

    def show_access(self) -> AccessWindow:
        apply_language(self.app, self.language)
        self.access = AccessWindow(self.vault_dir, self.worker, self.language)
        self.access.unlocked.connect(self.on_unlocked)
        self.access.language_chosen.connect(self.change_language)
        self.access.show()
        return self.access

    def change_language(self, lang: str) -> None:
        """Rebuild the window so every string is translated again."""
        self.language = lang
        write_language(self.vault_dir, lang)
        old = self.access
        self.show_access()
        if old is not None:
            old.hide()
            old.deleteLater()

    def on_unlocked(self) -> None:
        write_language(self.vault_dir, self.language)  # the folder exists now
        self.worker.submit(VaultPreferences.load, on_done=self.open_main,
                           on_error=lambda _m: self.open_main(VaultPreferences()))

    def open_main(self, prefs: VaultPreferences) -> None:
        from ui.main_window import MainWindow  # after unlock only: keeps start-up fast
        self.prefs = prefs
        self.main = MainWindow(self, self.worker, self.clipboard, prefs)
        self.main.show()
        if self.access is not None:
            self.access.hide()
            self.access.deleteLater()
            self.access = None
        self.idle = IdleWatcher(self.app, idle_lock_ms(prefs))
        self.idle.idle.connect(self.lock)
        self.warm_search()

    def warm_search(self, complete: bool = False) -> None:
        """Fill the search cache one step at a time behind the list's own page loads, so the
        list is usable at once and search-as-you-type is fast a few seconds later. Once it is
        full, look again every few seconds: a large import drops the cache, and it is filled
        again the same way. A failed step only leaves searches answered from the vault."""
        if self.main is None or self.locked or self.worker.closed:
            return
        if complete:
            QTimer.singleShot(WARM_CHECK_MS, self, self.warm_search)
            return
        self.worker.submit(lambda s: s.search.warm_step(), on_done=self.warm_search,
                           on_error=lambda _m: None)

    def preferences_changed(self, prefs: VaultPreferences, lang: str) -> None:
        self.prefs = prefs
        if self.idle is not None:
            self.idle.set_timeout(idle_lock_ms(prefs))
        if lang != self.language:
            self.language = lang
            write_language(self.vault_dir, lang)

    def panic(self) -> None:
        """Hide everything at once, then lock as usual."""
        for window in self.app.topLevelWidgets():
            window.hide()
        self.lock()

    def lock(self) -> None:
        """Save drafts into the vault, close it, start a fresh process, end this one."""
        if self.locked:
            return
        self.locked = True
        # The screen is cleared first: saving drafts waits for the vault thread, up to 30 s
        # behind a long job, and nothing may stay on show meanwhile. A hidden form still holds
        # what was typed; a question hidden in its own loop returns only after this does.
        for window in self.app.topLevelWidgets():
            window.hide()
        if self.main is not None:
            with contextlib.suppress(Exception):
                self.main.forget_passwords()
            # A failing draft save must not stop the lock.
            with contextlib.suppress(Exception):
                self.main.save_drafts()
        self.clipboard.clear_if_ours()
        self.closed_cleanly = self.worker.close()
        self.restarted_pid = self.restart()
        self.quit(0)
