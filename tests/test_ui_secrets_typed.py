"""The recovery code is hidden as it is typed, on the recovery page and the restore page, with a
Show box to check it by eye; a new passphrase with Arabic-Indic or Persian digits is warned to
be typed the same way each time, and a refused one that holds digits is told that ٢٠١٤ is not
2014 (how a passphrase is turned into a key is not changed: it opens as it was made)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from app.vault import KdfParams, create_vault

EchoMode = QLineEdit.EchoMode
EASTERN = "river stone lantern ٢٠١٤"
LATIN = "river stone lantern 2014"


def _hidden(field) -> bool:
    return field.echoMode() == EchoMode.Password


def test_the_recovery_code_is_hidden_as_it_is_typed_and_shown_on_asking(qtbot, gui, made_vault):
    gui.vault_dir = made_vault[0]
    window = gui.show_access()
    window._go(window.recovery_page)
    field = window.recovery_code
    assert _hidden(field)
    window.show_code.setChecked(True)
    assert field.echoMode() == EchoMode.Normal
    window._go(window.unlock_page)  # left: hidden again
    assert _hidden(field) and not window.show_code.isChecked()
    # the restore page: the code hidden as the passphrase is, both shown on asking
    page = window.restore_page
    window._go(page)
    page.use_recovery.setChecked(True)
    assert _hidden(page.secret)
    page.show_secret.setChecked(True)
    assert page.secret.echoMode() == EchoMode.Normal
    page.use_recovery.setChecked(False)  # the other secret: hidden again
    assert _hidden(page.secret) and not page.show_secret.isChecked()


def test_a_new_passphrase_with_arabic_indic_digits_is_warned(qtbot, gui):
    window = gui.show_access()
    fields = window.new_passphrase
    fields.first.setText(LATIN)
    assert fields.digits.text() == "" and not fields.digits.isVisibleTo(window)
    for digits in (EASTERN, "river stone lantern ۲۰۱۴"):  # Arabic-Indic, then Persian
        fields.first.setText(digits)
        assert fields.digits.isVisibleTo(window)
        assert "٢٠١٤" in fields.digits.text() and "2014" in fields.digits.text()


@pytest.fixture
def eastern_vault(tmp_path):
    folder = tmp_path / "vault"
    session, _code = create_vault(folder, EASTERN, "SNJ", KdfParams.fast())
    session.close()
    return folder


def _refused(qtbot, window, typed: str) -> str:
    window.passphrase.setText(typed)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    return window.error.text()


def test_a_refused_passphrase_with_digits_says_how_digits_are_typed(qtbot, gui, eastern_vault):
    from ui.passphrase_fields import digits_hint
    gui.vault_dir = eastern_vault
    window = gui.show_access()
    said = _refused(qtbot, window, LATIN)
    assert "not correct" in said and digits_hint() in said
    window.error.clear()
    said = _refused(qtbot, window, "river stone lantern")  # no digit: nothing about digits
    assert "not correct" in said and digits_hint() not in said
    window.error.clear()
    # the passphrase as it was made still opens the vault
    window.passphrase.setText(EASTERN)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=10_000)


def test_a_refused_backup_passphrase_with_digits_says_it_too(qtbot, gui, eastern_vault,
                                                             tmp_path):
    from app.backup import make_backup
    from app.vault import open_vault
    from ui.passphrase_fields import digits_hint
    usb = tmp_path / "usb"
    usb.mkdir()
    session = open_vault(eastern_vault, EASTERN)
    made = make_backup(session, usb)
    session.close()
    gui.vault_dir = tmp_path / "new-laptop"
    window = gui.show_access()
    page = window.restore_page
    window._go(page)
    page.folder.setText(str(made.folder))
    page.secret.setText(LATIN)
    page.restore_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=20_000)
    assert digits_hint() in window.error.text()
