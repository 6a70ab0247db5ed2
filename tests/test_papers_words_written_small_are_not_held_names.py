"""A held woman's name read in a report in a spelling only the matcher counts for her (Suleiman
for Silêman) is read so only in a word written as a name: in a text whose writer uses capitals,
English and Kurmanji words written small (held, brought, married, wife, the Kurmanji mala,
"house of") are not names, though the matcher reads them as Khalida, Barakat, Murad, Wafaa,
Amal; beside a captor's name like a held woman's father's, they held back report after
report from the court's papers. A text all in small letters is read as before, and Arabic
script, which has no capitals, too; the Sorani word for "the house of" is no name."""

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
])
def test_a_word_written_small_or_a_house_is_no_held_womans_name(held, text):
    assert not Text(text, [_FREED]).names(_person(*held))


@pytest.mark.parametrize("text", [
    "Perwin Suleiman was taken to Deir ez-Zor",
    "perwin suleiman was taken to deir ez-zor",  # typed all in small letters
    "PERWIN SULEIMAN WAS TAKEN TO DEIR EZ-ZOR",
    "She said that Perwin Suleiman was held",
])
def test_her_name_in_another_spelling_is_hers_however_the_text_is_written(text):
    assert Text(text, [_FREED]).names(_person("Perwin", "Silêman"))
