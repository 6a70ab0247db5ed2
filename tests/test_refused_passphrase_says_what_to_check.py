"""A refused passphrase is told what to check, on the command line and the desktop: Caps Lock
and the keyboard's language (English, Arabic, Kurdish), and the recovery code; "not correct"
alone left a user who typed "Correct horse battery" trying it again. A refused recovery code is
not told of keyboards: no keyboard makes one."""

from __future__ import annotations

import pytest

from tests.ui_support import unlock


def test_the_command_line_says_caps_lock_the_keyboards_language_and_the_code(cli, monkeypatch):
    """Typed at the prompt (one from the environment is said to be the variable's:
    test_cli_passphrase_from_the_environment_refused_says_so.py)."""
    from tests.conftest import run_in_process

    assert cli("init").returncode == 0
    monkeypatch.setattr("app.cli.secrets._prompt", lambda _p, _v: "Correct horse battery")
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}
    r = run_in_process(["--vault", str(cli.vault), "info"], env)
    assert r.returncode == 3 and r.stdout == ""
    line = r.stderr.strip()
    assert line.startswith("casekeeper: the passphrase or recovery code is not correct; ")
    assert "Caps Lock" in line and "(English, Arabic or Kurdish)" in line
    assert "`casekeeper passwd --recovery`" in line and len(r.stderr.splitlines()) == 1
    assert "different characters" not in line  # no digit typed: nothing of digits


@pytest.mark.parametrize("command", [("unlock-check", "--recovery"), ("passwd", "--recovery")])
def test_a_refused_recovery_code_is_not_told_of_keyboards(cli, command):
    """The commands that take a recovery code (a code is read whatever its case: Caps Lock
    changes nothing of it)."""
    assert cli("init").returncode == 0
    r = cli(*command, extra_env={"CASEKEEPER_RECOVERY_CODE": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
                                 "CASEKEEPER_NEW_PASSPHRASE": "a whole new passphrase here"})
    assert (r.returncode, r.stderr) == (
        3, "casekeeper: the passphrase or recovery code is not correct\n"), r.stderr


def _refused(qtbot, window, typed: str) -> str:
    window.passphrase.setText(typed)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    return window.error.text()


def test_the_unlock_window_says_it_under_the_refusal(qtbot, gui, made_vault):
    from ui.passphrase_fields import digits_hint, keyboard_hint

    gui.vault_dir = made_vault[0]
    window = gui.show_access()
    said = _refused(qtbot, window, "Correct horse battery")
    assert said == "The passphrase or recovery code is not correct.\n" + keyboard_hint()
    assert "Caps Lock" in said
    window.error.clear()
    said = _refused(qtbot, window, "correct horse battery 2014")
    assert said.endswith(digits_hint() + "\n" + keyboard_hint())


def test_a_refused_recovery_code_on_the_desktop_is_not_told_of_keyboards(qtbot, gui,
                                                                          made_vault):
    from ui.passphrase_fields import keyboard_hint

    gui.vault_dir = made_vault[0]
    window = gui.show_access()
    window._go(window.recovery_page)
    window.recovery_code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    window.recovery_passphrase.first.setText("a new passphrase for her")
    window.recovery_passphrase.second.setText("a new passphrase for her")
    window.recover_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    assert keyboard_hint() not in window.error.text()


def test_the_change_passphrase_dialog_says_it_too(qtbot, gui, made_vault):
    from ui.dialogs import ChangePassphraseDialog
    from ui.passphrase_fields import keyboard_hint

    gui.vault_dir = made_vault[0]
    main = unlock(qtbot, gui)
    dialog = ChangePassphraseDialog(gui.worker, main)
    dialog.show()
    dialog.current.setText("Correct horse battery")
    dialog.fields.first.setText("a stranger's passphrase here")
    dialog.fields.second.setText("a stranger's passphrase here")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert dialog.error.text().endswith("\n" + keyboard_hint())


@pytest.mark.usefixtures("new_translations")  # the new sentence is not in the .qm yet
def test_it_is_said_in_arabic(qtbot, gui, made_vault):
    from ui.settings import write_language

    folder = made_vault[0]
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    window = gui.show_access()
    said = _refused(qtbot, window, "Correct horse battery")
    assert said.startswith("عبارة المرور أو رمز الاسترداد غير صحيح.\n")
    assert "تحقق من لوحة المفاتيح" in said and "Caps Lock" in said and "Check" not in said
