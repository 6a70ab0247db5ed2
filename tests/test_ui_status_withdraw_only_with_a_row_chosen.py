""""Withdraw the selected status..." was enabled with no row of her status timeline chosen, and
a click then asked nothing and said nothing: a new user could not tell whether a status had
been withdrawn (found by a tester). Disabled until a status is chosen, as Remove buttons are,
and again once her page shows her anew."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from tests.test_ui_person_page_bidi import _page


def test_withdraw_is_enabled_only_while_a_status_is_chosen(qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault, "en", "DEMO-00007")
    tab = page.status_tab
    button = page.findChild(QPushButton, "withdrawStatusEvent")
    assert tab.events, "she has a status timeline"
    assert not button.isEnabled()
    tab.table.selectRow(0)
    assert button.isEnabled()
    tab.table.clearSelection()
    assert not button.isEnabled()
    tab.table.selectRow(0)
    tab.show_events(page.person.timeline(), page.person.sex.value)  # her page shown anew
    assert not button.isEnabled()
