"""The persons a record is about, added by case number and taken off: one widget for the rescue
form's persons and a report's further women, checked the same way (rescue_ops.find_person)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui import rescue_ops
from ui.bidi import filled, in_interface_direction, isolated
from ui.widgets import named_button, plain_label, plain_tooltip


class PersonsBox(QWidget):
    """A list of persons (case number and names), a box for a case number, Add person, and
    Take the chosen person off. name: the prefix of the widgets' object names; empty: what is
    said while no one is listed (said_in_row: on the case number's line, not above it);
    already: said of a case number listed already (%1)."""

    changed = Signal()      # a person added or taken off
    refused = Signal(str)   # what is wrong with the case number typed, in the interface's words
    cleared = Signal()      # a case number was found: an earlier refusal no longer holds

    def __init__(self, worker, name: str, empty: str, already: str, parent=None,
                 said_in_row: bool = False) -> None:
        super().__init__(parent)
        self.worker, self.already = worker, already
        # The record the record is filed under already, not listed here (a report's woman on
        # her page, which may be a record merged into another), and what is said of its number
        # typed (%1), of a record merged into it (%1 the number typed, %2 the page's), or of
        # another record of her (%3 the number she is kept as): a report names each woman once.
        self.own, self.own_said, self.own_merged_said, self.own_kept_said = "", "", "", ""
        self.persons = QListWidget(self)
        self.persons.setObjectName(f"{name}Persons")
        self.persons.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.no_persons = plain_label(empty, self, wrap=True)
        self.no_persons.setObjectName(f"{name}NoPersons")
        self.case_box = QLineEdit(self)
        self.case_box.setObjectName(f"{name}CaseNo")
        self.short_example = said_in_row
        self._show_case_example("SNJ")  # until the vault says its own prefix
        worker.submit(lambda session: session.case_prefix, on_done=self._show_case_example,
                      on_error=lambda _message: None)
        self.case_box.returnPressed.connect(self.add_person)
        add = QCoreApplication.translate("RescueDialog", "Add person")
        self.add_button = named_button(self, add, f"{name}AddPerson", self.add_person)
        off = QCoreApplication.translate("RescueDialog", "Take the chosen person off")
        self.take_off_button = named_button(self, off, f"{name}TakeOff", self.take_off_person)
        self.persons.itemSelectionChanged.connect(self.changed)
        row = QHBoxLayout()
        if said_in_row:  # before the case number's box: no line of its own on a crowded tab
            row.addWidget(self.no_persons)
        row.addWidget(self.case_box, 1)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.take_off_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not said_in_row:
            layout.addWidget(self.no_persons)
        layout.addWidget(self.persons)
        layout.addLayout(row)

    def _show_case_example(self, prefix: str) -> None:
        """The example in this vault's own case numbers, as her Relatives box and the Print
        screen give it: SNJ-00012 in a DEMO- vault would be typed and refused. On a crowded row
        (a report's other women) the example alone, where the words were cut before it; the
        box is kept wide enough to read it, and its tooltip says it whole."""
        example = f"{prefix}-00012"
        # in the rescue form's context, where its words have always been
        whole = filled(QCoreApplication.translate("RescueDialog", "Case number, e.g. %1"),
                       example)
        shown = example if self.short_example else whole
        self.case_box.setPlaceholderText(shown)
        self.case_box.setToolTip(plain_tooltip(whole))
        self.case_box.setMinimumWidth(self.case_box.fontMetrics().horizontalAdvance(shown) + 24)

    def fill(self, cards: list[dict]) -> None:
        self.persons.clear()
        for card in cards:
            self.add_card(card)

    def add_card(self, card: dict) -> None:
        # her names come isolated each (rescue_ops.person_card): in Arabic the line reads from
        # the case number, then her name in Arabic script, as the heading of her page does
        item = QListWidgetItem(in_interface_direction(
            f"{isolated(card['case_no'])}   {card['name']}"))
        item.setData(Qt.ItemDataRole.UserRole, card)
        self.persons.addItem(item)

    def cards(self) -> list[dict]:
        return [self.persons.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.persons.count())]

    def case_numbers(self) -> list[str]:
        return [c["case_no"] for c in self.cards()]

    def add_person(self) -> None:
        self.worker.submit(rescue_ops.find_person, self.case_box.text().strip(), self.own,
                           tuple(self.case_numbers()), on_done=self._found,
                           on_error=self.refused.emit)

    def _found(self, card: dict) -> None:
        given = card.pop("given", card["case_no"])
        twice = card.pop("twice", None)
        if twice is not None:  # she is the page's woman, or one listed: said as typed
            self.refused.emit(self._twice_said(given, *twice))
            return
        self.add_card(card)
        self.case_box.clear()
        self.cleared.emit()
        self.changed.emit()

    def _twice_said(self, given: str, named: str, kept: str) -> str:
        """Why the number typed (given) is refused: it is one woman with named (the page's
        record, or one listed), whom she is kept as (kept)."""
        if self.own and named == self.own:
            if given == named:
                return filled(self.own_said, given)
            if kept == named:
                return filled(self.own_merged_said, given, named)
            return filled(self.own_kept_said, given, named, kept)
        if given == named:
            return filled(self.already, given)
        if kept == named:
            return filled(QCoreApplication.translate(
                "RescueDialog", "%1 is merged into %2, who is listed already."), given, named)
        return filled(QCoreApplication.translate(  # merged since she was listed
            "RescueDialog", "%1 and %2, who is listed already, are one woman, kept as %3."),
            given, named, kept)

    def take_off_person(self) -> None:
        for item in self.persons.selectedItems():
            self.persons.takeItem(self.persons.row(item))
        self.changed.emit()
