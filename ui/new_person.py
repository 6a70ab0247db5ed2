"""New person: a form for one person, checked against the vault for her before it is saved."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.script import both_scripts, in_other_scripts_box, is_arabic_script
from ui import person_ops
from ui.bidi import filled
from ui.labels import (
    card_born_said,
    date_read,
    explanation_text,
    known_as_words,
    name_part_names,
    names_shown,
    place_said,
    sex_names,
    status_label,
    status_names,
)
from ui.name_boxes import placed
from ui.person_tabs import TableTab
from ui.typed_details import question_lines
from ui.widgets import PlainTextBox, ask, ask_to_go_ahead, error_label, plain_label, plain_tooltip

NAME_PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY,
              NamePart.MOTHER)


class DateField(QWidget):
    """A fuzzy date typed as people say it, with what it is read as (or why it cannot be) shown
    under it while typing: 12/3/1998 is the 12th of March, and the form says so."""

    changed = Signal()

    def __init__(self, name: str, label: str, parent=None, birth: bool = False) -> None:
        super().__init__(parent)
        self.label = label
        self.birth = birth  # a birth may be her age ("عمر 20"); a bare "20" is asked about
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(self.tr("e.g. 1998, about 1998, 12/03/1998"))
        # wrapped under its box: on one line, a birth asked about ("about 20") or a refusal
        # ("20014 would be 1954-10-17 as an Excel date number...") widened its column and
        # pushed half the form out of sight
        self.reading = plain_label("", self, wrap=True)
        self.reading.setObjectName(f"{name}Reading")
        self.reading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.blank_reading = ""
        # As tall as the box and the line under it: squeezed, the box drew no text.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading)
        self.edit.textChanged.connect(self.show_reading)
        self.edit.textChanged.connect(self.changed)

    def text(self) -> str:
        return self.edit.text().strip()

    def read(self) -> FuzzyDate:
        """The date typed; ValueError says, in the interface's words, which field and why."""
        return date_read(self.text(), self.label, birth=self.birth)

    def show_reading(self) -> None:
        if not self.text():
            self.reading.setText(self.blank_reading)
            self.reading.setStyleSheet("")
            return
        try:
            d = self.read()
        except ValueError as e:
            self.reading.setText(str(e))
            self.reading.setStyleSheet("color: #b00020;")
            return
        self.reading.setText(filled(self.tr("Read as %1"), d.display()))
        self.reading.setStyleSheet("")


