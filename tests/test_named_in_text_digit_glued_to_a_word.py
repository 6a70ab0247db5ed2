"""An Arabic-Indic digit glued to a Latin word of a report ("near Raqqa٣", "٢٠١٧Raqqa") made the
word a reading of no sounds at all, and reading the text for held persons' names failed: the
court dossier of the woman the report is filed under was not printed (IndexError)."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.named_in_text import Text
from app.matching.score import forms_sim


def _person(given: str, father: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(given, ""), NamePart.FATHER: NameText(father, "")},
                  sex=Sex.FEMALE)


@pytest.mark.parametrize("text", ["Nadia was freed on ١٥/٥/2017 near Raqqa٣ by the YPG",
                                  "Nadia was freed in ٢٠١٧Raqqa", "Perwin٣ Silêman٣ in Raqqa"])
def test_a_digit_glued_to_a_word_is_read_without_failing(text):
    held = _person("Perwin", "Silêman")
    named = Text(text, [_person("Nadia", "Khalil")]).names(held)
    assert named == text.startswith("Perwin")  # her name with digits on it is still hers


@pytest.mark.parametrize("word", ["raqqa٣", "٢٠١٧raqqa", "nadia٣"])
def test_the_matcher_weighs_such_a_word_against_a_name(word):
    for name in ("perwin", "nadia", "نادية"):
        assert 0.0 <= forms_sim((word,), (name,), True, True) <= 1.0
