"""A list's sex cell that is already the interface's word is shown as written, not followed by
what it was read as: a Sorani list's "مێ" in the Sorani interface read "مێ (وەک مێ
خوێندرایەوە)" on the review step and her page, as if the cell had been taken for something
else. A cell another language writes (a Kurmanji M, an English F) still says its reading."""

from __future__ import annotations

import pytest

from tests.ui_support import PASSPHRASE  # noqa: F401 - offscreen Qt before the application
from ui.bidi import PDI, RLI, isolated
from ui.i18n import apply_language
from ui.import_wizard import _values
from ui.person_page import _list_said
from ui.sex_read import listed_sex

READ_AS_CKB = "خوێندرایەوە"


@pytest.fixture
def sorani(qapp):
    apply_language(qapp, "ckb")
    yield
    apply_language(qapp, "en")


def test_the_review_row_shows_a_sorani_cell_as_written(sorani):
    said = _values({"sex": "مێ"}, {"sex": "F"})
    assert isolated("مێ") in said and READ_AS_CKB not in said, said


def test_the_review_row_still_says_what_a_latin_letter_was_read_as(sorani):
    said = _values({"sex": "F"}, {"sex": "F"})
    assert READ_AS_CKB in said and "مێ" in said, said


def test_her_page_shows_a_sorani_cell_as_written(sorani):
    cells = _list_said('{"ڕەگەز": "مێ", "ناو": "وەفا"}', {"ڕەگەز": "F"}, "%1 (وەک %2 "
                       + READ_AS_CKB + ")")
    # the pair laid out right to left, in its Sorani header's direction
    assert cells[0] == f"{RLI}{isolated('ڕەگەز')}: {isolated('مێ')}{PDI}", cells
    kurmanji = _list_said('{"Zayend": "N"}', {"Zayend": "M"}, "%1 (read as %2)")
    assert "(read as" in kurmanji[0] and "نێر" in kurmanji[0], kurmanji


def test_a_conflict_names_the_cell_alone_when_it_is_the_word(sorani):
    assert listed_sex({"list": "مێ", "read_as": "F"}) == "مێ"
    assert READ_AS_CKB in listed_sex({"list": "M", "read_as": "F"})


def test_in_english_a_cell_saying_female_is_not_read_again(qapp):
    apply_language(qapp, "en")
    assert "read as" not in _values({"sex": "Female"}, {"sex": "F"})
    assert "read as" in _values({"sex": "M"}, {"sex": "F"})
