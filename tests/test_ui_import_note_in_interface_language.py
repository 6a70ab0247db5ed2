"""The note an import writes on a "not the same person" decision it made ("row 6 of import batch
3 decided a new person by hand") is stored in English; the History tab and the Duplicates
screen said it so in the Arabic window. Said in the interface's words; a note the user typed is
shown as typed."""

from __future__ import annotations


def test_the_imports_own_note_is_said_in_arabic_and_a_typed_one_as_typed(qapp):
    from ui.history_words import note_said
    from ui.i18n import apply_language

    apply_language(qapp, "ar")
    try:
        said = note_said("row 6 of import batch 3 decided a new person by hand")
        assert "\u20666\u2069" in said and "\u20663\u2069" in said and "row" not in said, said
        assert said.startswith("الصف"), said
        assert note_said("cousins, asked the family") == "cousins, asked the family"
    finally:
        apply_language(qapp, "en")
    assert note_said("row 6 of import batch 3 decided a new person by hand") == (
        "row 6 of import batch 3 decided a new person by hand")
