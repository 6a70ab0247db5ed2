"""Her given name written in one script only leads her name on the desktop's one-line rows too:
a sister's Relatives tab and the Rescues list's Persons cell (ui.labels.one_name) showed Xezal,
daughter of الياس حيدر قيران, as "الياس حيدر قيران", a man named Elias, and two such sisters as
one man; the person list, her page and the rescue form already led with "Xezal"."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.domain.person import person_names_shown as app_person_names_shown
from ui.bidi import bare
from ui.labels import one_name, person_names_shown
from ui.records_view import _Woman


def _woman(given: NameText | None) -> Person:
    p = Person(sex=Sex("F"))
    if given is not None:
        p.names[NamePart.GIVEN] = given
    p.names[NamePart.FATHER] = NameText("الياس", "Elias")
    p.names[NamePart.GRANDFATHER] = NameText("حيدر", "Heyder")
    p.names[NamePart.FAMILY] = NameText("قيران", "Qiran")
    p.case_no = "SNJ-00001"
    return p


@pytest.mark.parametrize(("given", "shown"), [
    (NameText("", "Xezal"), "Xezal الياس حيدر قيران"),
    (NameText("", "Shirin"), "Shirin الياس حيدر قيران"),
    (NameText("سميرة", ""), "سميرة الياس حيدر قيران"),
    (NameText("خەزال", "Xezal"), "خەزال الياس حيدر قيران"),  # in both scripts: nothing added
])
def test_a_relatives_row_and_a_rescues_line_lead_with_her_given_name(given, shown):
    p = _woman(given)
    assert bare(one_name(p)) == shown
    assert bare(_Woman(p, p.case_no).line).endswith(shown)


def test_a_given_name_unknown_in_both_scripts_is_still_marked():
    assert bare(one_name(_woman(None))) == "(given name unknown) الياس حيدر قيران"


def test_the_screens_and_the_core_give_her_names_as_one_pair():
    """One contract: (Arabic-script name, Latin name), "" where a script has none; the screen's
    version only isolates and words the marks."""
    p = _woman(NameText("", "Xezal"))
    p.names[NamePart.FATHER] = NameText("الياس", "")
    p.names[NamePart.GRANDFATHER] = NameText("حيدر", "")
    p.names[NamePart.FAMILY] = NameText("قيران", "")
    shown = person_names_shown(p)
    assert isinstance(shown, tuple) and len(shown) == 2
    assert tuple(bare(n) for n in shown) == app_person_names_shown(p) == (
        "Xezal الياس حيدر قيران", "Xezal")
