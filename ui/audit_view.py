"""The audit screen: verify the HMAC chain and read the trail a page at a time, newest first,
each entry in the interface's words (history_words), the entry as stored on hover (a ledger's
lines by amount and currency only)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from app.audit import PAGE
from app.record_trail import case_numbers_by_entry
from ui.bidi import filled, isolated
from ui.history_words import history_entry, record_words
from ui.i18n import list_comma
from ui.table_fit import cells_by_script
from ui.widgets import plain_item, plain_label, plain_tooltip, show_error


def _read_page(session, before: int | None):
    """A page of the trail, and the case number of each person its rescues and reports name
    by their record's number, by entry (a person deleted since is not among them)."""
    page = session.audit.newest(PAGE, before)
    return page, case_numbers_by_entry(session.persons, session.audit, page.rows)


class AuditView(QWidget):
    """Shows one page of the trail (PAGE entries); Older / Newer step through it. The newest
    page is read again each time the screen is shown, so it never shows a stale trail."""

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.result = plain_label("", self, wrap=True, selectable=True)
        self.result.setObjectName("auditResult")
        verify = QPushButton(self.tr("Verify the audit chain"), self)
        verify.clicked.connect(self.verify)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("When (UTC)"),
                                              self.tr("Action"), self.tr("Record"),
                                              self.tr("Detail")])
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        cells_by_script(self.table)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = plain_label("", self)
        self.shown = plain_label("", self)
        self.newer_button = QPushButton(self.tr("Newer entries"), self)
        self.newer_button.clicked.connect(self.newer)
        self.older_button = QPushButton(self.tr("Older entries"), self)
        self.older_button.clicked.connect(self.older)
        top = QHBoxLayout()
        top.addWidget(verify)
        top.addWidget(self.count, 1)
        paging = QHBoxLayout()
        paging.addWidget(self.newer_button)
        paging.addWidget(self.shown, 1)
        paging.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.table)
        layout.addLayout(paging)
        # Each page is read as "older than entry N": cursors[-1] is the page shown (None: newest).
        self.cursors: list[int | None] = [None]
        self.page = None
        self.generation = 0  # an answer for a page the user has already left is dropped
        self._set_buttons(False, False)

    def activate(self) -> None:
        """Shown (again): back to the newest page, read afresh."""
        self._load([None])

    def older(self) -> None:
        if self.page is not None and self.page.has_older and self.page.rows:
            self._load([*self.cursors, self.page.rows[-1].seq])

    def newer(self) -> None:
        if len(self.cursors) > 1:
            self._load(self.cursors[:-1])

    def _load(self, cursors: list[int | None]) -> None:
        """Read the page cursors[-1] names; self.cursors follows only once it has arrived."""
        self.generation += 1
        gen, before = self.generation, cursors[-1]
        self._set_buttons(False, False)  # no second click while this page is read
        self.worker.submit(lambda s: _read_page(s, before),
                           on_done=lambda read: self._show(gen, cursors, *read),
                           on_error=lambda m: self._failed(gen, m))

    def _failed(self, gen: int, message: str) -> None:
        if gen == self.generation:  # the page on screen stays, and so do its buttons
            self._set_buttons(len(self.cursors) > 1,
                              self.page is not None and self.page.has_older)
        show_error(self, message)

    def _set_buttons(self, newer: bool, older: bool) -> None:
        self.newer_button.setEnabled(newer)
        self.older_button.setEnabled(older)

    def _show(self, gen: int, cursors: list[int | None], page,
              case_nos: dict[int, dict[int, str]]) -> None:
        if gen != self.generation:
            return
        self.cursors, self.page = cursors, page
        self.model.removeRows(0, self.model.rowCount())
        for r in page.rows:
            action, detail, raw = history_entry(r.action, r.detail,
                                                case_nos=case_nos.get(r.seq, {}))
            cells = [plain_item(str(r.seq)), plain_item(r.at.replace("T", " ")),
                     plain_item(action), plain_item(record_words(r.entity, r.entity_ref)),
                     plain_item(detail)]
            # as stored: the action's code, the record's kind and number, the detail's JSON
            cells[2].setToolTip(plain_tooltip(r.action))
            cells[3].setToolTip(plain_tooltip(f"{r.entity} {r.entity_ref}".strip()))
            cells[4].setToolTip(plain_tooltip(raw))
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
        self.table.scrollToTop()
        self.count.setText(self.tr("%n entries; the newest are shown first", "", page.total))
        self.shown.setText(filled(self.tr("Shown: No. %1 to %2"), page.rows[0].seq,
                                  page.rows[-1].seq) if page.rows else "")
        self._set_buttons(len(self.cursors) > 1, page.has_older)

    def verify(self) -> None:
        self.result.setText(self.tr("Checking..."))
        self.worker.submit(lambda s: s.audit.verify(), on_done=self._verified,
                           on_error=lambda m: show_error(self, m))

    def _verified(self, report) -> None:
        if report.ok:
            said = filled(self.tr("The chain is intact: %1 entries. Chain head: %2"),
                          report.entries, report.head)
            if report.erased:  # each sealed by the deletion that erased it
                said += " " + filled(self.tr("%1 of them had their content erased when a "
                                             "record was deleted: %2"), report.erased_count,
                                     list_comma().join(f"{isolated(ref)} ({n})"
                                                       for _, ref, n in report.erased))
            for _, n in report.notes_erased:  # sealed by the pass that erased them
                said += " " + filled(self.tr("%1 of them had the words of notes erased when "
                                             "this version first opened the vault."), n)
            self.result.setText(said)
        else:
            self.result.setText(filled(self.tr("The chain is BROKEN at entry %1: %2"),
                                       report.first_broken_seq, report.problem))
