"""The boxes that choose persons (status, sex, village, age, abduction dates, seen since) and how
they are read: one set on the Persons list, another on the Print screen for a case summary, alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QWidget

from app.domain.fuzzydate import FuzzyDate
from ui.bidi import filled
from ui.digit_boxes import TYPED_DIGITS
from ui.labels import sex_names, status_names
from ui.widgets import plain_label


def _words() -> dict[str, str]:
    """The boxes' words, the Persons list's (context PersonsView) with the translations they
    have had there. lupdate finds the words by their translate() calls."""
    q = QCoreApplication
    return {
        "all": q.translate("PersonsView", "All statuses"),
        "any_sex": q.translate("PersonsView", "Any sex"),
        "village": q.translate("PersonsView", "Village (every spelling)"),
        "village_tip": q.translate("PersonsView", "Every spelling of the village in the vault: "
                                                  "Kocho also finds Koço, Kojo and كوجو. Another "
                                                  "village with a similar name is not included."),
        # Her age today, as `casekeeper search --min-age` counts it (the command line's
        # --age-when-taken asks for her age when she was taken).
        "age_from": q.translate("PersonsView", "Age today, from"),
        "age_to": q.translate("PersonsView", "Age today, to"),
        "age_tip": q.translate("PersonsView",
                               "Age today (in %1), not the age when taken, worked out from the "
                               "recorded birth; a person with no birth recorded is left out"),
        "abducted_from_eg": q.translate("PersonsView", "Abducted from (e.g. 08/2014)"),
        "abducted_to_eg": q.translate("PersonsView", "Abducted to (e.g. 2015)"),
        "ages_reversed": q.translate("PersonsView", "Age: the minimum is above the maximum"),
        "abducted_from": q.translate("PersonsView", "Abducted from"),
        "abducted_to": q.translate("PersonsView", "Abducted to"),
        "dates_reversed": q.translate("PersonsView",
                                      "Abduction dates: the first is after the second"),
        "seen_since": q.translate("PersonsView", "Seen since"),
        "seen_tip": q.translate("PersonsView",
                                "A report about her observed on or after this date and received "
                                "on or after it, or a dated status saying she was seen alive "
                                "(2024: any time in 2024 or later; \"about 2022\" is read as "
                                "2022); a report that gives no observed date does not count"),
        "seen_read": q.translate("PersonsView", "a report or a status: observed on or after %1"),
        "not_a_date": q.translate("PersonsView",
                                  "%1: %2 is not a date (e.g. 2014, 08/2014, 03/08/2014)"),
        "not_an_age": q.translate("PersonsView", "%1: %2 is not an age in years (e.g. 18)"),
    }


@dataclass(frozen=True)
class Chosen:
    """What the boxes say, read: each None where its box is empty."""

    status: str | None = None
    sex: str | None = None
    village: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    abducted_from: date | None = None
    abducted_to: date | None = None
    seen_since: date | None = None


class FilterBoxes:
    """The widgets (children of parent, laid out by it) and their reading."""

    def __init__(self, parent: QWidget) -> None:
        w = self.words = _words()
        self.status = QComboBox(parent)
        self.status.setObjectName("statusFilter")
        self.status.addItem(w["all"], None)
        for key, name in status_names().items():
            self.status.addItem(name, key)
        self.sex = QComboBox(parent)
        self.sex.setObjectName("sexFilter")
        self.sex.addItem(w["any_sex"], None)
        for key, name in sex_names().items():
            self.sex.addItem(name, key)
        self.village = QLineEdit(parent)
        self.village.setObjectName("villageFilter")
        self.village.setPlaceholderText(w["village"])
        self.village.setToolTip(w["village_tip"])
        # as wide as its placeholder, which says what it takes: in Sorani, the longest, it was
        # cut to "…گوند (بە هەموو شێوازەکان" beside the search box that took the room
        self.village.setMinimumWidth(placeholder_width(self.village))
        self.age_from = _small_edit(parent, "ageFrom", w["age_from"], _age_validator())
        self.age_to = _small_edit(parent, "ageTo", w["age_to"], _age_validator())
        for box in (self.age_from, self.age_to):
            box.setToolTip(filled(w["age_tip"], str(date.today().year)))
        self.abducted_from = _small_edit(parent, "abductedFrom", w["abducted_from_eg"])
        self.abducted_to = _small_edit(parent, "abductedTo", w["abducted_to_eg"])
        # `person list --seen-since`: "seen alive since 2024, still held"
        self.seen_since = _small_edit(parent, "seenSince", w["seen_since"])
        self.seen_since.setToolTip(w["seen_tip"])
        # how the box was read, beside it: "about 2024" is 2024, 06/2024 is from 1 June
        self.seen_read = plain_label("", parent)
        self.seen_read.setObjectName("seenSinceRead")
        self.seen_since.textChanged.connect(self._seen_read)

    def _seen_read(self) -> None:
        try:
            day = _day(self.seen_since, "", "", first=True, written=True)
        except ValueError:
            day = None  # the filter's error says so when it is applied
        self.seen_read.setText(filled(self.words["seen_read"], day.isoformat()) if day else "")

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.status, self.sex)

    def texts(self) -> tuple[QLineEdit, ...]:
        return (self.village, self.age_from, self.age_to, self.abducted_from, self.abducted_to,
                self.seen_since)

    def typed(self) -> dict:
        """The boxes as they stand (the choices' data, the texts as typed): to be set into
        another set of boxes, or compared with what a preview was made from."""
        return {"status": self.status.currentData(), "sex": self.sex.currentData(),
                **{box.objectName(): box.text() for box in self.texts()}}

    def set_typed(self, typed: dict) -> None:
        for combo, key in ((self.status, "status"), (self.sex, "sex")):
            combo.setCurrentIndex(max(0, combo.findData(typed.get(key))))
        for box in self.texts():
            box.setText(typed.get(box.objectName(), ""))

    def read(self) -> Chosen:
        """ValueError names the box that cannot be read, in the interface's words."""
        w = self.words
        ages = [_age(self.age_from, w["age_from"], w["not_an_age"]),
                _age(self.age_to, w["age_to"], w["not_an_age"])]
        if None not in ages and ages[0] > ages[1]:
            raise ValueError(w["ages_reversed"])
        abducted_from = _day(self.abducted_from, w["abducted_from"], w["not_a_date"], first=True)
        abducted_to = _day(self.abducted_to, w["abducted_to"], w["not_a_date"], first=False)
        if abducted_from and abducted_to and abducted_from > abducted_to:
            raise ValueError(w["dates_reversed"])
        return Chosen(self.status.currentData(), self.sex.currentData(),
                      self.village.text().strip() or None, ages[0], ages[1],
                      abducted_from, abducted_to,
                      _day(self.seen_since, w["seen_since"], w["not_a_date"], first=True,
                           written=True))


def placeholder_width(box: QLineEdit, text: str | None = None) -> int:
    """The width a line box needs to show text (its placeholder when none is given) whole: the
    text, the box's own margins and frame, a character's room for the cursor, and a clear
    button's room where it has one (Kurmanji "Dîrok (mînak 03/2019)" was cut beside it)."""
    metrics = box.fontMetrics()
    margins = box.textMargins()
    said = box.placeholderText() if text is None else text
    width = (metrics.horizontalAdvance(said) + margins.left() + margins.right()
             + 2 * metrics.averageCharWidth() + 2 * box.style().pixelMetric(
                 QStyle.PixelMetric.PM_DefaultFrameWidth, None, box) + 4)
    if box.isClearButtonEnabled():
        width += box.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, box) + 8
    return width


