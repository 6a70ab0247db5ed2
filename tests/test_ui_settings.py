"""Settings: interface language and idle-lock minutes, kept in the vault (the language also
beside it, for the unlock window) and applied at once; no default disclosure profile."""

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
    assert prefs.idle_minutes == 2


def test_a_default_profile_kept_by_an_earlier_version_is_not_used(qtbot, gui, made_vault):
    """Settings offered a 'default dossier profile', 'internal' unless changed, and the print
    screen started there; every document now needs its profile chosen."""
    folder, _code = made_vault
    session = open_vault(folder, PASSPHRASE)
    with session.db.transaction():
        session.meta.set("ui.dossier_profile", "internal")
    session.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    assert main.screens["print"].profile.currentData() is None
