"""The persons list: filters, counts per status, a lazily filled sortable table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.persons import PersonFilter
from ui.labels import sex_names, status_names
from ui.persons_model import PersonsModel
from ui.widgets import plain_label, show_error


class PersonsView(QWidget):
    open_person = Signal(str)  # case number

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = PersonsModel(worker, self)
        self.model.failed.connect(lambda m: show_error(self, m))
        self.model.counts_changed.connect(self._show_counts)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for key, name in status_names().items():
            self.status.addItem(name, key)
        self.sex = QComboBox(self)
        self.sex.setObjectName("sexFilter")
        self.sex.addItem(self.tr("Any sex"), None)
        for key, name in sex_names().items():
            self.sex.addItem(name, key)
        self.village = QLineEdit(self)
        self.village.setObjectName("villageFilter")
        self.village.setPlaceholderText(self.tr("Village (exact)"))
        self.counts = plain_label("", self, wrap=True)
        self.counts.setObjectName("personCounts")
        self.table = QTableView(self)
        self.table.setObjectName("personsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((100, 260, 260, 50, 140, 120)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search names in any script or spelling..."))
        self.search_box.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.sex)
        filters.addWidget(self.village)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.table)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.sex.currentIndexChanged.connect(self.apply_filters)
        self.village.textChanged.connect(self._debounce.start)
        # Search as you type: no pause. Keys that arrive together are folded into one search by
        # the zero-interval timer, and a search overtaken by further typing is skipped on the
        # vault thread (PersonsModel._search), so a fast typist never waits for a queue.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(0)
        self._typing.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(self._typing.start)

    def current_filter(self) -> PersonFilter:
        return PersonFilter(status=self.status.currentData(), sex=self.sex.currentData(),
                            village=self.village.text().strip() or None)

    def apply_filters(self) -> None:
        self.model.refresh(self.current_filter(), self.search_box.text())

    def _show_counts(self, total: int, per_status: dict) -> None:
        names = status_names()
        parts = [f"{names.get(k, k)}: {str(v)}"
                 for k, v in sorted(per_status.items(), key=lambda kv: -kv[1])]
        head = (self.tr("%n match(es), best first", "", total) if self.model.results is not None
                else self.tr("%n person(s)", "", total))
        self.counts.setText(head + "   ·   " + "   ".join(parts))

    def _activated(self, index) -> None:
        case_no = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_no:
            self.open_person.emit(case_no)
