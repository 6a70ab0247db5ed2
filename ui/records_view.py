"""Reports and rescue operations. Reports: a read-only list (adding happens on a person's
page), a double-click opens the first person a row is about. Rescues: every rescue, filtered
by a name, a case number or a year, each opened in the rescue form, and a new one recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.records import source_code_typed
from app.ledger_totals import totals as ledger_totals
from app.persons import normalise_case_no
from app.text.normalize import fold
from ui.bidi import Phrase, bare, filled, in_interface_direction, isolated
from ui.history_words import total_said
from ui.labels import credibility_said, date_said, from_merged, one_name
from ui.record_tabs import withheld_tip
from ui.report_outcome import cap_outcome, proved_false_said
from ui.rescue_dialog import CURRENCIES, RescueDialog
from ui.table_fit import OwnDirectionText, cells_by_script
from ui.widgets import named_button, plain_item, plain_label, plain_tooltip, show_error


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
    """Every report, newest number first, narrowed by the filter box: a source code typed whole
    lists that informant's reports only (K7, not K70); other words are looked for in the
    report's text, place and case numbers. A report proved false says so in its Outcome."""

    PERSONS_COLUMN = 7  # the text last: it takes the room that is left

    def __init__(self, worker, parent=None) -> None:
        super().__init__(worker, [self.tr("No."), self.tr("Received"), self.tr("Observed"),
                                  self.tr("Place"), self.tr("Source"), self.tr("Credibility"),
                                  self.tr("Could identify the source"), self.tr("Persons"),
                                  self.tr("Outcome"), self.tr("Text")], "reportsTable", parent)
        own_way = OwnDirectionText(self.table)
        for column in (3, 9):  # the place and the text, typed in any script
            self.table.setItemDelegateForColumn(column, own_way)
        self.rows: list[tuple] = []  # (report, its case numbers as shown)
        self.read = False  # whether the rows were ever read (_count_kept)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("reportsFilter")
        self.filter_box.setPlaceholderText(self.tr(
            "Filter: a source code (K7), or words of the text, the place or a case number"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.apply_filter)
        self.count.setObjectName("reportsCount")
        self.layout().insertWidget(0, self.filter_box)

    def activate(self) -> None:
        # said until the list is read: the screen stood blank under its headers, no count
        self.count.setText(self.tr("Reading the reports..."))
        self.worker.submit(_all_reports, on_done=self._show, on_error=self._failed)

    def _failed(self, message: str) -> None:
        _count_kept(self)
        show_error(self, message)

    def _show(self, result) -> None:
        self.read = True
        reports, kept, own = result
        case_nos = {i: from_merged(kept[i], c) if i in kept else c for i, c in own.items()}
        self.rows = [(r, _cases(r.person_ids, case_nos)) for r in reports]
        self.model.removeRows(0, self.model.rowCount())
        yes, no = self.tr("Yes: withheld"), self.tr("No")
        for r, cases in self.rows:
            flag = plain_item(yes if r.could_identify_source else no)
            if r.could_identify_source:
                flag.setToolTip(plain_tooltip(withheld_tip()))
            outcome = plain_item(proved_false_said(r))
            if r.proved_false:
                outcome.setToolTip(plain_tooltip(r.proved_false))
            self.model.appendRow([plain_item(str(r.id)), plain_item(date_said(r.received)),
                                  plain_item(date_said(r.observed)), plain_item(r.place),
                                  plain_item(r.source_code),
                                  plain_item(credibility_said(r.credibility)), flag,
                                  plain_item(cases), outcome,
                                  plain_item(r.text.replace("\n", " "))])
        self._fit_columns()
        cap_outcome(self.table, 8)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Only the reports every word typed finds (report_found), from the rows the screen
        holds; the count says how many of all."""
        words = self.filter_box.text().split()
        codes = {r.source_code for r, _ in self.rows if r.source_code}
        shown = 0
        for n, (r, cases) in enumerate(self.rows):
            keep = all(report_found(r, cases, w, codes) for w in words)
            self.table.setRowHidden(n, not keep)
            shown += keep
        total = len(self.rows)
        if words:
            self.count.setText(filled(self.tr("%1 of %n report(s)", "", total), shown))
        else:
            self.count.setText(self.tr("%n report(s)", "", total))


def _count_kept(view) -> None:
    """A screen's count once a reading of its list failed (the error is shown): that of the
    rows it holds from the last reading, not "Reading..." for ever; none before any reading,
    where "0 report(s)" would say the vault has none."""
    if view.read:
        view.apply_filter()
    else:
        view.count.setText("")


def report_found(r, cases: str, word: str, codes: set[str]) -> bool:
    """Whether a word typed in the filter finds the report: a word that is a source code some
    report has (in any case) finds that code's reports only, whole (K7 is not K70); any other
    word, part of its text, place or case numbers (as the rescues' filter reads names)."""
    code = source_code_typed(word)
    if code in codes:
        return r.source_code == code
    folded = fold(word)
    return bool(folded) and any(folded in fold(x) for x in (r.text, r.place, cases))


class RescuesView(QWidget):
    """Every rescue (hundreds of them), read again each time the screen is shown: the women each
    freed by case number and name, what was paid, a filter to narrow the list. A rescue opens
    in the rescue form to read, change or delete it (a double-click, Enter, or Open rescue);
    New rescue... records one; a woman's page opens from the row (Open her page, or the row's
    menu), never by a double-click, which always opens the rescue, whatever cell it is on."""

    open_person = Signal(str)  # case number
    saved = Signal()           # a rescue saved or deleted: her status may have changed

    PERSONS_COLUMN, PAID_COLUMN = 5, 6

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.rows: list[_RescueRow] = []
        self.read = False  # whether the rows were ever read (_count_kept)
        self.rescue_dialog: RescueDialog | None = None
        self._select_after: int | None = None  # the rescue to choose once the list is read
        headers = [self.tr("No."), self.tr("Date"), self.tr("From"), self.tr("Handover point"),
                   self.tr("Handover to family"), self.tr("Persons"), self.tr("Paid"),
                   self.tr("Outcome")]
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.table = _table(self, self.model, "rescuesTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a line per woman, each her case number then her name: laid out in the interface's
        # direction (CellText would lay a cell of Latin names left to right in Arabic)
        self.table.setItemDelegateForColumn(self.PERSONS_COLUMN, QStyledItemDelegate(self.table))
        self.table.doubleClicked.connect(lambda _ix: self.open_chosen())
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = self._button(self.tr("New rescue..."), "newRescue", self.new_rescue)
        self.new_button.setToolTip(plain_tooltip(self.tr(
            "Record a rescue: its date, the women it freed (by case number), what was paid")))
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("rescuesFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter: a name, a case number or a year"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.apply_filter)
        self.open_button = self._button(self.tr("Open rescue..."), "openRescue",
                                        self.open_chosen)
        self.open_button.setToolTip(plain_tooltip(self.tr(
            "The chosen rescue in the rescue form, to read, change or delete it (or "
            "double-click it, or press Enter)")))
        self.her_page_button = self._button(self.tr("Open her page"), "openHerPage",
                                            self._open_her_page)
        self.her_page_button.setToolTip(plain_tooltip(self.tr(
            "The page of a woman the chosen rescue freed (a list of them when it freed "
            "several)")))
        self.count = plain_label("", self)
        self.count.setObjectName("rescuesCount")
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.her_page_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.table)
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        return named_button(self, text, name, slot)

    # -- reading -----------------------------------------------------------------------------
    def activate(self) -> None:
        chosen = self.chosen()
        if self._select_after is None and chosen is not None:
            self._select_after = chosen.op.id  # the same rescue chosen once read again
        # said until the list is read: the screen stood blank under its headers, no count
        self.count.setText(self.tr("Reading the rescue operations..."))
        self.worker.submit(_all_rescues, on_done=self._show, on_error=self._failed)

    def _failed(self, message: str) -> None:
        self._select_after = None
        _count_kept(self)
        show_error(self, message)

    def _show(self, result) -> None:
        self.read = True
        rescues, kept, own = result
        self.rows = [_RescueRow(op, kept, own) for op in rescues]
        self.model.removeRows(0, self.model.rowCount())
        for row in self.rows:
            op = row.op
            paid = plain_item(row.paid)
            if row.ledger:
                paid.setToolTip(plain_tooltip(row.ledger))
            self.model.appendRow([plain_item(str(op.id)), plain_item(date_said(op.date)),
                                  plain_item(op.from_place), plain_item(op.handover_point),
                                  plain_item(date_said(op.handover_to_family)),
                                  plain_item("\n".join(w.line for w in row.women)), paid,
                                  plain_item(op.outcome.replace("\n", " "))])
        for col in range(self.model.columnCount() - 1):  # the outcome, free text, takes the rest
            self.table.resizeColumnToContents(col)
        self._fit_rows()
        self.apply_filter()
        wanted, self._select_after = self._select_after, None
        if wanted is not None:
            self.choose(wanted)

    def _fit_rows(self) -> None:
        """A rescue of three women three lines high, with the room above and below its lines
        that a row of one line has: sized by its lines alone, the dots under the last name
        were cut off."""
        header = self.table.verticalHeader()
        room = 8  # above and below the text of a row
        one = self.table.fontMetrics().height() + room
        header.setDefaultSectionSize(one)
        for r, row in enumerate(self.rows):
            if len(row.women) > 1:
                header.resizeSection(r, max(one, self.table.sizeHintForRow(r) + room))

    # -- the filter --------------------------------------------------------------------------
    def apply_filter(self) -> None:
        """Only the rescues every word typed finds: a name (in the script it was typed in, part
        of it will do), a case number (SNJ-12, SNJ-00012, or 12), or a year (2019: the rescues
        dated in it; SNJ-02019 is found as SNJ-2019 or 02019). Read from the rows the screen
        holds: nothing is asked of the vault while typing."""
        words = self.filter_box.text().split()
        shown = 0
        for r, row in enumerate(self.rows):
            keep = all(row.found_by(w) for w in words)
            self.table.setRowHidden(r, not keep)
            shown += keep
        total = len(self.rows)
        if words:
            self.count.setText(filled(self.tr("%1 of %n rescue operation(s)", "", total), shown))
        else:
            self.count.setText(self.tr("%n rescue operation(s)", "", total))
        chosen = self.table.selectionModel().selectedRows()
        if chosen and self.table.isRowHidden(chosen[0].row()):
            self.table.clearSelection()
        self._update_buttons()

    # -- choosing and opening ----------------------------------------------------------------
    def chosen(self) -> _RescueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def choose(self, rescue_id: int) -> bool:
        """Choose the rescue's row, scrolled into sight, if the list shows it."""
        for r, row in enumerate(self.rows):
            if row.op.id == rescue_id and not self.table.isRowHidden(r):
                self._choose_row(r)
                self.table.scrollTo(self.model.index(r, 0))
                return True
        return False

    def _choose_row(self, r: int) -> None:
        # not QTableView.selectRow: right to left it looks for the column at the viewport's
        # width, one past its last point, finds none and chooses nothing
        self.table.selectionModel().setCurrentIndex(
            self.model.index(r, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self, *_args) -> None:
        row = self.chosen()
        self.open_button.setEnabled(row is not None)
        self.her_page_button.setEnabled(row is not None and bool(row.women))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Enter (or Return) on a row opens its rescue, as a double-click does."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_chosen()
            return True
        return super().eventFilter(watched, event)

    def open_chosen(self) -> None:
        row = self.chosen()
        if row is not None:
            self.open_rescue(row.op.id)

    def new_rescue(self) -> None:
        """The empty rescue form: the women it freed are added by case number."""
        self._open_form(None)

    def open_rescue(self, rescue_id: int) -> None:
        self._open_form(rescue_id)

    def _open_form(self, rescue_id: int | None) -> None:
        old = self.rescue_dialog
        if old is not None:
            old.close()
            if not old.busy:  # a save still running reports back to it
                old.deleteLater()
        dialog = self.rescue_dialog = RescueDialog(self.worker, None, rescue_id, None, self)
        dialog.saved.connect(lambda _said: self._form_saved(dialog))
        dialog.open()

    def _form_saved(self, dialog: RescueDialog) -> None:
        """Saved or deleted: the list is read again, the rescue saved chosen in it."""
        self._select_after = dialog.rescue_id  # deleted: no row has it, none is chosen
        self.saved.emit()
        self.activate()

    def women_actions(self, row: _RescueRow, parent) -> list[QAction]:
        """An action per woman of the row, named by her case number and name, opening her page."""
        actions = []
        for woman in row.women:
            action = QAction(filled(self.tr("Open the page of %1"), Phrase(woman.line))
                             .replace("&", "&&"), parent)
            action.triggered.connect(lambda _=False, c=woman.case_no: self.open_person.emit(c))
            actions.append(action)
        return actions

    def _open_her_page(self) -> None:
        row = self.chosen()
        if row is None or not row.women:
            return
        if len(row.women) == 1:
            self.open_person.emit(row.women[0].case_no)
            return
        menu = QMenu(self)
        menu.setObjectName("rescueWomenMenu")
        menu.addActions(self.women_actions(row, menu))
        self.women_menu = menu
        menu.popup(self.her_page_button.mapToGlobal(self.her_page_button.rect().bottomLeft()))

    def row_menu(self, r: int) -> QMenu:
        """The menu of row r: its rescue opened, or the page of one of its women."""
        row = self.rows[r]
        menu = QMenu(self)
        menu.setObjectName("rescueRowMenu")
        open_it = menu.addAction(filled(self.tr("Open rescue %1..."), row.op.id))
        open_it.triggered.connect(lambda _=False, rid=row.op.id: self.open_rescue(rid))
        if row.women:
            menu.addSeparator()
            menu.addActions(self.women_actions(row, menu))
        return menu

    def _row_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self._choose_row(index.row())
        menu = self.row_menu(index.row())
        menu.popup(self.table.viewport().mapToGlobal(pos))


class _Woman:
    """A woman a rescue names: the case number of her record as kept (her page opens by it), and
    her line in the Persons cell: that case number (with the record merged into it that the
    rescue named, if it is not that one) and her name as the vault keeps it."""

    def __init__(self, person, own_case_no: str) -> None:
        self.case_no = person.case_no
        caption = person.case_no if own_case_no == person.case_no else \
            Phrase(from_merged(person.case_no, own_case_no))
        self.line = in_interface_direction(f"{isolated(caption)}  {isolated(one_name(person))}")
        self.case_nos = {person.case_no, own_case_no}
        self._typed = [person.full_name("original"), person.full_name("latin"),
                       person.known_as(), *person.aliases]
        self._names: list[str] | None = None

    @property
    def names(self) -> list[str]:
        """Her names folded as the filter compares them, worked out at the first word typed:
        folded for every woman as the list was filled, they held up hundreds of rescues."""
        if self._names is None:
            self._names = [fold(n) for n in self._typed if n and n.strip()]
        return self._names


class _RescueRow:
    """A rescue as the list shows it, with what the filter finds it by."""

    def __init__(self, op, kept: dict, own: dict[int, str]) -> None:
        self.op = op
        self.women: list[_Woman] = []
        seen = set()
        for pid in op.person_ids:
            person = kept.get(pid)
            if person is not None and person.id not in seen:  # two of her records named: once
                seen.add(person.id)
                self.women.append(_Woman(person, own.get(pid, person.case_no)))
        self.paid = paid_said(op.costs)
        # the tooltip of the Paid cell: each line of the ledger, with who was paid and what for
        self.ledger = "\n".join(in_interface_direction(" - ".join(
            isolated(x) for x in (f"{c.amount:,} {c.currency}", c.paid_to, c.purpose) if x))
            for c in op.costs)
        early, late = op.date.earliest, op.date.latest
        self.years = set(range((early or late).year, (late or early).year + 1)) \
            if early or late else set()

    def found_by(self, word: str) -> bool:
        """Whether one word typed into the filter finds this rescue."""
        if word.isdigit():
            number = int(word)
            if len(word) == 4 and 1900 <= number <= 2099:  # a year, not a case's number
                return number in self.years
            digits = str(number).zfill(len(word))  # ١٢ typed in Arabic digits is 12
            return any(int(c.rsplit("-", 1)[1]) == number or c.rsplit("-", 1)[1].startswith(
                digits) for w in self.women for c in w.case_nos if "-" in c)
        upper = word.upper()
        try:
            whole = normalise_case_no(word)
        except ValidationError:
            whole = None
        if any(c == whole or c.startswith(upper) for w in self.women for c in w.case_nos):
            return True
        folded = fold(word)
        return bool(folded) and any(folded in n for w in self.women for n in w.names)


def paid_said(costs) -> str:
    """What a ledger paid, a total per currency: '6,000 USD; 1,200,000 IQD' (dollars and dinars
    first, as paid in Iraq); blank when nothing is recorded. Each total isolated, so that in
    Arabic its digits stay before its currency."""
    totals = ledger_totals(costs)
    first = {code: n for n, code in enumerate(CURRENCIES)}
    ordered = sorted(totals, key=lambda code: (first.get(code, len(first)), code))
    return QCoreApplication.translate("History", "; ").join(
        total_said(totals[code], code) for code in ordered)


def _cases(person_ids: list[int], case_nos: dict[int, str]) -> str:
    return " ".join(case_nos[i] for i in person_ids if i in case_nos)


def _all_reports(session, limit: int = 1000) -> tuple[list, dict, dict]:
    """The reports, newest received first, as `report list` lists them (by number, 21 received
    on 25/11 stood above 20 received on 28/11), and how each person they name is named: a
    record merged into another by the record it is part of now, first (a double-click opens
    that one), with its own number after it (_show). A few queries however many reports
    (RecordService.reports_newest_listed)."""
    return session.records.reports_newest_listed(limit)


def _all_rescues(session) -> tuple[list, dict, dict]:
    """Every rescue, the persons they name as kept now, and the case numbers they were named
    by: a few queries however many rescues (RecordService.rescues_listed)."""
    return session.records.rescues_listed()
