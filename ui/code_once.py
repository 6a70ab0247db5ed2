"""A dialog that shows a new recovery code once: refusals said, the code shown, closed only
when it has been written down (Change passphrase, New recovery code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton

from app.domain.errors import WrongSecret
from app.recovery_code import mark_seen
from ui.labels import app_message
from ui.passphrase_fields import refused_hints
from ui.print_code import print_recovery_code
from ui.replaced_note import replaced_note


class CodeShownOnce(QDialog):
    """Expects worker, working, digits_typed, buttons, error, form_widgets, code_widgets and
    code_view set by the dialog built on it."""

    def _code_controls(self) -> None:
        """The code's Print button, the box that says it is written down, and Close, enabled
        once it is ticked (their words are Change passphrase's, where they were first said)."""
        self.print_button = QPushButton(QCoreApplication.translate(
            "ChangePassphraseDialog", "Print the code"), self)
        self.print_button.clicked.connect(
            lambda: print_recovery_code(self, self.code_view.code()))
        self.written = QCheckBox(QCoreApplication.translate(
            "ChangePassphraseDialog", "I have written the code down"), self)
        self.close_button = QPushButton(QCoreApplication.translate(
            "ChangePassphraseDialog", "Close"), self)
        self.close_button.setEnabled(False)
        self.written.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self._close_code)

    def _failed(self, message: str) -> None:
        self.working = False
        self.buttons.setEnabled(True)
        said = app_message(message)
        if message == str(WrongSecret()):  # the current passphrase, typed
            said += "\n" + refused_hints(self.digits_typed)
        self.error.setText(said)

    def _show_code(self, code: str) -> None:
        self.working = False
        for w in self.form_widgets:
            w.hide()
        for w in self.code_widgets:
            w.show()
        self.code_view.setText(code)  # shown first: the dialog grows to the code's width

    def _say_replaced(self) -> None:
        """Each vault a restore replaced beside this one, in the label self.replaced: the
        change did not reach it, and it still opens with the secrets it had then."""
        def said(folder) -> None:
            self.replaced.setText(replaced_note(folder))
            self.replaced.setVisible(bool(self.replaced.text()))
            # the note comes after the dialog was sized for the code: grown to hold it whole,
            # or it and the warning above the code are cut and drawn over each other
            self.adjustSize()
        if self.worker is not None:  # shown without a vault (the code's layout alone)
            self.worker.submit(lambda s: s.folder, on_done=said)

    def reject(self) -> None:
        # not while it works, nor before the code shown is written down
        if self.working or self.code_view.code():
            return
        super().reject()

    def _close_code(self) -> None:
        self.code_view.clear()  # shown once: not kept in the widget
        # written down: no longer said at each unlock to be a code nobody saw
        self.worker.submit(mark_seen, on_done=lambda _r: self.accept(),
                           on_error=lambda _m: self.accept())
