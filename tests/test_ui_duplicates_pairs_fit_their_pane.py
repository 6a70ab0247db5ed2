"""The Duplicates screen in Kurmanji shows both names of each pair at the 1,280-pixel window a
tester used: the two long "Hejmara dosyayê" headers pushed the second record's name column past
the pane's edge ("Na"), its names seen only after scrolling sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui_support import unlock
from ui.settings import write_language


def test_kurmanji_pairs_whole_at_1280(qtbot, gui, demo_vault):
    write_language(demo_vault, "kmr")
    gui.vault_dir, gui.language = demo_vault, "kmr"
    main = unlock(qtbot, gui)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    view = main.show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: bool(view.pairs), timeout=60_000)
    QApplication.processEvents()
    table = view.list.table
    header = table.horizontalHeader()
    assert view.list.model.headerData(1, header.orientation()) == "Hejmara dosyayê"
    last = header.count() - 1
    # the second record's name column inside the pane, as wide as its names
    assert header.sectionPosition(last) + table.sizeHintForColumn(last) \
        <= table.viewport().width(), (header.sectionPosition(last), table.viewport().width())
    assert header.sectionSize(last) >= table.sizeHintForColumn(last)
    assert table.horizontalScrollBar().maximum() == 0
    # and the field-by-field pane keeps its three buttons whole
    for button in view.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
