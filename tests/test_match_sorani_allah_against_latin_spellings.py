"""Sorani's ڵڵا (عەبدوڵڵا, خەیروڵڵا) folds to Arabic's الله, and against Latin spellings of the
name is read as written too: Abdulla, Ebdulla, Evdila (Kurmanji), Abdullah agree as they did
(0.97), not at the Arabic spelling's weaker 0.86."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.dedupe import CERTAIN
from app.matching.namesim import text_sim
from app.matching.score import forms_sim, score_persons


@pytest.mark.parametrize("sorani, latin", [
    ("عەبدوڵڵا", "Abdulla"), ("عەبدوڵڵا", "Ebdulla"), ("عەبدوڵڵا", "Evdila"),
    ("عەبدوڵڵا", "Abdullah"), ("خەیروڵڵا", "Khairullah"),
])
def test_sorani_allah_agrees_with_latin_spellings_as_written(sorani, latin):
    assert text_sim(sorani, latin) >= 0.95 and text_sim(latin, sorani) >= 0.95
    assert forms_sim((sorani,), (latin,), True) >= 0.95


def test_a_boy_recorded_in_latin_only_is_a_certain_match_of_his_sorani_row():
    """Given Abdulla, father خدر, grandfather قاسم against the Sorani row عەبدوڵڵا خدر قاسم:
    certain before (0.982), probable after (0.96): asked about, or a duplicate with --yes."""
    def boy(given: str) -> Person:
        p = Person(sex=Sex.MALE, origin_village="Kocho")
        p.names[NamePart.GIVEN] = NameText(given)
        p.names[NamePart.FATHER] = NameText("خدر")
        p.names[NamePart.GRANDFATHER] = NameText("قاسم")
        return p
    assert score_persons(boy("عەبدوڵڵا"), boy("Abdulla")).score >= CERTAIN


def test_sorani_allah_still_folds_as_arabic_writes_it():
    assert text_sim("عەبدوڵڵا", "عبدالله") == 1.0
