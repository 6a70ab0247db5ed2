"""A name typed in the other script's box (Latin in "Arabic script", Arabic in "Latin letters")
beside a spelling in the right box was saved swapped and printed in the wrong column of her
papers, on the New person form and on her page (found by a tester switching keyboards). It is
refused naming the box; a lone spelling still goes where its letters belong."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.person import NamePart, NameText, Person
from tests.ui_support import new_person_form, wait_job

LATIN_IN_ARABIC_BOX = ("Given name, Arabic script box: Nesrin is in Latin letters; "
                       "type it in the Latin letters box")
ARABIC_IN_LATIN_BOX = ("Father, Latin letters box: \u2068حسن\u2069 is in Arabic script; "
                       "type it in the Arabic script box")


def _people(qtbot, gui) -> list[str]:
    return wait_job(qtbot, gui.worker, lambda s: [p.case_no for p in s.persons.iter_all()])


def test_new_person_refuses_a_swapped_name_naming_the_box(qtbot, gui, made_vault):
    _main, dialog = new_person_form(qtbot, gui, made_vault[0])
    given = dialog.name_fields[NamePart.GIVEN]
    given[0].setText("Nesrin")
    given[1].setText("نسرين")
    dialog.save_button.click()
    assert dialog.error.text() == LATIN_IN_ARABIC_BOX, ascii(dialog.error.text())
    qtbot.wait(100)
    assert _people(qtbot, gui) == []


def test_new_person_refuses_arabic_in_the_latin_box_beside_an_arabic_spelling(qtbot, gui,
                                                                              made_vault):
    _main, dialog = new_person_form(qtbot, gui, made_vault[0])
    dialog.name_fields[NamePart.GIVEN][0].setText("نسرين")
    father = dialog.name_fields[NamePart.FATHER]
    father[0].setText("حسن")
    father[1].setText("حسن")
    dialog.save_button.click()
    assert dialog.error.text() == ARABIC_IN_LATIN_BOX, ascii(dialog.error.text())


def test_new_person_moves_a_lone_spelling_to_its_box():
    from ui.name_boxes import placed
    assert placed("Nesrin", "", "Given name") == ("", "Nesrin", None)
    assert placed("", "نسرين", "Given name") == ("نسرين", "", None)
    assert placed("نسرين", "Nesrin", "Given name") == ("نسرين", "Nesrin", None)


def _page_form(qtbot, names):
    from ui.person_form import PersonForm
    form = PersonForm()
    qtbot.addWidget(form)
    form.show_person(Person(names=names, case_no="SNJ-00001"))
    return form


def test_her_page_refuses_a_swapped_name_naming_the_box(qtbot):
    form = _page_form(qtbot, {NamePart.GIVEN: NameText("سوزان", "Suzan")})
    form.name_fields[NamePart.GIVEN][0].setText("Nesrin")
    form.name_fields[NamePart.GIVEN][1].setText("نسرين")
    with pytest.raises(ValidationError) as e:
        form.read_person()
    assert str(e.value) == LATIN_IN_ARABIC_BOX
    form.name_fields[NamePart.GIVEN][0].setText("نسرين")
    form.name_fields[NamePart.GIVEN][1].setText("Nesrin")
    assert form.read_person().names[NamePart.GIVEN] == NameText("نسرين", "Nesrin")


def test_her_page_saves_a_record_stored_swapped_when_its_names_are_not_touched(qtbot):
    """A list or an earlier version stored it so: her other values can still be edited."""
    form = _page_form(qtbot, {NamePart.GIVEN: NameText("Nesrin", "نسرين")})
    assert form.read_person().names[NamePart.GIVEN] == NameText("Nesrin", "نسرين")
