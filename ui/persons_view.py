"""The persons list: filters, counts per status, a lazily filled sortable table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.persons import PersonFilter
from app.search_service import age_filter
from ui.bidi import filled
from ui.labels import sex_names, status_names
from ui.persons_model import PersonsModel
from ui.widgets import error_label, plain_label, show_error


class PersonsView(QWidget):
    open_person = Signal(str)  # case number
    new_person = Signal()

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
        self.village.setPlaceholderText(self.tr("Village (every spelling)"))
        self.village.setToolTip(self.tr(
            "Every spelling of the village in the vault: Kocho also finds Koço, Kojo and "
            "كوجو. Another village with a similar name is not included."))
        self.age_from = self._small_edit("ageFrom", "", QIntValidator(0, 130))
        self.age_to = self._small_edit("ageTo", "", QIntValidator(0, 130))
        self.abducted_from = self._small_edit("abductedFrom", self.tr("e.g. 08/2014"))
        self.abducted_to = self._small_edit("abductedTo", self.tr("e.g. 2015"))
        self.filter_error = error_label(self)
        self.filter_error.hide()
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
        for col, width in enumerate((100, 220, 220, 60, 130, 120)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search names in any script or spelling..."))
        self.search_box.setClearButtonEnabled(True)
        # A family at the desk reports one person: added here, not through a spreadsheet.
        self.new_button = QPushButton(self.tr("New person..."), self)
        self.new_button.setObjectName("newPerson")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setToolTip(self.tr("Add one person (Ctrl+N); the vault is searched for "
                                           "the same person before anything is saved"))
        self.new_button.clicked.connect(self.new_person)
        filters = QHBoxLayout()
        filters.addWidget(self.new_button)
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.sex)
        filters.addWidget(self.village)
        ranges = QHBoxLayout()
        # Each box with its label beside it: said only by a placeholder, "Age from" and "Age to"
        # were gone once filled in, and 18 and 22 could be read either way.
        to = self.tr("to", "between the two boxes of a range: age 18 to 22")
        for title, widget, width in ((self.tr("Age from"), self.age_from, 90),
                                     (to, self.age_to, 90),
                                     (self.tr("Abducted from"), self.abducted_from, 200),
                                     (to, self.abducted_to, 200)):
            label = plain_label(title, self)
            label.setBuddy(widget)
            widget.setMaximumWidth(width)
            ranges.addWidget(label)
            ranges.addWidget(widget, 1)
            if widget is self.age_to:
                ranges.addSpacing(18)  # the two ranges apart
        ranges.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(ranges)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.counts)
        layout.addWidget(self.table)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.sex.currentIndexChanged.connect(self.apply_filters)
        for box in (self.village, self.age_from, self.age_to, self.abducted_from,
                    self.abducted_to):
            box.textChanged.connect(self._debounce.start)
        # Search as you type: no pause. Keys that arrive together are folded into one search by
        # the zero-interval timer, and a search overtaken by further typing is skipped on the
        # vault thread (PersonsModel._search), so a fast typist never waits for a queue.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(0)
        self._typing.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(self._typing.start)

    def _small_edit(self, name: str, placeholder: str, validator=None) -> QLineEdit:
        box = QLineEdit(self)
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setClearButtonEnabled(True)
        if validator is not None:
            validator.setParent(box)
            box.setValidator(validator)
        return box

    def current_filter(self) -> PersonFilter:
        """The filter the boxes describe; ValueError names the box that cannot be read."""
        ages = [int(b.text()) if b.text().strip() else None for b in (self.age_from, self.age_to)]
        try:
            born_from, born_to = age_filter(*ages)
        except ValidationError as e:
            raise ValueError(self.tr("Age: the minimum is above the maximum")) from e
        abducted_from = self._day(self.abducted_from, self.tr("Abducted from"), first=True)
        abducted_to = self._day(self.abducted_to, self.tr("Abducted to"), first=False)
        if abducted_from and abducted_to and abducted_from > abducted_to:
            raise ValueError(self.tr("Abduction dates: the first is after the second"))
        return PersonFilter(status=self.status.currentData(), sex=self.sex.currentData(),
                            village=self.village.text().strip() or None,
                            born_from=born_from, born_to=born_to,
                            abducted_from=abducted_from, abducted_to=abducted_to)

    def _day(self, box: QLineEdit, what: str, first: bool):
        text = box.text().strip()
        if not text:
            return None
        try:
            d = FuzzyDate.parse(text)
        except ValueError:
            d = FuzzyDate()
        day = d.earliest if first else d.latest
        if day is None:
            raise ValueError(filled(self.tr("%1: %2 is not a date (e.g. 2014, 08/2014, "
                                            "03/08/2014)"), what, text))
        return day

    def activate(self) -> None:
        """Shown again: read again, for imports, merges and edits made on the other screens
        change the list (after an import it still said 38 persons, the three new ones unseen,
        until something was typed in the search box)."""
        self.apply_filters()

    def apply_filters(self) -> None:
        try:
            f = self.current_filter()
        except ValueError as e:
            self.filter_error.setText(str(e))
            self.filter_error.show()
            return  # the list keeps its last good filter until the box can be read
        self.filter_error.hide()
        self.model.refresh(f, self.search_box.text())

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
