"""The Print screen's password for a saved PDF (AES-256, as `--password-file` gives it): typed
twice, checked as PDF readers check it, never kept (not in settings, drafts or the audit trail)
and cleared once the file is written and at lock. Printing on paper does not use it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout

from app.reports.pdfcrypt import (
    MIN_PASSWORD_CHARS,
    MIXED_SCRIPTS,
    PasswordRefused,
    check_length,
    saslprep,
)
from ui.bidi import filled
from ui.passphrase_fields import masked_field
from ui.widgets import plain_label, plain_tooltip


class PdfPassword(QGroupBox):
    """Ticked (checkable title) for the internal profile as it is chosen; the user may untick
    it. A tick the user gave is kept when the profile changes; one the internal profile gave
    goes with it."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Protect the PDF with a password"), parent)
        self.setObjectName("printProtect")
        self.setCheckable(True)
        self.setChecked(False)
        self._ticked_by_user = False
        self.clicked.connect(self._user_ticked)
        self.why = plain_label(self.tr("Ticked for this paper: it carries informants' reports, "
                                       "phone numbers and payments."), self, wrap=True)
        self.why.setObjectName("printProtectWhy")
        self.why.hide()
        self.rule = plain_label(filled(self.tr("At least %1 characters. Blanks at either end "
                                               "are no part of it, as in the command line's "
                                               "password file."), MIN_PASSWORD_CHARS),
                                self, wrap=True)
        self.rule.setObjectName("printProtectRule")
        self.first = masked_field(self, "pdfPassword")
        self.second = masked_field(self, "repeatPdfPassword")
        kept = plain_tooltip(self.tr("CaseKeeper does not keep it: whoever is to open the PDF "
                                     "must be told it apart from the file."))
        for field in (self.first, self.second):
            field.setToolTip(kept)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # told to the paper's reader: "Password" alone was taken for the vault's passphrase
        form.addRow(plain_label(self.tr("PDF password (not your vault passphrase)"), self),
                    self.first)
        form.addRow(plain_label(self.tr("Repeat it"), self), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.rule)

    def _user_ticked(self, checked: bool) -> None:
        self._ticked_by_user = checked

    def for_profile(self, profile: str | None) -> None:
        internal = profile == "internal"
        self.why.setVisible(internal)
        if internal:
            self.setChecked(True)
        elif not self._ticked_by_user:
            self.setChecked(False)

    def password(self) -> str | None:
        """The password to save the PDF under, None when unticked. ValueError, in the
        interface's language, where it would protect nothing or could not be typed back in
        (pdfcrypt.saslprep's refusals); the boxes are left as they are to be put right."""
        if not self.isChecked():
            return None
        # blanks at either end are no part of it, as in `--password-file` (the dialog says
        # so): "  abc  " typed here made a PDF that "abc" did not open, and was counted long
        first, second = self.first.text().strip(), self.second.text().strip()
        if first != second:
            raise ValueError(self.tr("The two passwords differ: nothing was saved. Type the "
                                     "same password in both boxes."))
        try:
            empty = not saslprep(first)  # a soft hyphen alone is dropped by readers: empty
        except PasswordRefused as e:
            raise ValueError(self._refusal(e.reason)) from None
        if empty:
            raise ValueError(self.tr("Type a password in both boxes, or untick Protect the PDF "
                                     "with a password: nothing was saved."))
        try:
            check_length(first)
        except PasswordRefused:
            raise ValueError(filled(self.tr("The password must be at least %1 characters long, "
                                            "or whoever gets the file guesses it in moments: "
                                            "nothing was saved. A few words are easy to type."),
                                    MIN_PASSWORD_CHARS)) from None
        return first

    def _refusal(self, reason: str) -> str:
        if reason == MIXED_SCRIPTS:
            return self.tr("PDF readers refuse a password that mixes Arabic-script and Latin "
                           "letters, or that does not begin and end with an Arabic-script "
                           "letter: nothing was saved. Choose another password.")
        return self.tr("PDF readers refuse a password that holds a control character or a "
                       "private-use character: nothing was saved. Choose another password.")

    def clear(self) -> None:
        """Both boxes emptied: once the file is written, and at lock."""
        for field in (self.first, self.second):
            field.clear()

