"""Vault > New recovery code... asks the current passphrase, shows a new code once, and clears
the note of a code nobody saw, which is shown whole above the screens."""

from __future__ import annotations

import pytest

from app import vault
from app.domain.errors import WrongSecret
from app.recovery_code import unseen_at
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock


def test_a_new_recovery_code_from_the_menu_clears_the_note_of_a_code_never_shown(
        qtbot, gui, made_vault):
    from ui.new_recovery_code_dialog import NewRecoveryCodeDialog

    folder, old_code = made_vault
    session = open_vault(folder, PASSPHRASE)
    vault.new_recovery_code(session)  # and then stopped before the code was shown
    session.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui, PASSPHRASE)
    note = main.recovery_note
    qtbot.waitUntil(lambda: note.isVisible() and "never shown" in note.text(), timeout=10_000)
    assert "Vault > New recovery code" in note.text()
    # whole: every line of it inside the window, none cut at its bottom edge
    qtbot.wait(300)  # laid out
    assert note.height() >= note.heightForWidth(note.width())
    assert note.parentWidget().rect().contains(note.geometry())
    bottom = note.mapTo(main, note.rect().bottomLeft()).y()
    assert bottom <= main.height()
    items = [a.text() for a in main.menuBar().actions()[0].menu().actions()]
    assert "New recovery code..." in items

    dialog = NewRecoveryCodeDialog(gui.worker, main)
    dialog.finished.connect(lambda _r: main.check_recovery_code())
    dialog.show()
    dialog.current.setText("not her passphrase")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert not dialog.code_view.isVisible()
    dialog.current.setText(PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.code_view.isVisible(), timeout=20_000)
    code = dialog.code_view.code()
    dialog.reject()  # not closed before the code is written down
    assert dialog.isVisible()
    dialog.written.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.close_button.click()
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=10_000)
    gui.worker.close()
    gui.locked = True
    session = open_vault(folder, recovery_code=code)
    try:
        assert unseen_at(session) is None
    finally:
        session.close()
    with pytest.raises(WrongSecret):
        open_vault(folder, recovery_code=old_code)
    open_vault(folder, PASSPHRASE).close()
