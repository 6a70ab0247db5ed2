"""The import window does not choose for a sender's next list what was said of everyone its
last list added: both boxes stay "as the row says", and beside them the window says what the
last list was said to be."""

from __future__ import annotations

from app.domain.person import NamePart, Sex
from tests.import_helpers import write_csv
from tests.test_ui_import_list_wide_values import _read
from tests.ui_support import unlock, wait_job
from ui.bidi import bare


def test_the_next_list_of_the_sender_is_not_preselected_and_the_last_is_told(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    first = write_csv(tmp_path / "family.csv", ["Name", "Father"], [["Nadia", "Murad"]])
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    imports = main.show_screen("imports")
    wizard = _read(qtbot, imports, first)
    wizard.list_wide.sex.setCurrentIndex(wizard.list_wide.sex.findData("F"))
    wizard.list_wide.status.setCurrentIndex(wizard.list_wide.status.findData("missing"))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page,
                    timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    imports.close_wizard()

    later = write_csv(tmp_path / "d.csv", ["Name", "Father"], [["Saeed", "Khalaf"]])
    again = _read(qtbot, imports, later)
    assert again.list_wide.sex.currentData() is None
    assert again.list_wide.status.currentData() is None
    assert again.list_wide.last.isVisible()
    assert "female, Missing" in bare(again.list_wide.last.text())
    assert "Not chosen for this list" in again.list_wide.last.text()
    again.check_rows()
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.preview_page, timeout=20_000)
    again.stage()
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.done_page, timeout=20_000)
    people = wait_job(qtbot, gui.worker, lambda s: {
        p.names[NamePart.GIVEN].latin: (p.sex, p.status_events) for p in s.persons.iter_all()})
    assert people["Saeed"] == (Sex.UNKNOWN, [])
