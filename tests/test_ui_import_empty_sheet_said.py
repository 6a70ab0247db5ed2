"""An empty sheet is said to be empty as soon as it is read, in the words the command line
uses, and the import goes no further: the window said "headers on row -; 0 rows" (in Arabic
«العناوين في الصف -؛ عدد الصفوف: 0») and let the user go on to columns of nothing."""

from __future__ import annotations

import pytest

from tests.import_helpers import write_xlsx
from tests.test_ui_import_wizard import _wizard
from ui.bidi import bare


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_empty_sheet_is_said_empty_and_next_is_refused(qtbot, gui, made_vault, tmp_path,
                                                          lang):
    from PySide6.QtCore import QCoreApplication

    from ui.settings import write_language
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    empty = write_xlsx(tmp_path / "empty.xlsx", [("فارغ", [])])
    _main, _imports, wizard = _wizard(qtbot, gui, folder, empty)
    said = bare(wizard.table_info.text())
    template = QCoreApplication.translate("ImportReport",
                                          "%1: the sheet is empty; nothing to import")
    assert template.split("%1")[-1] in said and "empty.xlsx" in said, said
    assert "-" not in said.replace("empty.xlsx", "")  # no "headers on row -"
    assert not wizard.sheet_buttons["to_mapping"].isEnabled()
    wizard.sheet_buttons["to_mapping"].click()
    assert wizard.pages.currentWidget() is wizard.sheet_page
    # a sheet with a list in it goes on as before
    listed = write_xlsx(tmp_path / "list.xlsx", [("Kocho", [["Name", "Village"],
                                                            ["Nadia", "Kocho"]])])
    wizard.path.setText(str(listed))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.plan.file_name == "list.xlsx", timeout=10_000)
    assert wizard.sheet_buttons["to_mapping"].isEnabled()
