"""The window before the vault is open: create, unlock, recovery code, change passphrase,
restore from a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import BackupWrongSecret, WrongSecret
from app.passphrase_digits import has_digits
from app.recovery_code import mark_seen
from app.vault import vault_exists
from ui import access_ops
from ui.labels import app_message
from ui.passphrase_fields import NewPassphrase, refused_hints, with_show
from ui.print_code import code_view, print_recovery_code
from ui.replaced_note import replaced_note
from ui.restore_page import RestorePage, on_its_line
from ui.settings import LANGUAGES
from ui.widgets import error_label, plain_label
from ui.wrapped_check import wrapped_check


class AccessWindow(QWidget):
    """Emits unlocked() once the worker holds an open session and the user may go on."""

    unlocked = Signal()
    language_chosen = Signal(str)

    def __init__(self, vault_dir: Path, worker, language: str = "en") -> None:
        super().__init__()
        self.vault_dir, self.worker = vault_dir, worker
        self.digits_typed = False  # the secret last tried held digits (typed())
        self.passphrase_typed = False  # it was a passphrase, not a recovery code (typed())
        self.setWindowTitle("CaseKeeper")  # neutral: never case data
        self.setMinimumWidth(480)
        self.pages = QStackedWidget(self)
        self.error = error_label(self)
        self.busy = plain_label("", self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(language))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData()))
        top = QHBoxLayout()
        top.addWidget(plain_label("CaseKeeper", self))
        top.addStretch(1)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        self._build_unlock()
        self._build_create()
        self._build_recovery()
        self._build_change()
        self._build_changed()
        self._build_code()
        self.restore_page = RestorePage(vault_dir, worker, self)
        self.restore_page.back.connect(self.show_start)
        self.restore_page.restored.connect(self._restored)
        self.pages.addWidget(self.restore_page)
        self.show_start()

    # -- pages -----------------------------------------------------------------------------
    def show_start(self) -> None:
        self._go(self.unlock_page if vault_exists(self.vault_dir) else self.create_page)

    def _go(self, page: QWidget) -> None:
        self.error.clear()
        self.show_code.setChecked(False)  # a code shown is hidden again once the page is left
        self.pages.setCurrentWidget(page)
        focus = page.findChild(QLineEdit)
        if focus:
            focus.setFocus()

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        box = QVBoxLayout(page)
        heading = plain_label(title, page, wrap=True)
        font = heading.font()
        font.setPointSize(font.pointSize() + 3)
        heading.setFont(font)
        box.addWidget(heading)
        self.pages.addWidget(page)
        return page, box

    def _restore_link(self, page: QWidget) -> QPushButton:
        link = QPushButton(self.tr("Restore from a backup..."), page)
        link.setObjectName("toRestore")
        link.setFlat(True)
        link.clicked.connect(lambda: self._go(self.restore_page))
        return link

    def _password(self, parent: QWidget, name: str) -> QLineEdit:
        field = QLineEdit(parent)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setObjectName(name)
        return field

    def _build_unlock(self) -> None:
        self.unlock_page, box = self._page(self.tr("Unlock the vault"))
        self.passphrase = self._password(self.unlock_page, "passphrase")
        self.passphrase.returnPressed.connect(self.do_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self.unlock_page)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.do_unlock)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Passphrase")), self.passphrase)
        box.addLayout(form)
        box.addWidget(self.unlock_button)
        # what a restore says it did, and how to open what it put here
        self.restored_note = plain_label("", self.unlock_page, wrap=True, selectable=True,
                                         collapse=True)
        self.restored_note.setObjectName("restoredNote")
        box.addWidget(self.restored_note)
        # One under another: side by side they needed some 560 px, and the window opens at
        # two thirds of a small screen (533 px at 800): "orgot it? Use the recovery cod".
        links = QVBoxLayout()
        links.setSpacing(0)
        to_recovery = QPushButton(self.tr("Forgot it? Use the recovery code"), self.unlock_page)
        to_recovery.setFlat(True)
        to_recovery.clicked.connect(lambda: self._go(self.recovery_page))
        to_change = QPushButton(self.tr("Change passphrase"), self.unlock_page)
        to_change.setFlat(True)
        to_change.clicked.connect(lambda: self._go(self.change_page))
        for link in (to_recovery, to_change, self._restore_link(self.unlock_page)):
            links.addWidget(link, 0, Qt.AlignmentFlag.AlignLeading)
        box.addLayout(links)
        box.addStretch(1)

    def _build_create(self) -> None:
        self.create_page, box = self._page(self.tr("Create a new vault"))
        box.addWidget(plain_label(self.tr(
            "Everything is stored encrypted in this folder. Choose a long passphrase: "
            "without it or the recovery code nobody, including you, can open the vault."),
            self.create_page, wrap=True))
        box.addWidget(plain_label(on_its_line(self.vault_dir), self.create_page, wrap=True))
        self.new_passphrase = NewPassphrase(self.create_page)
        box.addWidget(self.new_passphrase)
        self.prefix = QLineEdit("SNJ", self.create_page)
        self.prefix.setObjectName("casePrefix")
        self.prefix.setMaxLength(6)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Case number prefix")), self.prefix)
        box.addLayout(form)
        self.create_button = QPushButton(self.tr("Create vault"), self.create_page)
        self.create_button.setEnabled(False)
        self.new_passphrase.changed.connect(lambda ok: self.create_button.setEnabled(ok == 1))
        self.create_button.clicked.connect(self.do_create)
        box.addWidget(self.create_button)
        box.addWidget(plain_label(self.tr(
            "Or, on a new or repaired laptop, put a vault back from its backup:"),
            self.create_page, wrap=True))
        link = QHBoxLayout()
        link.addWidget(self._restore_link(self.create_page))
        link.addStretch(1)
        box.addLayout(link)
        box.addStretch(1)

    def _build_recovery(self) -> None:
        self.recovery_page, box = self._page(self.tr("Use the recovery code"))
        box.addWidget(plain_label(self.tr(
            "Type the recovery code and choose a new passphrase. The code will be replaced "
            "by a new one, shown once."), self.recovery_page, wrap=True))
        # hidden as it is typed, as a passphrase is: shown only while Show is ticked
        self.recovery_code = QLineEdit(self.recovery_page)
        self.recovery_code.setObjectName("recoveryCode")
        code_row, self.show_code = with_show(self.recovery_code, self.recovery_page)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Recovery code")), code_row)
        box.addLayout(form)
        self.recovery_passphrase = NewPassphrase(self.recovery_page)
        box.addWidget(self.recovery_passphrase)
        self.recover_button = QPushButton(self.tr("Set the new passphrase"), self.recovery_page)
        self.recover_button.setEnabled(False)
        self.recovery_passphrase.changed.connect(lambda ok: self.recover_button.setEnabled(ok == 1))
        self.recover_button.clicked.connect(self.do_recover)
        back = QPushButton(self.tr("Back"), self.recovery_page)
        back.clicked.connect(self.show_start)
        box.addWidget(self.recover_button)
        box.addWidget(back)
        box.addStretch(1)

    def _build_change(self) -> None:
        self.change_page, box = self._page(self.tr("Change the passphrase"))
        self.current = self._password(self.change_page, "currentPassphrase")
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Current passphrase")), self.current)
        box.addLayout(form)
        self.changed_passphrase = NewPassphrase(self.change_page)
        box.addWidget(self.changed_passphrase)
        # A new passphrase alone keeps the key: whoever saw the old one and copied the key
        # file once opens every later copy of the vault (app/rekey.py).
        # Its words wrapped: on one line they were cut at the window's opening width, before
        # "(after the passphrase or the code may have been seen)", which says when it is for.
        row, self.new_key = wrapped_check(self.tr("Also encrypt the whole vault under a new "
                                                  "key, with a new recovery code (after the "
                                                  "passphrase or the code may have been seen)"),
                                          self.change_page)
        self.new_key.setObjectName("newKey")
        box.addWidget(row)
        self.change_button = QPushButton(self.tr("Change passphrase"), self.change_page)
        self.change_button.setEnabled(False)
        self.changed_passphrase.changed.connect(lambda ok: self.change_button.setEnabled(ok == 1))
        self.change_button.clicked.connect(self.do_change)
        back = QPushButton(self.tr("Back"), self.change_page)
        back.clicked.connect(self.show_start)
        box.addWidget(self.change_button)
        box.addWidget(back)
        box.addStretch(1)

    def _build_changed(self) -> None:
        self.changed_page, box = self._page(self.tr("The passphrase is changed"))
        box.addWidget(plain_label(self.tr(
            "The old passphrase no longer opens the vault itself. Backups made before, and any "
            "copy of keyslots.bin from before, still open with the old passphrase: make a new "
            "backup and destroy the old ones. If the old passphrase may be known to others, "
            "change it again with a new key."), self.changed_page, wrap=True))
        # the vaults restores replaced beside this one, which the change did not reach
        self.changed_replaced = plain_label("", self.changed_page, wrap=True)
        self.changed_replaced.setObjectName("replacedByRestore")
        box.addWidget(self.changed_replaced)
        go_on = QPushButton(self.tr("Continue"), self.changed_page)
        go_on.setObjectName("changedContinue")
        go_on.clicked.connect(lambda: self._unlocked(None))
        box.addWidget(go_on)
        box.addStretch(1)

    def _build_code(self) -> None:
        self.code_page, box = self._page(self.tr("Your recovery code"))
        box.addWidget(plain_label(self.tr(
            "Write this code down now and keep it apart from the laptop. It is shown only "
            "once. With it you can set a new passphrase if the passphrase is forgotten."),
            self.code_page, wrap=True))
        self.code_view = code_view(self.code_page)
        box.addWidget(self.code_view)
        self.code_replaced = plain_label("", self.code_page, wrap=True)  # after a new key only
        self.code_replaced.setObjectName("codeReplacedByRestore")
        box.addWidget(self.code_replaced)
        self.print_button = QPushButton(self.tr("Print the code"), self.code_page)
        self.print_button.clicked.connect(lambda: print_recovery_code(self, self.code_view.code()))
        self.written = QCheckBox(self.tr("I have written the code down"), self.code_page)
        self.continue_button = QPushButton(self.tr("Continue"), self.code_page)
        self.continue_button.setEnabled(False)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._code_done)
        box.addWidget(self.print_button)
        box.addWidget(self.written)
        box.addWidget(self.continue_button)
        box.addStretch(1)

    # -- actions (each runs on the vault thread, answers come back by signal) --------------
    def _run(self, fn, *args, on_done) -> None:
        self.error.clear()
        self.busy_with(self.tr("Working..."))
        self.worker.submit(lambda _s: fn(self.worker, *args), on_done=on_done,
                           on_error=self.failed)

    def busy_with(self, text: str) -> None:
        """What the vault thread is doing; the window held still until it answers (a new
        language would rebuild the window under the answer)."""
        self.busy.setText(text)
        self.pages.setEnabled(False)
        self.language.setEnabled(False)

    def failed(self, message: str) -> None:
        self.idle()
        said = app_message(message)
        if message in (str(WrongSecret()), BackupWrongSecret.MESSAGE) and self.passphrase_typed:
            # ٢٠١٤ and 2014 are other characters, Caps Lock and a keyboard left in another
            # language type other ones: "not correct" alone left her guessing
            said += "\n" + refused_hints(self.digits_typed)
        self.digits_typed = self.passphrase_typed = False
        self.error.setText(said)

    def typed(self, secret: str) -> str:
        """secret, noted for the refusal: whether it holds digits (any script)."""
        self.digits_typed = has_digits(secret)
        self.passphrase_typed = bool(secret)
        return secret

    def idle(self) -> None:
        self.busy.clear()
        self.pages.setEnabled(True)
        self.language.setEnabled(True)

    def do_unlock(self) -> None:
        secret = self.typed(self.passphrase.text())
        self.passphrase.clear()
        self._run(access_ops.unlock, self.vault_dir, secret, on_done=self._unlocked)

    def do_create(self) -> None:
        prefix = self.prefix.text().strip().upper()
        self._run(access_ops.create, self.vault_dir, self.new_passphrase.value(), prefix,
                  on_done=self._show_code)
        self.new_passphrase.clear()

    def do_recover(self) -> None:
        code = self.recovery_code.text()
        # a code, not a passphrase: its digits are Latin, and no keyboard makes it
        self.digits_typed = self.passphrase_typed = False
        self.recovery_code.clear()
        self.show_code.setChecked(False)
        self._run(access_ops.recover, self.vault_dir, code, self.recovery_passphrase.value(),
                  on_done=self._recovered)
        self.recovery_passphrase.clear()

    def do_change(self) -> None:
        current = self.typed(self.current.text())
        self.current.clear()
        self._run(access_ops.change, self.vault_dir, current, self.changed_passphrase.value(),
                  self.new_key.isChecked(), on_done=self._changed)
        self.changed_passphrase.clear()
        self.new_key.setChecked(False)

    def _changed(self, code: str | None) -> None:
        if code:  # a new key: its new recovery code, shown once as at creation
            self._show_code(code)
            self._say_replaced(self.code_replaced)
        else:  # what the old passphrase still opens, said where she reads it
            self.idle()
            self._say_replaced(self.changed_replaced)
            self._go(self.changed_page)

    def _recovered(self, code: str) -> None:
        # the code just typed, where it could be seen, still opens a vault a restore replaced
        # beside this one (as `passwd --recovery` says)
        self._show_code(code)
        self._say_replaced(self.code_replaced)

    def _say_replaced(self, label) -> None:
        label.setText(replaced_note(self.vault_dir))
        label.setVisible(bool(label.text()))

    def _show_code(self, code: str) -> None:
        self.code_replaced.clear()  # a new vault's code: said after a new key or a recovery
        self.code_replaced.hide()
        self.idle()
        self.code_view.setText(code)
        self.written.setChecked(False)
        self._go(self.code_page)

    def _restored(self, note: str) -> None:
        self._go(self.unlock_page)
        self.restored_note.setText(note)

    def _code_done(self) -> None:
        self.code_view.clear()  # shown once: not kept on screen or in the widget
        # written down: no longer said at each unlock to be a code nobody saw
        self.worker.submit(mark_seen, on_done=self._unlocked, on_error=self._unlocked)

    def _unlocked(self, _result) -> None:
        self.idle()
        self.unlocked.emit()
