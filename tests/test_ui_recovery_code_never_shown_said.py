"""A new recovery code made but never shown (the program stopped first) is said in the main
window at every unlock, and no longer once a new code was shown and written down."""

from __future__ import annotations

from app import vault
from app.recovery_code import unseen_at
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock

NEW = "a brand new passphrase for a new key"
NEWER = "and another passphrase after that"


def test_the_main_window_says_a_code_never_shown_until_a_new_one_is_written_down(
        qtbot, gui, made_vault):
    from ui.dialogs import ChangePassphraseDialog

    folder, _code = made_vault
    session = open_vault(folder, PASSPHRASE)
    vault.new_data_key(session, NEW)  # and then stopped before the code was shown
    session.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui, NEW)
    qtbot.waitUntil(lambda: "never shown" in main.recovery_note.text(), timeout=10_000)
    assert "Vault > New recovery code" in main.recovery_note.text()
    dialog = ChangePassphraseDialog(gui.worker, main)
    dialog.show()
    dialog.current.setText(NEW)
    dialog.fields.first.setText(NEWER)
    dialog.fields.second.setText(NEWER)
    dialog.new_key.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.code_view.isVisible(), timeout=20_000)
    dialog.written.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.close_button.click()
    gui.worker.close()
    gui.locked = True
    session = open_vault(folder, NEWER)
    try:
        assert unseen_at(session) is None
    finally:
        session.close()
