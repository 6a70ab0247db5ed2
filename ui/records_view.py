"""Reports and rescue operations: read-only lists (adding happens on a person's page); a
double-click opens the first person the row is about."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from ui.bidi import bare
from ui.labels import credibility_said, date_said, from_merged
from ui.record_tabs import withheld_tip
from ui.table_fit import cells_by_script
from ui.widgets import plain_item, plain_label, plain_tooltip, show_error


def _table(parent: QWidget, model: QStandardItemModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    cells_by_script(table)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


class _RecordsView(QWidget):
    """Read again each time it is shown: a report added on a person's page appears here."""

    open_person = Signal(str)  # case number

    PERSONS_COLUMN = 0  # which column holds the case numbers

    def __init__(self, worker, headers: list[str], name: str, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.count = plain_label("", self)
        self.table = _table(self, self.model, name)
        self.table.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table)

    def _fit_columns(self) -> None:
        """Every column but the last (free text) as wide as its contents."""
        for col in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(col)

    def _activated(self, index) -> None:
        case_nos = bare(self.model.item(index.row(), self.PERSONS_COLUMN).text()).split()
        if case_nos:
            self.open_person.emit(case_nos[0])


class ReportsView(_RecordsView):
    PERSONS_COLUMN = 7  # the text last: it takes the room that is left

    def __init__(self, worker, parent=None) -> None:
        super().__init__(worker, [self.tr("No."), self.tr("Received"), self.tr("Observed"),
                                  self.tr("Place"), self.tr("Source"), self.tr("Credibility"),
                                  self.tr("Could identify the source"), self.tr("Persons"),
                                  self.tr("Text")], "reportsTable", parent)

    def activate(self) -> None:
        self.worker.submit(_all_reports, on_done=self._show,
                           on_error=lambda m: show_error(self, m))

    def _show(self, result) -> None:
        reports, case_nos = result
        self.model.removeRows(0, self.model.rowCount())
        yes, no = self.tr("Yes: withheld"), self.tr("No")
        for r in reports:
            flag = plain_item(yes if r.could_identify_source else no)
            if r.could_identify_source:
                flag.setToolTip(plain_tooltip(withheld_tip()))
            self.model.appendRow([plain_item(str(r.id)), plain_item(date_said(r.received)),
                                  plain_item(date_said(r.observed)), plain_item(r.place),
                                  plain_item(r.source_code),
                                  plain_item(credibility_said(r.credibility)), flag,
                                  plain_item(_cases(r.person_ids, case_nos)),
                                  plain_item(r.text.replace("\n", " "))])
        self._fit_columns()
        self.count.setText(self.tr("%n report(s)", "", len(reports)))


class RescuesView(_RecordsView):
    PERSONS_COLUMN = 5

    def __init__(self, worker, parent=None) -> None:
        super().__init__(worker, [self.tr("No."), self.tr("Date"), self.tr("From"),
                                  self.tr("Handover point"),
                                  self.tr("Handover to family"), self.tr("Persons"),
                                  self.tr("Outcome")], "rescuesTable", parent)

    def activate(self) -> None:
        self.worker.submit(_all_rescues, on_done=self._show,
                           on_error=lambda m: show_error(self, m))

    def _show(self, result) -> None:
        rescues, case_nos = result
        self.model.removeRows(0, self.model.rowCount())
        for op in rescues:
            self.model.appendRow([plain_item(str(op.id)), plain_item(date_said(op.date)),
                                  plain_item(op.from_place), plain_item(op.handover_point),
                                  plain_item(date_said(op.handover_to_family)),
                                  plain_item(_cases(op.person_ids, case_nos)),
                                  plain_item(op.outcome)])
        self._fit_columns()
        self.count.setText(self.tr("%n rescue operation(s)", "", len(rescues)))


def _cases(person_ids: list[int], case_nos: dict[int, str]) -> str:
    return " ".join(case_nos[i] for i in person_ids if i in case_nos)


def _case_numbers(session, records) -> dict[int, str]:
    """How each person a record is about is named: a record merged into another by the record
    it is part of now, first (a double-click opens that one), with its own number after it."""
    ids = sorted({i for r in records for i in r.person_ids})
    kept = session.persons.kept_as(ids)
    return {p.id: from_merged(kept[p.id], p.case_no) if p.id in kept else p.case_no
            for p in session.persons.get_many(ids)}


def _all_reports(session, limit: int = 1000) -> tuple[list, dict]:
    reports = session.records.list_reports(limit)
    return reports, _case_numbers(session, reports)


def _all_rescues(session, limit: int = 1000) -> tuple[list, dict]:
    rescues = [session.records.get_rescue(i)
               for i in session.records.list_rescue_ids()[:limit]]
    return rescues, _case_numbers(session, rescues)
