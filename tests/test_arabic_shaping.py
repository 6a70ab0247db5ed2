"""Arabic and Sorani letters are drawn joined: contextual glyphs, not the isolated forms."""

from __future__ import annotations

import pytest

from app.reports.fonts import fonts
from app.reports.shaper import shape

# Letters that join on both sides take a medial form between two beh; letters that join only
# to the preceding letter take a final form after beh.
DUAL = "ێڵڤگپچکیبخلم"
RIGHT_ONLY = "ڕۆەژوردز"


def _glyph_ids(text: str) -> list[int]:
    run = shape(text, fonts().arabic, rtl=True)
    return [run.font.pdf.face.charToGlyph[g.key] for g in run.glyphs]


@pytest.mark.parametrize("letter", list(DUAL))
def test_dual_joining_letter_takes_a_medial_form(letter):
    [isolated] = _glyph_ids(letter)
    in_word = _glyph_ids(f"ب{letter}ب")
    assert len(in_word) == 3
    assert in_word[1] != isolated  # visual order: the middle glyph is the letter


@pytest.mark.parametrize("letter", list(RIGHT_ONLY))
def test_right_joining_letter_takes_a_final_form(letter):
    [isolated] = _glyph_ids(letter)
    in_word = _glyph_ids(f"ب{letter}")
    assert in_word[0] != isolated  # leftmost glyph of an RTL word is its last letter


def test_every_sorani_letter_is_in_the_arabic_font():
    pair = fonts()
    for ch in "ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ":
        assert pair.arabic.has_char(ch), ch


def test_kurmanji_letters_come_from_the_latin_font():
    pair = fonts()
    for ch in "çêîûşÇÊÎÛŞ":
        assert pair.latin.has_char(ch), ch
