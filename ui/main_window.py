"""The main window: navigation between the screens, the vault menu, lock and panic keys."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.recovery_code import unseen_at
from ui.bidi import file_path, filled
from ui.i18n import list_comma
from ui.new_person_kept import NewPersonKeeper
from ui.new_person_kept import keep as keep_new_person
from ui.persons_view import PersonsView
from ui.safety_keys import LOCK_KEY, SafetyKeys
from ui.widgets import plain_label, show_error


class MainWindow(QMainWindow):
    def __init__(self, controller, worker, clipboard, prefs) -> None:
        super().__init__()
        self.controller, self.worker, self.clipboard, self.prefs = (controller, worker,
                                                                    clipboard, prefs)
        self.setWindowTitle("CaseKeeper")  # neutral: never a name or a case number
        self.resize(1200, 760)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        # Rows as tall as a Latin line squeeze Arabic letters (hamza above, dots below) together.
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 4px 6px; }")
        self.stack = QStackedWidget(self)
        self.screens: dict[str, QWidget] = {}
        self.person_page = None
        self.new_person_kept = NewPersonKeeper(self, worker, self._wire_new_person)
        self.persons = PersonsView(worker, self)
        self.persons.open_person.connect(self.open_person)
        self.persons.new_person.connect(self.new_person)
        self.persons.print_list.connect(self.print_list)
        self._add_screen("persons", self.tr("Persons"), self.persons)
        self._add_optional_screens()
        self.nav.currentRowChanged.connect(self._nav_changed)
        # a click on the row already chosen shows its screen too: from a person's page opened
        # from Reports, a click on Reports did nothing, her page stayed
        self.nav.clicked.connect(lambda index: self._nav_changed(index.row()))
        self.stack.currentChanged.connect(self._shown)
        body = QWidget(self)
        column = QVBoxLayout(body)
        # above the screens, not in the status bar: there its lines were cut off at the
        # window's bottom edge
        self.recovery_note = plain_label("", body, wrap=True)
        self.recovery_note.setObjectName("recoveryUnseen")
        self.recovery_note.setStyleSheet("color: #b00020;")
        self.recovery_note.hide()
        column.addWidget(self.recovery_note)
        # what this unlock deleted beside the vault (a restore cut off left a whole copy of a
        # backup): said once, where the unseen recovery code is said
        self.unlock_note = plain_label("", body, wrap=True, selectable=True)
        self.unlock_note.setObjectName("restoreLeftoversRemoved")
        self.unlock_note.hide()
        column.addWidget(self.unlock_note)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(body)
        self._build_menu()
        self._build_status_bar()
        worker.on_unhandled_error = lambda message: show_error(self, message)
        self.nav.setCurrentRow(0)
        self.persons.apply_filters()
        self.new_person_kept.offer()  # a form open at the last lock

    def _add_screen(self, key: str, title: str, widget: QWidget) -> None:
        self.screens[key] = widget
        self.stack.addWidget(widget)
        self.nav.addItem(title)

    def _add_optional_screens(self) -> None:
        """Screens built on services from the other parts of the program."""
        from ui.audit_view import AuditView
        from ui.duplicates_view import DuplicatesView
        from ui.imports_view import ImportsView
        from ui.records_view import ReportsView, RescuesView
        self._add_screen("duplicates", self.tr("Duplicates"), DuplicatesView(self.worker, self))
        for key, title, view in (("reports", self.tr("Reports"), ReportsView(self.worker, self)),
                                 ("rescues", self.tr("Rescues"), RescuesView(self.worker, self))):
            view.open_person.connect(self.open_person)
            if isinstance(view, RescuesView):  # a rescue saved there gives statuses
                view.saved.connect(self.persons.apply_filters)
            self._add_screen(key, title, view)
        self._add_screen("imports", self.tr("Imports"), ImportsView(self.worker, self))
        from ui.print_view import PrintView
        self._add_screen("print", self.tr("Print"),
                         PrintView(self.worker, self.controller.language, self))
        self._add_screen("audit", self.tr("Audit"), AuditView(self.worker, self))

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.screens):
            self._show(list(self.screens)[row])

    def _show(self, key: str) -> QWidget:
        """The screen key in the window (read afresh as it comes into sight); nothing is done
        when it is there already."""
        widget = self.screens[key]
        if self.stack.currentWidget() is widget:
            return widget
        if key == "print" and self.stack.currentWidget() is self.persons:
            # from the list to Print: a summary starts from the persons the list shows
            widget.take_list_filters(self.persons.typed_filters())
        self.stack.setCurrentWidget(widget)
        if hasattr(widget, "activate"):
            widget.activate()
        return widget

    def _shown(self, _index: int) -> None:
        """The sidebar says which screen is shown, whatever showed it (a person's page, which
        has no row of its own, leaves no row chosen): it said Print over her page after
        "Print dossier..." had gone nowhere."""
        widget = self.stack.currentWidget()
        rows = [n for n, w in enumerate(self.screens.values()) if w is widget]
        blocked = self.nav.blockSignals(True)
        try:
            if rows:
                self.nav.setCurrentRow(rows[0])
            else:
                self.nav.setCurrentRow(-1)
                self.nav.clearSelection()
        finally:
            self.nav.blockSignals(blocked)

    def show_screen(self, key: str) -> QWidget:
        """Show the screen key, from any screen or page, the sidebar following."""
        return self._show(key)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        for text, slot, keys in (
                (self.tr("Back up..."), self.back_up, None),
                (self.tr("Change passphrase..."), self.change_passphrase, None),
                (self.tr("New recovery code..."), self.new_recovery_code, None),
                (self.tr("Settings..."), self.open_settings, None),
                (self.tr("Lock"), self.controller.lock, LOCK_KEY),
                (self.tr("Quit"), self.close, "Ctrl+Q")):
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
        # Lock and the panic keys from any window of the program, a dialog open or not (Ctrl+L
        # above is said in the menu; this filter hears it first). A child of this window: it
        # goes with the window, so a test's window gone leaves no filter behind.
        self.safety_keys = SafetyKeys(QApplication.instance(), self, self.controller.lock,
                                      self.controller.panic)

    def _build_status_bar(self) -> None:
        self.synthetic_note = plain_label("", self)
        self.statusBar().addPermanentWidget(self.synthetic_note)
        self.worker.submit(lambda s: s.is_synthetic, on_done=lambda synthetic:
                           self.synthetic_note.setText(self.tr("SYNTHETIC DEMO DATA")
                                                       if synthetic else ""))
        # a new recovery code made but never shown (the program stopped first): said at
        # every unlock until a new one is shown and written down
        self.check_recovery_code()
        self.worker.submit(lambda s: (list(s.restore_leftovers_removed),
                                      dict(s.restore_leftovers_kept)),
                           on_done=self._leftovers_removed, on_error=lambda _m: None)
        self.worker.submit(lambda s: (s.was_backup, str(s.folder)), on_done=self._was_backup,
                           on_error=lambda _m: None)

    def check_recovery_code(self) -> None:
        self.worker.submit(unseen_at, on_done=self._recovery_unseen,
                           on_error=lambda _m: None)

    def _recovery_unseen(self, at: str | None) -> None:
        self.recovery_note.setText("" if at is None else filled(self.tr(
            "A new recovery code was made on %1 and never shown (the program stopped first): "
            "the code written down may no longer open the vault. Make a new one: Vault > New "
            "recovery code..."), at))
        self.recovery_note.setVisible(at is not None)

    def _leftovers_removed(self, found: tuple[list[str], dict[str, str]]) -> None:
        names, kept = found
        said = [filled(self.tr(
            "Deleted at this unlock, beside the vault: %1, the copy of a backup that a restore "
            "left when it was cut off. The vault was not replaced by it: to restore that "
            "backup, lock the vault (Vault > Lock) and choose \"Restore from a backup...\" "
            "again. The Audit screen lists it too."),
            list_comma().join(file_path(n) for n in names))] if names else []
        # one that stayed (a file held open) still opens with the passphrase of then: said
        # at every unlock, with where it is and why, until she deletes it
        said += [filled(self.tr(
            "Could not delete %1 (%2): the copy of a backup that a restore left beside the "
            "vault when it was cut off. It opens with the passphrase the vault had then; "
            "delete it yourself."), file_path(where), why)
            for where, why in kept.items()]
        self.unlock_note.setText("\n".join(said))
        self.unlock_note.setVisible(bool(said))

    def _was_backup(self, found: tuple[bool, str]) -> None:
        """A backup folder unlocked here is a working vault now (app/backup_opened.py): said
        once, beside what this unlock deleted."""
        was, folder = found
        if not was:
            return
        said = filled(self.tr("%1 was a backup: it is now a working vault (it was unlocked), and "
                              "the backup it was is gone. Keep another copy: Vault > Back up..."),
                      file_path(folder))
        self.unlock_note.setText("\n".join(t for t in (self.unlock_note.text(), said) if t))
        self.unlock_note.show()

    # -- person page -----------------------------------------------------------------------
    def open_person(self, case_no: str) -> None:
        from ui.person_page import PersonPage
        if self.person_page is not None:
            self.person_page.save_draft_if_dirty()
            self.stack.removeWidget(self.person_page)
            self.person_page.deleteLater()
        self.person_page = PersonPage(self.worker, self.clipboard, case_no, self)
        self.person_page.back.connect(lambda: self.stack.setCurrentWidget(self.persons))
        self.person_page.open_person.connect(self.open_person)
        self.person_page.saved.connect(self.persons.apply_filters)
        self.person_page.print_requested.connect(self.print_dossier)
        self.person_page.compare_requested.connect(
            lambda case_no: self.show_screen("duplicates").compare_with(case_no))
        self.stack.addWidget(self.person_page)
        self.stack.setCurrentWidget(self.person_page)

    def new_person(self):
        """The form for one person (the one kept at a lock, if any); once saved (or an existing
        person chosen), her page."""
        return self.new_person_kept.open()

    def _wire_new_person(self, dialog) -> None:
        dialog.created.connect(lambda _case_no: self.persons.apply_filters())
        dialog.created.connect(self.open_person)
        dialog.open_person.connect(self.open_person)
        dialog.filled.connect(lambda _case_no: self.persons.apply_filters())

    def print_dossier(self, case_no: str) -> None:
        self.show_screen("print").prepare("dossier", case_no)

    def print_list(self, typed: dict) -> None:
        """A case summary of the persons the list shows: its filters and search, who it is
        for asked again."""
        view = self.show_screen("print")
        view.prepare("summary")
        view.take_list_filters(typed)

    # -- vault menu ------------------------------------------------------------------------
    def back_up(self) -> None:
        from ui.backup_dialog import BackupDialog
        BackupDialog(self.worker, self).open()

    def change_passphrase(self) -> None:
        from ui.dialogs import ChangePassphraseDialog
        dialog = ChangePassphraseDialog(self.worker, self)
        dialog.finished.connect(lambda _r: self.check_recovery_code())
        dialog.open()

    def new_recovery_code(self) -> None:
        from ui.new_recovery_code_dialog import NewRecoveryCodeDialog
        dialog = NewRecoveryCodeDialog(self.worker, self)
        dialog.finished.connect(lambda _r: self.check_recovery_code())
        dialog.open()

    def open_settings(self) -> None:
        from ui.dialogs import SettingsDialog
        dialog = SettingsDialog(self.worker, self.prefs, self.controller.language, self)
        dialog.saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self, prefs, lang: str) -> None:
        self.prefs = prefs
        self.controller.preferences_changed(prefs, lang)

    def forget_passwords(self) -> None:
        """At lock: a PDF password typed on the Print screen is never kept, not even as a
        draft."""
        self.screens["print"].forget_password()

    def save_drafts(self) -> None:
        """Before a lock or at the end: unsaved edits of a record and an open New person form go
        into the vault as drafts, in one wait for the vault thread."""
        writes = []
        if self.person_page is not None:
            from ui import person_ops  # loaded with the person page already
            edited = self.person_page.draft_to_keep()
            if edited is not None:  # with her record as the page read it
                writes.append((person_ops.write_draft_read_from,
                               (edited, self.person_page.person)))
        typed = self.new_person_kept.fields_to_keep()
        if typed is not None:
            writes.append((keep_new_person, typed))
        if writes:
            self.worker.call_now(_write_all, writes)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.new_person_kept.may_close():
            event.ignore()  # asked first: a typed New person form is not lost unasked
            return
        super().closeEvent(event)


def _write_all(session, writes) -> None:
    """Each draft on its own: one that fails to be written does not lose the other."""
    for write, what in writes:
        with contextlib.suppress(Exception):
            write(session, what)
