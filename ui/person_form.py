"""The editable fields of a person: name parts side by side (original | Latin) and the rest.

Every field is a QLineEdit or a PlainTextBox, which show text literally. Reading the form back
validates the fuzzy dates (readable, not in the future: the rule New person, the command line
and the importer keep) and names the field that is wrong.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate, SerialSlip
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel
from app.domain.script import both_scripts, in_other_scripts_box
from app.typed_birth import AgeOrYear
from app.typed_date import typed_date
from ui.bidi import filled
from ui.import_changes import notes_said
from ui.labels import (
    age_or_year_said,
    birth_said,
    date_said,
    name_part_names,
    place_said,
    serial_slip_said,
    sex_names,
    sharing_names,
)
from ui.name_boxes import placed
from ui.widgets import PlainTextBox, plain_label, plain_tooltip

TEXT_FIELDS = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
               "last_known_location", "held_by")
_EDGE = 6  # pixels between the form's text and the frame around it


class PersonForm(QWidget):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.person: Person | None = None
        self._notes_stored = self._notes = ""  # her notes as stored, and as shown read only
        self.name_fields: dict[NamePart, tuple[QLineEdit, QLineEdit]] = {}
        names_box = QGroupBox(self.tr("Names"), self)
        grid = QGridLayout(names_box)
        parts = list(name_part_names().items())
        half = (len(parts) + 1) // 2
        # Two groups side by side, the name's chain (given, father, grandfather) in the first:
        # one part under another, the names alone filled a small window's pane.
        for group in range(2):
            grid.addWidget(plain_label(self.tr("Original script"), names_box), 0, 3 * group + 1)
            grid.addWidget(plain_label(self.tr("Latin letters"), names_box), 0, 3 * group + 2)
        for i, (part, label) in enumerate(parts):
            row, column = 1 + i % half, 3 * (i // half)
            original, latin = QLineEdit(names_box), QLineEdit(names_box)
            original.setObjectName(f"name_{part}_original")
            latin.setObjectName(f"name_{part}_latin")
            # Each script keeps its own direction whatever the interface language is.
            original.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            latin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            grid.addWidget(plain_label(label, names_box), row, column)
            grid.addWidget(original, row, column + 1)
            grid.addWidget(latin, row, column + 2)
            self.name_fields[NamePart(part)] = (original, latin)
        for column in (1, 2, 4, 5):
            grid.setColumnStretch(column, 1)
        self.aliases = self._line("aliases")
        grid.addWidget(plain_label(self.tr("Other spellings (separated by |)"), names_box),
                       1 + half, 0, 1, 2)
        grid.addWidget(self.aliases, 1 + half, 2, 1, 4)

        self.sex = QComboBox(self)
        self.sex.setObjectName("sex")
        for key, name in sex_names().items():
            self.sex.addItem(name, key)
        self.sharing = QComboBox(self)
        self.sharing.setObjectName("sharing_level")
        sharing = sharing_names()
        for level in SharingLevel:
            self.sharing.addItem(sharing[level.value], level.value)
        # what the level decides, said where it is chosen (app.reports.profiles.reaches)
        self.sharing.setToolTip(plain_tooltip(self.tr(
            "Who may receive her record. Each level includes those before it: a court's "
            "document lists persons whose level is Court, Family or Public appeal; a family's, "
            "Family or Public appeal; a public appeal, Public appeal only. Internal only: the "
            "team's own documents.")))
        self.birth = self._line("birth")
        self.abduction_date = self._line("abduction_date")
        # Beside each date as typed (3/5/98), the one form the lists and papers show it in
        # (1998-05-03), as `casekeeper person show` says it: 3/5/98 alone is 3 May to one
        # reader and 5 March to another. Nothing where the two read alike (1998, about 1998).
        self.readings = {box: plain_label("", self) for box in (self.birth, self.abduction_date)}
        for box, reading in self.readings.items():
            reading.setObjectName(f"{box.objectName()}Reading")
            box.textChanged.connect(lambda _text, box=box: self._show_reading(box))
        self.texts = {name: self._line(name) for name in TEXT_FIELDS}
        self.circumstances = PlainTextBox(self)
        self.circumstances.setObjectName("abduction_circumstances")
        self.notes = PlainTextBox(self)
        self.notes.setObjectName("notes")
        for box in (self.circumstances, self.notes):
            box.setMaximumHeight(70)
            box.textChanged.connect(self.edited)
        self.sex.currentIndexChanged.connect(self.edited)
        self.sharing.currentIndexChanged.connect(self.edited)

        left, right = QFormLayout(), QFormLayout()
        left.addRow(plain_label(self.tr("Sex")), self.sex)
        left.addRow(plain_label(self.tr("Born (e.g. 1998, about 2001, 12/03/2004)")),
                    self._with_reading(self.birth))
        left.addRow(plain_label(self.tr("Village")), self.texts["origin_village"])
        left.addRow(plain_label(self.tr("District")), self.texts["origin_district"])
        left.addRow(plain_label(self.tr("Governorate")), self.texts["origin_governorate"])
        right.addRow(plain_label(self.tr("Abducted on")), self._with_reading(self.abduction_date))
        right.addRow(plain_label(self.tr("Abducted at")), self.texts["abduction_place"])
        right.addRow(plain_label(self.tr("Last known location")), self.texts["last_known_location"])
        right.addRow(plain_label(self.tr("Held by")), self.texts["held_by"])
        right.addRow(plain_label(self.tr("Sharing")), self.sharing)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right)
        lower = QHBoxLayout()  # side by side, as the fields above: a line less to scroll
        for title, box in ((self.tr("Circumstances"), self.circumstances),
                           (self.tr("Notes"), self.notes)):
            form = QFormLayout()
            form.addRow(plain_label(title), box)
            lower.addLayout(form)
        layout = QGridLayout(self)
        # a little room at either side: a label or a date's reading laid out against the edge
        # of the scroll area had its last stroke cut by its frame (the start of Arabic and
        # Sorani labels on the right, "wek 2014-08-03 hate xwendin" on the left's far side)
        layout.setContentsMargins(_EDGE, 0, _EDGE, 0)
        layout.addWidget(names_box, 0, 0)
        layout.addLayout(columns, 1, 0)
        layout.addLayout(lower, 2, 0)
        self.set_editable(False)

    def _line(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.textEdited.connect(self.edited)
        return field

    def _with_reading(self, box: QLineEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(box, 1)
        row.addWidget(self.readings[box])
        return row

    def _show_reading(self, box: QLineEdit) -> None:
        """The date in the box in the lists' one form, where it reads otherwise than typed."""
        text, reading = box.text().strip(), self.readings[box]
        stored = None if self.person is None else (
            self.person.birth if box is self.birth else self.person.abduction_date)
        if stored is not None and text and text in (stored.text, _said(stored)):
            d = stored  # unchanged: the range kept, whatever the text alone says
        else:
            try:
                d = typed_date(text, box is self.birth)
            except ValueError:
                d = None  # said when it is saved (read_person names the field)
        said = "" if d is None else date_said(d)
        if d is not None and text and not (d.earliest or d.latest):
            # kept as text, with no date read from it: beside the box, not as a reading of it
            reading.setText(self.tr("not read as a date"))
        else:
            reading.setText(filled(self.tr("read as %1"), said) if said and said != text
                            else "")
        reading.setVisible(bool(reading.text()))

    def _all_lines(self) -> list[QLineEdit]:
        return [f for pair in self.name_fields.values() for f in pair] + [
            self.aliases, self.birth, self.abduction_date, *self.texts.values()]

    def set_editable(self, on: bool) -> None:
        for field in self._all_lines():
            field.setReadOnly(not on)
        for box in (self.circumstances, self.notes):
            box.setReadOnly(not on)
        self.sex.setEnabled(on)
        self.sharing.setEnabled(on)
        self._show_notes()

    def _show_notes(self) -> None:
        """Her notes: read only, a list's mark that opens a line ([list "NGO Duhok", batch 4,
        row 17, read 2026-12-02], stored in English) in the interface's words; to edit, as
        stored, mark and all. What is saved is then what was typed over the stored text: a
        mark in the interface's words is never read back into her notes (it would no longer be
        known for a list's, and the list's note would be added again beside it)."""
        shown = self._notes if self.notes.isReadOnly() else self._notes_stored
        if self.notes.toPlainText() != shown:
            blocked = self.notes.blockSignals(True)  # a change of view is no edit
            self.notes.setPlainText(shown)
            self.notes.blockSignals(blocked)

    def show_person(self, p: Person) -> None:
        self.person = p
        for part, (original, latin) in self.name_fields.items():
            text = p.names.get(part, NameText())
            original.setText(text.original)
            latin.setText(text.latin)
        self.aliases.setText(" | ".join(p.aliases))
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex.value)))
        self.sharing.setCurrentIndex(max(0, self.sharing.findData(p.sharing_level.value)))
        # in the interface's words ("about 1974", "age 22, year not given" are stored in
        # English); read back unchanged, the stored date is kept (_date)
        self.birth.setText(_said(p.birth))
        self.abduction_date.setText(_said(p.abduction_date))
        for name, field in self.texts.items():
            field.setText(getattr(p, name))
        # her village as the persons list and the other screens say it (كوجو, not Kocho, in
        # Arabic); kept as stored when it is not changed (read_person)
        self.texts["origin_village"].setText(place_said(p.origin_village))
        self.circumstances.setPlainText(p.abduction_circumstances)
        self._notes_stored, self._notes = p.notes, notes_said(p.notes)
        self.notes.setPlainText(self._notes_stored)  # shown as stored while editable
        self._show_notes()

    def put_names_back(self, names: list[tuple[NamePart, NameText]]) -> None:
        """Each part's spellings back in its boxes (a save that would have erased them was not
        meant); an edit still, as the other boxes are left as typed."""
        for part, text in names:
            original, latin = self.name_fields[part]
            original.setText(text.original)
            latin.setText(text.latin)

    def read_person(self, as_typed: bool = False) -> Person:
        """The shown person with the form's values; raises ValidationError naming the field.
        as_typed (for a draft kept at a lock): a date that would be refused is kept as its text,
        so what was typed is not lost; saving the draft later refuses it again."""
        if self.person is None:
            raise ValidationError("no person is shown")
        p = copy.deepcopy(self.person)
        p.names = {}
        for part, (original, latin) in self.name_fields.items():
            text = NameText(original.text().strip(), latin.text().strip())
            stored = self.person.names.get(part) or NameText()
            for box, typed, was in ((original, text.original, stored.original),
                                    (latin, text.latin, stored.latin)):
                # only as typed now: a record a file or an earlier version stored so is
                # still saved (her notes edited), as `person edit` saves it
                if both_scripts(typed) and typed != was and not as_typed:
                    # kept whole as one spelling, her name met no spelling of it in the other
                    # script (as `person edit` and the New person form refuse it)
                    box.setFocus()
                    raise ValidationError(filled(self.tr(
                        "%1 holds Arabic script and Latin letters: type each spelling in its "
                        "own box"), typed))
            if not as_typed and (text.original, text.latin) != (stored.original, stored.latin):
                # only as typed now, as above: a record stored so is still saved
                a, b, refused = placed(text.original, text.latin, name_part_names()[part.value])
                if refused:
                    wrong = in_other_scripts_box(a, b)
                    (original if wrong == "original" else latin).setFocus()
                    raise ValidationError(refused)
                text = NameText(a, b)
            if not text.is_blank:
                p.names[part] = text
        p.aliases = [a.strip() for a in self.aliases.text().split("|") if a.strip()]
        p.sex = Sex(self.sex.currentData())
        p.sharing_level = SharingLevel(self.sharing.currentData())
        p.birth = self._date(self.birth.text(), self.tr("Born"), self.person.birth, as_typed,
                             birth=True)
        p.abduction_date = self._date(self.abduction_date.text(), self.tr("Abducted on"),
                                      self.person.abduction_date, as_typed)
        for name, field in self.texts.items():
            setattr(p, name, field.text().strip())
        if p.origin_village == place_said(self.person.origin_village).strip():
            p.origin_village = self.person.origin_village
        p.abduction_circumstances = self.circumstances.toPlainText().strip()
        # read only, the box shows her notes in the interface's words: kept as stored
        p.notes = (self._notes_stored if self.notes.isReadOnly()
                   else self.notes.toPlainText()).strip()
        return p

    def _date(self, text: str, label: str, before: FuzzyDate, as_typed: bool,
              birth: bool = False) -> FuzzyDate:
        text = text.strip()
        if text and text in (before.text, before.display(), _said(before)):
            return before  # unchanged: keep the stored range (and text) exactly
        try:
            d = typed_date(text, birth)
        except AgeOrYear as e:
            if as_typed:
                return FuzzyDate(text=text)
            raise ValidationError(age_or_year_said(label, e)) from None
        except SerialSlip as e:
            if as_typed:
                return FuzzyDate(text=text)
            raise ValidationError(serial_slip_said(label, e)) from None
        except ValueError:
            if as_typed:
                return FuzzyDate(text=text)
            raise ValidationError(filled(self.tr("%1: %2 cannot be read as a date (e.g. 1998, "
                                                 "about 1998, 12/03/1998)"), label, text)) from None
        # 2041 typed for 2014: refused, as New person and `casekeeper person edit` refuse it
        if d.in_future():
            if as_typed:
                return FuzzyDate(text=text)
            raise ValidationError(filled(self.tr("%1: %2 is in the future"), label, text))
        return d


def _said(d: FuzzyDate) -> str:
    return birth_said(d.text or d.display())
