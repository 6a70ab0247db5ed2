"""The Vault menu's Change passphrase asks the current passphrase first, as the unlock window
and the command line do: whoever sits at an unlocked window cannot void hers, nor her code."""

from __future__ import annotations

import pytest

from app.domain.errors import WrongSecret
from app.vault import SLOT_FILE, open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock

STRANGER = "a stranger's passphrase here"


def _dialog(qtbot, gui, made_vault):
    from ui.dialogs import ChangePassphraseDialog

    folder, code = made_vault
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    dialog = ChangePassphraseDialog(gui.worker, main)
    dialog.show()
    return folder, code, dialog


def _still_hers(gui, folder, code, slots) -> None:
    gui.worker.close()
    gui.locked = True
    assert (folder / SLOT_FILE).read_bytes() == slots
    open_vault(folder, passphrase=PASSPHRASE).close()
    open_vault(folder, recovery_code=code).close()
    with pytest.raises(WrongSecret):
        open_vault(folder, passphrase=STRANGER)


@pytest.mark.parametrize("new_key", [True, False])
def test_a_wrong_current_passphrase_changes_nothing(qtbot, gui, made_vault, new_key):
    folder, code, dialog = _dialog(qtbot, gui, made_vault)
    slots = (folder / SLOT_FILE).read_bytes()
    dialog.current.setText("not her passphrase at all")
    dialog.fields.first.setText(STRANGER)
    dialog.fields.second.setText(STRANGER)
    dialog.new_key.setChecked(new_key)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert dialog.error.text().startswith("The passphrase or recovery code is not correct.\n")
    assert not dialog.code_view.text() and dialog.buttons.isEnabled()
    _still_hers(gui, folder, code, slots)


def test_nothing_is_done_before_the_current_passphrase_is_typed(qtbot, gui, made_vault):
    folder, code, dialog = _dialog(qtbot, gui, made_vault)
    slots = (folder / SLOT_FILE).read_bytes()
    dialog.fields.first.setText(STRANGER)
    dialog.fields.second.setText(STRANGER)
    dialog.new_key.setChecked(True)
    assert not dialog.ok.isEnabled()
    dialog.current.setText(PASSPHRASE)
    assert dialog.ok.isEnabled()
    dialog.current.clear()
    assert not dialog.ok.isEnabled()
    _still_hers(gui, folder, code, slots)


def test_a_refused_current_passphrase_with_digits_says_they_differ_by_script(
        qtbot, gui, made_vault):
    folder, code, dialog = _dialog(qtbot, gui, made_vault)
    slots = (folder / SLOT_FILE).read_bytes()
    dialog.current.setText("correct horse battery ٢٠١٤")
    dialog.fields.first.setText(STRANGER)
    dialog.fields.second.setText(STRANGER)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert dialog.error.text().startswith("The passphrase or recovery code is not correct.\n")
    assert "different characters" in dialog.error.text()
    _still_hers(gui, folder, code, slots)
