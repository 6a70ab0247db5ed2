"""The desktop's restore page says, before the question, that the vault's unsaved edits kept
at the lock and its settings changed since are replaced by the backup's (no trail records them)."""

from __future__ import annotations

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
    assert "Unsaved edits kept in the vault when it locked would be lost: SNJ-00001." in text
    assert "1 setting(s) changed in the vault on this laptop (such as the idle lock) would go " \
           "back to the backup's." in text
    page.question.button(QMessageBox.StandardButton.No).click()
    assert _kept(cli.vault) == ("1", True)
