"""The question before the New person form's details go into the record chosen instead quoted
a typed status with its date set after it as written: in Arabic 'مفقودة, ≥ 06-12-2026', the
date day first, its ≤ turned round, a Latin comma inside Arabic (found by a tester). The date
reads as every other date does, and the comma is the interface's."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from tests.import_helpers import new_vault
from tests.ui_support import drawn, reads_left_to_right


def _question(tmp_path, told: StatusEvent) -> list[str]:
    from ui import person_ops
    from ui.typed_details import question_lines
    session = new_vault(tmp_path / "vault")
    try:
        her = Person(sex=Sex.FEMALE, names={NamePart.GIVEN: NameText("نسرين", "Nesrin")},
                     status_events=[StatusEvent(Status.SIGHTED, FuzzyDate(text="2019"))])
        case_no = session.persons.create(her).case_no
        typed = Person(sex=Sex.FEMALE, names={NamePart.GIVEN: NameText("نسرين", "")})
        return question_lines(person_ops.what_typed_adds(session, case_no, typed, told))
    finally:
        session.close()


@pytest.mark.parametrize("lang, rtl", [("ar", True), ("en", False)])
def test_a_typed_status_without_a_date_reads_its_day_in_order(qapp, tmp_path, lang, rtl):
    from ui.i18n import apply_language
    today = date.today().isoformat()
    apply_language(qapp, lang)
    try:
        lines = _question(tmp_path, StatusEvent(Status.MISSING))
    finally:
        apply_language(qapp, "en")
    (line,) = [li for li in lines if today in li]
    assert reads_left_to_right(line, f"≤ {today}", rtl), drawn(line, rtl)
    assert ("مفقودة، " in line) if rtl else ("Missing, " in line), line


def test_a_typed_status_with_a_date_and_a_note_in_arabic(qapp, tmp_path):
    from ui.i18n import apply_language
    apply_language(qapp, "ar")
    try:
        lines = _question(tmp_path, StatusEvent(Status.MISSING, FuzzyDate(text="2014-08-03"),
                                                note="taken at Kocho"))
    finally:
        apply_language(qapp, "en")
    (line,) = [li for li in lines if "2014" in li]
    assert reads_left_to_right(line, "2014-08-03", True), drawn(line, True)
    assert reads_left_to_right(line, "taken at Kocho", True), drawn(line, True)
