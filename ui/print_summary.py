"""The Print screen's choice of persons for a case summary: the filters `casekeeper summary`
takes (status, village, sex, name, age, abduction dates, order), in the Persons list's boxes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLineEdit

from app.reports.service import SummaryFilter
from ui.bidi import Phrase, filled
from ui.filter_boxes import FilterBoxes
from ui.widgets import plain_label


class SummaryChoice(QGroupBox):
    changed = Signal()  # any box: the document previewed is no longer the one chosen

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Persons in the summary"), parent)
        self.filters = FilterBoxes(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("summaryQuery")
        self.query.setPlaceholderText(self.tr("Name or case number"))
        self.query.setToolTip(self.tr(
            "Words that must all be in the name, another spelling of it or the case number, "
            "as they are written there (the Persons list's search also finds other "
            "spellings)"))
        self.query.setClearButtonEnabled(True)
        self.sort = QComboBox(self)
        self.sort.setObjectName("summarySort")
        for key, text in (("case_no", self.tr("by case number")), ("name", self.tr("by name")),
                          ("village", self.tr("by village")), ("status", self.tr("by status"))):
            self.sort.addItem(text, key)
        # Each box with its name beside it: a filled box shows no placeholder, and "18" and
        # "40" alone do not say they are ages.
        f, w = self.filters, self.filters.words
        grid = QGridLayout(self)
        for n, (label, widget, label2, widget2) in enumerate((
                (self.tr("Status"), f.status, self.tr("Sex"), f.sex),
                (self.tr("Village"), f.village, self.tr("Name or case number"), self.query),
                (w["age_from"], f.age_from, w["age_to"], f.age_to),
                (w["abducted_from"], f.abducted_from, w["abducted_to"], f.abducted_to),
                (self.tr("Order"), self.sort, None, None))):
            grid.addWidget(plain_label(label, self), n, 0)
            grid.addWidget(widget, n, 1)
            if widget2 is not None:
                grid.addWidget(plain_label(label2, self), n, 2)
                grid.addWidget(widget2, n, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for combo in (*f.combos(), self.sort):
            combo.currentIndexChanged.connect(self.changed)
        for box in (*f.texts(), self.query):
            box.textChanged.connect(self.changed)

    def typed(self) -> dict:
        """Every box as it stands: a preview is of these, or it is out of date."""
        return {**self.filters.typed(), "query": self.query.text(),
                "sort": self.sort.currentData()}

    def take(self, typed: dict) -> None:
        """The Persons list's filters and search (its order is the table's, not a filter)."""
        self.filters.set_typed(typed)
        self.query.setText(typed.get("query", ""))

    def box_said(self, key: str) -> Phrase:
        """A filter (an app.reports.service.FILTER_STEPS key other than the persons a family's
        paper names) as the screen shows it: the box's name and what it holds, each isolated
        (a phrase: isolated again as a whole, it lay left to right in an Arabic sentence)."""
        f, w = self.filters, self.filters.words
        boxes = {"status": (self.tr("Status"), f.status.currentText()),
                 "village": (self.tr("Village"), f.village.text().strip()),
                 "sex": (self.tr("Sex"), f.sex.currentText()),
                 "age": (f"{w['age_from']} – {w['age_to']}",
                         f"{f.age_from.text().strip() or '…'} – {f.age_to.text().strip() or '…'}"),
                 "query": (self.tr("Name or case number"), self.query.text().strip()),
                 "abducted": (f"{w['abducted_from']} – {w['abducted_to']}",
                              f"{f.abducted_from.text().strip() or '…'} – "
                              f"{f.abducted_to.text().strip() or '…'}")}
        name, value = boxes[key]
        return Phrase(filled(self.tr("%1: %2"), name, value))

    def summary_filter(self) -> SummaryFilter:
        """The boxes read as `casekeeper summary` takes its options; ValueError names the box
        that cannot be read."""
        c = self.filters.read()
        return SummaryFilter(status=c.status, village=c.village, sex=c.sex,
                             query=self.query.text().strip() or None,
                             abducted_from=c.abducted_from, abducted_to=c.abducted_to,
                             sort=self.sort.currentData(), min_age=c.min_age,
                             max_age=c.max_age)
