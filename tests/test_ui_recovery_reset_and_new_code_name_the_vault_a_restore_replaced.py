"""The desktop's reset with the recovery code (the unlock window's "Forgot it?") and Vault > New
recovery code... name each vault a restore replaced beside this one, as `passwd --recovery` and
`passwd --new-recovery-code` do: it still opens with the code just typed or made void."""

from __future__ import annotations

from tests.cli_helpers import restored_over
from tests.conftest import PASSPHRASE
from tests.test_ui_new_key_names_the_vault_a_restore_replaced import NEW
from tests.ui_support import unlock


def test_the_reset_with_the_recovery_code_names_it(qtbot, gui, made_vault, tmp_path):
    folder, code = made_vault
    kept = restored_over(folder, tmp_path)
    gui.vault_dir = folder
    window = gui.show_access()
    window._go(window.recovery_page)
    window.recovery_code.setText(code)
    window.recovery_passphrase.first.setText(NEW)
    window.recovery_passphrase.second.setText(NEW)
    window.recover_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.code_page, timeout=20_000)
    said = window.code_replaced.text()
    assert window.code_replaced.isVisible() and kept.name in said
    assert "still opens with the passphrase and recovery code it had then" in said
    assert kept.is_dir()  # said, not deleted


def test_the_vault_menus_new_recovery_code_names_it(qtbot, gui, made_vault, tmp_path):
    from ui.new_recovery_code_dialog import NewRecoveryCodeDialog

    folder, _code = made_vault
    kept = restored_over(folder, tmp_path)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    dialog = NewRecoveryCodeDialog(gui.worker, main)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.replaced.isVisible(), timeout=20_000)
    assert kept.name in dialog.replaced.text() and kept.is_dir()
    dialog.written.setChecked(True)
    dialog.close_button.click()


def test_a_new_recovery_code_without_one_says_nothing_of_it(qtbot, gui, made_vault):
    from ui.new_recovery_code_dialog import NewRecoveryCodeDialog

    folder, _code = made_vault
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    dialog = NewRecoveryCodeDialog(gui.worker, main)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.code_view.isVisible(), timeout=20_000)
    qtbot.wait(300)  # the folders are looked for on the worker
    assert not dialog.replaced.isVisible()
    dialog.written.setChecked(True)
    dialog.close_button.click()
