"""The desktop's Change passphrase (the Vault menu's dialog and the unlock window's page), with or
without a new key, names each vault a restore replaced beside this one: it still opens with the
old passphrase. Nothing is said where there is none."""

from __future__ import annotations

import pytest

from app.backup_drive import moved_aside
from tests.conftest import PASSPHRASE, cli_env, run_cli
from tests.ui_support import unlock

NEW = "a brand new passphrase for a new key"


def _restored_over(folder, tmp_path):
    """A real backup of the vault restored over it: the vault it replaced kept beside it."""
    env = cli_env(tmp_path)
    (tmp_path / "usb").mkdir()
    r = run_cli(["--vault", str(folder), "--json", "backup", str(tmp_path / "usb")], env)
    assert r.returncode == 0, r.stderr
    backup = r.stdout.split('"backup": "')[1].split('"')[0]
    r = run_cli(["--vault", str(folder), "restore", backup, "--yes"], env)
    assert r.returncode == 0, r.stderr
    [kept] = moved_aside(folder)
    return kept


@pytest.mark.parametrize("new_key", [True, False])
def test_the_vault_menus_dialog_names_it(qtbot, gui, made_vault, tmp_path, new_key):
    from ui.dialogs import ChangePassphraseDialog

    folder, _code = made_vault
    kept = _restored_over(folder, tmp_path)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    dialog = ChangePassphraseDialog(gui.worker, main)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW)
    dialog.new_key.setChecked(new_key)
    dialog.ok.click()
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
    kept = _restored_over(folder, tmp_path)
    gui.vault_dir = folder
    window = gui.show_access()
    window._go(window.change_page)
    window.current.setText(PASSPHRASE)
    window.changed_passphrase.first.setText(NEW)
    window.changed_passphrase.second.setText(NEW)
    window.new_key.setChecked(True)
    window.change_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.code_page, timeout=20_000)
    assert window.code_replaced.isVisible() and kept.name in window.code_replaced.text()


def test_the_unlock_windows_change_without_one_says_nothing_of_it(qtbot, gui, made_vault):
    folder, _code = made_vault
    gui.vault_dir = folder
    window = gui.show_access()
    window._go(window.change_page)
    window.current.setText(PASSPHRASE)
    window.changed_passphrase.first.setText(NEW)
    window.changed_passphrase.second.setText(NEW)
    window.change_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.changed_page, timeout=20_000)
    assert not window.changed_replaced.isVisible() and window.changed_replaced.text() == ""
