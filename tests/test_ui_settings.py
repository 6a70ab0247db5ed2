"""Settings: interface language, idle-lock minutes and default dossier profile, kept in the
vault (the language also beside it, for the unlock window) and applied at once."""

from __future__ import annotations

from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui.settings import VaultPreferences, read_language


def test_settings_are_saved_in_the_vault_and_applied(qtbot, gui, made_vault):
    from ui.dialogs import SettingsDialog
    folder, _code = made_vault
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    assert gui.idle.timer.interval() == 5 * 60_000  # default: 5 minutes
    dialog = SettingsDialog(gui.worker, main.prefs, gui.language, main)
    dialog.idle.setValue(2)
    dialog.profile.setCurrentIndex(dialog.profile.findData("court"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.saved.connect(main._settings_saved)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()
    assert gui.idle.timer.interval() == 2 * 60_000
    assert read_language(folder) == "ar"
    gui.worker.close()
    gui.locked = True
    session = open_vault(folder, PASSPHRASE)
    try:
        prefs = VaultPreferences.load(session)
    finally:
        session.close()
    assert (prefs.idle_minutes, prefs.dossier_profile) == (2, "court")


def test_the_print_screen_starts_with_the_default_profile(qtbot, gui, made_vault):
    folder, _code = made_vault
    session = open_vault(folder, PASSPHRASE)
    VaultPreferences(5, "family").save(session)
    session.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    assert main.screens["print"].profile.currentData() == "family"