class NewPersonDialog(QDialog):
    created = Signal(str)        # case number of the person saved
    open_person = Signal(str)    # an existing person chosen instead
    filled = Signal(str)         # ... and what was typed added to her record

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle("CaseKeeper")  # neutral, as every window's title
        self.setObjectName("newPersonDialog")
        self.candidates: list[dict] = []
        self.edits = 0  # counts edits, so a check overtaken by typing is not shown
        heading = plain_label(self.tr("New person"), self)
        font = heading.font()
        font.setPointSize(font.pointSize() + 3)
        heading.setFont(font)

        names_box = QGroupBox(self.tr("Names"), self)
        grid = QGridLayout(names_box)
        grid.addWidget(plain_label(self.tr("Arabic script"), names_box), 0, 1)
        grid.addWidget(plain_label(self.tr("Latin letters"), names_box), 0, 2)
        self.name_fields: dict[NamePart, tuple[QLineEdit, QLineEdit]] = {}
        labels = name_part_names()
        for row, part in enumerate(NAME_PARTS, start=1):
            original, latin = QLineEdit(names_box), QLineEdit(names_box)
            original.setObjectName(f"name_{part.value}_original")
            latin.setObjectName(f"name_{part.value}_latin")
            # Each script keeps its own direction whatever the interface language is.
            original.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            latin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            grid.addWidget(plain_label(labels[part.value], names_box), row, 0)
            grid.addWidget(original, row, 1)
            grid.addWidget(latin, row, 2)
            self.name_fields[part] = (original, latin)

        self.sex = QComboBox(self)
        self.sex.setObjectName("sex")
        for key, name in sex_names().items():
            self.sex.addItem(name, key)
        self.sex.setCurrentIndex(self.sex.findData(Sex.UNKNOWN.value))
        self.birth = DateField("birth", self.tr("Born"), self, birth=True)
        self.village = QLineEdit(self)
        self.village.setObjectName("origin_village")
        # The spelling it will be saved under, when the vault writes that village otherwise;
        # the box keeps what was typed.
        self.village_kept = plain_label("", self)
        self.village_kept.setObjectName("origin_villageKept")
        self.village_timer = QTimer(self)
        self.village_timer.setSingleShot(True)
        self.village_timer.setInterval(300)  # once typing stops: a look-up takes ~80 ms
        self.village_timer.timeout.connect(self._look_up_village)
        self.abduction = DateField("abduction_date", self.tr("Abducted on"), self)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Not given"), None)
        for key, name in status_names().items():
            self.status.addItem(name, key)
        self.status_date = DateField("status_date", self.tr("Status date"), self)
        self.status_date.edit.setPlaceholderText(self.tr("e.g. 08/2014; blank: as of today"))
        self.notes = PlainTextBox(self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(54)
        # Two columns: the form fits a laptop's screen with the candidates under it.
        left, right, lower = QFormLayout(), QFormLayout(), QFormLayout()
        left.addRow(plain_label(self.tr("Sex"), self), self.sex)
        left.addRow(plain_label(self.tr("Born"), self), self.birth)
        left.addRow(plain_label(self.tr("Village"), self), self._under(self.village,
                                                                       self.village_kept))
        right.addRow(plain_label(self.tr("Abducted on"), self), self.abduction)
        right.addRow(plain_label(self.tr("Current status"), self), self.status)
        right.addRow(plain_label(self.tr("Status date"), self), self.status_date)
        lower.addRow(plain_label(self.tr("Notes"), self), self.notes)
        fields = QGridLayout()
        fields.addLayout(left, 0, 0)
        fields.addLayout(right, 0, 1)
        fields.addLayout(lower, 1, 0, 1, 2)

        self.error = error_label(self)
        self.busy = plain_label("", self)
        # A save (or an addition to her record) is on its way to the vault: what the form holds
        # is being written, and a lock must not keep it as a draft besides (a second record).
        self.writing = False
        self.busy.setObjectName("newPersonBusy")
        self.found = self._found_panel()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("newPersonSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.check_and_save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("newPersonCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        # The form scrolls and Save and Cancel stay in sight: with the candidates shown, the
        # Sorani form needed 767 px, past a 1366x768 laptop's screen.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(heading)
        column.addWidget(names_box)
        column.addLayout(fields)
        column.addWidget(self.error)
        column.addWidget(self.found, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("newPersonScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        for original, latin in self.name_fields.values():
            original.textChanged.connect(self._edited)
            latin.textChanged.connect(self._edited)
        for box in (self.birth, self.abduction, self.status_date):
            box.changed.connect(self._edited)
        self.village.textChanged.connect(self._edited)
        self.village.textChanged.connect(self._village_typed)
        self.notes.textChanged.connect(self._edited)
        self.sex.currentIndexChanged.connect(self._sex_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.resize(900, 560)

    def _under(self, box: QWidget, line: QWidget) -> QWidget:
        """box with a line of what it is read as under it, as a date's field has."""
        holder = QWidget(self)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(box)
        layout.addWidget(line)
        return holder

    def _village_typed(self) -> None:
        self.village_kept.clear()  # said again once typing stops, never of another village
        self.village_timer.start()

    def _look_up_village(self) -> None:
        typed = self.village.text().strip()
        if typed:
            self.worker.submit(person_ops.village_kept, typed,
                               on_done=lambda kept: self._show_village(typed, kept),
                               on_error=lambda _message: None)  # Save says any failure

    def _show_village(self, typed: str, kept: str) -> None:
        """Say the spelling a village will be saved under, where it is not as typed: the
        vault writes Kocho as Koço, and saving it so keeps one village one village in the
        lawyer's filter and counts (the importer does the same with a list's)."""
        if not isValid(self) or self.village.text().strip() != typed:
            return  # closed, or typed on meanwhile
        if kept and kept != " ".join(typed.split()):
            self.village_kept.setText(filled(
                self.tr("Will be saved as %1, the spelling kept for this village"), kept))

    def _bring_candidates_into_sight(self) -> None:
        """The form grows as far as the screen allows, and scrolls down to the candidates:
        they are the question the user must answer now."""
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else 700
        self.resize(self.width(), max(self.height(), min(room, self.sizeHint().height())))
        self.scroll.ensureWidgetVisible(self.found, 0, 0)

    def _found_panel(self) -> QWidget:
        """The persons the vault may already hold, shown before anything is saved."""
        panel = QWidget(self)
        panel.setObjectName("newPersonCandidates")
        self.found_note = plain_label("", panel, wrap=True)
        self.found_note.setObjectName("candidatesQuestion")
        self.found_table = TableTab([self.tr("Case"), self.tr("Name"), self.tr("Latin letters"),
                                     self.tr("Born"), self.tr("Village"), self.tr("Status"),
                                     self.tr("Score"), self.tr("Why")], "candidatesTable", panel)
        self.found_table.table.setMinimumHeight(110)
        self.found_table.table.setWordWrap(True)
        # The explanation takes the width left and wraps within it, however wide the dialog.
        self.found_table.table.horizontalHeader().setSectionResizeMode(
            7, QHeaderView.ResizeMode.Stretch)
        self.found_table.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.found_table.table.resizeRowsToContents())
        self.found_table.table.doubleClicked.connect(lambda _i: self.open_existing())
        self.open_button = QPushButton(self.tr("Open the existing person"), panel)
        self.open_button.setObjectName("openExisting")
        self.open_button.clicked.connect(self.open_existing)
        self.anyway_button = QPushButton(self.tr("Save as a new person anyway"), panel)
        self.anyway_button.setObjectName("saveAnyway")
        self.anyway_button.setAutoDefault(False)
        self.anyway_button.clicked.connect(self.save_anyway)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.anyway_button)
        row.addStretch(1)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.found_note)
        box.addWidget(self.found_table, 1)
        box.addLayout(row)
        panel.hide()
        return panel

    # -- reading the form ------------------------------------------------------------------
    def read(self) -> tuple[Person, StatusEvent | None]:
        """The person the form describes, and her status as told; ValueError names the field
        that cannot be read (and puts the cursor in it)."""
        p = Person()
        for part, (original, latin) in self.name_fields.items():
            a, b = original.text().strip(), latin.text().strip()
            for box, text in ((original, a), (latin, b)):
                if both_scripts(text):
                    # kept whole as one spelling, her name met no spelling of it in the other
                    # script, and no check for her found her (as `person add` refuses it)
                    box.setFocus()
                    raise ValueError(filled(self.tr(
                        "%1 holds Arabic script and Latin letters: type each spelling in its "
                        "own box"), text))
            a, b, refused = placed(a, b, name_part_names()[part.value])
            if refused:
                (original if in_other_scripts_box(a, b) == "original" else latin).setFocus()
                raise ValueError(refused)
            if a or b:
                p.names[part] = NameText(a, b)
        if not p.names:
            self.name_fields[NamePart.GIVEN][0].setFocus()
            raise ValueError(self.tr("Type at least one name, in Arabic script or in Latin "
                                     "letters."))
        p.sex = Sex(self.sex.currentData())
        for box, attr in ((self.birth, "birth"), (self.abduction, "abduction_date")):
            setattr(p, attr, self._date(box))
        p.origin_village = self.village.text().strip()
        p.notes = self.notes.toPlainText().strip()
        told = None
        if self.status.currentData():
            told = StatusEvent(Status(self.status.currentData()), self._date(self.status_date))
        return p, told

    @staticmethod
    def _date(box: DateField) -> FuzzyDate:
        try:
            return box.read()
        except ValueError:
            box.edit.setFocus()
            raise

    # -- checking and saving ---------------------------------------------------------------
    def check_and_save(self) -> None:
        """Look for her in the vault first; save at once only if no one is found."""
        try:
            person, _told = self.read()
        except ValueError as e:
            self.error.setText(str(e))
            return
        self.error.clear()
        self._working(self.tr("Looking for this person in the vault..."))
        asked = self.edits
        self.worker.submit(person_ops.candidates_for, person,
                           on_done=lambda found: self._checked(found, asked),
                           on_error=self._failed)

    def _checked(self, candidates: list[dict], asked: int | None = None) -> None:
        if asked is not None and asked != self.edits:
            self._working("")  # typed on while the vault was searched: Save asks again
            return
        if not candidates:
            self._save([])
            return
        self._working("")
        self.candidates = candidates
        self.found_note.setText(self.tr(
            "The vault may already hold this person: nothing is saved yet. Open the existing "
            "person, or save a new person anyway if none of these is the same."))
        self.found_table.fill([[c["case_no"], *_names(c),
                                card_born_said(c), place_said(c["village"]),
                                status_label(c["status"], c["sex"]) if c["status"] else "",
                                f"{c['score']:.2f}", explanation_text(c["why"])]
                               for c in candidates])
        for n in range(self.found_table.model.rowCount()):  # the explanation whole on hover
            why = self.found_table.model.item(n, 7)
            why.setToolTip(plain_tooltip(why.text()))
        self.found_table.table.resizeRowsToContents()
        # not selectRow(0): in a right-to-left window it selects nothing (see DuplicatesView)
        self.found_table.table.setCurrentIndex(self.found_table.model.index(0, 0))
        self.found.show()
        QTimer.singleShot(0, self.found_table.table.resizeRowsToContents)  # once laid out
        QTimer.singleShot(0, self._bring_candidates_into_sight)
        # Enter now opens the person the vault has: a second record is made only when asked.
        self.save_button.setDefault(False)
        self.save_button.setEnabled(False)
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def open_existing(self) -> None:
        """Her record, and what was typed that it lacks carried into it once the user agrees:
        a mother's name or another spelling the family brought is not lost by choosing her."""
        row = self.found_table.table.currentIndex().row()
        if self.busy.text() or not 0 <= row < len(self.candidates):
            return
        try:
            person, told = self.read()
        except ValueError as e:
            self.error.setText(str(e))
            return
        case_no, asked = self.candidates[row]["case_no"], self.edits
        self._working(self.tr("Comparing what you typed with the record..."))
        self.worker.submit(person_ops.what_typed_adds, case_no, person, told,
                           on_done=lambda f: self._compared(f, person, told, asked),
                           on_error=self._failed)

    def _compared(self, filling, person, told, asked: int) -> None:
        self._working("")
        if asked != self.edits:
            return  # typed on meanwhile: the candidates are gone, Save asks again
        if filling.repeats_her:
            self._open(filling.case_no)
            return

        def opened() -> None:
            self._open(filling.case_no)

        if filling.changes:
            choices = [(self.tr("Add them and open the record"), "addTyped",
                        lambda: self._add_typed(filling, person, told)),
                       (self.tr("Open without adding"), "openWithoutAdding", opened)]
        else:
            choices = [(self.tr("Open the record"), "openRecord", opened)]
        ask(self, question_lines(filling), "typedDetailsQuestion", choices)

    def _add_typed(self, filling, person, told) -> None:
        self._working(self.tr("Adding to the record..."))
        self.writing = True
        self.worker.submit(person_ops.add_typed, filling.case_no, person, told, filling.version,
                           on_done=self._filled, on_error=self._failed)

    def _filled(self, filling) -> None:
        self.filled.emit(filling.case_no)
        self._open(filling.case_no)

    def _open(self, case_no: str) -> None:
        self.open_person.emit(case_no)
        self.accept()

    def save_anyway(self) -> None:
        self._save(self.candidates)

    def _save(self, passed: list[dict]) -> None:
        try:
            person, told = self.read()
        except ValueError as e:
            self._working("")
            self.error.setText(str(e))
            return
        self._working(self.tr("Saving..."))
        self.writing = True
        self.worker.submit(person_ops.create_person, person, told, passed,
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, case_no: str) -> None:
        self.created.emit(case_no)
        self.accept()

    def _failed(self, message: str) -> None:
        self.writing = False
        self._working("")
        self.error.setText(message)

    def _working(self, text: str) -> None:
        self.busy.setText(text)
        on = not text
        self.save_button.setEnabled(on and not self.found.isVisible())
        self.anyway_button.setEnabled(on)
        self.open_button.setEnabled(on)
        self.cancel_button.setEnabled(on)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: what was typed is lost only when the
        user says so (the default answer keeps the form); an empty form just closes."""
        if self.busy.text():  # not while a save may be under way: its end must be seen
            return
        if not self.typed_anything():
            super().reject()
            return
        if any(b.isVisible() for b in self.findChildren(QMessageBox, "discardTypedQuestion")):
            return
        ask_to_go_ahead(self, [self.tr("Discard what you typed?"),
                               self.tr("The form closes and nothing typed in it is kept.")],
                        "discardTypedQuestion", self.tr("Discard"), "discardTyped",
                        lambda: QDialog.reject(self))

    def discard(self) -> None:
        """Close without asking: the user already said so elsewhere (closing the program)."""
        QDialog.reject(self)

    def _typed_boxes(self) -> list[QLineEdit]:
        return [box for pair in self.name_fields.values() for box in pair] + [
            self.birth.edit, self.village, self.abduction.edit, self.status_date.edit]

    def typed_fields(self) -> dict[str, str]:
        """Every field as it stands, by its object name, blank ones left out: a draft kept in
        the vault at a lock. Dates as typed, even those Save would refuse."""
        fields = {box.objectName(): box.text() for box in self._typed_boxes() if box.text()}
        if self.notes.toPlainText():
            fields["notes"] = self.notes.toPlainText()
        for choice in (self.sex, self.status):
            if choice.currentData() not in (None, Sex.UNKNOWN.value):  # not the form's default
                fields[choice.objectName()] = choice.currentData()
        return fields

    def fill_typed(self, fields: dict[str, str]) -> None:
        """The form as typed_fields() kept it."""
        for box in self._typed_boxes():
            box.setText(fields.get(box.objectName(), ""))
        self.notes.setPlainText(fields.get("notes", ""))
        for choice in (self.sex, self.status):
            found = choice.findData(fields.get(choice.objectName()))
            if found >= 0:
                choice.setCurrentIndex(found)

    def typed_anything(self) -> bool:
        """Whether closing would lose something typed or chosen in the form."""
        texts = [box.text() for pair in self.name_fields.values() for box in pair]
        texts += [self.village.text(), self.notes.toPlainText(), self.birth.text(),
                  self.abduction.text(), self.status_date.text()]
        return (any(t.strip() for t in texts) or self.sex.currentData() != Sex.UNKNOWN.value
                or self.status.currentData() is not None)

    def _edited(self) -> None:
        """What was found was found for the form as it was: an edit asks again."""
        self.edits += 1
        if self.found.isVisible():
            self.found.hide()
            self.candidates = []
            self.open_button.setDefault(False)
            self.save_button.setEnabled(True)
            self.save_button.setDefault(True)

    def _sex_changed(self) -> None:
        # Arabic says a man's status in its masculine form (مفقود, not مفقودة).
        for n in range(1, self.status.count()):
            self.status.setItemText(n, status_label(self.status.itemData(n),
                                                    self.sex.currentData()))
        self._edited()

    def _status_changed(self) -> None:
        told = bool(self.status.currentData())
        self.status_date.setEnabled(told)
        self.status_date.blank_reading = (
            filled(self.tr("No date: known by %1, the day it is saved"), date.today().isoformat())
            if told else "")
        self.status_date.show_reading()
        self._edited()


def _names(card: dict) -> tuple[str, str]:
    """A candidate's two name columns (a person_card), as the person list shows them: where no
    part of her name is known, what she is known as, in her script's column ("known as أم خليل"
    as the Duplicates screen says it; both were blank)."""
    shown = names_shown(SimpleNamespace(**card))
    known = card.get("known_as", "")
    if any(shown) or not known:
        return shown
    said = known_as_words(known, card["sex"])
    return (said, "") if is_arabic_script(known) else ("", said)
