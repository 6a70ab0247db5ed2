"""The panic keys (F12, Ctrl+Shift+Q) and Ctrl+L lock from any window of the program: with the New
person form, Settings, Back up, a question or a file dialog open, every window is hidden and the
vault locked, as from the main window. They did nothing while a dialog was open: Qt drops a main
window's shortcut while a modal window blocks it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.person import NamePart
from tests.ui_support import new_person_form, read_vault, unlock

KEYS = ("F12", "Ctrl+Shift+Q", "Ctrl+L")


def _press(keys: str) -> None:
    """The keys pressed where the user types: the field with the keyboard, else the window on
    top."""
    combo = QKeySequence(keys)[0]
    target = (QApplication.focusWidget() or QApplication.activeModalWidget()
              or QApplication.activeWindow())
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


def _on_screen() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def _locked(gui) -> None:
    assert gui.locked and gui.restarts.calls == 1, _on_screen()
    assert _on_screen() == []  # every window hidden, the dialog too
    assert gui.worker.session is None


@pytest.mark.parametrize("keys", KEYS)
def test_keys_with_the_new_person_form_open_lock_and_keep_what_was_typed(qtbot, gui, tmp_path,
                                                                       made_vault, keys):
    main, dialog = new_person_form(qtbot, gui, made_vault[0])
    dialog.name_fields[NamePart.GIVEN][0].setText("سميرة")
    dialog.name_fields[NamePart.GIVEN][0].setFocus()
    assert dialog.isModal() or dialog.windowModality().value != 0
    _press(keys)
    _locked(gui)
    kept = read_vault(made_vault[0], lambda s: s.drafts.new_person())
    assert "سميرة" in str(kept)


@pytest.mark.parametrize("opening", ["open_settings", "back_up", "change_passphrase",
                                     "new_recovery_code"])
def test_panic_with_a_vault_menu_dialog_open(qtbot, gui, made_vault, opening):
    gui.vault_dir = made_vault[0]
    main = unlock(qtbot, gui)
    getattr(main, opening)()
    modal = QApplication.activeModalWidget()
    assert modal is not None and modal is not main
    _press("F12")
    _locked(gui)


def _pressed_inside(keys: str, open_modally) -> list[str]:
    """open_modally() runs a dialog in its own loop (exec), as a user has it on screen; keys
    are pressed in it. Where they do nothing, the dialog is closed after a while so the test
    ends on its assertion. Returns the dialog's class name."""
    seen: list[str] = []

    def press() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(50, press)
            return
        seen.append(type(modal).__name__)
        _press(keys)
        QTimer.singleShot(700, modal, lambda: modal.isVisible() and modal.reject())

    QTimer.singleShot(0, press)
    open_modally()
    return seen


@pytest.mark.parametrize("keys", KEYS)
def test_keys_from_a_question_box_in_its_own_loop(qtbot, gui, made_vault, keys):
    gui.vault_dir = made_vault[0]
    main = unlock(qtbot, gui)
    box = QMessageBox(QMessageBox.Icon.Question, "CaseKeeper", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, main)
    assert _pressed_inside(keys, box.exec) == ["QMessageBox"]
    _locked(gui)


def test_panic_from_the_import_wizards_file_dialog(qtbot, gui, made_vault):
    gui.vault_dir = made_vault[0]
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    assert _pressed_inside("Ctrl+Shift+Q", wizard.choose_file) == ["QFileDialog"]
    _locked(gui)


@pytest.mark.parametrize("keys", KEYS)
def test_keys_from_the_main_window_alone_still_lock(qtbot, gui, made_vault, keys):
    gui.vault_dir = made_vault[0]
    main = unlock(qtbot, gui)
    main.persons.search_box.setFocus()
    _press(keys)
    _locked(gui)
