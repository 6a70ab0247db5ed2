"""The New person form's question before its details go into the record chosen instead: what
would be added, and what differs and is not taken, in the interface's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.person import NamePart
from app.person_fill import Filling
from ui.bidi import filled
from ui.import_changes import change_lines, conflict_lines

# The form's order, names first, each in Arabic script then in Latin letters: the question is
# read against the form just filled in.
_ORDER = [f"{part.value}.{script}" for part in NamePart for script in ("original", "latin")] + [
    "aliases", "sex", "birth", "origin_village", "abduction_date", "status", "notes"]


def _place(key: str) -> int:
    return _ORDER.index(key) if key in _ORDER else len(_ORDER)


def question_lines(f: Filling) -> list[str]:
    changes = dict(sorted(f.changes.items(), key=lambda kv: _place(kv[0])))
    not_taken = sorted(f.not_taken, key=lambda c: _place(c["field"]))
    if changes:
        lines = [filled(QCoreApplication.translate(
            "TypedDetails", "The record %1 lacks these details you typed. Add them to it? "
                            "Nothing the record holds is overwritten."), f.case_no)]
        lines += ["  " + line for line in change_lines(changes, f.sex)]
    else:
        lines = [filled(QCoreApplication.translate(
            "TypedDetails", "The record %1 has no blank that what you typed would fill."),
            f.case_no)]
    if not_taken:
        lines += ["", QCoreApplication.translate(
            "TypedDetails", "These differ from the record and are not taken; if they are "
                            "right, correct the record by hand:")]
        typed = QCoreApplication.translate("TypedDetails", "%1: typed %2; the record keeps %3")
        lines += ["  " + line for line in conflict_lines(not_taken, f.sex, typed)]
    return lines
