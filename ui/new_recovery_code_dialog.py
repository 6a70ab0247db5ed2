"""Vault > New recovery code...: the current passphrase asked, a new code made and shown once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

from app import vault
from app.passphrase_digits import has_digits
from ui.code_once import CodeShownOnce
from ui.passphrase_fields import masked_field
from ui.print_code import code_view
from ui.widgets import error_label, plain_label


class NewRecoveryCodeDialog(CodeShownOnce):
    """The desktop's `passwd --new-recovery-code`: the passphrase and the key stay; the old code
    stops opening the vault. For a code used, seen by others, or made and never shown."""

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.working = False
        self.digits_typed = False
        self.setWindowTitle("CaseKeeper")
        self.lead = plain_label(self.tr(
            "Make a new recovery code: the code written down before no longer opens the vault; "
            "the passphrase stays as it is. Type the current passphrase."), self, wrap=True)
        # asked, as Change passphrase asks it: whoever sits at an unlocked window could
        # otherwise void her recovery code
        self.current = masked_field(self, "currentPassphrase")
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.current.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.code_note = plain_label(self.tr(
            "Write the new recovery code down now and keep it apart from the laptop; it is "
            "shown only once, and the old code no longer opens the vault. Backups made before "
            "still open with the old code: make a new backup and destroy the old ones."),
            self, wrap=True)
        self.code_view = code_view(self)
        # the vaults restores replaced beside this one still open with the code made void
        # here (as `passwd --new-recovery-code` says): filled in once the code is made
        self.replaced = plain_label("", self, wrap=True)
        self.replaced.setObjectName("replacedByRestore")
        self._code_controls()
        layout = QVBoxLayout(self)
        self.form_widgets = (self.lead, plain_label(self.tr("Current passphrase"), self),
                             self.current, self.error, self.buttons)
        self.code_widgets = (self.code_note, self.code_view, self.print_button, self.written,
                             self.close_button)
        for w in self.form_widgets:
            layout.addWidget(w)
        for w in (self.code_note, self.code_view, self.replaced, self.print_button,
                  self.written, self.close_button):
            layout.addWidget(w)
            w.hide()

    def submit(self) -> None:
        current = self.current.text()
        self.digits_typed = has_digits(current)  # said with a refusal: ٢٠١٤ is not 2014
        self.current.clear()
        self.ok.setEnabled(False)
        self.working = True  # not closed while it works: the code would be shown to no one
        self.buttons.setEnabled(False)
        self.worker.submit(lambda s: (vault.confirm_passphrase(s, current),
                                      vault.new_recovery_code(s))[1],
                           on_done=self._show_code, on_error=self._failed)

    def _show_code(self, code: str) -> None:
        super()._show_code(code)
        self._say_replaced()
        self.adjustSize()