def _age_validator() -> QRegularExpressionValidator:
    """Up to three digits, Western, Arabic-Indic (٢٠) or Persian (۲۰) alike, whatever the
    interface's language: QIntValidator takes only the locale's own digits, and the English
    desktop refused ٢٠ without a word. _age reads them and bounds the age."""
    return QRegularExpressionValidator(QRegularExpression(f"[{TYPED_DIGITS}]{{0,3}}"))


def _small_edit(parent: QWidget, name: str, placeholder: str, validator=None) -> QLineEdit:
    box = QLineEdit(parent)
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    if validator is not None:
        validator.setParent(box)
        box.setValidator(validator)
    return box


def _age(box: QLineEdit, what: str, not_an_age: str) -> int | None:
    """An age box read: typing is held to whole numbers, but a box filled from a saved filter or
    pasted around the validator may hold anything, which is named, never a Python error."""
    text = box.text().strip()
    if not text:
        return None
    try:
        age = int(text)  # Arabic-Indic digits (٣٠) read as well
    except ValueError:
        age = -1
    if not 0 <= age <= 130:
        raise ValueError(filled(not_an_age, what, text))
    return age


def _day(box: QLineEdit, what: str, not_a_date: str, first: bool,
         written: bool = False) -> date | None:
    """The first or last day a date box can mean ("08/2014": 1 or 31 August 2014); written:
    an "about" as the date written (Seen since: db/repositories/seen.py)."""
    text = box.text().strip()
    if not text:
        return None
    try:
        d = FuzzyDate.parse(text)
    except ValueError:
        d = FuzzyDate()
    if written:
        d = d.as_written()
    day = d.earliest if first else d.latest
    if day is None:
        raise ValueError(filled(not_a_date, what, text))
    return day
