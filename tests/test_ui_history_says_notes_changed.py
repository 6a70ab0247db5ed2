"""Her page's History tab says in the interface's language that her notes changed, their words
being kept nowhere in the trail; an entry an earlier version wrote, erased of them at the first
unlock by this one, says so, and not that her record was deleted."""

from __future__ import annotations

import json

import pytest

from ui.bidi import bare

SAID = {
    "en": ("notes changed", "the words of the notes erased from this entry when this version "
                            "first opened the vault", "Status changed to Rescued"),
    "ar": ("تغيّرت الملاحظات", "مُحي نص الملاحظات من هذا القيد عندما فتح هذا الإصدار الخزنة أول "
                                "مرة", "تغيّرت الحالة إلى أُنقذت"),
    "ckb": ("تێبینییەکان گۆڕدران", "دەقی تێبینییەکان لەم تۆمارە سڕایەوە کاتێک ئەم وەشانە "
                                  "یەکەمجار گەنجینەکەی کردەوە", None),
    "kmr": ("not hatin guhertin", "nivîsa notan ji vê tomarê hate paqijkirin dema ku vê "
                                  "guhertoyê cara yekem xezîne vekir", "Rewş bû Hatiye rizgarkirin"),
}


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
@pytest.mark.parametrize("lang", sorted(SAID))
def test_notes_changed_is_said_in_words_in_every_language(qapp, lang):
    import ui.i18n
    from ui.history_words import history_entry

    notes, erased, status = SAID[lang]
    try:
        ui.i18n.apply_language(qapp, lang)
        _, edited, _ = history_entry("person.edit", json.dumps(
            {"changes": {"origin_village": ["", "Kocho"]}, "text_not_kept": ["notes"]}))
        what, old, _ = history_entry("person.status", json.dumps(
            {"changes": {"status": ["missing", "rescued"]}, "status": "rescued",
             "erased": True, "erased_by": "vault.notes_erased", "text_not_kept": ["notes"]}))
    finally:
        ui.i18n.apply_language(qapp, "en")
    assert notes in bare(edited) and "Kocho" in bare(edited)
    assert notes in bare(old) and erased in bare(old)
    if status is not None:  # an erasure of the words of notes, not of what was done
        assert bare(what) == status


def test_a_lists_update_says_the_line_it_added_as_before(qapp):
    """The line a list added to her notes is its list's own words, kept to take it back by:
    her History says it, as it did when the trail kept her notes whole."""
    from ui.history_words import history_entry

    line = '[list "NGO Duhok", batch 2, row 2, read 2026-12-02] seen in Raqqa 2016'
    _, said, _ = history_entry("person.import_update", json.dumps(
        {"changes": {}, "text_not_kept": ["notes"], "note_added": line, "import_batch": 2,
         "row": 2}))
    said = bare(said)
    assert "seen in Raqqa 2016" in said and "NGO Duhok" in said and "(added)" in said, said
