"""The persons list: filters, counts per status, a lazily filled sortable table."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.persons import PersonFilter
from app.reports.labels import BOTH_SEXES, sex_of_all
from app.search_service import age_filter
from app.sharing_many import set_sharing_many, widened_many
from ui.bidi import Phrase, filled
from ui.filter_boxes import FilterBoxes, placeholder_width
from ui.labels import (
    male_status_names,
    sex_names,
    sharing_names,
    status_label,
    status_names,
    unrecorded_status_names,
)
from ui.persons_model import SCORE_COLUMN, SEARCH_COLUMNS, SEX_COLUMN, STATUS_COLUMN, PersonsModel
from ui.search_said import listed_unrecorded_said, matches_head, unrecorded_said
from ui.table_fit import cells_by_script
from ui.widgets import error_label, plain_label, show_error

NAME_COLUMNS = (1, 2)  # her name in Arabic script and in Latin letters
NBSP = "\u00a0"


def _said_of(sexes) -> str:
    """The sex a count's status word takes: F, M or U where all counted are so; of both sexes,
    U's words, which speak of either (the desktop has no form of its own for both)."""
    said = sex_of_all(sexes)
    return "U" if said == BOTH_SEXES else said


class PersonsView(QWidget):
    open_person = Signal(str)  # case number
    new_person = Signal()
    print_list = Signal(dict)  # the filters as typed (FilterBoxes.typed) and the search
    sharing_done = Signal(int)  # how many persons had their sharing level changed

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = PersonsModel(worker, self)
        self.model.failed.connect(lambda m: show_error(self, m))
        self.model.counts_changed.connect(self._show_counts)
        self.filters = FilterBoxes(self)
        f = self.filters
        self.status, self.sex, self.village = f.status, f.sex, f.village
        self.age_from, self.age_to = f.age_from, f.age_to
        self.abducted_from, self.abducted_to = f.abducted_from, f.abducted_to
        self.seen_since = f.seen_since
        # here each box has its label beside it (below): the placeholder only shows a form
        for box, example in ((self.age_from, ""), (self.age_to, ""),
                             (self.abducted_from, self.tr("e.g. 08/2014")),
                             (self.abducted_to, self.tr("e.g. 2015")),
                             (self.seen_since, self.tr("e.g. 2024"))):
            box.setPlaceholderText(example)
        self.filter_error = error_label(self)
        self.filter_error.hide()
        # The village box's text and the vault's values it takes (the village itself in any
        # script or spelling, never a similar one: app/village_filter.py), read on the vault
        # thread: again whenever the list is read again, not at every key of a search.
        self._villages: tuple[str, tuple[str, ...]] | None = None
        self.counts = plain_label("", self, wrap=True)
        self.counts.setObjectName("personCounts")
        self.table = QTableView(self)
        self.table.setObjectName("personsTable")
        cells_by_script(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((120, 195, 195, 60, 120, 110, 80, 50)):
            self.table.setColumnWidth(col, width)
        self._fit_sex_column()
        self._fit_status_column()
        self._widths_before_search: dict[int, int] = {}  # put back when a search is cleared
        self._names_before_narrowed: dict[int, int] = {}  # put back when the window grows
        self.table.viewport().installEventFilter(self)
        # a width she sets by dragging a column's edge is hers: the list fits its names to the
        # window only until then (growing the window shrank a name column she had widened)
        self._pressed_on_header = False
        self._widths_by_hand = False
        self.table.horizontalHeader().viewport().installEventFilter(self)
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self._show_search_columns(False)
        # The list's own order, shown again when a search is cleared: ranked results are in
        # the order of their score, and kept the list's "Case ▼" mark.
        self._list_sort = (0, Qt.SortOrder.AscendingOrder)
        self._ranked_shown = False
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
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
        # The Print screen's case summary, chosen by this list's filters and search.
        self.print_button = QPushButton(self.tr("Print list..."), self)
        self.print_button.setObjectName("printList")
        self.print_button.setToolTip(self.tr("A case summary of the persons chosen by these "
                                             "filters, on the Print screen"))
        self.print_button.clicked.connect(lambda: self.print_list.emit(self.list_chosen()))
        # Thousands of records: one sharing level for the rows selected (Ctrl/Shift+click),
        # each saved and audited as her own edit, as `casekeeper person sharing` does.
        self.sharing_button = QPushButton(self.tr("Sharing level..."), self)
        self.sharing_button.setObjectName("sharingMany")
        self.sharing_button.setToolTip(self.tr("Set who may receive the records of the persons "
                                               "selected in the list (Ctrl+click, Shift+click)"))
        self.sharing_button.clicked.connect(self.ask_sharing)
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
        for title, widget, width in ((self.tr("Age today, from"), self.age_from, 90),
                                     (to, self.age_to, 90),
                                     (self.tr("Abducted from"), self.abducted_from, 200),
                                     (to, self.abducted_to, 200)):
            label = plain_label(title, self)
            label.setBuddy(widget)
            widget.setMaximumWidth(width)
            # its example whole (at 1,024 px Kurmanji showed "mînak..."), an age's three digits
            widget.setMinimumWidth(min(width, placeholder_width(widget, widget.placeholderText()
                                                          or "000")))
            ranges.addWidget(label)
            ranges.addWidget(widget, 1)
            if widget is self.age_to:
                ranges.addSpacing(18)  # the two ranges apart
        ranges.addStretch(1)
        # Seen since on a line of its own, with how it was read beside it: on the ranges' line
        # the window no longer fitted 1,024 px in Arabic, and a typed year was cut
        seen = QHBoxLayout()
        label = plain_label(self.tr("Seen since"), self)
        label.setBuddy(self.seen_since)
        self.seen_since.setMinimumWidth(120)
        self.seen_since.setMaximumWidth(200)
        seen.addWidget(label)
        seen.addWidget(self.seen_since, 1)
        seen.addWidget(f.seen_read)
        seen.addStretch(2)
        # the buttons here, not on the ranges' line: there, with the date boxes wide enough
        # for their examples, the Kurmanji window no longer fitted 1,024 pixels
        seen.addWidget(self.sharing_button)
        seen.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(ranges)
        layout.addLayout(seen)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.counts)
        layout.addWidget(self.table)
        # Under the results: closer matches the filters hide (one sister taken for the other).
        self.left_out = plain_label("", self, wrap=True)
        self.left_out.setObjectName("searchLeftOut")
        self.left_out.hide()
        layout.addWidget(self.left_out)
        # And records left out only for a value they do not give (no abduction date recorded):
        # she may be the one looked for, not one taken at another time.
        self.unrecorded = plain_label("", self, wrap=True)
        self.unrecorded.setObjectName("searchUnrecorded")
        self.unrecorded.hide()
        layout.addWidget(self.unrecorded)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.sex.currentIndexChanged.connect(self.apply_filters)
        for box in f.texts():
            box.textChanged.connect(self._debounce.start)
        # Search as you type: no pause. Keys that arrive together are folded into one search by
        # the zero-interval timer, and a search overtaken by further typing is skipped on the
        # vault thread (PersonsModel._search), so a fast typist never waits for a queue.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(0)
        self._typing.timeout.connect(lambda: self._apply(fresh=False))
        self.search_box.textChanged.connect(self._typing.start)

    def current_filter(self) -> PersonFilter:
        """The filter the boxes describe; ValueError names the box that cannot be read."""
        c = self.filters.read()
        born_from, born_to = age_filter(c.min_age, c.max_age)
        return PersonFilter(status=c.status, sex=c.sex, village=c.village,
                            born_from=born_from, born_to=born_to,
                            abducted_from=c.abducted_from, abducted_to=c.abducted_to,
                            seen_since=c.seen_since)

    def typed_filters(self) -> dict:
        """The filters as they stand and the search typed: a case summary starts from them."""
        return {**self.filters.typed(), "query": self.search_box.text().strip()}

    def list_chosen(self) -> dict:
        """typed_filters, and of a search the persons the list shows for it, in its order:
        "Print list..." prints those, not every person the search ranks at any score (a court
        paper for "Khalida Shekho" listed 397 persons; the list showed its best 200)."""
        typed = self.typed_filters()
        results, told = self.model.results, self.model.told
        if results is not None and typed["query"] and self.model.query == typed["query"]:
            more = told.more if told is not None else 0
            typed.update(listed=[r.case_no for r in results], listed_found=len(results) + more,
                         listed_found_exact=told is None or told.more_exact)
        return typed

    def activate(self) -> None:
        """Shown again: read again, for imports, merges and edits made on the other screens
        change the list (after an import it still said 38 persons, the three new ones unseen,
        until something was typed in the search box)."""
        self.apply_filters()

    def apply_filters(self) -> None:
        self._apply(fresh=True)

    def _apply(self, fresh: bool) -> None:
        """fresh: the village box's villages read again (records may have changed since)."""
        try:
            f = self.current_filter()
        except ValueError as e:
            self._refused(str(e))
            return  # the list keeps its last good filter until the box can be read
        if f.village:
            if fresh or self._villages is None or self._villages[0] != f.village:
                typed = f.village
                self.worker.submit(lambda s: s.persons.villages_chosen(typed)[0],
                                   on_done=lambda exact: self._villages_read(typed, exact),
                                   on_error=self._refused)
                return
            # as `casekeeper search --village` takes it: Hardann's women are not Hardan's
            f = replace(f, villages=self._villages[1])
        self.filter_error.hide()
        self.model.refresh(f, self.search_box.text())

    def _villages_read(self, typed: str, exact: tuple[str, ...]) -> None:
        self._villages = (typed, exact)
        self._apply(fresh=False)

    def _refused(self, message: str) -> None:
        """A box that cannot be read, or a village only like one of the vault's: named under
        the filters, the list keeping its last good filter."""
        self.filter_error.setText(message)
        self.filter_error.show()

    def _show_search_columns(self, searching: bool) -> None:
        """Score and the names beside hers she was found by: for a search's results only."""
        for col in SEARCH_COLUMNS:
            self.table.setColumnHidden(col, not searching)
        if searching:
            self._room_for_found_by()
        elif self._widths_before_search:
            # the list as it was, widths set by hand included: a search narrowed them
            for col, width in self._widths_before_search.items():
                self.table.setColumnWidth(col, width)
            self._widths_before_search = {}
            self._status_in_sight()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.table.viewport() and kind == QEvent.Type.Resize:
            self._status_in_sight()
        elif watched is self.table.horizontalHeader().viewport():
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed_on_header = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._pressed_on_header = False
        return False

    def _section_resized(self, _col: int, _old: int, _new: int) -> None:
        """A column resized with the mouse on the header is a width she chose: kept, and
        nothing remembered to give back (the list's own fitting stops)."""
        if self._pressed_on_header:
            self._widths_by_hand = True
            self._names_before_narrowed.clear()

    def _status_in_sight(self) -> None:
        """The names columns narrowed (to no less than 150 pixels) where the window is too narrow
        to show the Status column whole (a 1,024-pixel laptop in Kurmanji), and given their
        width back when it grows; not once she has set a column's width herself. A search's
        results make their own room (_room_for_found_by)."""
        if self.model.results is not None or self._widths_by_hand:
            return
        header = self.table.horizontalHeader()
        end = header.sectionPosition(STATUS_COLUMN) + header.sectionSize(STATUS_COLUMN)
        over = end - self.table.viewport().width()
        share = math.ceil(over / len(NAME_COLUMNS))
        for col in NAME_COLUMNS:
            width = header.sectionSize(col)
            if over > 0:
                take = min(max(width - 150, 0), share, over)
                if take:
                    self._names_before_narrowed.setdefault(col, width)
                    self.table.setColumnWidth(col, width - take)
                    over -= take
            elif col in self._names_before_narrowed:
                give = max(0, min(-over, self._names_before_narrowed[col] - width))
                self.table.setColumnWidth(col, width + give)
                over += give
                if width + give >= self._names_before_narrowed[col]:
                    del self._names_before_narrowed[col]

    def _room_for_found_by(self) -> None:
        """The names columns narrowed (to no less than 150 pixels: a name of three parts still
        shows whole), then the case number's (to 100), so that the last column, the names she
        was found by ("mother: شيرين"), shows in the window: in Arabic, with the sex column
        fitted to its words, it began past the left edge, 10 pixels of it seen."""
        header = self.table.horizontalHeader()
        last = header.count() - 1
        others = sum(header.sectionSize(c) for c in range(last) if not header.isSectionHidden(c))
        over = others + 110 - self.table.viewport().width()
        if over > 0 and not self._widths_before_search:
            self._widths_before_search = {c: header.sectionSize(c) for c in (0, *NAME_COLUMNS)}
        for cols, least in ((NAME_COLUMNS, 150), ((0,), 100)):
            slack = {c: header.sectionSize(c) - least for c in cols
                     if header.sectionSize(c) > least}
            if over <= 0 or not slack:
                continue
            share = math.ceil(over / len(slack))
            for col, room in slack.items():
                take = min(room, share, max(over, 0))
                self.table.setColumnWidth(col, header.sectionSize(col) - take)
                over -= take

    def _fit_sex_column(self) -> None:
        """The Sex column as wide as its longest word in the interface's language: at a fixed
        60 pixels "Unknown" was cut to "Unkno…"."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        words = max(metrics.horizontalAdvance(w) for w in sex_names().values()) + self._cell_margin()
        self.table.setColumnWidth(SEX_COLUMN, max(words, header.sectionSizeFromContents(
            SEX_COLUMN).width()))

    def _cell_margin(self) -> int:
        """What a cell takes beside its text: the focus frame's margin and a pixel each side."""
        style = self.table.style()
        return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                      self.table) + 1) + 4

    def _fit_status_column(self) -> None:
        """The Status column as wide as its longest word, of either sex, in the interface's
        language: at 110 pixels Kurmanji "Hatiye rizgarkirin" (rescued) was cut to "Hatiye ...",
        read as "Hatiye dîtin" (sighted); the word cut off was the one telling them apart."""
        metrics = self.table.fontMetrics()
        words = max(metrics.horizontalAdvance(w) for names in (
            status_names(), male_status_names(), unrecorded_status_names())
            for w in names.values())
        self.table.setColumnWidth(STATUS_COLUMN, max(
            words + self._cell_margin(), self.table.horizontalHeader().sectionSizeFromContents(
                STATUS_COLUMN).width()))

    def _sorted(self, column: int, order) -> None:
        """A header clicked: the list's own order, unless ranked results are shown."""
        if self.model.results is None:
            self._list_sort = (column, order)

    def _show_sort_mark(self, ranked: bool) -> None:
        """Ranked results are marked as ordered by their score, best first; the list, when they
        are gone, by its own order again. The mark alone is set: each list is already in its
        order (the model keeps the list's order apart from the results')."""
        column, order = (SCORE_COLUMN, Qt.SortOrder.DescendingOrder) if ranked \
            else self._list_sort
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # no sort(): the model is in that order already
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def _show_counts(self, total: int, per_status: dict) -> None:
        ranked = self.model.results is not None
        self._show_search_columns(ranked)
        if ranked or self._ranked_shown:
            self._show_sort_mark(ranked)  # every new result list comes ranked by score
        self._ranked_shown = ranked
        # each status worded as the rows of it are: of a woman, of a man, of one whose sex is
        # not recorded; of both sexes, as of either (the feminine counted a boy alone)
        sexes = self.model.status_sexes
        # each count kept on one line (no-break spaces): at 1,024 pixels the line broke inside
        # Kurmanji "Hatiye rizgarkirin: 29", "Hatiye" ending one line, as if a status of its own
        parts = [f"{status_label(k, _said_of(sexes.get(k, ())))}: {str(v)}".replace(" ", NBSP)
                 for k, v in sorted(per_status.items(), key=lambda kv: -kv[1])]
        told = self.model.told
        head = (self.tr("%n match(es), best first", "", total) if self.model.results is not None
                else self.tr("%n person(s)", "", total))
        if told is not None and told.more > 0:  # the list holds SEARCH_LIMIT: more matched
            head = matches_head(total, told.more, told.more_exact)
        self.counts.setText(head + "   ·   " + "   ".join(parts))
        if not total and self.model.results is None and not any(self.typed_filters().values()):
            # a new vault: where the first names come from, said where she looks for them
            self.counts.setText(self.tr(
                "No one is in the vault yet. Bring in a list of names on the Imports screen, "
                "or add one person with New person..."))
        said = self.left_out_said(self.model.closer, total > 0)
        self.left_out.setText(said)
        self.left_out.setVisible(bool(said))
        said = (unrecorded_said(told.unrecorded, told.unrecorded_all) if told is not None
                else listed_unrecorded_said(*self.model.unrecorded))
        self.unrecorded.setText(said)
        self.unrecorded.setVisible(bool(said))

    def left_out_said(self, closer: list, shown: bool) -> str:
        """'2 closer matches are left out by the filters (best: SNJ-00003 0.97, status:
        Rescued)', as `casekeeper search` says it; '' when none."""
        if not closer:
            return ""
        best = closer[0]
        words = {"status": lambda v: filled(self.tr("status: %1"),
                                            Phrase(status_label(v, best.sex))),
                 "sex": lambda v: filled(self.tr("sex: %1"), Phrase(sex_names().get(v, v))),
                 "village": lambda v: filled(self.tr("village: %1"), v),
                 "born": lambda v: filled(self.tr("born: %1"), v),
                 "dates": lambda v: self.tr("abduction date or age when taken"),
                 "seen": lambda v: filled(self.tr("no report or status since %1"), v)}
        why = self.tr(", ").join(words[what](value) for what, value in best.outside)
        template = (self.tr("%n closer match(es) left out by the filters (best: %1 %2, %3)",
                            "", len(closer)) if shown else
                    self.tr("%n match(es) left out by the filters (best: %1 %2, %3)", "",
                            len(closer)))
        return filled(template, best.case_no, f"{best.score:.2f}", Phrase(why))

    def _activated(self, index) -> None:
        case_no = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_no:
            self.open_person.emit(case_no)

    def selected_case_nos(self) -> list[str]:
        """The case numbers of the rows selected, in the list's order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        out = []
        for row in rows:
            case_no = self.model.data(self.model.index(row, 0), Qt.ItemDataRole.UserRole)
            if case_no:
                out.append(case_no)
        return out

    def ask_sharing(self) -> None:
        """Choose a level for the rows selected, confirm with how many and which, then set."""
        case_nos = self.selected_case_nos()
        if not case_nos:
            show_error(self, self.tr("Select the persons first: click a row, then Ctrl+click "
                                     "or Shift+click more rows."))
            return
        names = sharing_names()
        keys = list(names)
        label, ok = QInputDialog.getItem(
            self, self.tr("Sharing level"),
            self.tr("Who may receive the records of the %n person(s) selected:", "",
                    len(case_nos)),
            [names[k] for k in keys], 0, False)
        if not ok:
            return
        level = keys[[names[k] for k in keys].index(label)]
        # whom it widens, by the levels' order as `person sharing` counts them (internal to
        # ngo too), read on the vault thread before asking
        self.worker.submit(lambda s: widened_many(s, case_nos, level),
                           on_done=lambda widened: self._confirmed(case_nos, level,
                                                                   names[level], len(widened)),
                           on_error=lambda m: show_error(self, m))

    def _confirmed(self, case_nos: list[str], level: str, level_name: str, widened: int) -> None:
        if self.confirm_sharing(len(case_nos), level_name, widened):
            self.set_sharing(case_nos, level)

    def confirm_sharing(self, count: int, level_name: str, widened: int) -> bool:
        text = filled(self.tr("Set the sharing level of %n person(s) to \u201c%1\u201d? Each "
                              "change is written to the audit trail.", "", count),
                      Phrase(level_name))
        if widened:
            text += " " + self.tr("%n of them would be shared more widely than now.", "",
                                  widened)
        # No is the default, as on every question that shares, removes or deletes: Enter
        # pressed to dismiss the box keeps each record's level (Qt's default here is Yes)
        answer = QMessageBox.question(
            self, self.tr("Sharing level"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def set_sharing(self, case_nos: list[str], level: str) -> None:
        """Set the level on the vault thread (app.sharing_many, as the CLI), then reread."""
        self.worker.submit(lambda s: set_sharing_many(s, case_nos, level, via="desktop"),
                           on_done=self._sharing_set,
                           on_error=lambda m: show_error(self, m))

    def _sharing_set(self, result) -> None:
        changed, _unchanged, _was = result
        self.sharing_done.emit(len(changed))
        self.apply_filters()
