"""The Print screen's choice of persons for a case summary: the filters `casekeeper summary`
takes (status, village, sex, name, age, abduction dates, seen since, order), in the Persons
list's boxes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLineEdit

from app.domain.fuzzydate import ABDUCTIONS_BEGAN
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
        # Which age the age boxes are: today (as the Persons list counts), or when she was
        # taken (`summary --age-when-taken`): "girls under 18 when taken", a court's list
        self.age_when = QComboBox(self)
        self.age_when.setObjectName("summaryAgeWhen")
        self.age_when.addItem(self.tr("today"), False)
        self.age_when.addItem(self.tr("when taken"), True)
        self.age_when.setToolTip(filled(self.tr(
            "Her age when she was taken counts from her recorded birth to her abduction date "
            "(in %1 where none is recorded); a person with no birth recorded is left out"),
            str(ABDUCTIONS_BEGAN)))
        self.sort = QComboBox(self)
        self.sort.setObjectName("summarySort")
        for key, text in (("case_no", self.tr("by case number")), ("name", self.tr("by name")),
                          ("village", self.tr("by village")), ("status", self.tr("by status"))):
            self.sort.addItem(text, key)
        # Each box with its name beside it: a filled box shows no placeholder, and "18" and
        # "40" alone do not say they are ages.
        f, w = self.filters, self.filters.words
        grid = QGridLayout(self)
        labels = []
        for n, (label, widget, label2, widget2) in enumerate((
                (self.tr("Status"), f.status, self.tr("Sex"), f.sex),
                (self.tr("Village"), f.village, self.tr("Name or case number"), self.query),
                (w["age_from"], f.age_from, w["age_to"], f.age_to),
                (w["abducted_from"], f.abducted_from, w["abducted_to"], f.abducted_to),
                (self.tr("Order"), self.sort, self.tr("Age counted"), self.age_when))):
            labels.append(plain_label(label, self))
            grid.addWidget(labels[-1], n, 0)
            grid.addWidget(widget, n, 1)
            labels.append(plain_label(label2, self))
            grid.addWidget(labels[-1], n, 2)
            grid.addWidget(widget2, n, 3)
        self.age_labels = (labels[4], labels[5])
        # `summary --seen-since`: the team's own papers only (the service refuses another)
        grid.addWidget(plain_label(w["seen_since"], self), 5, 0)
        grid.addWidget(f.seen_since, 5, 1)
        grid.addWidget(f.seen_read, 5, 2, 1, 2)
        # Of "Print list...": which persons it prints (those the list showed for its search),
        # said before it is printed
        self.listed_note = plain_label("", self, wrap=True)
        self.listed_note.setObjectName("summaryListed")
        self.listed_note.hide()
        grid.addWidget(self.listed_note, 6, 0, 1, 4)
        self._listed: dict = {}  # the list's persons, while the name box holds its search
        self.query.textChanged.connect(self._query_edited)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.age_when.currentIndexChanged.connect(self._age_named)
        for combo in (*f.combos(), self.sort, self.age_when):
            combo.currentIndexChanged.connect(self.changed)
        for box in (*f.texts(), self.query):
            box.textChanged.connect(self.changed)

    def _age_words(self) -> tuple[str, str]:
        """The age boxes' names, as the age they are: "Age today, from" over boxes read as
        the age when taken would print another list than the one she meant."""
        if self.age_when.currentData():
            return self.tr("Age when taken, from"), self.tr("Age when taken, to")
        return self.filters.words["age_from"], self.filters.words["age_to"]

    def _age_named(self) -> None:
        f = self.filters
        for label, box, word in zip(self.age_labels, (f.age_from, f.age_to), self._age_words(),
                                    strict=True):
            label.setText(word)
            box.setPlaceholderText(word)
        tip = (self.age_when.toolTip() if self.age_when.currentData()
               else filled(f.words["age_tip"], str(date.today().year)))
        for box in (f.age_from, f.age_to):
            box.setToolTip(tip)

    def typed(self) -> dict:
        """Every box as it stands: a preview is of these, or it is out of date."""
        return {**self.filters.typed(), "query": self.query.text(),
                "sort": self.sort.currentData(), "age_when_taken": self.age_when.currentData(),
                "listed": tuple(self._listed.get("listed", ()))}

    def take(self, typed: dict) -> None:
        """The Persons list's filters and search (its order is the table's, not a filter);
        its age boxes are ages today. Of a search, the persons the list showed for it
        (PersonsView.list_chosen), while the name box holds its words."""
        self._listed = {k: typed[k] for k in ("listed", "listed_found", "listed_found_exact")
                        if k in typed}
        if self._listed:
            self._listed["query"] = typed.get("query", "").strip()
        self.filters.set_typed(typed)
        self.query.setText(typed.get("query", ""))
        self.age_when.setCurrentIndex(0)
        self._say_listed()

    def _query_edited(self, words: str) -> None:
        """Other words than the list's search: the persons are those words' (word for word)."""
        if self._listed and words.strip() != self._listed["query"]:
            self._listed = {}
            self._say_listed()

    def _say_listed(self) -> None:
        listed = self._listed.get("listed", ())
        found = self._listed.get("listed_found", len(listed))
        if not self._listed:
            said = ""
        elif found > len(listed):
            said = filled(self.tr(
                "The Persons list shows %1 of the %2 persons its search found: only those %1, "
                "the closest, are printed, in its order, and the document says so. For the "
                "others, type more of her name in the Persons list's search."),
                str(len(listed)), f"{found}{'' if self._listed.get('listed_found_exact', True) else '+'}")
        else:
            said = self.tr("Prints the %n person(s) the Persons list shows for this search, in "
                           "its order (other words in the name box choose by those words "
                           "instead).", "", len(listed))
        self.listed_note.setText(said)
        self.listed_note.setVisible(bool(said))
        self.sort.setEnabled(not said)  # the list's order, which the note says

    def box_said(self, key: str) -> Phrase:
        """A filter (an app.reports.service.FILTER_STEPS key other than the persons a family's
        paper names) as the screen shows it: the box's name and what it holds, each isolated
        (a phrase: isolated again as a whole, it lay left to right in an Arabic sentence)."""
        f, w = self.filters, self.filters.words
        boxes = {"status": (self.tr("Status"), f.status.currentText()),
                 "village": (self.tr("Village"), f.village.text().strip()),
                 "sex": (self.tr("Sex"), f.sex.currentText()),
                 "age": (" – ".join(self._age_words()),
                         f"{f.age_from.text().strip() or '…'} – {f.age_to.text().strip() or '…'}"),
                 "query": (self.tr("Name or case number"), self.query.text().strip()),
                 "abducted": (f"{w['abducted_from']} – {w['abducted_to']}",
                              f"{f.abducted_from.text().strip() or '…'} – "
                              f"{f.abducted_to.text().strip() or '…'}"),
                 "seen": (w["seen_since"], f.seen_since.text().strip())}
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
                             max_age=c.max_age, age_when_taken=bool(self.age_when.currentData()),
                             listed=tuple(self._listed.get("listed", ())),
                             listed_found=self._listed.get("listed_found"),
                             listed_found_exact=self._listed.get("listed_found_exact", True),
                             seen_since=c.seen_since)
