"""Duplicates at a 1,024-pixel window: the field-by-field table, where she decides a merge, shows
every column whole in every language; the pairs' list scrolls sideways if it must (giving the
list 3/5 of the splitter cut the second record to "الس" in Arabic and Sorani)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui_support import unlock
from ui.settings import write_language


@pytest.mark.parametrize("language", ["en", "ar", "ckb", "kmr"])
def test_field_table_whole_at_1024(qtbot, gui, demo_vault, language):
    write_language(demo_vault, language)
    gui.vault_dir, gui.language = demo_vault, language
    main = unlock(qtbot, gui)
    main.resize(1024, 700)
    main.show()
    qtbot.waitExposed(main)
    view = main.show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: bool(view.pairs), timeout=60_000)
    QApplication.processEvents()
    table = view.detail.table
    header = table.horizontalHeader()
    needed = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                 for c in range(header.count()))
    assert needed <= table.viewport().width(), (language, needed, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    for button in view.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()


def test_a_split_that_fits_both_is_left_as_she_set_it(qtbot, gui, demo_vault):
    """Find again after she moved the splitter: where both panes still fit, it stays put."""
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.resize(1920, 800)
    main.show()
    qtbot.waitExposed(main)
    view = main.show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: bool(view.pairs), timeout=60_000)
    QApplication.processEvents()
    first, second = view.split.sizes()
    view.split.setSizes([first + 60, second - 60])
    QApplication.processEvents()
    chosen = view.split.sizes()
    view.pairs = []
    view.find()
    qtbot.waitUntil(lambda: bool(view.pairs), timeout=60_000)
    QApplication.processEvents()
    assert view.split.sizes() == chosen
