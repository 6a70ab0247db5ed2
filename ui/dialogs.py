"""Dialogs of the vault menu: change passphrase, settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
)

from app import vault
from app.passphrase_digits import has_digits
from ui.code_once import CodeShownOnce
from ui.digit_boxes import DigitSpinBox
from ui.passphrase_fields import NewPassphrase, masked_field
from ui.print_code import code_view
from ui.settings import LANGUAGES, VaultPreferences
from ui.widgets import error_label, plain_label


class ChangePassphraseDialog(CodeShownOnce):
    """From inside the open vault: the old passphrase stops working at once. With a new key,
    the whole vault is encrypted again and the new recovery code is shown once, here."""

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.working = False  # the change is being made on the vault thread
        self.digits_typed = False
        self.setWindowTitle("CaseKeeper")
        # Asked first, as the unlock window and the command line ask it: whoever sits at an
        # unlocked window could otherwise void her passphrase and her recovery code at once.
        self.current = masked_field(self, "currentPassphrase")
        self.fields = NewPassphrase(self)
        # A new passphrase alone keeps the key: whoever saw the old one and copied the key
        # file once opens every later copy of the vault (app/rekey.py).
        self.new_key = QCheckBox(self.tr("Also encrypt the whole vault under a new key, with "
                                         "a new recovery code (after the passphrase or the "
                                         "code may have been seen)"), self)
        self.new_key.setObjectName("newKey")
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.fields.changed.connect(lambda _ok: self._enable())
        self.current.textChanged.connect(lambda _t: self._enable())
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.code_view = code_view(self)
        self.code_note = plain_label(self.tr(
            "The vault is encrypted under a new key. Write the new recovery code down now and "
            "keep it apart from the laptop; it is shown only once, and the old code no longer "
            "opens the vault. Backups made before keep the old key and passphrase: make a new "
            "backup and destroy the old ones."), self, wrap=True)
        self._code_controls()
        self.done_note = plain_label(self.tr(
            "The passphrase is changed: the old one no longer opens the vault itself. Backups "
            "made before, and any copy of keyslots.bin from before, still open with the old "
            "passphrase: make a new backup and destroy the old ones. If the old passphrase may "
            "be known to others, change it again with a new key."), self, wrap=True)
        # the vaults restores replaced beside this one: filled in once the change is made
        self.replaced = plain_label("", self, wrap=True)
        self.replaced.setObjectName("replacedByRestore")
        self.done_button = QPushButton(self.tr("Close"), self)
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        self.lead = plain_label(self.tr("Type the current passphrase, then choose the new one."),
                                self, wrap=True)
        layout.addWidget(self.lead)
        self.current_label = plain_label(self.tr("Current passphrase"))
        # in the new passphrase's own form: the three boxes in one column
        self.fields.layout().insertRow(0, self.current_label, self.current)
        layout.addWidget(self.fields)
        layout.addWidget(self.new_key)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.code_widgets = (self.code_note, self.code_view, self.print_button, self.written,
                             self.close_button)
        # the vaults a restore replaced said under what was said, above the buttons, either way
        for w in (self.code_note, self.code_view, self.done_note, self.replaced,
                  self.print_button, self.written, self.close_button, self.done_button):
            layout.addWidget(w)
            w.hide()
        self.form_widgets = (self.lead, self.current_label, self.current, self.fields,
                             self.new_key, self.error, self.buttons)

    def _enable(self) -> None:
        self.ok.setEnabled(self.fields.ok() and bool(self.current.text()))

    def submit(self) -> None:
        new, new_key = self.fields.value(), self.new_key.isChecked()
        current = self.current.text()
        self.digits_typed = has_digits(current)  # said with a refusal: ٢٠١٤ is not 2014
        self.current.clear()
        self.fields.clear()
        self.ok.setEnabled(False)
        # Not to be closed while it works: the old passphrase stops working when it is done,
        # and a new key's recovery code would be shown to no one.
        self.working = True
        self.buttons.setEnabled(False)
        if new_key:
            self.worker.submit(lambda s: (vault.confirm_passphrase(s, current),
                                          vault.new_data_key(s, new))[1],
                               on_done=self._show_code, on_error=self._failed)
        else:
            self.worker.submit(lambda s: (vault.confirm_passphrase(s, current),
                                          vault.change_passphrase(s, new)),
                               on_done=self._done, on_error=self._failed)

    def _done(self, _result) -> None:
        self.working = False
        for w in self.form_widgets:
            w.hide()
        self.done_note.show()  # what the old passphrase still opens, said where she reads it
        self.done_button.show()
        self._say_replaced()

    def _show_code(self, code: str) -> None:
        super()._show_code(code)
        self._say_replaced()


class SettingsDialog(QDialog):
    saved = Signal(object, str)  # VaultPreferences, language

    def __init__(self, worker, prefs: VaultPreferences, language: str, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle("CaseKeeper")
        self.language = QComboBox(self)
        self.language.setObjectName("languageSetting")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(language))
        self.idle = DigitSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 120)
        self.idle.setValue(prefs.idle_minutes)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Interface language")), self.language)
        form.addRow(plain_label(self.tr("Lock after idle minutes")), self.idle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("A new language applies from the next unlock."),
                                     self, wrap=True))
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        prefs = VaultPreferences(self.idle.value())
        lang = self.language.currentData()
        self.worker.submit(prefs.save, on_done=lambda _r: self._done(prefs, lang),
                           on_error=self.error.setText)

    def _done(self, prefs, lang) -> None:
        self.saved.emit(prefs, lang)
        self.accept()
