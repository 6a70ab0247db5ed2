"""What a field of her page shows is what it gives out: a one-line field (Held by, Last known
location) holds no mark added for showing. On X11 a QLineEdit copies every selection made with
the mouse to the primary selection inside Qt, past any override, and a middle-click paste of
Held by into a new report stored the marks (U+2066 U+202D ...) set around its phone number."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.test_ui_phone_number_in_arabic_text_kept_in_order import _page

MARKS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}


def test_her_pages_one_line_fields_hold_the_text_as_typed_read_only(qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    held = "أبو حمزة، هاتفه +964 750 123 4567"
    person = page.person
    person.held_by = held
    person.last_known_location = "الرقة، 0780 111 2233"
    form = page.form
    form.show_person(person)
    form.set_editable(False)
    # displayText and QLineEdit's own text: what Qt copies, drags and puts on the primary selection
    assert form.texts["held_by"].displayText() == QLineEdit.text(form.texts["held_by"]) == held
    for name, field in form.texts.items():
        assert not MARKS & set(field.displayText()), name
        assert field.displayText() == QLineEdit.text(field) == field.text(), name
    assert form.read_person().held_by == held
