"""The access window's page that puts a backup in the vault's place: on a new or repaired laptop,
before any vault is open. The backup is checked first; a vault already here is moved aside
(never deleted) only after a plain question; the work runs on the vault thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import PREFIX, backups_in, moved_aside_to
from app.backup_compare import (
    KEY,
    NEWER,
    OLDER,
    OTHER,
    PASSPHRASE,
    RECOVERY_CODE,
    SAME,
    UNKNOWN,
    secrets_back,
)
from app.backup_drive import HEAD_FILE
from app.backup_missing import missing_beside
from app.drafts_lost import UNREAD
from app.vault import vault_exists
from ui import access_ops
from ui.bidi import file_path, filled, in_interface_direction
from ui.i18n import list_comma
from ui.import_changes import record_field_name
from ui.passphrase_fields import with_show
from ui.typed_path import NotOnThisComputer, SeveralPaths, typed_path
from ui.widgets import plain_label

# What a backup's folder is called (app.backup names it by the date and time it was made),
# kept on one line: broken after a hyphen, its two halves stood apart in an Arabic sentence.
BACKUP_NAME_LIKE = f"{PREFIX}20260105-093000".replace("-", "-\u2060")  # word joiners


class RestorePage(QWidget):
    """The backup folder (chosen or pasted), its passphrase or recovery code, and Restore.

    The window lends its error and progress labels: busy(text) shows what is being done and
    holds the window still, failed(message) says what went wrong, idle() lets it go again.
    restored(note) is emitted once the backup is the vault, with what to tell the user."""

    restored = Signal(str)
    back = Signal()

    def __init__(self, vault_dir: Path, worker, window) -> None:
        super().__init__(window)
        self.vault_dir, self.worker, self.access = vault_dir, worker, window
        box = QVBoxLayout(self)
        heading = plain_label(self.tr("Restore the vault from a backup"), self, wrap=True)
        font = heading.font()
        font.setPointSize(font.pointSize() + 3)
        heading.setFont(font)
        box.addWidget(heading)
        # A folder's name as an example, whole: "casekeeper-backup-..." ended in dots that,
        # in an Arabic sentence, stood before the name to a reader from the right.
        box.addWidget(plain_label(filled(self.tr(
            "Choose the backup's folder on the backup drive (its name is like %1) and type the "
            "passphrase the vault had when the backup was made. The backup is checked before "
            "anything changes. A vault already on this laptop is moved aside, never deleted."),
            file_path(BACKUP_NAME_LIKE)), self, wrap=True))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("restoreFolder")
        # a path reads left to right in every language: /media/usb/casekeeper-backup-2026...
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.folder.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.folder.textEdited.connect(lambda _t: self.access.error.clear())
        choose = QPushButton(self.tr("Choose..."), self)
        choose.setObjectName("restoreChoose")
        choose.clicked.connect(self.choose)
        pick = QHBoxLayout()
        pick.addWidget(self.folder, 1)
        pick.addWidget(choose)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("restoreSecret")
        secret_row, self.show_secret = with_show(self.secret, self)
        self.secret.returnPressed.connect(self.do_restore)
        self.secret_label = plain_label(self.tr("Passphrase of the backup"), self)
        self.use_recovery = QCheckBox(self.tr("Use the recovery code instead"), self)
        self.use_recovery.setObjectName("restoreWithRecovery")
        self.use_recovery.toggled.connect(self._secret_kind)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Backup folder")), pick)
        form.addRow(self.secret_label, secret_row)
        form.addRow("", self.use_recovery)
        box.addLayout(form)
        box.addWidget(plain_label(self.tr("It is restored into this folder:"), self, wrap=True))
        box.addWidget(plain_label(on_its_line(vault_dir), self, wrap=True, selectable=True))
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.do_restore)
        back = QPushButton(self.tr("Back"), self)
        back.clicked.connect(self.back)
        box.addWidget(self.restore_button)
        box.addWidget(back)
        box.addStretch(1)
        self.question: QMessageBox | None = None

    def _secret_kind(self, recovery: bool) -> None:
        """The passphrase or the recovery code, each hidden as it is typed (the code opens
        the vault as the passphrase does: it was on the screen for anyone behind her), each
        shown while Show is ticked (a long code copied from paper is checked by eye)."""
        self.secret_label.setText(self.tr("Recovery code of the backup") if recovery
                                  else self.tr("Passphrase of the backup"))
        self.secret.clear()
        self.show_secret.setChecked(False)

    def choose(self) -> None:
        start = typed_path_or_empty(self.folder.text()) or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, "CaseKeeper", start,
                                                QFileDialog.Option.DontUseNativeDialog
                                                | QFileDialog.Option.ShowDirsOnly)
        if path:
            self.folder.setText(path)
            self.access.error.clear()

    # -- the restore ----------------------------------------------------------------------
    def _backup_folder(self) -> Path | None:
        """The folder typed or chosen, if it can be a backup; else the problem is said."""
        text = typed_path_or_empty(self.folder.text())
        if not text:
            self.access.error.setText(filled(self.tr(
                "Choose the backup folder on the backup drive: its name is like %1."),
                file_path(BACKUP_NAME_LIKE)))
            return None
        folder = Path(text)
        if not folder.is_dir():
            self.access.error.setText(filled(self.tr(
                "There is no folder %1: plug in the backup drive, or choose the folder again."),
                file_path(folder)))
            return None
        found = backups_in(folder)
        if found and not vault_exists(folder):
            self.access.error.setText(filled(self.tr(
                "%1 holds backups, not one backup: choose one of the folders in it (the "
                "newest is %2)."), file_path(folder), file_path(found[-1].name)))
            return None
        return folder

    def do_restore(self) -> None:
        self.access.error.clear()
        folder = self._backup_folder()
        if folder is None:
            return
        secret, recovery = self.secret.text(), self.use_recovery.isChecked()
        # digits of a passphrase are said with a refusal (Arabic-Indic ٢٠١٤ is not 2014)
        self.access.typed("" if recovery else secret)
        if not secret:
            self.access.error.setText(
                self.tr("Type the recovery code of the backup.") if recovery
                else self.tr("Type the passphrase the vault had when the backup was made."))
            return
        self.secret.clear()
        self.show_secret.setChecked(False)
        if not vault_exists(self.vault_dir):
            self._restore(folder, secret, recovery, replacing=False)
            return
        # A wrong passphrase or a damaged backup is said before anything is asked.
        self.access.busy_with(self.tr("Checking the backup..."))
        self.worker.submit(lambda _s: access_ops.compare_backup(self.worker, folder, secret,
                                                                recovery, self.vault_dir),
                           on_done=lambda found: self._ask(folder, secret, recovery, *found),
                           on_error=self.access.failed)

    def _ask(self, folder: Path, secret: str, recovery: bool, counts: dict[str, int],
             against=None) -> None:
        """Plainly, before a vault is replaced: what the vault has since that the backup has
        not (a woman deleted to protect her would come back), and where it goes; No is the
        default."""
        self.access.idle()
        lines = [
            self._opens(folder, counts.get("persons", 0)),
            *self._missing(folder),
            *self._compared(against),
            "",
            self.tr("A vault is already on this laptop, in this folder:"),
            on_its_line(self.vault_dir),
            filled(self.tr("It will be moved aside, not deleted, to a new folder beside it, "
                           "named with the date and time, like %1"),
                   file_path(moved_aside_to(self.vault_dir).name)),
            "",
            self.tr("Put the backup in its place?"),
        ]
        box = QMessageBox(QMessageBox.Icon.Question, "CaseKeeper", "\n".join(lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("replaceVault")
        box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes folders, never markup
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button) -> None:
            self.question = None
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._restore(folder, secret, recovery, replacing=True,
                              older=bool(against is not None and against.risky),
                              against=against)
            else:
                self.access.error.setText(self.tr("Nothing was restored; the vault is as it was."))

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()

    def _compared(self, against) -> list[str]:
        """What restoring the backup takes from the vault here, in counts (app.backup_compare)."""
        unsaved = self._unaudited(against) if against is not None else []
        if against is not None and against.kind == NEWER and (against.coming or against.going):
            # the vault here was only opened since an older backup: only what no trail records
            # is lost; who comes in and who leaves (deleted in the backup since) is said
            going = [self.tr("%n person record(s) deleted in the backup since will leave the "
                             "vault.", "", len(against.going))] if against.going else []
            return ["", self.tr("The backup is newer than the vault on this laptop: %n person "
                                "record(s) added since will come in.", "",
                                len(against.coming)), *going, *unsaved]
        if against is None or not against.risky:
            return []
        if against.kind in (NEWER, SAME):  # risky for its drafts and settings alone
            return ["", *unsaved]
        if against.kind == UNKNOWN:
            return ["", self.tr("The vault on this laptop does not open with the backup's key: "
                                "it is another vault, or it was given a new key since. What it "
                                "holds that the backup does not (persons added since, persons "
                                "deleted since to protect them) cannot be told, and case numbers "
                                "given since may be given again.")]
        if against.kind == OTHER:
            return ["", self.tr("The backup is of ANOTHER vault: its audit trail begins "
                                "elsewhere.")]
        out = ["", filled(self.tr("The backup is OLDER than the vault on this laptop (made "
                                  "%1): restoring it undoes what was done since."),
                          against.backup_at.replace("T", " ").replace("Z", " UTC"))
               if against.kind == OLDER else
               self.tr("The vault and the backup went apart (the vault was restored from an "
                       "older backup since, or is a copy): each holds what the other does "
                       "not.")]
        out += [self._persons_said(group) for group in against.persons_said()]
        if against.other_since:
            out.append(self.tr("%n change(s) since to reports, rescues, imports or the vault's "
                               "settings would be lost.", "", against.other_since))
        out += unsaved + self._secrets(against.secrets_changed)
        out.append(self.tr("Case numbers given since will not be given again."))
        return out

    def _persons_said(self, group) -> str:
        """One group of persons the restore brings, takes or sets back, with their case
        numbers, as the command line says it (app.backup_compare.Comparison.persons_said)."""
        if group.key == "changed_since":
            return (self.tr("%n person record(s) changed since would go back to what they "
                            "were, notes edited since among them.", "", group.count)
                    if group.notes else
                    self.tr("%n person record(s) changed since would go back to what they "
                            "were.", "", group.count))
        words = {"coming": self.tr("%n person record(s) added to the backup since would come "
                                   "in: %1.", "", group.count),
                 "going": self.tr("%n person record(s) deleted in the backup since would leave "
                                  "the vault: %1.", "", group.count),
                 "deleted_since": self.tr("%n person record(s) deleted since would come back: "
                                          "%1.", "", group.count),
                 "added_since": self.tr("%n person record(s) added since would be lost: %1.",
                                        "", group.count)}[group.key]
        said = filled(words, group.named)
        # more than five: the numbers end in "...", and the sentence's full stop made four dots
        return said[:-1] if group.named.endswith("...") and said.endswith(".") else said

    def _unaudited(self, against) -> list[str]:
        """The drafts and settings of the vault here that the restore replaces: kept without an
        audit entry, the trails cannot tell they changed (app.backup_compare._unaudited)."""
        out = []
        if against.drafts_since:
            out.append(filled(self.tr("Unsaved edits kept in the vault when it locked would be "
                                      "lost: %1."),
                              list_comma().join(
                                  self._draft_said(d, f, d in against.drafts_unsure)
                                  for d, f in against.each_draft())))
        if against.settings_since:
            out.append(self.tr("%n setting(s) changed in the vault on this laptop (such as the "
                               "idle lock) would go back to the backup's.", "",
                               len(against.settings_since)))
        return out

    def _draft_said(self, draft: str, fields: tuple[str, ...], unsure: bool = False) -> str:
        """A draft with the fields typed in it, in the interface's words: "SNJ-00001 (notes)";
        "new person" is the New person form's (app.drafts_lost). unsure: her record was saved
        since and what was typed cannot be told from it: "SNJ-00001 (may hold birth, notes)"."""
        named = self.tr("the New person form") if draft == "new person" else draft
        fields = tuple(f for f in fields if f != UNREAD)
        if not fields:
            return named
        return filled(self.tr("%1 (may hold %2)") if unsure else self.tr("%1 (%2)"), named,
                      list_comma().join(record_field_name(f) for f in fields))

    def _secrets(self, changed: tuple[str, ...]) -> list[str]:
        """Each secret changed since, as far as the vault's trail tells, said apart: "the
        passphrase and recovery code" for a passphrase changed alone sent her to look for a
        code she never replaced (app.backup_compare.secrets_said)."""
        if KEY in changed:
            return [self.tr("The vault was given a new key since the backup: the backup's key, "
                            "passphrase and recovery code come back with it, and the ones set "
                            "since no longer open it.")]
        words = {PASSPHRASE: self.tr("The passphrase was changed since the backup: the "
                                     "backup's passphrase opens the vault again, and the one "
                                     "set since no longer does."),
                 RECOVERY_CODE: self.tr("The recovery code was replaced since the backup: the "
                                        "backup's recovery code opens the vault again, and the "
                                        "one made since no longer does.")}
        return [words[s] for s in changed if s in words]

    def _restore(self, folder: Path, secret: str, recovery: bool, replacing: bool,
                 older: bool = False, against=None) -> None:
        self.access.busy_with(self.tr("Checking the backup..."))
        job = self.worker.submit(
            lambda _s, progress, cancel: access_ops.restore(
                self.worker, folder, self.vault_dir, secret, recovery, progress, cancel,
                older),
            on_done=lambda result: self._done(result, replacing, against, folder),
            on_error=self.access.failed, with_progress=True)
        job.progressed.connect(self._step)

    def _step(self, n: int, _of: int) -> None:
        words = {1: self.tr("Checking the backup..."),
                 2: self.tr("Copying the backup into the vault's folder..."),
                 3: self.tr("Checking the copy and its audit trail...")}
        if n in words:
            self.access.busy_with(words[n])

    def _opens(self, folder: Path, persons: int) -> str:
        """That the backup opens, and "whole" only for what was checked (as `restore --check`
        says it): its trail's end was not, where the head it was made at is missing."""
        if HEAD_FILE not in missing_beside(folder):
            return self.tr("The backup opens and is whole: %n person record(s).", "", persons)
        return filled(self.tr("The backup opens, and its pages and tables are whole (not its "
                              "trail's end: %1 is missing): %n person record(s).", "", persons),
                      file_path(HEAD_FILE))

    def _missing(self, folder: Path) -> list[str]:
        """The backup's own small files not beside it (a copy stopped early): what that leaves
        unchecked. Said, not refused: her only backup may be that copy."""
        missing = missing_beside(folder)
        if not missing:
            return []
        files = list_comma().join(file_path(f) for f in missing)
        if missing == [HEAD_FILE]:  # one file: "it", not "them"
            return [filled(self.tr(
                "Missing beside the backup: %1 (a copy stopped early, or made without it). Its "
                "pages and tables were checked whole, but its audit trail could not be checked "
                "against where it ended when the backup was made, so entries taken off its end "
                "since would not show. It can still be restored; if another copy of this backup "
                "has it, use that one."), files)]
        if HEAD_FILE in missing:
            return [filled(self.tr(
                "Missing beside the backup: %1 (a copy stopped early, or made without them). Its "
                "pages and tables were checked whole, but its audit trail could not be checked "
                "against where it ended when the backup was made, so entries taken off its end "
                "since would not show. It can still be restored; if another copy of this backup "
                "has them, use that one."), files)]
        return [filled(self.tr(
            "Missing beside the backup: %1. It only says which vault the backup is of; the "
            "backup's audit trail was checked against where it ended when it was made."), files)]

    def _done(self, result, replacing: bool, against=None, folder: Path | None = None) -> None:
        counts, aside, leftovers = result
        lines = [self.tr("The backup was restored: %n person record(s).", "",
                         counts.get("persons", 0)),
                 *(self._missing(folder) if folder is not None else [])]
        if aside is not None:
            lines.append(
                self.tr("The vault that was here is kept, not deleted, in this folder:")
                if replacing else
                self.tr("What was in the vault's folder before is kept in this folder:"))
            lines.append(on_its_line(aside))
            if replacing:  # it stayed there for years, a whole vault under the old passphrase
                lines.append(self.tr("It opens with the passphrase and recovery code it had, "
                                     "and CaseKeeper never deletes it: once you have checked "
                                     "the restored vault, delete that folder yourself."))
        if leftovers:  # a whole copy of a backup went from beside the vault: said, not silent
            lines.append(filled(self.tr(
                "Deleted first, beside the vault: %1, the copy of a backup that an earlier "
                "restore left when it was cut off."),
                list_comma().join(file_path(n) for n in leftovers)))
        lines.append(self.tr("Unlock it with the passphrase the vault had when the backup was "
                             "made (or use its recovery code to set a new one)."))
        # the backup's secrets came back: those replaced since open it again, said where the
        # trail says so (a new key in its own words), or where it cannot be told
        back = secrets_back(against)
        if back is None or KEY in back:
            lines.append(self.tr("A passphrase set since the backup does not open it, and a "
                                 "recovery code made void since (a new key) opens it again: if "
                                 "that code may be in other hands, make a new key now.")
                         if back else
                         self.tr("A passphrase set since the backup does not open it, and if the "
                                 "vault was given a new key since, the recovery code it made void "
                                 "opens it again: if that code may be in other hands, make a new "
                                 "key now."))
        else:
            lines.append(self.tr("A passphrase set since the backup does not open it."))
            if RECOVERY_CODE in back:
                lines.append(self.tr("The recovery code replaced since the backup opens it again: "
                                     "if that code may be in other hands, make a new one now "
                                     "(Vault > New recovery code...)."))
            if PASSPHRASE in back:
                lines.append(self.tr("The passphrase replaced since the backup opens it again: if "
                                     "it may be known, change it now (Vault > Change "
                                     "passphrase...)."))
        self.folder.clear()
        self.use_recovery.setChecked(False)
        self.access.idle()
        self.restored.emit("\n".join(lines))


def on_its_line(path: Path) -> str:
    """A folder on a line of its own: left to right inside, the line set where the interface's
    lines start (on the right in Arabic and Sorani, where a line of Latin letters alone was
    set on the left)."""
    return in_interface_direction(file_path(path))


def typed_path_or_empty(text: str) -> str:
    try:
        return typed_path(text)
    except (SeveralPaths, NotOnThisComputer):
        return ""
