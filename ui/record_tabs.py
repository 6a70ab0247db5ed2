"""A person's reports and rescue operations, each with a row to record one; a report is changed there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from app.domain.records import source_code_problem
from ui.bidi import filled
from ui.labels import (
    credibility_names,
    credibility_said,
    date_said,
    date_typed,
    source_code_said,
)
from ui.person_tabs import TableTab
from ui.persons_box import PersonsBox
from ui.report_outcome import OutcomeBoxes, cap_outcome, proved_false_said
from ui.widgets import PlainTextBox, error_label, named_button, plain_tooltip


class _ReportText(PlainTextBox):
    """What was reported, over several lines (a witness's account has paragraphs), read and
    set as plain text like the one-line boxes beside it; Tab moves on, as in them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name, as the boxes beside
        self.setPlainText(text)


class _AddingTab(TableTab):
    """A table with a row of text boxes and a button that hands their texts on."""

    add = Signal(dict)

    def _boxes(self, specs: list[tuple[str, str, int]], button: str, name: str) -> None:
        self.boxes: dict[str, QLineEdit] = {}
        for key, placeholder, stretch in specs:
            box = QLineEdit(self)
            box.setObjectName(f"{name}_{key}")
            box.setPlaceholderText(placeholder)
            # a narrow window cuts a placeholder short, its example first: kept in reach
            box.setToolTip(plain_tooltip(placeholder))
            self.boxes[key] = box
            self.controls.addWidget(box, stretch)
        self.add_button = QPushButton(button, self)
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(
            lambda: self.add.emit({k: b.text().strip() for k, b in self.boxes.items()}))
        self.controls.addWidget(self.add_button)

    def clear_boxes(self) -> None:
        for box in self.boxes.values():
            box.clear()


class ReportsTab(TableTab):
    """Her reports, and a form under the table to add one or change the one chosen: every
    field `report add` takes, above all whether it could identify its informant."""

    add = Signal(dict)            # a new report's fields
    change = Signal(int, dict)    # a report's id and its fields as edited
    not_hers = Signal(int)        # a report's id: she is to be taken off it
    others_wanted = Signal(int)   # a report's id: the other women it is about, to show

    def __init__(self, parent=None, worker=None) -> None:
        super().__init__([self.tr("No."), self.tr("Received"), self.tr("Observed"),
                          self.tr("Place"), self.tr("Source"), self.tr("Credibility"),
                          self.tr("Could identify the source"), self.tr("Outcome"),
                          self.tr("Text")],
                         "personReports", parent, merged_column=True)
        self.reports: list = []
        self.editing: int | None = None  # the id of the report the form holds, if any
        self.boxes: dict[str, QLineEdit | _ReportText] = {}
        for key, placeholder in (("received", self.tr("Received (e.g. 03/2019)")),
                                 ("observed", self.tr("Observed (e.g. 2018)")),
                                 ("place", self.tr("Place")),
                                 ("source_code", self.tr("Source code name")),
                                 ("text", self.tr("What was reported"))):
            # a witness's account runs to paragraphs: its box takes lines, the others one
            box = _ReportText(self) if key == "text" else QLineEdit(self)
            box.setObjectName(f"newReport_{key}")
            box.setPlaceholderText(placeholder)
            self.boxes[key] = box
        self.credibility = QComboBox(self)
        self.credibility.setObjectName("newReport_credibility")
        self.credibility.addItem(self.tr("Credibility not judged"), None)
        for n in credibility_names():
            self.credibility.addItem(credibility_said(n), n)
        self.identifying = QCheckBox(self.tr("Could identify the source"), self)
        self.identifying.setObjectName("newReport_identifying")
        self.identifying.setToolTip(plain_tooltip(withheld_tip()))
        self.identifying.setChecked(True)
        self.add_button = self._button(self.tr("Add report"), "newReport_add",
                                       lambda: self._if_code(lambda f: self.add.emit(f)))
        self.save_button = self._button(
            self.tr("Save changes"), "newReport_save",
            lambda: self._if_code(lambda f: self.change.emit(self.editing, f)))
        # what is wrong with the source code, under the boxes, not at the top of her page
        self.source_error = error_label(self, collapse=True)
        self.source_error.setObjectName("newReport_sourceError")
        self.boxes["source_code"].textEdited.connect(self._source_typed)
        self.cancel_button = self._button(self.tr("Cancel"), "newReport_cancel",
                                          self.clear_boxes)
        self.edit_button = self._button(self.tr("Change the chosen report"), "editReport",
                                        self.edit_chosen)
        # a report filed under her by mistake: she is taken off it, the report stays
        self.not_hers_button = self._button(self.tr("Not about her"), "reportNotAboutHer",
                                            self._not_hers)
        self.not_hers_button.setToolTip(plain_tooltip(self.tr(
            "The chosen report was filed under her by mistake: take her off it. The report "
            "stays, about the others it names.")))
        for key in ("received", "observed", "place", "source_code"):
            self.controls.addWidget(self.boxes[key], 1)
        self.controls.addWidget(self.credibility, 1)
        second = QHBoxLayout()
        second.addWidget(self.boxes["text"], 3)
        # beside the text, which is four lines high: the buttons, and under them the other
        # women it is about, so that the tab is no taller than before (her fields keep room)
        beside = QVBoxLayout()
        buttons = QHBoxLayout()
        for w in (self.identifying, self.add_button, self.save_button, self.cancel_button,
                  self.edit_button, self.not_hers_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        beside.addLayout(buttons)
        # whether it proved false, why and when: while a report is being changed
        self.outcome = OutcomeBoxes(self)
        beside.addWidget(self.outcome)
        second.addLayout(beside, 2)
        self.layout().insertWidget(1, self.source_error)
        self.layout().insertLayout(2, second)
        # The other women it is about (sisters seen together), as `report add --person A
        # --person B` files one report: the rescue form's box, checked the same way.
        self._only_hers = self.tr("Also about other women (sisters seen together)?")
        self.others = PersonsBox(worker, "report", self._only_hers,
                                 self.tr("%1 is already among the persons of this report."), self,
                                 said_in_row=True)
        self.others.no_persons.setWordWrap(False)
        # her own number typed as another woman's: the service would refuse the report as
        # naming her twice (record_persons.one_woman_twice), said here as it is typed
        self.others.own_said = self.tr(
            "%1 is the case number of this page: the report is filed under it already. Type "
            "the case number of another woman the report is about.")
        self.others.own_merged_said = self.tr(
            "%1 is merged into %2, the record of this page: the report is filed under it "
            "already. Type the case number of another woman the report is about.")
        self.others.own_kept_said = self.tr(  # on the page of a record merged into hers, too
            "%1 and %2, the record of this page, are one woman, kept as %3: the report is filed "
            "under her already. Type the case number of another woman the report is about.")
        # a case number whole in its box, however long the words beside it
        box = self.others.case_box
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("SNJ-000000") + 16)
        self.others.case_box.setToolTip(plain_tooltip(self.tr(
            "A report about other women too, sisters seen together, is filed once: type each "
            "one's case number, then Add person.")))
        # sisters seen together are two or three: the table below keeps its room
        self.others.persons.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.others.changed.connect(self._update_buttons)
        self.others.refused.connect(self.source_error.setText)
        self.others.cleared.connect(self.source_error.clear)
        self.others_loaded: list[str] = []  # the others of the report being changed, as read
        beside.addWidget(self.others)
        beside.addStretch(1)
        self.table.doubleClicked.connect(lambda _ix: self.edit_chosen())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        return named_button(self, text, name, slot)

    def _kept_code(self) -> str:
        """The source code of the report being changed as it is stored: one saved before a
        code needed a digit stays as it is."""
        kept = next((r for r in self.reports if r.id == self.editing), None)
        return kept.source_code if kept is not None else ""

    def _code_said(self, code: str, *, finished: bool) -> str:
        """What is wrong with the typed code, or "". finished: the form is being sent; while
        it is typed, the missing digit is not said yet (S-, then S-4)."""
        code = code.strip().upper()
        if not code or code == self._kept_code():
            return ""
        problem = source_code_problem(code)
        if problem is None or (problem[0] == "digit" and not finished):
            return ""
        return source_code_said(code)

    def _source_typed(self, text: str) -> None:
        self.source_error.setText(self._code_said(text, finished=False))

    def _if_code(self, send) -> None:
        """send(the form's fields) if its source code is one; else said under the boxes, and
        the code's box given the keyboard."""
        said = self._code_said(self.boxes["source_code"].text(), finished=True)
        self.source_error.setText(said)
        if said:
            self.boxes["source_code"].setFocus()
            return
        send(self.fields())

    def fields(self) -> dict:
        out: dict = {k: b.text().strip() for k, b in self.boxes.items()}
        out["credibility"] = self.credibility.currentData()
        out["could_identify_source"] = self.identifying.isChecked()
        out["others"] = self.others.case_numbers()
        out["others_were"] = list(self.others_loaded)
        out.update(self.outcome.fields())
        return out

    def show_others(self, report_id: int, cards: list[dict]) -> None:
        """The other women the report being changed is about, once read (the form may have
        moved on to another report meanwhile: then nothing)."""
        if report_id == self.editing:
            self.others.fill(cards)
            self.others_loaded = [c["case_no"] for c in cards]
            self._update_buttons()

    def show_reports(self, held, her: str = "") -> None:
        """held: (report, the record merged into hers it is about, or None) pairs; her: her
        case number, which the other women's box refuses."""
        self.others.own = her
        self.reports = [r for r, _ in held]
        yes, no = self.tr("Yes: withheld"), self.tr("No")
        self.fill([[r.id, date_said(r.received), date_said(r.observed), r.place,
                    r.source_code, credibility_said(r.credibility),
                    yes if r.could_identify_source else no, proved_false_said(r),
                    r.text.replace("\n", " ")]
                   for r in self.reports], [came for _, came in held])
        for row, r in enumerate(self.reports):
            if r.could_identify_source:
                self.model.item(row, 6).setToolTip(plain_tooltip(withheld_tip()))
            if r.proved_false:
                self.model.item(row, 7).setToolTip(plain_tooltip(r.proved_false))
        cap_outcome(self.table, 7)
        self._update_buttons()

    def edit_chosen(self) -> None:
        """The chosen report into the form, to be changed and saved (or the change cancelled)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = self.reports[rows[0].row()]
        self.editing = r.id
        self.source_error.clear()
        for key, value in (("received", date_typed(r.received)),
                           ("observed", date_typed(r.observed)), ("place", r.place),
                           ("source_code", r.source_code), ("text", r.text)):
            self.boxes[key].setText(value)
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(r.credibility)))
        self.identifying.setChecked(r.could_identify_source)
        self.outcome.fill(r)
        self.others.fill([])
        self.others_loaded = []
        self.others_wanted.emit(r.id)
        self._update_buttons()

    def chosen(self):
        """The report chosen in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.reports[rows[0].row()] if rows else None

    def _not_hers(self) -> None:
        report = self.chosen()
        if report is not None:
            self.not_hers.emit(report.id)

    def clear_boxes(self) -> None:
        for box in self.boxes.values():
            box.clear()
        self.source_error.clear()
        self.credibility.setCurrentIndex(0)
        self.identifying.setChecked(True)  # a new report is withheld until said otherwise
        self.outcome.fill(None)
        self.others.fill([])
        self.others.case_box.clear()
        self.others_loaded = []
        self.editing = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        editing = self.editing is not None
        self.add_button.setVisible(not editing)
        self.edit_button.setVisible(not editing)
        self.edit_button.setEnabled(self.table.selectionModel().hasSelection())
        self.not_hers_button.setVisible(not editing)
        self.not_hers_button.setEnabled(self.table.selectionModel().hasSelection())
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.outcome.setVisible(editing)
        self.others.take_off_button.setEnabled(bool(self.others.persons.selectedItems()))
        listed = self.others.persons.count() > 0
        self.others.persons.setVisible(listed)
        # the list's heading once someone is in it, what to do while no one is
        self.others.no_persons.setText(self.tr("Also about the women above. Another?") if listed
                                       else self._only_hers)
        if editing:
            self.save_button.setText(filled(self.tr("Save changes to report %1"),
                                            self.editing))


def withheld_tip() -> str:
    """What the box means, in the interface's language (read when shown)."""
    return QCoreApplication.translate(
        "ReportsTab", "A report that could identify its informant keeps its text out of every "
                      "document for a court, a family or the public. Leave it ticked unless "
                      "you are sure nothing in it could lead to the source.")


class RescuesTab(_AddingTab):
    """Her rescues, a row to record one of her alone quickly, and the rescue form for the rest:
    a new rescue with others freed with her and its ledger (the row's values carried into it),
    or the chosen one to change or delete (a double-click opens it too)."""

    open_form = Signal(dict)   # a new rescue: the values typed in the row
    change = Signal(int)       # a rescue's id, to open in the form

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("No."), self.tr("Date"), self.tr("From"),
                          self.tr("Handover point"), self.tr("Handover to family"),
                          self.tr("Outcome")], "personRescues", parent, merged_column=True)
        # The day she was handed to her family, as `rescue add --handover-to-family` takes it:
        # a freeing that gives "rescued" makes her reunited on that day.
        self._boxes([("date", self.tr("Date (e.g. 03/2019)"), 1),
                     ("from_place", self.tr("From"), 1),
                     ("handover_point", self.tr("Handover point"), 1),
                     ("handover_to_family",
                      self.tr("Handover to family (e.g. 25/03/2019)"), 2),
                     ("outcome", self.tr("Outcome"), 1)],
                    self.tr("Add rescue"), "newRescue")
        # What the rescue makes her, chosen before it is added: the outcome is free text and
        # decides nothing. Freed is what most rescues are; a failed one gives no status.
        self.gives = QComboBox(self)
        self.gives.setObjectName("newRescue_gives")
        for key, text in (("rescued", self.tr("She was freed: rescued")),
                          ("reunited", self.tr("Freed and back with her family: reunited")),
                          ("none", self.tr("Not freed: no status"))):
            self.gives.addItem(text, key)
        self.controls.insertWidget(self.controls.count() - 1, self.gives)
        self.add_button.clicked.disconnect()
        self.add_button.clicked.connect(lambda: self.add.emit(self.typed()))
        self.rescues: list = []
        self.form_button = QPushButton(self.tr("Add rescue..."), self)
        self.form_button.setObjectName("newRescue_form")
        self.form_button.setToolTip(plain_tooltip(self.tr(
            "Every field of the rescue, the others freed with her, and what was paid to "
            "whom")))
        self.form_button.clicked.connect(lambda: self.open_form.emit(self.typed()))
        self.change_button = QPushButton(self.tr("Change the chosen rescue..."), self)
        self.change_button.setObjectName("editRescue")
        self.change_button.clicked.connect(self.change_chosen)
        second = QHBoxLayout()
        second.addWidget(self.form_button)
        second.addWidget(self.change_button)
        second.addStretch(1)
        self.layout().insertLayout(1, second)
        self.table.doubleClicked.connect(lambda _ix: self.change_chosen())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def typed(self) -> dict:
        return {**{k: b.text().strip() for k, b in self.boxes.items()},
                "gives_status": self.gives.currentData()}

    def change_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.change.emit(self.rescues[rows[0].row()].id)

    def _update_buttons(self) -> None:
        self.change_button.setEnabled(self.table.selectionModel().hasSelection())

    def clear_boxes(self) -> None:
        super().clear_boxes()
        self.gives.setCurrentIndex(0)  # a failed operation's "no status" is never carried over

    def show_rescues(self, held) -> None:
        """held: (rescue, the record merged into hers it rescued, or None) pairs."""
        self.rescues = [o for o, _ in held]
        self.fill([[o.id, date_said(o.date), o.from_place, o.handover_point,
                    date_said(o.handover_to_family), o.outcome]
                   for o, _ in held], [came for _, came in held])
        self._update_buttons()
