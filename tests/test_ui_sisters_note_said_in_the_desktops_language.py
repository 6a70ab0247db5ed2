"""The import report's note on a row of given names only partly alike and births years apart
is said in the desktop's language: it held "; ", on which the explanation is split into notes,
so neither piece was found among the translations and an Arabic user read it in English."""

from __future__ import annotations

import pytest

from app.importing.dedupe import GIVEN_PARTLY_BIRTHS_APART

WHY = "; ".join(["given partial, father match, sex match, birth mismatch, village mismatch",
                 "the birth years are 5 years apart", GIVEN_PARTLY_BIRTHS_APART])


def test_the_note_is_one_note():
    assert "; " not in GIVEN_PARTLY_BIRTHS_APART


@pytest.mark.parametrize(("lang", "said"), [
    ("ar", "أختان، أو امرأة واحدة ذُكرت ولادتها بشكل مختلف: يُسأل عنه"),
    ("ckb", "دوو خوشک، یان یەک ئافرەت کە لەدایکبوونی بە جۆرێکی تر دراوە: پرسیاری لێ دەکرێت"),
    ("kmr", "navên yekem tenê hinekî li hev tên")])
def test_the_import_report_says_the_note_in_its_language(qapp, new_translations, lang, said):
    from ui.i18n import apply_language
    from ui.labels import explanation_text
    apply_language(qapp, lang)
    try:
        text = explanation_text(WHY)
    finally:
        apply_language(qapp, "en")
    assert said in text, text
    assert "sisters" not in text and "asked" not in text, text
