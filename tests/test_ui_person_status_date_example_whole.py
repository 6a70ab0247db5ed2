"""Her page's Status timeline shows the example of its date box whole in Kurmanji, at the
1,280-pixel window a tester used: it read "Dîrok (mînak 03/2...", the accepted form cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.test_ui_person_page_bidi import _page
from ui.filter_boxes import placeholder_width


def test_kurmanji_status_date_example_whole(qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault, "kmr", "DEMO-00004")
    main = page.window()
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()
    box = page.status_tab.date
    assert box.placeholderText() == "Dîrok (mînak 03/2019)"
    text = box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert box.width() >= placeholder_width(box) > text + 10, (box.width(), text)
