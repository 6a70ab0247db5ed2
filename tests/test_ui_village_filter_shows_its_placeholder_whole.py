"""The Persons screen's village box is wide enough for its placeholder, which says what it takes:
in Sorani, the longest, it was cut to "…گوند (بە هەموو شێوازەکان" beside the search box."""

from __future__ import annotations

import pytest

from tests.ui_support import unlock
from ui.settings import write_language


@pytest.mark.parametrize("lang", ["ckb", "ar", "kmr", "en"])
def test_the_village_box_shows_its_placeholder_whole(qtbot, gui, demo_vault, lang):
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    main.resize(1400, 900)
    box = main.persons.village
    qtbot.waitUntil(lambda: box.isVisible() and box.width() > 0, timeout=10_000)
    text = box.placeholderText()
    assert text
    needed = box.fontMetrics().horizontalAdvance(text)
    margins = box.textMargins()
    assert box.width() - margins.left() - margins.right() - 8 > needed, (lang, box.width(), needed)
