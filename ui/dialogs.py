"""Dialogs of the vault menu: change passphrase, settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout

from app import vault
from ui.passphrase_fields import NewPassphrase
from ui.settings import LANGUAGES, VaultPreferences
from ui.widgets import error_label, plain_label


class ChangePassphraseDialog(QDialog):
    """From inside the open vault: the old passphrase stops working at once."""

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle("CaseKeeper")
        self.fields = NewPassphrase(self)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.fields.changed.connect(lambda ok: self.ok.setEnabled(ok == 1))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Choose the new passphrase."), self))
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        new = self.fields.value()
        self.fields.clear()
        self.ok.setEnabled(False)
        self.worker.submit(lambda s: vault.change_passphrase(s, new), on_done=lambda _r:
                           self.accept(), on_error=self.error.setText)


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
        self.idle = QSpinBox(self)
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
