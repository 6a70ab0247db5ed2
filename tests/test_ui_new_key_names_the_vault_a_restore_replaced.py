"""The desktop's Change passphrase (the Vault menu's dialog and the unlock window's page), with or
without a new key, names each vault a restore replaced beside this one: it still opens with the
old passphrase. Nothing is said where there is none."""

from __future__ import annotations

import pytest

from tests.cli_helpers import restored_over
from tests.conftest import PASSPHRASE
from tests.ui_support import change_in_dialog, change_on_unlock_window, unlock

NEW = "a brand new passphrase for a new key"


@pytest.mark.parametrize("new_key", [True, False])
def test_the_vault_menus_dialog_names_it(qtbot, gui, made_vault, tmp_path, new_key):
    from ui.dialogs import ChangePassphraseDialog

    folder, _code = made_vault
    kept = restored_over(folder, tmp_path)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    dialog = ChangePassphraseDialog(gui.worker, main)
    change_in_dialog(dialog, PASSPHRASE, NEW, new_key)
    qtbot.waitUntil(lambda: dialog.replaced.isVisible(), timeout=20_000)
    said = dialog.replaced.text()
    assert kept.name in said and "still opens with the passphrase" in said
    assert kept.is_dir()  # said, not deleted
    if new_key:
        dialog.written.setChecked(True)
        dialog.close_button.click()
    else:
        dialog.done_button.click()


def test_the_unlock_windows_new_key_names_it(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    kept = restored_over(folder, tmp_path)
    gui.vault_dir = folder
    window = gui.show_access()
    change_on_unlock_window(window, PASSPHRASE, NEW, new_key=True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.code_page, timeout=20_000)
    assert window.code_replaced.isVisible() and kept.name in window.code_replaced.text()


def test_the_unlock_windows_change_without_one_says_nothing_of_it(qtbot, gui, made_vault):
    folder, _code = made_vault
    gui.vault_dir = folder
    window = gui.show_access()
    change_on_unlock_window(window, PASSPHRASE, NEW)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.changed_page, timeout=20_000)
    assert not window.changed_replaced.isVisible() and window.changed_replaced.text() == ""
