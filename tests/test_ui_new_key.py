"""The desktop gives the vault a new key too: a box on the change-passphrase page and in the
Vault menu's dialog, then the new recovery code shown once, as at creation."""

from __future__ import annotations

import shutil

import pytest

from app.domain.errors import VaultError, WrongSecret
from app.vault import SLOT_FILE, open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import change_in_dialog, change_on_unlock_window, unlock

NEW = "a brand new passphrase for a new key"


def _only_new_secrets_open(folder, old_code, new_code, old_slots) -> None:
    with pytest.raises(WrongSecret):
        open_vault(folder, passphrase=PASSPHRASE)
    with pytest.raises(WrongSecret):
        open_vault(folder, recovery_code=old_code)
    open_vault(folder, passphrase=NEW).close()
    open_vault(folder, recovery_code=new_code).close()
    seized = folder.parent / "seized"
    seized.mkdir()
    shutil.copy(folder / "vault.db", seized / "vault.db")
    (seized / SLOT_FILE).write_bytes(old_slots)
    with pytest.raises(VaultError):
        open_vault(seized, passphrase=PASSPHRASE)


def test_the_unlock_window_changes_the_key_and_shows_the_new_code_once(qtbot, gui, made_vault):
    folder, old_code = made_vault
    old_slots = (folder / SLOT_FILE).read_bytes()
    gui.vault_dir = folder
    window = gui.show_access()
    change_on_unlock_window(window, PASSPHRASE, NEW, new_key=True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.code_page, timeout=20_000)
    code = window.code_view.text()
    assert len(code) == 39 and code != old_code
    assert not window.continue_button.isEnabled()
    window.written.setChecked(True)
    window.continue_button.click()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=10_000)
    gui.worker.close()
    gui.locked = True
    _only_new_secrets_open(folder, old_code, code, old_slots)


def test_the_vault_menus_dialog_changes_the_key_and_will_not_close_before_the_code_is_taken(
        qtbot, gui, made_vault):
    from ui.dialogs import ChangePassphraseDialog

    folder, old_code = made_vault
    old_slots = (folder / SLOT_FILE).read_bytes()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    dialog = ChangePassphraseDialog(gui.worker, main)
    change_in_dialog(dialog, PASSPHRASE, NEW, new_key=True)
    dialog.reject()  # Cancel or Escape while it works: the code would be shown to no one
    assert dialog.isVisible() and not dialog.buttons.isEnabled()
    qtbot.waitUntil(lambda: dialog.code_view.isVisible(), timeout=20_000)
    code = dialog.code_view.text()
    assert len(code) == 39 and code != old_code
    dialog.reject()  # Escape: the code is not yet written down
    assert dialog.isVisible()
    assert not dialog.close_button.isEnabled()
    dialog.written.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.close_button.click()
    assert dialog.code_view.text() == ""
    gui.worker.close()
    gui.locked = True
    _only_new_secrets_open(folder, old_code, code, old_slots)
