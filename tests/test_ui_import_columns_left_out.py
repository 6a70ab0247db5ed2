"""The wizard says, before the import, which columns with values will not be imported and how
many cells each holds, and that a saved mapping leaves out a column the importer would now take;
in the interface's language."""

from __future__ import annotations

import pytest

from app.importing.fields import Field
from app.importing.mapping import Mapping
from app.importing.service import ImportService
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.report_text_sample import english_left
from tests.ui_support import unlock
from ui.settings import write_language

HEADER = ["Name", "Father", "Current location", "Marital status"]
ROWS = [["Nadia", "Murad", "Duhok camp", "married"],
        ["Jilan", "Khalaf", "", "single"], ["Layla", "Hasan", "Zakho", ""]]
# As an earlier version saved it for this source: 'Current location' was no field then.
OLD = Mapping({"Name": Field.GIVEN, "Father": Field.FATHER, "Current location": Field.IGNORE,
               "Marital status": Field.IGNORE})


def _wizard_on_the_preview(qtbot, gui, folder, path, lang):
    s = open_vault(folder, PASSPHRASE)
    try:
        ImportService(s).repo.save_mapping("test list", OLD.to_json(), "2024-03-01T10:00:00Z")
    finally:
        s.close()
    write_language(folder, lang)
    gui.language = lang
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.source.setText("test list")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    return wizard


def test_the_wizard_names_before_the_import_the_columns_it_will_not_take(
        qtbot, gui, made_vault, tmp_path):
    """They were named only in the report after the import: her current location was left in
    the list's rows of one import after another without the lawyer knowing before."""
    folder, _code = made_vault
    path = write_csv(tmp_path / "list.csv", HEADER, ROWS)
    wizard = _wizard_on_the_preview(qtbot, gui, folder, path, "en")
    assert wizard.mapping_note.isVisibleTo(wizard.mapping_page)
    assert wizard.mapping_note.text() == (
        "The saved mapping leaves out Current location (last known location), which would now "
        "be imported. It stands as saved: choose the field below to import the column.")
    assert wizard.field_boxes["Current location"].currentData() == "ignore"  # as saved
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    assert wizard.not_imported.isVisibleTo(wizard.preview_page)
    assert wizard.not_imported.text() == (
        "not imported: column 'Current location', 2 cells with a value (kept with the list's "
        "rows)\nnot imported: column 'Marital status', 2 cells with a value (kept with the list's rows)")
    # chosen, the column is taken and no longer named
    wizard._go(wizard.mapping_page)
    box = wizard.field_boxes["Current location"]
    box.setCurrentIndex(box.findData("last_known_location"))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page
                    and "Current location" not in wizard.not_imported.text(), timeout=20_000)
    assert wizard.not_imported.text() == (
        "not imported: column 'Marital status', 2 cells with a value (kept with the list's rows)")


@pytest.mark.parametrize("lang,word", [("ar", "لم يُستورد"), ("ckb", "هاوردە نەکرا"),
                                       ("kmr", "nehat anîn")])
def test_the_columns_left_out_are_said_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, word):
    folder, _code = made_vault
    path = write_csv(tmp_path / "list.csv", HEADER, ROWS)
    wizard = _wizard_on_the_preview(qtbot, gui, folder, path, lang)
    note = wizard.mapping_note.text()
    assert "Current location" in note
    assert english_left(note, lang, ("Current location",)) == set(), note
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    said = wizard.not_imported.text()
    assert said.count(word) == 2, said
    assert english_left(said, lang, ("'Current location'", "'Marital status'")) == set(), said


def test_nothing_is_said_when_every_column_with_values_is_taken(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    path = write_csv(tmp_path / "list.csv", ["Name", "Father"], [r[:2] for r in ROWS])
    wizard = _wizard_on_the_preview(qtbot, gui, folder, path, "en")
    assert not wizard.mapping_note.isVisibleTo(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    assert not wizard.not_imported.isVisibleTo(wizard.preview_page)
    assert wizard.not_imported.text() == ""
