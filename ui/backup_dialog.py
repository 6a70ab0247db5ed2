"""Vault > Back up...: a checked, encrypted copy of the vault into a folder (a USB drive)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.backup_said import make_backup_said
from ui.bidi import file_path, filled
from ui.digit_boxes import DigitSpinBox
from ui.typed_path import NotOnThisComputer, SeveralPaths, typed_path
from ui.widgets import error_label, plain_label


class BackupDialog(QDialog):
    """The folder and how many backups to keep there; the copy is made and checked on the
    vault's thread, and what was made is said in the dialog."""

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle("CaseKeeper")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backupFolder")
        # a path reads left to right in every language, as on the restore page: laid out right
        # to left, /media/usb showed as media/usb/
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        choose = QPushButton(self.tr("Choose..."), self)
        choose.clicked.connect(self.choose)
        self.keep = DigitSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(0, 99)
        self.keep.setSpecialValueText(self.tr("all"))  # 0: none let go
        self.keep.setValue(0)
        self.result = plain_label("", self, wrap=True, selectable=True)
        self.result.setObjectName("backupResult")
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start = self.buttons.addButton(self.tr("Back up"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.start.clicked.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)
        pick = QHBoxLayout()
        pick.addWidget(self.folder, 1)
        pick.addWidget(choose)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Folder (a USB drive)")), pick)
        form.addRow(plain_label(self.tr("Backups to keep there")), self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "The copy is encrypted like the vault and opens with the passphrase or recovery "
            "code the vault has now. It is checked before it counts. Keep the drive apart "
            "from the laptop."), self, wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "CaseKeeper", str(Path.home()),
                                                QFileDialog.Option.DontUseNativeDialog
                                                | QFileDialog.Option.ShowDirsOnly)
        if path:
            self.folder.setText(path)
            self.error.clear()

    def back_up(self) -> None:
        self.error.clear()
        self.result.clear()
        try:
            folder = typed_path(self.folder.text())
        except (SeveralPaths, NotOnThisComputer):
            folder = ""
        if not folder:
            self.error.setText(self.tr("Choose the folder to put the backup in."))
            return
        refused = self._refused(Path(folder))
        if refused:  # said here in the interface's language, as the restore page says it
            self.error.setText(refused)
            self._fit_height()
            return
        keep = self.keep.value() or None
        self.start.setEnabled(False)
        self.result.setText(self.tr("Copying and checking..."))
        self.worker.submit(lambda s: make_backup_said(s, Path(folder), keep),
                           on_done=self._made, on_error=self._failed)

    def _refused(self, dest: Path) -> str:
        """Why the folder cannot take a backup, or "": the vault's own check (app.backup)
        says it in English only, and a Sorani or Arabic user was told "there is no folder
        ...: plug in the backup drive" in a language she may not read."""
        if not dest.exists():
            return filled(self.tr("There is no folder %1: plug in the backup drive, or create "
                                  "the folder first."), file_path(dest))
        if not dest.is_dir():
            return filled(self.tr("%1 is a file, not a folder: choose the folder to put the "
                                  "backup in."), file_path(dest))
        if not os.access(dest, os.W_OK):
            return filled(self.tr("%1 cannot be written to (read-only, or not yours): choose "
                                  "another folder or drive."), file_path(dest))
        return ""

    def _made(self, backup) -> None:
        self.start.setEnabled(True)
        lines = [filled(self.tr("Backup made and checked: %1"), file_path(backup.folder)),
                 self.tr("%n person record(s) in it; every page checked.", "",
                         backup.counts.get("persons", 0)),
                 filled(self.tr("Audit chain head: %1"), backup.chain_head[:16])]
        if backup.removed:
            lines.append(self.tr("%n older backup(s) removed from the folder.", "",
                                 len(backup.removed)))
            # named: which were removed is hers to see (never the one just made)
            lines.extend(f"  {file_path(name)}" for name in backup.removed)
        if backup.unfinished:
            lines.append(self.tr("%n unfinished copy(ies) left by a backup cut off removed from "
                                 "the folder.", "", len(backup.unfinished)))
        if backup.unfinished_left:  # a colleague's, on the same drive: not hers to delete
            lines.append(self.tr("%n unfinished copy(ies) of another vault left in the folder, "
                                 "not removed.", "", len(backup.unfinished_left)))
        self.result.setText("\n".join(lines))
        self._fit_height()

    def _fit_height(self) -> None:
        """The dialog as tall as what it says now needs at its width: Qt keeps a shown window
        as tall as it was, and the result's last line, the audit chain head to write down,
        fell below the dialog's edge, the line above it cut in half."""
        self.layout().invalidate()
        need = self.heightForWidth(self.width())
        if need > self.height():
            screen = self.screen().availableGeometry().height() if self.screen() else need
            self.resize(self.width(), min(need, screen))

    def _failed(self, message: str) -> None:
        self.start.setEnabled(True)
        self.result.clear()
        self.error.setText(message)
        self._fit_height()
