"""Her page names the list a family contact's number was read from: file, sheet, row, batch."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.import_helpers import write_xlsx
from tests.ui_support import unlock
from ui.bidi import bare


def test_her_page_says_which_lists_row_gave_a_number(qtbot, gui, cli, tmp_path):
    assert cli("init").returncode == 0
    path = write_xlsx(tmp_path / "kocho.xlsx", [("Kocho", [
        ["Name", "Father", "Village", "Phone", "Contact name", "Relation"],
        ["Jihan", "Khalaf", "Kocho", "0751 333 4455", "Xidir Khalaf", "brother"]])])
    r = cli("import", str(path), "--yes")
    assert r.returncode == 0, r.stderr
    case_no = json.loads(cli("--json", "person", "list").stdout)
    case_no = (case_no["persons"] if isinstance(case_no, dict) else case_no)[0]["case_no"]
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    m = page.contacts_tab.model
    row = [bare(m.item(0, c).text()) for c in range(m.columnCount())]
    assert row == [str(page.contacts_tab.contacts[0].id), "Xidir Khalaf", "0751 333 4455",
                   "brother", "kocho.xlsx, sheet Kocho, row 2 (import batch 1)", ""]
    assert m.headerData(4, Qt.Orientation.Horizontal) == "From list"
    if shot := __import__("os").environ.get("CK_SHOT"):  # for a person to look at
        page.tabs.setCurrentWidget(page.contacts_tab)
        page.resize(1100, 500)
        page.grab().save(shot)


def test_the_import_preview_counts_the_numbers_that_would_become_contacts(
        qtbot, gui, made_vault, tmp_path):
    """Before the import, as the command line's dry run does: how many numbers of the phone
    column would be added, and a cell that is no number named with its row and column."""
    from tests.import_helpers import write_csv

    folder, _code = made_vault
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "رقم الهاتف"],
                     [["جيهان", "خلف", "0751 333 4455 / 0770-111-2233"],
                      ["نادية", "مراد", "اسأل المختار"]])
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page,
                    timeout=20_000)
    assert wizard.not_imported.text() == (
        "family contacts from the phone column: 2 would be added, 0 already among the "
        "person's contacts, 0 on rows waiting for a decision")
    m = wizard.preview.model
    problems = bare(m.item(1, m.columnCount() - 1).text())
    assert "column C (رقم الهاتف): 'اسأل المختار' was not read as a telephone number" in problems
