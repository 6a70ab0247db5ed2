"""A match's explanation in Arabic says each field's verdict in the gender of the field's name:
"الولادة مختلف، القرية متطابق" did not agree; the birth and the village are feminine words."""

from __future__ import annotations

import pytest

WHY = "given match, father match, grandfather partial, sex match, birth mismatch, village match"


@pytest.fixture
def arabic(qapp, new_translations):
    from ui.i18n import apply_language
    apply_language(qapp, "ar")
    yield
    apply_language(qapp, "en")


def test_arabic_verdicts_agree_with_their_fields(arabic):
    from ui.labels import explanation_text, verdict_said
    said = explanation_text(WHY).split("، ")
    assert said == ["الاسم متطابق", "أب متطابق", "الجد جزئي", "الجنس متطابق",
                    "الولادة مختلفة", "القرية متطابقة"]
    # the Duplicates screen's table says each verdict beside its field the same way
    assert verdict_said("village", "match") == "متطابقة"
    assert verdict_said("birth", "blank") == "فارغة"
    assert verdict_said("mother", "partial") == "جزئية"
    assert verdict_said("father", "mismatch") == "مختلف"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "born mismatch, village match"), ("kmr", None), ("ckb", None)])
def test_other_languages_say_one_form(qapp, new_translations, lang, said):
    from ui.i18n import apply_language
    from ui.labels import explanation_text, verdict_names
    apply_language(qapp, lang)
    try:
        text = explanation_text("birth mismatch, village match")
        if said is not None:
            assert text == said
        verdicts = verdict_names()
        assert verdicts["mismatch"] in text and verdicts["match"] in text
    finally:
        apply_language(qapp, "en")
