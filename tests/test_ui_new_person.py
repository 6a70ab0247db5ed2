"""New person in the desktop program: the form saves through the service the command line uses,
looks for her in the vault before saving, names a date it cannot read, and reads in Arabic
right to left, mirrored, with names drawn joined."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import new_person_form, wait_job
from ui.settings import write_language


@pytest.fixture
def known_vault(made_vault):
    """A vault that knows Jamila Khalaf Rasho of Kocho, born 1998, as SNJ-00001."""
    folder, _code = made_vault
    session = open_vault(folder, PASSPHRASE)
    session.persons.create(Person(
        names={NamePart.GIVEN: NameText("جميلة", "Jamila"),
               NamePart.FATHER: NameText("خلف", "Khalaf"),
               NamePart.GRANDFATHER: NameText("رشو", "Rasho")},
        sex=Sex.FEMALE, birth=FuzzyDate.parse("1998"), origin_village="Kocho"))
    session.close()
    return folder


def _form(qtbot, gui, folder):
    return new_person_form(qtbot, gui, folder)


def _open_forms(main) -> list:
    from ui.new_person import NewPersonDialog
    return [d for d in main.findChildren(NewPersonDialog) if d.isVisible()]


def _type_names(dialog, **names: tuple[str, str]) -> None:
    for part, (original, latin) in names.items():
        boxes = dialog.name_fields[NamePart(part)]
        boxes[0].setText(original)
        boxes[1].setText(latin)


def _people(qtbot, gui) -> list[str]:
    return wait_job(qtbot, gui.worker, lambda s: [p.case_no for p in s.persons.iter_all()])


def _actions(qtbot, gui, case_no: str) -> list[str]:
    return [e.action for e in wait_job(qtbot, gui.worker, lambda s: s.persons.history(case_no))]


def _shown_question(dialog, name: str):
    shown = [b for b in dialog.findChildren(QMessageBox, name) if b.isVisible()]
    return shown[0] if shown else None


def _question(qtbot, dialog, name: str) -> QMessageBox:
    """The question the form asks, once it is shown; Cancel is its default (Enter keeps)."""
    qtbot.waitUntil(lambda: _shown_question(dialog, name) is not None, timeout=10_000)
    box = _shown_question(dialog, name)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    return box


def test_a_person_added_through_the_form_is_saved_with_her_audit_entry(qtbot, gui, made_vault):
    main, dialog = _form(qtbot, gui, made_vault[0])
    _type_names(dialog, given=("نادية", "Nadia"), father=("", "Murad"),
                grandfather=("طه", ""), family=("", "Basee"), mother=("شمي", "Shami"))
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    dialog.birth.edit.setText("about 1998")
    assert dialog.birth.reading.text() == "Read as 1996–2000"
    dialog.birth.edit.setText("12/3/1998")
    assert dialog.birth.reading.text() == "Read as 1998-03-12"  # the 12th of March
    dialog.village.setText("Kocho")
    dialog.abduction.edit.setText("03/08/2014")
    dialog.status.setCurrentIndex(dialog.status.findData("missing"))
    dialog.status_date.edit.setText("08/2014")
    dialog.notes.setPlainText("Reported by her brother at the desk")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=10_000)
    assert main.person_page.case_no == "SNJ-00001"
    qtbot.waitUntil(lambda: not _open_forms(main), timeout=10_000)  # closed, once saved
    p = wait_job(qtbot, gui.worker, lambda s: s.persons.get("SNJ-00001"))
    assert p.names[NamePart.GIVEN] == NameText("نادية", "Nadia")
    assert p.names[NamePart.FATHER] == NameText("", "Murad")
    assert p.names[NamePart.GRANDFATHER] == NameText("طه", "")
    assert p.names[NamePart.MOTHER] == NameText("شمي", "Shami")
    assert p.sex == Sex.FEMALE and p.origin_village == "Kocho"
    assert (p.birth.text, str(p.birth.earliest)) == ("12/3/1998", "1998-03-12")
    assert str(p.abduction_date.earliest) == "2014-08-03"
    assert [(e.status.value, e.date.text) for e in p.status_events] == [("missing", "08/2014")]
    assert p.notes == "Reported by her brother at the desk"
    [entry] = wait_job(qtbot, gui.worker, lambda s: s.persons.history("SNJ-00001"))
    assert entry.action == "person.create" and json.loads(entry.detail) == {"via": "desktop"}
    qtbot.waitUntil(lambda: main.persons.model.total == 1, timeout=10_000)  # in the list


def test_a_status_told_without_a_date_is_known_by_today_as_on_the_command_line(
        qtbot, gui, made_vault):
    from datetime import date
    main, dialog = _form(qtbot, gui, made_vault[0])
    _type_names(dialog, given=("", "Xelîl"))
    dialog.status.setCurrentIndex(dialog.status.findData("missing"))
    assert date.today().isoformat() in dialog.status_date.reading.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: main.person_page is not None, timeout=10_000)
    p = wait_job(qtbot, gui.worker, lambda s: s.persons.get("SNJ-00001"))
    assert p.status_events[0].date.latest == date.today()


def test_a_known_woman_is_shown_before_saving_and_nothing_is_saved_unless_chosen(
        qtbot, gui, known_vault):
    main, dialog = _form(qtbot, gui, known_vault)
    _type_names(dialog, given=("", "Jameela"), father=("", "Xelef"), grandfather=("", "Resho"))
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    dialog.birth.edit.setText("about 1998")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    table = dialog.found_table.model
    assert table.item(0, 0).text() == "SNJ-00001"
    assert table.item(0, 1).text() == "جميلة خلف رشو"
    assert float(table.item(0, 6).text()) >= 0.5
    assert "given name" in table.item(0, 7).text()  # the explanation, in words
    assert "nothing is saved yet" in dialog.found_note.text()
    assert _people(qtbot, gui) == ["SNJ-00001"]
    # With the candidates shown it still fits a 1366x768 laptop (the Sorani form needed
    # 767 px): the form scrolls, Save and Cancel stay in sight.
    assert dialog.minimumSizeHint().height() <= 600
    # Enter opens the person the vault has; saving again is not the default
    assert dialog.open_button.isDefault() and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)
    # What was typed is not hers word for word: she is asked before anything goes in.
    question = _question(qtbot, dialog, "typedDetailsQuestion")
    assert "other spellings: Jameela, Jameela Xelef Resho (added)" in question.text()
    # kept inside that other spelling, Xelef is not also said to be "not taken": told to
    # correct the record by hand, she might overwrite the vault's Khalaf
    assert "typed Xelef" not in question.text() and "not taken" not in question.text()
    question.findChild(QPushButton, "openWithoutAdding").click()
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=10_000)
    assert main.person_page.case_no == "SNJ-00001"
    assert _people(qtbot, gui) == ["SNJ-00001"] and not _open_forms(main)
    assert _actions(qtbot, gui, "SNJ-00001") == ["person.create"]  # nothing added


def test_saved_anyway_the_new_person_and_the_candidates_passed_are_in_the_audit_trail(
        qtbot, gui, known_vault):
    main, dialog = _form(qtbot, gui, known_vault)
    _type_names(dialog, given=("جميلة", ""), father=("خلف", ""), grandfather=("رشو", ""))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    dialog.mother = dialog.name_fields[NamePart.MOTHER][1]
    dialog.mother.setText("Gulê")  # an edit asks again: what was found no longer stands
    assert not dialog.found.isVisible() and dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    dialog.anyway_button.click()
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=10_000)
    assert main.person_page.case_no == "SNJ-00002"
    assert _people(qtbot, gui) == ["SNJ-00001", "SNJ-00002"]
    [entry] = wait_job(qtbot, gui.worker, lambda s: s.persons.history("SNJ-00002"))
    detail = json.loads(entry.detail)
    assert detail["via"] == "desktop"
    assert [c["case_no"] for c in detail["saved_despite"]] == ["SNJ-00001"]


def test_choosing_her_carries_what_was_typed_into_her_blanks_once_agreed(
        qtbot, gui, known_vault):
    """The family brought her mother's name and the day she was taken; her record lacks
    both. Opening her no longer loses them: they are shown, added once agreed, through the
    service and into the audit trail; what differs from her record is listed as not taken,
    and nothing of hers is overwritten."""
    main, dialog = _form(qtbot, gui, known_vault)
    _type_names(dialog, given=("جميلة", "Jamila"), father=("خلف", "Khalaf"),
                grandfather=("رشو", "Rasho"), mother=("شمي", "Shami"))
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    dialog.village.setText("Tel Ezer")
    dialog.abduction.edit.setText("03/08/2014")
    dialog.notes.setPlainText("Her brother Khalil came to the office")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    dialog.open_button.click()
    question = _question(qtbot, dialog, "typedDetailsQuestion")
    text = question.text()
    assert text.startswith("The record SNJ-00001 lacks these details you typed. Add them to "
                           "it? Nothing the record holds is overwritten.")
    # in the form's order, names first
    assert text.split("\n")[1:] == [
        "  Mother (Arabic script): \u2068شمي\u2069 (added)",
        "  Mother (Latin letters): Shami (added)", "  abduction date: 03/08/2014 (added)",
        "  notes: Her brother Khalil came to the office (added)", "",
        "These differ from the record and are not taken; if they are right, correct the record "
        "by hand:", "  village: typed Tel Ezer; the record keeps Kocho"]
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter: Cancel, back to the form
    qtbot.waitUntil(lambda: _shown_question(dialog, "typedDetailsQuestion") is None)
    assert dialog.isVisible() and dialog.found.isVisible()
    assert dialog.name_fields[NamePart.MOTHER][1].text() == "Shami"
    assert _actions(qtbot, gui, "SNJ-00001") == ["person.create"]

    dialog.open_button.click()
    _question(qtbot, dialog, "typedDetailsQuestion").findChild(QPushButton, "addTyped").click()
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=10_000)
    assert main.person_page.case_no == "SNJ-00001" and not _open_forms(main)
    p = main.person_page.person  # her page shows what was added
    assert p.names[NamePart.MOTHER] == NameText("شمي", "Shami")
    assert str(p.abduction_date.earliest) == "2014-08-03"
    assert p.notes == "Her brother Khalil came to the office"
    assert p.origin_village == "Kocho" and p.birth.text == "1998"  # hers, kept
    assert _people(qtbot, gui) == ["SNJ-00001"]
    entry = wait_job(qtbot, gui.worker, lambda s: s.persons.history("SNJ-00001"))[-1]
    detail = json.loads(entry.detail)
    assert entry.action == "person.edit" and detail["via"] == "desktop"
    assert set(detail["changes"]) == {"mother.original", "mother.latin", "abduction_date"}
    assert detail["text_not_kept"] == ["notes"]  # said changed, its words not kept
    assert detail["not_taken"] == [{"field": "origin_village", "vault": "Kocho",
                                    "list": "Tel Ezer"}]


def test_a_typed_record_that_only_repeats_hers_just_opens_her(qtbot, gui, known_vault):
    main, dialog = _form(qtbot, gui, known_vault)
    _type_names(dialog, given=("جميلة", ""), father=("خلف", ""), grandfather=("رشو", ""))
    dialog.birth.edit.setText("about 1998")
    dialog.village.setText("Koço")  # her village, as Kurmanji writes it
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=10_000)
    assert main.person_page.case_no == "SNJ-00001" and not _open_forms(main)
    assert not [b for b in main.findChildren(QMessageBox) if b.isVisible()]  # not asked
    assert _actions(qtbot, gui, "SNJ-00001") == ["person.create"]


def _close(qtbot, dialog, how: str) -> None:
    if how == "cancel":
        dialog.cancel_button.click()
    elif how == "escape":
        qtbot.keyClick(dialog.name_fields[NamePart.GIVEN][0], Qt.Key.Key_Escape)
    else:
        dialog.close()  # the window's close button


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_closing_a_form_with_something_typed_asks_first_and_enter_keeps_it(
        qtbot, gui, made_vault, how):
    main, dialog = _form(qtbot, gui, made_vault[0])
    _type_names(dialog, given=("", "Nadia"), mother=("شمي", ""))
    dialog.village.setText("Kocho")
    _close(qtbot, dialog, how)
    question = _question(qtbot, dialog, "discardTypedQuestion")
    assert question.text() == ("Discard what you typed?\nThe form closes and nothing typed in "
                               "it is kept.")
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown_question(dialog, "discardTypedQuestion") is None)
    assert _open_forms(main) == [dialog]
    assert dialog.name_fields[NamePart.MOTHER][0].text() == "شمي"
    _close(qtbot, dialog, how)
    _question(qtbot, dialog, "discardTypedQuestion").findChild(
        QPushButton, "discardTyped").click()
    qtbot.waitUntil(lambda: not _open_forms(main), timeout=10_000)
    assert _people(qtbot, gui) == []


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_a_form_with_nothing_typed_closes_without_a_question(qtbot, gui, made_vault, how):
    main, dialog = _form(qtbot, gui, made_vault[0])
    dialog.name_fields[NamePart.GIVEN][1].setText("Nadia")
    dialog.name_fields[NamePart.GIVEN][1].setText("  ")  # typed, then taken out again
    _close(qtbot, dialog, how)
    qtbot.waitUntil(lambda: not _open_forms(main), timeout=10_000)
    assert not [b for b in main.findChildren(QMessageBox) if b.isVisible()]  # not asked


@pytest.mark.parametrize("choose", ["sex", "status"])
def test_a_choice_made_in_the_form_counts_as_typed(qtbot, gui, made_vault, choose):
    _main, dialog = _form(qtbot, gui, made_vault[0])
    box = getattr(dialog, choose)
    box.setCurrentIndex(box.findData("F" if choose == "sex" else "missing"))
    dialog.cancel_button.click()
    _question(qtbot, dialog, "discardTypedQuestion")
    assert dialog.isVisible()


@pytest.mark.parametrize("field,text,label", [("birth", "last summer", "Born"),
                                              ("abduction", "2041", "Abducted on")])
def test_an_unreadable_date_is_refused_naming_the_field(qtbot, gui, made_vault, field, text,
                                                         label):
    main, dialog = _form(qtbot, gui, made_vault[0])
    _type_names(dialog, given=("", "Nadia"))
    box = getattr(dialog, field)
    box.edit.setText(text)
    assert box.reading.text().startswith(f"{label}: {text}")  # said while typing
    dialog.save_button.click()
    assert dialog.error.text().startswith(f"{label}: {text}")
    assert dialog.error.text().endswith(("cannot be read as a date (e.g. 1998, about 1998, "
                                         "12/03/1998)", "is in the future"))
    assert dialog.isVisible() and dialog.busy.text() == ""
    qtbot.wait(100)
    assert _people(qtbot, gui) == []


def test_a_person_needs_a_name(qtbot, gui, made_vault):
    _main, dialog = _form(qtbot, gui, made_vault[0])
    dialog.save_button.click()
    assert "at least one name" in dialog.error.text()


def _glyphs(text: str, font) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [g for run in layout.glyphRuns() for g in run.glyphIndexes()]


def test_the_form_in_arabic_is_translated_mirrored_and_draws_names_joined(
        qtbot, gui, known_vault):
    write_language(known_vault, "ar")
    gui.language = "ar"
    main, dialog = _form(qtbot, gui, known_vault)
    qtbot.waitExposed(dialog)
    assert main.persons.new_button.text() == "شخص جديد..."
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.save_button.text() == "حفظ"
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"الاسم", "اسم الأب", "اسم الجد", "تاريخ الولادة", "القرية", "بالخط العربي"} <= labels
    # mirrored: each row's label stands to the right of its box
    given = dialog.name_fields[NamePart.GIVEN][0]
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "الاسم")
    assert label.mapTo(dialog, QPoint(0, 0)).x() > given.mapTo(dialog, QPoint(0, 0)).x()
    # the Arabic box to the right of the Latin one, as the columns read in Arabic
    latin = dialog.name_fields[NamePart.GIVEN][1]
    assert given.mapTo(dialog, QPoint(0, 0)).x() > latin.mapTo(dialog, QPoint(0, 0)).x()
    given.setText("جميلة")
    font = given.font()
    assert _glyphs("جميلة", font) != [g for ch in "جميلة" for g in _glyphs(ch, font)]  # joined
    _type_names(dialog, father=("خلف", ""), grandfather=("رشو", ""))
    dialog.birth.edit.setText("حوالي ١٩٩٨")
    assert dialog.birth.reading.text() == "قُرئ على أنه \u20661996–2000\u2069"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    assert dialog.found_table.model.item(0, 7).text().startswith("الاسم متطابق")
    assert dialog.open_button.text() != "Open the existing person"


def test_the_forms_questions_read_right_to_left_in_arabic_with_their_buttons_translated(
        qtbot, gui, known_vault):
    from tests.test_ui_mirroring import _blue, _buttons_drawn, _icon_drawn

    def mirrored(box) -> None:
        """Icon at the right, buttons from the left (three fill more than half the row)."""
        image = box.grab().toImage()
        left, right = _buttons_drawn(box, image)
        assert left < image.width() - right, (left, right, image.width())
        assert _icon_drawn(box, image, _blue) > image.width() * 0.6

    write_language(known_vault, "ar")
    gui.language = "ar"
    _main, dialog = _form(qtbot, gui, known_vault)
    _type_names(dialog, given=("جميلة", ""), father=("خلف", ""), grandfather=("رشو", ""),
                mother=("شمي", ""))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    dialog.open_button.click()
    question = _question(qtbot, dialog, "typedDetailsQuestion")
    qtbot.waitExposed(question)
    qtbot.wait(50)
    assert question.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert question.text().split("\n") == [
        "تنقص السجلَّ \u2066SNJ-00001\u2069 هذه التفاصيل التي كتبتَها. أتضيفها إليه؟ "
        "لا يُستبدل شيء مما في السجل.",
        "  اسم الأم (بالحروف العربية): \u2068شمي\u2069 (يُضاف)"]
    assert question.findChild(QPushButton, "addTyped").text() == "أضفها وافتح السجل"
    assert question.findChild(QPushButton, "openWithoutAdding").text() == "افتح دون إضافة"
    assert question.button(QMessageBox.StandardButton.Cancel).text() == "ألغِ"
    mirrored(question)
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown_question(dialog, "typedDetailsQuestion") is None)

    qtbot.keyClick(dialog.name_fields[NamePart.MOTHER][0], Qt.Key.Key_Escape)
    question = _question(qtbot, dialog, "discardTypedQuestion")
    qtbot.waitExposed(question)
    qtbot.wait(50)
    assert question.text() == ("هل تريد حذف ما كتبتَه؟\n"
                               "تُغلق الاستمارة ولا يُحفظ شيء مما كُتب فيها.")
    assert question.findChild(QPushButton, "discardTyped").text() == "احذف ما كُتب"
    assert question.button(QMessageBox.StandardButton.Cancel).text() == "ألغِ"
    mirrored(question)
