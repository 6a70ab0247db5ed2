"""A rescue operation in full, opened from a person's Rescues tab or from the Rescues screen:
every field `rescue add` takes, the persons it freed (from her page she is there; others, or
all of them from the Rescues screen, added by case number), its ledger line by line and the
status it gives them; saved, changed or deleted through the services the command line uses,
and what each woman's status is after it said in the dialog."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.currencies import PAID_IN_IRAQ
from app.domain.person import Status
from app.ledger import CostRefused, read_amount
from ui import rescue_ops
from ui.bidi import Phrase, filled, in_interface_direction, isolated
from ui.elided_combo import ElidedCombo
from ui.filter_boxes import placeholder_width
from ui.history_words import money_said, total_said
from ui.i18n import list_comma
from ui.labels import date_said, date_typed, status_label
from ui.persons_box import PersonsBox
from ui.reason_box import ask_with_reason
from ui.widgets import (
    PlainTextBox,
    ask,
    error_label,
    named_button,
    plain_label,
)

# The currencies paid in Iraq first; another code, or a name, may be typed into the box
# (read_currency).
CURRENCIES = PAID_IN_IRAQ


class _LedgerLine:
    """One line of the ledger: amount, currency, paid to, purpose, and a button to take it off."""

    def __init__(self, dialog: RescueDialog, cost=None) -> None:
        self.amount = QLineEdit(dialog)
        self.amount.setObjectName("ledgerAmount")
        self.amount.setPlaceholderText(QCoreApplication.translate("RescueDialog", "e.g. 12500"))
        # an amount is read left to right whatever the interface's direction: 12,500.50
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.currency = QComboBox(dialog)
        self.currency.setObjectName("ledgerCurrency")
        self.currency.setEditable(True)  # another currency's code is typed
        self.currency.addItems(CURRENCIES)
        self.currency.setToolTip(QCoreApplication.translate(
            "RescueDialog", "USD, IQD, another currency's three letters, or its name "
                            "(dollar, dinar, euro)"))
        self.paid_to = QLineEdit(dialog)
        self.paid_to.setObjectName("ledgerPaidTo")
        self.paid_to.setPlaceholderText(QCoreApplication.translate("RescueDialog", "e.g. intermediary M-2"))
        self.purpose = QLineEdit(dialog)
        self.purpose.setObjectName("ledgerPurpose")
        self.purpose.setPlaceholderText(QCoreApplication.translate("RescueDialog", "e.g. release"))
        self.cost = cost
        self.remove = QPushButton(QCoreApplication.translate("RescueDialog", "Take off"), dialog)
        self.remove.setObjectName("ledgerRemove")
        self.remove.setAutoDefault(False)
        if cost is not None:
            self.amount.setText(f"{cost.amount:,}")  # Latin digits, as every paper shows it
            self.currency.setCurrentText(cost.currency)
            self.paid_to.setText(cost.paid_to)
            self.purpose.setText(cost.purpose)
        for box in (self.amount, self.paid_to, self.purpose):
            box.textChanged.connect(dialog.ledger_edited)
        self.currency.currentTextChanged.connect(dialog.ledger_edited)

    def widgets(self) -> list[QWidget]:
        return [self.amount, self.currency, self.paid_to, self.purpose, self.remove]

    def typed(self) -> dict:
        # a line the vault holds keeps its date (the form has no box for it)
        return {"amount": self.amount.text(), "currency": self.currency.currentText(),
                "paid_to": self.paid_to.text(), "purpose": self.purpose.text(),
                "date": self.cost.date if self.cost is not None else None,
                "stored": self.cost.currency if self.cost is not None else None}


class RescueDialog(QDialog):
    """A new rescue (rescue_id None) of her, its first person, the quick row's values typed in;
    or, her None (the Rescues screen's New rescue...), of the women added by case number; or
    rescue rescue_id, to be changed or deleted."""

    saved = Signal(str)    # what the dialog said after a save or a deletion
    deleted = Signal(int)  # the rescue deleted

    def __init__(self, worker, her: dict | None, rescue_id: int | None = None,
                 typed: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.worker, self.her, self.rescue_id = worker, her, rescue_id
        self.op = None         # the rescue as the vault holds it, once loaded
        self.lines: list[_LedgerLine] = []
        self.busy = False
        self._closing = False
        self._loaded_cards: list[dict] = []
        self.setWindowTitle("CaseKeeper")  # window titles name no one and no operation
        self.setObjectName("rescueDialog")
        self.heading = plain_label("", self)
        self.heading.setObjectName("rescueHeading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 2)
        self.heading.setFont(font)
        self.notice = plain_label("", self, wrap=True, selectable=True, collapse=True)
        self.notice.setObjectName("rescueNotice")
        self.error = error_label(self, collapse=True)
        self.error.setObjectName("rescueError")

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addWidget(self._fields_box(content))
        body.addWidget(self._persons_box(content))
        body.addWidget(self._ledger_box(content))
        body.addStretch(1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.save_button = self._button(self.tr("Save"), "rescueSave", self.save)
        self.delete_button = self._button(self.tr("Delete rescue..."), "rescueDelete",
                                          self.ask_delete)
        self.close_button = self._button(self.tr("Close"), "rescueClose", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(980, 760)

        if rescue_id is None:
            self._show_new(typed or {})
        else:
            self._set_busy(True)
            self.worker.submit(rescue_ops.load_rescue, rescue_id, on_done=self._show_loaded,
                               on_error=self._failed)

    # -- building ----------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = named_button(self, text, name, slot)
        button.setAutoDefault(False)  # Enter in a box never saves or deletes
        return button

    def _box(self, key: str, placeholder: str = "") -> QLineEdit:
        box = QLineEdit(self)
        box.setObjectName(f"rescue_{key}")
        box.setPlaceholderText(placeholder)
        # never narrower than its example, or 12 letters for a date or a place typed: in
        # Kurmanji the long choice of Status it gives took the width, and these were 60 px
        box.setMinimumWidth(max(placeholder_width(box), placeholder_width(box, "0" * 12)))
        self.boxes[key] = box
        return box

    def _fields_box(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("The operation"), parent)
        self.boxes: dict[str, QLineEdit] = {}
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Date"), self._box("date", self.tr("e.g. 20/03/2019, 03/2019, 2019")))
        left.addRow(self.tr("Handover to family"),
                    self._box("handover_to_family", self.tr("the day, e.g. 25/03/2019")))
        left.addRow(self.tr("From"), self._box("from_place", self.tr("where she was held")))
        left.addRow(self.tr("Route"), self._box("route"))
        left.addRow(self.tr("Handover point"), self._box("handover_point"))
        right.addRow(self.tr("Team"), self._box("team_codes", self.tr("code names only")))
        right.addRow(self.tr("Outcome"), self._box("outcome"))
        right.addRow(self.tr("Needs"), self._box("needs", self.tr("medical, shelter, papers")))
        # its long choices cut short in the box (whole in its list and its tooltip), not
        # taking the form's width from the boxes beside it
        self.gives = ElidedCombo(self)
        self.gives.setObjectName("rescue_gives")
        for key, text in self._gives_choices():
            self.gives.addItem(text, key)
        self.gives.setToolTip(self.gives.currentText())
        right.addRow(self.tr("Status it gives"), self.gives)
        self.notes = PlainTextBox(self)
        self.notes.setObjectName("rescue_notes")
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        notes = QFormLayout()
        notes.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(group)
        layout.addLayout(columns)
        layout.addLayout(notes)
        return group

    def _gives_choices(self) -> list[tuple[str | None, str]]:
        return [("rescued", self.tr("Freed: rescued (reunited at the handover to family, when "
                                    "its date is given)")),
                ("reunited", self.tr("Freed and back with the family: reunited")),
                ("none", self.tr("Not freed (it failed, or freed someone else): no status"))]

    def _persons_box(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Persons it freed"), parent)
        # a new rescue from the Rescues screen names no one yet: what to do is said
        box = self.persons_box = PersonsBox(
            self.worker, "rescue",
            self.tr("No one yet: type the case number of each woman it freed, then Add person."),
            self.tr("%1 is already among the persons of this rescue."), group)
        box.changed.connect(self._update_buttons)
        box.refused.connect(self.error.setText)
        box.cleared.connect(self.error.clear)
        for b in (box.add_button, box.take_off_button):
            b.setAutoDefault(False)  # Enter in a box never saves or deletes
        self.persons, self.no_persons, self.case_box = box.persons, box.no_persons, box.case_box
        self.add_person_button, self.take_off_button = box.add_button, box.take_off_button
        QVBoxLayout(group).addWidget(box)
        return group

    def _ledger_box(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Ledger: what was paid, and to whom"), parent)
        self.ledger = QGridLayout()
        self.ledger_heads = [plain_label(t, self) for t in (
            self.tr("Amount"), self.tr("Currency"), self.tr("Paid to"), self.tr("Purpose"))]
        self.no_lines = plain_label(self.tr("No payment is recorded for this rescue."), self)
        self.total = plain_label("", self, wrap=True)
        self.total.setObjectName("ledgerTotal")
        self.add_line_button = self._button(self.tr("Add a ledger line"), "ledgerAddLine",
                                            lambda: self.add_line(focus=True))
        row = QHBoxLayout()
        row.addWidget(self.add_line_button)
        row.addStretch(1)
        row.addWidget(self.total, 2)
        layout = QVBoxLayout(group)
        layout.addLayout(self.ledger)
        layout.addWidget(self.no_lines)
        layout.addLayout(row)
        self._lay_out_ledger()
        return group

    # -- showing -----------------------------------------------------------------------------
    def _show_new(self, typed: dict) -> None:
        self.heading.setText(in_interface_direction(self.tr("New rescue")))
        for key, box in self.boxes.items():
            box.setText(typed.get(key, ""))
        self.gives.setCurrentIndex(max(0, self.gives.findData(typed.get("gives_status",
                                                                        "rescued"))))
        self._fill_persons([self.her] if self.her else [])
        self._fill_ledger([])
        self._shown = self.state()
        self._update_buttons()

    def _show_loaded(self, loaded: dict) -> None:
        self._set_busy(False)
        op = self.op = loaded["op"]
        self.rescue_id = op.id
        self.heading.setText(in_interface_direction(filled(self.tr("Rescue %1"), op.id)))
        for key in rescue_ops.TEXT_FIELDS:
            if key != "notes":
                self.boxes[key].setText(getattr(op, key))
        self.boxes["date"].setText(date_typed(op.date))
        self.boxes["handover_to_family"].setText(date_typed(op.handover_to_family))
        self.notes.setPlainText(op.notes)
        self.gives.clear()
        for key, text in self._gives_choices():
            self.gives.addItem(text, key)
        if op.gives_status is None:  # recorded before a rescue gave a status: said, not guessed
            self.gives.addItem(self.tr("Not said (recorded before a rescue gave a status): no "
                                       "status"), None)
        self.gives.setCurrentIndex(self.gives.findData(op.gives_status))
        self._loaded_cards = loaded["persons"]
        self._fill_persons(loaded["persons"])
        self._fill_ledger(op.costs)
        self._shown = self.state()
        self._update_buttons()

    def _fill_persons(self, cards: list[dict]) -> None:
        self.persons_box.fill(cards)

    def cards(self) -> list[dict]:
        return self.persons_box.cards()

    def case_numbers(self) -> list[str]:
        return self.persons_box.case_numbers()

    def _fill_ledger(self, costs) -> None:
        for line in self.lines:
            for w in line.widgets():
                w.deleteLater()
        self.lines = [self._line(c) for c in costs]
        self._lay_out_ledger()

    def _line(self, cost=None) -> _LedgerLine:
        line = _LedgerLine(self, cost)
        line.remove.clicked.connect(lambda: self.remove_line(line))
        return line

    def _lay_out_ledger(self) -> None:
        while self.ledger.count():
            self.ledger.takeAt(0)
        for col, head in enumerate(self.ledger_heads):
            self.ledger.addWidget(head, 0, col)
            head.setVisible(bool(self.lines))
        for row, line in enumerate(self.lines, 1):
            for col, w in enumerate(line.widgets()):
                self.ledger.addWidget(w, row, col)
        for col, stretch in enumerate((2, 1, 3, 3, 0)):
            self.ledger.setColumnStretch(col, stretch)
        self.no_lines.setVisible(not self.lines)
        self.ledger_edited()

    def add_line(self, focus: bool = False) -> _LedgerLine:
        line = self._line()
        self.lines.append(line)
        self._lay_out_ledger()
        if focus:
            line.amount.setFocus()
        return line

    def remove_line(self, line: _LedgerLine) -> None:
        if line in self.lines:
            self.lines.remove(line)
            for w in line.widgets():
                w.deleteLater()
            self._lay_out_ledger()

    def ledger_edited(self, *_args) -> None:
        """The total of the lines as typed, per currency, in Latin digits with the currency's
        code (as the history and the papers say money); a line that cannot be read yet is
        left out of it and named."""
        totals: dict[str, Decimal] = {}
        unread = []
        for n, line in enumerate(self.lines, 1):
            typed = line.typed()
            if not typed["amount"].strip():
                continue
            try:
                amount, currency = read_amount(typed["amount"]), rescue_ops.line_currency(typed)
            except CostRefused:
                unread.append(str(n))
                continue
            totals[currency] = totals.get(currency, Decimal(0)) + amount
        if not totals and not unread:
            self.total.setText("")
            return
        said = [filled(self.tr("Total: %1"), Phrase(list_comma().join(
            total_said(v, k) for k, v in sorted(totals.items()))))] if totals else []
        if unread:
            said.append(filled(self.tr("(line %1 not read: see its amount and currency)"),
                               Phrase(list_comma().join(isolated(n) for n in unread))))
        text = "  ".join(said)
        self.total.setText(text)

    # -- persons -----------------------------------------------------------------------------
    def add_person(self) -> None:
        self.error.clear()
        self.persons_box.add_person()

    def take_off_person(self) -> None:
        self.persons_box.take_off_person()

    # -- saving ------------------------------------------------------------------------------
    def form(self) -> dict:
        out = {k: b.text() for k, b in self.boxes.items()}
        out["notes"] = self.notes.toPlainText()
        out["gives_status"] = self.gives.currentData()
        out["persons"] = self.case_numbers()
        out["costs"] = [line.typed() for line in self.lines]
        return out

    def state(self) -> tuple:
        """What the form holds, to tell whether it was changed since it was shown or saved."""
        form = self.form()
        return tuple((k, repr(v)) for k, v in sorted(form.items()))

    def changed(self) -> bool:
        return self.state() != getattr(self, "_shown", None)

    def save(self) -> None:
        self.error.clear()
        self.notice.clear()
        self._set_busy(True)
        self.worker.submit(rescue_ops.save_rescue, self.rescue_id, self.form(),
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, said: dict) -> None:
        text = self.said(said)
        self.rescue_id = said["rescue_id"]
        self.notice.setText(text)
        self.saved.emit(text)
        # the form now shows the rescue as the vault holds it, to be changed again
        self.worker.submit(rescue_ops.load_rescue, self.rescue_id, on_done=self._show_loaded,
                           on_error=self._failed)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.busy)
        self.delete_button.setVisible(self.rescue_id is not None)
        self.delete_button.setEnabled(not self.busy and self.op is not None)
        self.take_off_button.setEnabled(bool(self.persons.selectedItems()))
        # the rescue still being read names its women in a moment: nothing said meanwhile
        none = self.persons.count() == 0 and (self.rescue_id is None or self.op is not None)
        self.no_persons.setVisible(none)
        self.persons.setVisible(not none)

    def said(self, said: dict) -> str:
        """What the save or deletion did, as the command line prints it: a line for the rescue,
        the ledger as it was and is when it changed, then each woman's status now and whether
        this rescue gave it, and each woman taken off with her status now."""
        rid = said["rescue_id"]
        head = {"recorded": self.tr("Rescue %1 recorded."),
                "changed": self.tr("Rescue %1 saved."),
                "unchanged": self.tr("Rescue %1 already says so: nothing changed."),
                "deleted": self.tr("Rescue %1 deleted, with its ledger and the statuses it "
                                   "gave.")}[said["done"]]
        lines = [filled(head, rid)]
        if said.get("ledger"):
            was, now = said["ledger"]
            lines.append(filled(self.tr("Ledger now: %1; it was: %2"), money_said(now),
                                money_said(was)))
        for p in said["persons"]:
            status = status_label(p["status"], p["sex"])
            was = p.get("was")
            # named as the form lists her ("%1 stays %2: ... status-withdraw %1" keeps the number)
            who = Phrase(f"{isolated(p['case_no'])} ({p['name']})") if p.get("name") \
                else p["case_no"]
            if p["from_this_rescue"]:
                text = self.tr("%1 is now %2.")
            elif was not in (None, p["status"]):
                # the save changed her status (the rescue withdrawn, its date moved): "stays"
                # read as though nothing had
                text = (self.tr("%1 is now %2 (was %3): a status later or further along her "
                                "case.") if said["gives"] else self.tr("%1 is now %2 (was %3)."))
                lines.append(filled(text, who, status, status_label(was, p["sex"])))
                continue
            elif not said["gives"]:
                text = self.tr("%1 stays %2.")
            elif p["status"] == Status.DECEASED.value:
                # A death dated only by its year may come after the rescue: how to say it was
                # reported in error, as the command line says it.
                text = self.tr("%1 stays %2: her death is dated so that it may come after "
                               "this rescue. If it was reported in error, withdraw it "
                               "(casekeeper person status-withdraw %1 deceased --reason ...).")
                who = p["case_no"]  # %1 stands in a command too
            else:
                text = self.tr("%1 stays %2: a status later or further along her case.")
            lines.append(filled(text, who, status))
        for p in said["taken_off"]:
            lines.append(filled(self.tr("%1 is taken off this rescue; her status is now %2."),
                                p["case_no"], status_label(p["status"], p["sex"])))
        return "\n".join(lines)

    # -- deleting ----------------------------------------------------------------------------
    def ask_delete(self) -> None:
        op = self.op
        if op is None:
            return
        persons = Phrase(list_comma().join(isolated(c["case_no"]) for c in self.shown_cards()))
        when = date_said(op.date) or self.tr("no date")
        n = len(op.costs)
        lines = [filled(self.tr("Delete rescue %1 (%2) of %3?"), op.id, when, persons),
                 self.tr("Its ledger of %n line(s) and the statuses it gave go with it: each "
                         "woman's status is worked out again without it. The audit trail keeps "
                         "that it was deleted.", "", n)]
        # asked why, as a photo's or a contact's removal is, and kept as `--reason` keeps it
        ask_with_reason(self, lines, "deleteRescueQuestion", self.tr("Delete rescue"),
                        "deleteRescueGo", self._delete)

    def shown_cards(self) -> list[dict]:
        """The persons the vault holds the rescue for (not those the form may have changed)."""
        return self._loaded_cards

    def _delete(self, reason: str) -> None:
        self.error.clear()
        self._set_busy(True)
        self.worker.submit(rescue_ops.delete_rescue, self.op.id, reason, on_done=self._deleted,
                           on_error=self._failed)

    def _deleted(self, said: dict) -> None:
        text = self.said(said)
        self.notice.setText(text)
        self.op = None
        self._set_busy(False)
        # nothing is left to save or delete: the form says what was done, and Close
        for w in (self.save_button, self.delete_button):
            w.setVisible(False)
        self.scroll.setEnabled(False)
        self._shown = self.state()
        self.deleted.emit(said["rescue_id"])
        self.saved.emit(text)

    # -- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        """Close, Esc or the window's button: what was typed and not saved is asked about first
        (Cancel keeps the form)."""
        loading_or_gone = self.op is None and self.rescue_id is not None
        if self._closing or loading_or_gone or not self.changed():
            super().reject()
            return
        ask(self, [self.tr("The rescue has changes that are not saved. Close it all the same, "
                           "without them?")], "rescueCloseQuestion",
            [(self.tr("Close without saving"), "rescueCloseGo", self._close_anyway)])

    def _close_anyway(self) -> None:
        self._closing = True
        super().reject()
