"""Her page's form refuses a name box holding both scripts, as the New person form and
`person edit` do (found in review: stored whole as one spelling)."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.person import NamePart, NameText, Person


def test_a_box_holding_both_scripts_is_refused_naming_it(qtbot):
    from ui.person_form import PersonForm
    form = PersonForm()
    qtbot.addWidget(form)
    form.show_person(Person(names={NamePart.GIVEN: NameText("سوزان", "")}, case_no="SNJ-00001"))
    form.name_fields[NamePart.GIVEN][0].setText("سوزان Suzan")
    with pytest.raises(ValidationError) as e:
        form.read_person()
    assert str(e.value) == ("\u2068سوزان Suzan\u2069 holds Arabic script and Latin letters: "
                            "type each spelling in its own box")
    form.name_fields[NamePart.GIVEN][0].setText("سوزان")
    form.name_fields[NamePart.GIVEN][1].setText("Suzan")
    assert form.read_person().names[NamePart.GIVEN] == NameText("سوزان", "Suzan")


def test_a_record_stored_so_is_still_saved_when_something_else_is_edited(qtbot):
    """A file or an earlier version stored both scripts in one box: her notes can still be
    edited on her page, as with `person edit` (found in review)."""
    from ui.person_form import PersonForm
    form = PersonForm()
    qtbot.addWidget(form)
    form.show_person(Person(names={NamePart.GIVEN: NameText("", "ناديةNadia")},
                            case_no="SNJ-00001"))
    assert form.read_person().names[NamePart.GIVEN].latin == "ناديةNadia"
