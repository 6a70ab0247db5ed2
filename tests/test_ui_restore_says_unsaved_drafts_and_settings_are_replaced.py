"""The desktop's restore page says, before the question, that the vault's unsaved edits kept
at the lock and its settings changed since are replaced by the backup's (no trail records them)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.test_restore_counts_unsaved_drafts_and_settings_as_changes import _keep_draft, _kept, _meta
from tests.test_ui_restore_of_a_newer_backup_says_what_comes_in import (
    _newer_on_a_laptop_set_up_from_an_older,
)
from tests.ui_support import desktop_restore_asks


def test_a_newer_backup_names_the_drafts_and_settings_it_replaces(qtbot, gui, cli, tmp_path):
    newer = _newer_on_a_laptop_set_up_from_an_older(cli, tmp_path)
    _meta(cli.vault, "ui.idle_minutes", "1")
    _keep_draft(cli.vault)
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, newer)
    text = page.question.text()
    assert "The backup is newer than the vault on this laptop: 2 person record(s)" in text
    assert "Unsaved edits kept in the vault when it locked would be lost: SNJ-00001 (notes)." \
        in text
    assert "1 setting(s) changed in the vault on this laptop (such as the idle lock) would go " \
           "back to the backup's." in text
    page.question.button(QMessageBox.StandardButton.No).click()
    assert _kept(cli.vault) == ("1", True)



def test_the_fields_typed_in_each_draft_are_said(qtbot, gui, cli, tmp_path):
    """Which fields she typed, not only where: a case number alone told her nothing of what
    she would lose, and "new person" was said in English in every language."""
    from tests.test_restore_a_draft_holding_nothing_typed_is_no_loss import _keep, _older_backup

    made = _older_backup(cli, tmp_path)
    _keep(cli.vault, notes="Seen in Tal Afar", form={"name_given_latin": "Layla"})
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, made)
    text = page.question.text()
    assert "Unsaved edits kept in the vault when it locked would be lost: the New person form " \
           "(Given name (Latin letters)), SNJ-00001 (notes)." in text, text
    page.question.button(QMessageBox.StandardButton.No).click()


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_the_new_person_form_is_said_in_arabic(qapp):
    from PySide6.QtCore import QCoreApplication

    import ui.i18n
    from ui.restore_page import RestorePage

    class _Page:  # the page's words alone, without a vault or a window
        _draft_said = RestorePage._draft_said

        def tr(self, text: str) -> str:
            return QCoreApplication.translate("RestorePage", text)

    try:
        ui.i18n.apply_language(qapp, "ar")
        said = _Page()._draft_said("new person", ("notes",))
    finally:
        ui.i18n.apply_language(qapp, "en")
    assert "استمارة «شخص جديد»" in said and "ملاحظات" in said and "new person" not in said, said


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
def test_a_draft_whose_record_was_saved_since_may_hold_its_fields(qapp):
    """Her record saved since by another way, and as her page read it held nowhere: its fields
    are said as ones the draft may hold, not as typed (app.backup_compare drafts_unsure)."""
    from PySide6.QtCore import QCoreApplication

    import ui.i18n
    from ui.restore_page import RestorePage

    class _Page:
        _draft_said = RestorePage._draft_said

        def tr(self, text: str) -> str:
            return QCoreApplication.translate("RestorePage", text)

    said = _Page()._draft_said("SNJ-00001", ("birth", "notes"), True)
    assert said == "SNJ-00001 (may hold born, notes)", said
    assert _Page()._draft_said("SNJ-00001", ("notes",)) == "SNJ-00001 (notes)"  # typed
    try:
        ui.i18n.apply_language(qapp, "ar")
        said = _Page()._draft_said("SNJ-00001", ("notes",), True)
    finally:
        ui.i18n.apply_language(qapp, "en")
    assert "قد تحوي" in said and "ملاحظات" in said, said
