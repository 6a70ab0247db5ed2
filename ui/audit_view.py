"""The audit screen: verify the HMAC chain and read the most recent entries."""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ui.widgets import plain_item, plain_label, show_error

RECENT = 500


def recent_entries(session, limit: int = RECENT) -> tuple[list, int]:
    """The newest entries, newest first, and the total (runs on the vault thread)."""
    rows = deque(session.audit.repo.all(), maxlen=limit)
    return list(reversed(rows)), session.audit.repo.count()


class AuditView(QWidget):
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
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = plain_label("", self)
        top = QHBoxLayout()
        top.addWidget(verify)
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.table)
        self.loaded = False

    def activate(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        self.worker.submit(recent_entries, on_done=self._show, on_error=lambda m: show_error(self, m))

    def _show(self, result) -> None:
        rows, total = result
        self.model.removeRows(0, self.model.rowCount())
        for r in rows:
            ref = f"{r.entity} {r.entity_ref}".strip()
            self.model.appendRow([plain_item(str(r.seq)), plain_item(r.at.replace("T", " ")),
                                  plain_item(r.action), plain_item(ref), plain_item(r.detail)])
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%n entries; the newest are shown first", "", total))

    def verify(self) -> None:
        self.result.setText(self.tr("Checking..."))
        self.worker.submit(lambda s: s.audit.verify(), on_done=self._verified,
                           on_error=lambda m: show_error(self, m))

    def _verified(self, report) -> None:
        if report.ok:
            self.result.setText(self.tr("The chain is intact: %1 entries. Chain head: %2")
                                .replace("%1", str(report.entries))
                                .replace("%2", report.head))
        else:
            self.result.setText(self.tr("The chain is BROKEN at entry %1: %2")
                                .replace("%1", str(report.first_broken_seq))
                                .replace("%2", report.problem))
