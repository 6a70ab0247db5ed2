"""Her page's words that stayed English in the Arabic, Sorani and Kurmanji desktop: who may
receive her record (stored as "internal"), said in the interface's words and saved as stored."""

from __future__ import annotations

import pytest

from tests.test_ui_person_page_bidi import _page


@pytest.mark.parametrize("lang, said", [("ar", "داخلي فقط"), ("ckb", "تەنها ناوخۆیی"),
                                        ("kmr", "Tenê navxweyî"), ("en", "Internal only")])
def test_who_may_receive_her_record_is_said_in_the_interface_language(
        qtbot, gui, demo_vault, lang, said):
    """The Sharing field showed "internal", the stored key, in every language."""
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00001")
    box = page.form.sharing
    assert page.person.sharing_level.value == "internal"
    assert box.currentText() == said and box.currentData() == "internal"
    shown = [box.itemText(i) for i in range(box.count())]
    assert not {"internal", "ngo", "court", "family"} & set(shown), shown
    assert page.form.read_person().sharing_level == page.person.sharing_level  # kept
