"""A held woman's name read in a report in a spelling only the matcher counts for her (Suleiman
for Silêman) is read so in every word but the everyday words of reports that reading takes for
names (held, brought, married, wife, house, the Kurmanji mala, "house of": Khalida, Barakat,
Murad, Wafaa, Hussein, Amal); beside a captor's name like a held woman's father's, they held
back report after report from the court's papers. However the text is written (small letters,
capitals, a possessive, an article or bint glued on) her name in such a spelling is hers; and a
freed woman's own report spelling her father's name so is hers, not a held namesake's."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.named_in_text import Text


def _person(given: str, father: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(given, ""), NamePart.FATHER: NameText(father, "")},
                  sex=Sex.FEMALE)


_FREED = _person("Hêvî", "Elyas")


@pytest.mark.parametrize(("held", "text"), [
    (("Khalida", "Qasim"), "She was held by Ibrahim Qasim in a farm near Tal Afar"),
    (("Barakat", "Murad"), "The smuggler Ali Murad brought Nadia to Duhok on 12 May"),
    (("Wafaa", "Khalil"), "She was seen in Raqqa with Abu Khalid and his wife Umm Khalid"),
    (("Amal", "Sulaiman"), "Ew li mala Şêx Ehmed Silêman li Dêrezorê hat girtin"),
    (("Amal", "Sulaiman"), "لە ماڵی شێخ ئەحمەد سلێمان لە دێرەزۆر گیرا"),
    (("Hussein", "Yousif"), "She stayed in the house Yousif Khalil kept in Mayadin"),
])
def test_an_everyday_word_is_no_held_womans_name(held, text):
    assert not Text(text, [_FREED]).names(_person(*held))


@pytest.mark.parametrize("text", [
    "Perwin Suleiman was taken to Deir ez-Zor",
    "perwin suleiman was taken to deir ez-zor",
    "PERWIN SULEIMAN WAS TAKEN TO DEIR EZ-ZOR",
    "She said that Perwin Suleiman was held",
    "perwin suleiman was taken by ISIS fighters to Deir ez-Zor",
    "Perwin suleiman is kept by Abu Omar",
    "Perwin Suleiman's captor took her to Deir ez-Zor",
    "Suleiman's daughter Perwin is in Deir ez-Zor",
    "Perwin al-Suleiman is in Deir ez-Zor",
    "Perwin bint-Suleiman is in Deir ez-Zor",
])
def test_her_name_in_another_spelling_is_hers_however_the_text_is_written(text):
    assert Text(text, [_FREED]).names(_person("Perwin", "Silêman"))


def test_a_freed_womans_own_report_spelling_her_father_so_is_hers():
    freed = _person("Amal", "Khidir")
    assert not Text("Amal Khudur was freed in Raqqa in 2017", [freed]).names(_person("Amal", "Xidir"))
