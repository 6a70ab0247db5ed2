"""Vault > New recovery code... grows to hold the note on a vault a restore replaced (it comes
from the worker after the dialog was sized for the code): nothing of it, nor of the warning above
the code, cut off or drawn over, in English or in Arabic (longer lines)."""

from __future__ import annotations

import pytest

from tests.cli_helpers import restored_over
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_dialog_holds_the_whole_note(qtbot, gui, made_vault, tmp_path, lang, new_translations):
    from ui.new_recovery_code_dialog import NewRecoveryCodeDialog
    from ui.settings import write_language

    folder, _code = made_vault
    kept = restored_over(folder, tmp_path)
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    dialog = NewRecoveryCodeDialog(gui.worker, main)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.replaced.isVisible(), timeout=20_000)
    qtbot.wait(200)  # the layout settles after the note is set
    try:
        assert kept.name in dialog.replaced.text()
        assert dialog.height() >= dialog.sizeHint().height()
        for label in (dialog.code_note, dialog.replaced):
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    finally:
        dialog.written.setChecked(True)
        dialog.close_button.click()
