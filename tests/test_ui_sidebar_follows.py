"""The sidebar shows the screen clicked, even the one it had chosen, and always says which
screen is shown: from a person's page opened from Reports a click on Reports left her page
there, and "Print dossier..." with the sidebar on Print went nowhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui_support import unlock


def _click_row(qtbot, main, key: str) -> None:
    row = list(main.screens).index(key)
    rect = main.nav.visualItemRect(main.nav.item(row))
    QTest.mouseClick(main.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)


def _sidebar_row(main) -> str | None:
    row = main.nav.currentRow()
    chosen = [main.nav.row(i) for i in main.nav.selectedItems()]
    if row < 0:
        assert chosen == []
        return None
    assert chosen == [row]
    return list(main.screens)[row]


def _her_page(qtbot, main):
    main.open_person("DEMO-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return page


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_click_on_the_chosen_row_leaves_her_page_for_that_screen(qtbot, gui, demo_vault,
                                                                   lang):
    from ui.settings import write_language
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    main.show()
    _click_row(qtbot, main, "reports")
    assert main.stack.currentWidget() is main.screens["reports"]
    assert _sidebar_row(main) == "reports"
    page = _her_page(qtbot, main)
    assert main.stack.currentWidget() is page
    assert _sidebar_row(main) is None  # her page has no row: none says Reports over it
    _click_row(qtbot, main, "reports")
    assert main.stack.currentWidget() is main.screens["reports"]
    assert _sidebar_row(main) == "reports"
    # back from her page to the list: the sidebar says Persons
    page = _her_page(qtbot, main)
    page.back.emit()
    assert main.stack.currentWidget() is main.persons
    assert _sidebar_row(main) == "persons"


def test_print_dossier_from_her_page_shows_the_print_screen(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.show()
    _click_row(qtbot, main, "print")
    assert _sidebar_row(main) == "print"
    page = _her_page(qtbot, main)
    page.print_requested.emit("DEMO-00001")
    view = main.screens["print"]
    assert main.stack.currentWidget() is view
    assert _sidebar_row(main) == "print"
    assert view.ref.text() == "DEMO-00001"
    # and show_screen from her page, to the screen the sidebar last chose
    page = _her_page(qtbot, main)
    assert main.show_screen("print") is view and main.stack.currentWidget() is view
