"""The create / unlock window: create with strength feedback and the recovery code shown once,
unlock, wrong passphrase, recovery code, change passphrase, printing the code."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import change_on_unlock_window, unlock

NEW = "a brand new passphrase"


def _wait_page(qtbot, window, page):
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page, timeout=10_000)


def test_create_shows_strength_then_the_code_once_and_opens_the_vault(qtbot, gui):
    window = gui.show_access()
    assert window.pages.currentWidget() is window.create_page
    fields = window.new_passphrase
    fields.first.setText("short")
    assert not window.create_button.isEnabled()
    assert "short" in fields.verdict.text().lower()
    fields.first.setText("aaaaaaaaaa")
    weak = fields.meter.value()
    fields.first.setText(PASSPHRASE + " and a river")
    assert fields.meter.value() > weak
    fields.second.setText(PASSPHRASE)
    assert "differ" in fields.match.text()
    assert not window.create_button.isEnabled()
    fields.first.setText(PASSPHRASE)
    assert window.create_button.isEnabled()
    window.create_button.click()
    _wait_page(qtbot, window, window.code_page)
    code = window.code_view.text()
    assert len(code.replace("-", "")) == 32
    assert not window.continue_button.isEnabled()  # must confirm it was written down
    window.written.setChecked(True)
    window.continue_button.click()
    assert window.code_view.text() == ""  # shown once, then gone from the widget
    qtbot.waitUntil(lambda: gui.main is not None, timeout=10_000)
    assert gui.main.windowTitle() == "CaseKeeper"
    gui.worker.close()
    gui.locked = True  # closed by hand above
    open_vault(gui.vault_dir, recovery_code=code).close()  # the shown code really works


def test_wrong_passphrase_says_so_and_stays_locked(qtbot, gui, made_vault):
    gui.vault_dir = made_vault[0]
    window = gui.show_access()
    assert window.pages.currentWidget() is window.unlock_page
    window.passphrase.setText("not the passphrase")
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    assert "not correct" in window.error.text()
    assert window.passphrase.text() == ""
    assert gui.main is None and gui.worker.session is None


def test_a_wrong_passphrase_is_said_in_the_interfaces_language(qtbot, gui, made_vault):
    """In Arabic the window said "the passphrase or recovery code is not correct" in English,
    laid out left to right."""
    from ui.settings import write_language

    folder = made_vault[0]
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    window = gui.show_access()
    window.passphrase.setText("not the passphrase")
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    assert window.error.text().split("\n")[0] == "عبارة المرور أو رمز الاسترداد غير صحيح."


def test_unlock_opens_the_main_window(qtbot, gui, made_vault):
    gui.vault_dir = made_vault[0]
    main = unlock(qtbot, gui)
    assert gui.worker.session is not None
    assert main.persons.model.total == 0


def test_recovery_code_sets_a_new_passphrase_and_replaces_the_code(qtbot, gui, made_vault):
    folder, code = made_vault
    gui.vault_dir = folder
    window = gui.show_access()
    window._go(window.recovery_page)
    window.recovery_code.setText(code.lower().replace("-", " "))  # typed loosely
    window.recovery_passphrase.first.setText(NEW)
    window.recovery_passphrase.second.setText(NEW)
    window.recover_button.click()
    _wait_page(qtbot, window, window.code_page)
    new_code = window.code_view.text()
    assert new_code and new_code != code
    window.written.setChecked(True)
    window.continue_button.click()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=10_000)
    gui.worker.close()
    gui.locked = True
    open_vault(folder, passphrase=NEW).close()
    open_vault(folder, recovery_code=new_code).close()
    from app.domain.errors import WrongSecret
    for kwargs in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        try:
            open_vault(folder, **kwargs).close()
        except WrongSecret:
            continue
        raise AssertionError(f"old secret still opens the vault: {list(kwargs)}")


def test_change_passphrase_from_the_unlock_window(qtbot, gui, made_vault):
    folder, _code = made_vault
    gui.vault_dir = folder
    window = gui.show_access()
    change_on_unlock_window(window, PASSPHRASE, NEW)
    # what the old passphrase still opens is said before the vault is shown
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.changed_page, timeout=10_000)
    said = " ".join(w.text() for w in window.changed_page.findChildren(QLabel))
    assert "Backups made before, and any copy of keyslots.bin from before, still open" in said
    window.changed_page.findChild(QPushButton, "changedContinue").click()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=10_000)
    gui.worker.close()
    gui.locked = True
    open_vault(folder, passphrase=NEW).close()


def test_change_passphrase_with_a_wrong_current_one_changes_nothing(qtbot, gui, made_vault):
    folder, _code = made_vault
    gui.vault_dir = folder
    before = (folder / "keyslots.bin").read_bytes()
    window = gui.show_access()
    change_on_unlock_window(window, "wrong wrong wrong", NEW)
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    assert (folder / "keyslots.bin").read_bytes() == before


def test_change_passphrase_from_the_main_window(qtbot, gui, made_vault):
    from ui.dialogs import ChangePassphraseDialog
    folder, _code = made_vault
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    dialog = ChangePassphraseDialog(gui.worker, main)
    dialog.current.setText(PASSPHRASE)
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW)
    dialog.ok.click()
    # what the old passphrase still opens is said where she reads that it changed
    qtbot.waitUntil(lambda: not dialog.done_note.isHidden(), timeout=10_000)
    assert "Backups made before, and any copy of keyslots.bin from before, still open" \
        in dialog.done_note.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.done_button.click()
    gui.worker.close()
    gui.locked = True
    open_vault(folder, passphrase=NEW).close()


def test_printing_the_recovery_code_puts_it_on_the_page(qtbot, tmp_path):
    from pdfminer.high_level import extract_text
    from PySide6.QtPrintSupport import QPrinter

    from ui.print_code import render_code
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "code.pdf"))
    render_code(printer, "ABCD-EFGH-2345-6723", "CaseKeeper recovery code")
    text = extract_text(str(tmp_path / "code.pdf"))
    assert "ABCD-EFGH-2345-6723" in text
    assert printer.docName() == "CaseKeeper"
