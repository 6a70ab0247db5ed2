"""A report typed on her page keeps its lines: a witness's account has paragraphs, and the
one-line box it was typed into joined them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui_support import unlock, wait_job

ACCOUNT = "She was taken from Kocho on 15 August.\nSeen in Raqqa in 2016 with two children."


def test_a_report_of_several_lines_is_stored_and_edited_with_its_lines(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00007")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    box = tab.boxes["text"]
    first, second = ACCOUNT.split("\n")
    qtbot.keyClicks(box, first)
    qtbot.keyClick(box, Qt.Key.Key_Return)   # typed as she types it, Enter between
    qtbot.keyClicks(box, second)
    tab.identifying.setChecked(False)
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    stored = wait_job(qtbot, gui.worker, lambda s: s.records.list_reports(1)[0])
    assert stored.text == ACCOUNT
    row = next(r for r in range(tab.model.rowCount()) if tab.reports[r].id == stored.id)
    tab.table.selectionModel().select(
        tab.model.index(row, 0),
        tab.table.selectionModel().SelectionFlag.ClearAndSelect
        | tab.table.selectionModel().SelectionFlag.Rows)
    tab.edit_chosen()
    assert tab.boxes["text"].text() == ACCOUNT
