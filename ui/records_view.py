"""Reports and rescue operations: read-only lists (adding happens on a person's page)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from ui.widgets import plain_item, plain_label, show_error


def _table(parent: QWidget, model: QStandardItemModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


class ReportsView(QWidget):
    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker, self.loaded = worker, False
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("Received"),
                                              self.tr("Observed"), self.tr("Place"),
                                              self.tr("Source"), self.tr("Text")])
        self.count = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(_table(self, self.model, "reportsTable"))

    def activate(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.worker.submit(lambda s: s.records.list_reports(1000), on_done=self._show,
                               on_error=lambda m: show_error(self, m))

    def _show(self, reports) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for r in reports:
            self.model.appendRow([plain_item(str(r.id)), plain_item(r.received.display()),
                                  plain_item(r.observed.display()), plain_item(r.place),
                                  plain_item(r.source_code),
                                  plain_item(r.text.replace("\n", " "))])
        self.count.setText(self.tr("%n report(s)", "", len(reports)))


class RescuesView(QWidget):
    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker, self.loaded = worker, False
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("Date"), self.tr("From"),
                                              self.tr("Handover point"), self.tr("Outcome"),
                                              self.tr("Persons")])
        self.count = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(_table(self, self.model, "rescuesTable"))

    def activate(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.worker.submit(_all_rescues, on_done=self._show,
                               on_error=lambda m: show_error(self, m))

    def _show(self, rescues) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for op in rescues:
            self.model.appendRow([plain_item(str(op.id)), plain_item(op.date.display()),
                                  plain_item(op.from_place), plain_item(op.handover_point),
                                  plain_item(op.outcome), plain_item(str(len(op.person_ids)))])
        self.count.setText(self.tr("%n rescue operation(s)", "", len(rescues)))


def _all_rescues(session, limit: int = 1000) -> list:
    return [session.records.get_rescue(i) for i in session.records.list_rescue_ids()[:limit]]
