"""Print: choose document, profile and language; preview the pages; save as PDF or print."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reports.profiles import Profile, shown_status
from app.reports.steps import FINISHING, LAYOUT, PAGES, PREVIEW, READING
from ui import print_ops
from ui.bidi import Phrase, file_path, filled
from ui.labels import profile_names, sharing_names
from ui.print_password import PdfPassword
from ui.print_summary import SummaryChoice
from ui.progress import ProgressPanel
from ui.search_said import listed_unrecorded_said
from ui.settings import DOSSIER_PROFILES, LANGUAGES
from ui.widgets import error_label, plain_label, plain_tooltip

PRINT_DPI = 150


class PrintView(QWidget):
    def __init__(self, worker, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.built: dict | None = None
        self.document = QComboBox(self)
        self.document.setObjectName("printDocument")
        for key, text in (("dossier", self.tr("Dossier of one person")),
                          ("summary", self.tr("Case summary (list)")),
                          ("rescue", self.tr("Rescue operation report"))):
            self.document.addItem(text, key)
        self.ref = QLineEdit(self)
        self.ref.setObjectName("printRef")
        self.ref.setPlaceholderText(self.tr("Case number (dossier) or rescue number"))
        # Who a case summary lists: the filters `casekeeper summary` takes.
        self.summary = SummaryChoice(self)
        self.filters, self.query, self.sort = (self.summary.filters, self.summary.query,
                                               self.summary.sort)
        self.status = self.filters.status
        # A family's summary or rescue report shows her own record, never other families'
        # daughters: whose family it is for is asked, as `--for CASE_NO` asks it.
        self.for_persons = QLineEdit(self)
        self.for_persons.setObjectName("printFor")
        # the example in this vault's own case numbers (its prefix is chosen at its creation)
        worker.submit(lambda session: session.case_prefix, on_done=self._show_case_example,
                      on_error=lambda _message: None)
        self.for_persons.setToolTip(plain_tooltip(self.tr(
            "Required for a family's summary or rescue report, which show only these persons. "
            "More than one: separate them with spaces.")))
        self.profile = QComboBox(self)
        self.profile.setObjectName("printProfile")
        for p in DOSSIER_PROFILES:
            self.profile.addItem(profile_names()[p], p)
        # No profile until one is chosen for this document: a default, above all 'internal',
        # would print the team's whole record for whoever the paper is handed to.
        self.profile.setPlaceholderText(self.tr("Choose who it is for"))
        self.profile.setCurrentIndex(-1)
        self.language = QComboBox(self)
        self.language.setObjectName("printLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Document")), self.document)
        form.addRow(plain_label(self.tr("Which")), self.ref)
        # whose: the persons may be a boy, a woman or both (a family's summary)
        form.addRow(plain_label(self.tr("Whose family")), self.for_persons)
        self.form = form
        form.addRow(plain_label(self.tr("For whom (profile)")), self.profile)
        form.addRow(plain_label(self.tr("Language")), self.language)
        # For Save as PDF... only: a printed sheet has no password. Not part of the document:
        # ticking it leaves the preview as it is.
        self.protect = PdfPassword(self)
        self.profile.currentIndexChanged.connect(
            lambda: self.protect.for_profile(self.profile.currentData()))
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Save as PDF..."), self)
        self.save_button.clicked.connect(self.choose_save)
        self.print_button = QPushButton(self.tr("Print..."), self)
        self.print_button.clicked.connect(self.choose_printer)
        # Shown only when a dossier was refused for her sharing level: the question asked
        # before a paper she was not cleared for is made (the audit trail will say so).
        self.despite_button = QPushButton(self.tr("Make it anyway (the audit trail will say "
                                                  "so)"), self)
        self.despite_button.setObjectName("printDespiteSharing")
        self.despite_button.clicked.connect(self.preview_despite_sharing)
        self.despite_button.hide()
        self._despite = False  # the next preview is made despite her sharing level
        self._busy = False  # a preview, save or printing under way (_hold)
        for b in (self.preview_button, self.save_button, self.print_button, self.despite_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.info = plain_label("", self, wrap=True)  # a long path must not widen the window
        self.error = error_label(self)
        # A summary whose filters leave nobody: which one did, said before it is printed. Not
        # an error: the document is made, and says it too.
        self.nobody = error_label(self, collapse=True)
        self.nobody.setObjectName("printNobody")
        self.progress = ProgressPanel(self)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.protect, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 3)
        summary_row.addStretch(1)
        layout.addLayout(summary_row)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.nobody)
        layout.addWidget(scroll, 1)
        self._set_ready(False)
        # Whatever changes the document makes the pages shown another document's.
        for box in (self.document, self.profile, self.language):
            box.currentIndexChanged.connect(self._changed)
        self.ref.textChanged.connect(self._changed)
        self.summary.changed.connect(self._changed)
        self.for_persons.textChanged.connect(self._changed)
        # connected once: each connection made again at every change ran the slot once more
        self.document.currentIndexChanged.connect(self._show_summary_choice)
        self._show_summary_choice()

    def _show_case_example(self, prefix: str) -> None:
        self.for_persons.setPlaceholderText(filled(self.tr("Case number, e.g. %1"),
                                                   f"{prefix}-00009"))

    def _show_summary_choice(self) -> None:
        self.summary.setVisible(self.document.currentData() == "summary")
        self._show_for_row()

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _show_for_row(self) -> None:
        """A dossier is one person's already: the row is for a summary or a rescue report. A
        summary lists everyone its filters keep: no one case or rescue is asked ("Which"
        hidden with its label, what was typed in it kept for the next dossier)."""
        document = self.document.currentData()
        self.form.setRowVisible(self.for_persons, document != "dossier")
        self.form.setRowVisible(self.ref, document != "summary")

    def prepare(self, document: str, ref: str = "") -> None:
        """Another document asked for from elsewhere: who it is for is asked again."""
        self.document.setCurrentIndex(self.document.findData(document))
        self.ref.setText(ref)
        self.for_persons.clear()
        self.profile.setCurrentIndex(-1)

    def take_list_filters(self, typed: dict) -> None:
        """The Persons list's filters and search, for a summary of the persons it shows."""
        self.summary.take(typed)

    def choices(self) -> tuple:
        """What the screen says the document is: the built one must be this one."""
        document = self.document.currentData()
        return (document, self.ref.text().strip() if document != "summary" else "",
                self.profile.currentData(), self.language.currentData(),
                tuple(self.summary.typed().items()), self.for_persons.text().strip())

    def _public_search_in_progress(self) -> bool:
        """The service refuses it too (app.reports.profiles.shown_status), in English."""
        return (self.profile.currentData() == "public"
                and self.document.currentData() == "summary"
                and shown_status(self.status.currentData() or "", Profile.PUBLIC)
                != (self.status.currentData() or ""))

    def _search_in_progress_refused(self) -> bool:
        """A summary of a search in progress for a profile that shows none while she is held
        (a court's); the service refuses it too, in English."""
        status = self.status.currentData() or ""
        profile = self.profile.currentData()
        return (profile is not None and self.document.currentData() == "summary"
                and shown_status(status, Profile(profile)) != status)

    def _family_without_her(self) -> bool:
        return (self.profile.currentData() == "family"
                and self.document.currentData() != "dossier"
                and not self.for_persons.text().strip())

    def _current(self) -> bool:
        return self.built is not None and self.built["choices"] == self.choices()

    def _changed(self) -> None:
        # an answer given for one document is no answer for another
        self._despite = False
        self.despite_button.hide()
        if self.built is None:
            return
        self.built = None
        self._clear_pages()
        self._set_ready(False)
        self.nobody.clear()  # said of the document no longer shown
        self.info.setText(self.tr("The choices have changed: click Preview to see the document "
                                  "they make before saving or printing it."))

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            page = self.pages_layout.takeAt(0).widget()
            if page:
                page.setParent(None)  # off the screen now, not at the next event
                page.deleteLater()

    def preview_despite_sharing(self) -> None:
        """The dossier refused for her sharing level, made after all because the user asked."""
        self._despite = True
        self.preview()

    def preview(self) -> None:
        if self._busy:
            return
        self.error.clear()
        self.nobody.clear()
        # said of the choices before this Preview: beside a refusal, "click Preview" read as
        # the answer to the click just made
        self.info.clear()
        self.despite_button.hide()
        if self.profile.currentData() is None:
            self.error.setText(self.tr("Choose who the document is for (profile): it decides "
                                       "what the document shows."))
            return
        if self._family_without_her():
            self.error.setText(self.tr("A family's document shows that family's own persons "
                                       "only: give their case numbers under Whose family."))
            return
        if self._public_search_in_progress():
            self.error.setText(self.tr("A public document does not say who was sighted, "
                                       "located or is in negotiation: choose Missing, which "
                                       "lists them with the others."))
            return
        if self._search_in_progress_refused() and self.status.currentData() == "unknown":
            self.error.setText(self.tr("A court document says Missing of a person whose status "
                                       "is unknown: nothing says she is out, so she counts as "
                                       "still held. Choose Missing, which lists them with the "
                                       "others."))
            return
        if self._search_in_progress_refused():
            self.error.setText(self.tr("A court document does not say who is sighted, located "
                                       "or in negotiation while she is held: choose Missing, "
                                       "which lists them with the others."))
            return
        choices = self.choices()
        try:
            summary = self.summary.summary_filter() if choices[0] == "summary" else None
        except ValueError as e:  # a box that cannot be read, named in the interface's words
            self.error.setText(str(e))
            return
        self._set_ready(False)
        self.preview_button.setEnabled(False)
        despite, self._despite = self._despite, False
        job = self.worker.submit(print_ops.build, *choices[:4], summary, choices[5],
                                 on_done=lambda built: self._show(built, choices),
                                 on_error=self._failed, with_progress=True,
                                 with_steps=True, despite_sharing=despite)
        job.on_cancelled.append(lambda: self._failed(self.tr("Cancelled.")))
        self.progress.follow(job, self.step_words())
        self._hold(job)

    def _hold(self, job) -> None:
        """One job of this screen at a time: Preview, Save and Print wait until it ends. A
        second save started during the first lost its panel, and its Cancel, when the first
        ended, and ran on in silence."""
        if job.done:  # the vault locked: it will not run
            return
        self._busy = True
        self.preview_button.setEnabled(False)
        self._set_ready(False)
        job.on_done.append(self._released)
        job.on_error.append(self._released)
        job.on_cancelled.append(self._released)

    def _released(self, _said=None) -> None:
        self._busy = False
        self.preview_button.setEnabled(True)
        self._set_ready(self._current())  # the choices may have changed meanwhile

    def step_words(self) -> dict[str, str]:
        """What the progress bar says of each step of making a paper (app/reports/steps.py):
        a summary of every person filled its bar reading them, then stood full for 20 s
        while its pages were written."""
        return {READING: self.tr("Reading the persons..."),
                LAYOUT: self.tr("Laying out the rows..."),
                PAGES: self.tr("Writing page %1..."),
                FINISHING: self.tr("Finishing the pages..."),
                PREVIEW: self.tr("Drawing the pages for the preview...")}

    def _failed(self, message: str) -> None:
        self.preview_button.setEnabled(True)
        self.error.setText(message)

    def _show(self, built: dict, choices: tuple) -> None:
        self.preview_button.setEnabled(True)
        self._clear_pages()
        if choices != self.choices():  # changed while it was being made
            self.built = None
            self.info.setText(self.tr("The choices changed while the preview was being made: "
                                      "click Preview again."))
            return
        if "merged" in built and built.get("for"):
            self.built = None
            self.error.setText(filled(self.tr(
                "%1 is merged into %2, which holds all that is known of this person: give %2 "
                "under Whose family instead. If they are two people, first split %1 out on "
                "the page of %2."), built["merged"], built["into"]))
            return
        if "merged" in built:
            self.built = None
            self.error.setText(filled(self.tr(
                "%1 is merged into %2, which holds all that is known of this person: print the "
                "dossier of %2. If they are two people, first split %1 out on the page of %2."),
                built["merged"], built["into"]))
            return
        if "sharing" in built:
            self.built = None
            self._refused_for_sharing(built)
            return
        self.built = {**built, "choices": choices}
        for png in built["pages"]:
            page = QLabel(self.pages)
            page.setPixmap(QPixmap.fromImage(QImage.fromData(png)))
            page.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages_layout.addWidget(page)
        said = [self.tr("%n page(s)", "", len(built["pages"]))]
        if built.get("left_out"):
            said.append(filled(self.tr(
                "%1 person(s) left out: their sharing level does not allow %2. Set it on each "
                "person's page (Sharing) once she may be shown to this audience."),
                str(built["left_out"]), profile_names()[built["profile"]]))
        # whom a filter left out for a value not recorded, as the Persons list says it (the
        # paper says it too, in its language)
        said += [listed_unrecorded_said(n, (key,)) for key, n in built.get("unrecorded", {}).items()]
        said += self._held_said(built.get("held") or {})
        if built["detail"].get("despite_sharing"):
            sex = built.get("sex", "U")
            made = self.tr(
                "Made despite her sharing level (%1): saving or printing it is recorded so in "
                "the audit trail.") if sex == "F" else self.tr(
                "Made despite his sharing level (%1): saving or printing it is recorded so in "
                "the audit trail.") if sex == "M" else self.tr(
                "Made despite this person's sharing level (%1): saving or printing it is "
                "recorded so in the audit trail.")
            said.append(filled(made, sharing_names()[built["detail"]["despite_sharing"]]))
        self.info.setText("\n".join(said))
        if "nobody" in built:
            # said before it is saved or printed: an empty list reads as no news of anyone
            self.nobody.setText(self._nobody_said(built["nobody"]))
        self._set_ready(True)

    def _held_said(self, held: dict) -> list[str]:
        """What a court's paper kept back of persons still held (app/reports/while_held.py),
        with every count: the paper itself says it without the counts that would tell."""
        said = []
        if "steps" in held:
            # worded by the person's sex: a boy still held was "she"
            sentence = {"F": self.tr(
                "She is still held: until she is freed, this paper leaves out the steps of the "
                "search for her (%1), the reports of her since her abduction (%2) and her "
                "rescue records (%3), and says so."), "M": self.tr(
                "He is still held: until he is freed, this paper leaves out the steps of the "
                "search for him (%1), the reports of him since his abduction (%2) and his "
                "rescue records (%3), and says so.")}.get(held.get("sex", "F"), self.tr(
                    "This person is still held: until they are freed, this paper leaves out the "
                    "steps of the search for them (%1), the reports of them since their abduction "
                    "(%2) and their rescue records (%3), and says so."))
            said.append(filled(sentence, held["steps"], held["reports"], held["rescues"]))
        if held.get("whereabouts"):
            # her captor or last known place was recorded: the paper leaves it out too
            said.append({"F": self.tr(
                "It also leaves out who holds her and where she was last known to be."),
                "M": self.tr(
                "It also leaves out who holds him and where he was last known to be.")}.get(
                held.get("sex", "F"), self.tr(
                    "It also leaves out who holds them and where they were last known to be.")))
        if held.get("others_reports") or held.get("others_operations"):
            said.append(filled(self.tr(
                "For others still held whom this paper is not about, it leaves out the reports "
                "that also concern them (%1) and the date, place and outcome of the operations "
                "that name them, whatever they gave (%2), and says so."),
                held.get("others_reports", 0),
                held.get("others_operations", 0)))
        if held.get("others_fields"):
            # her own circumstances or held by naming another person still held
            said.append(filled(self.tr(
                "It prints %1 field(s) of this person's record as withheld: their text names "
                "another person still held."), held["others_fields"]))
        if held.get("others_places"):
            # a report's Place, a place cell quoted from a list, naming another person still held
            said.append(filled(self.tr(
                "It prints %1 place(s), of reports or of the lists that named this person, as "
                "withheld: they name another person still held."), held["others_places"]))
        if held.get("villages"):
            # a list paper: a village typed naming another person still held
            said.append(filled(self.tr(
                "It prints the village of %1 person(s) as withheld: it names another person "
                "still held."), held["villages"]))
        if held.get("said_missing"):
            said.append(filled(self.tr(
                "%1 person(s) still held and sighted, located or in negotiation are said to be "
                "missing on this paper, which says that it says so of anyone still held."),
                held["said_missing"]))
        if held.get("persons"):
            said.append(filled(self.tr(
                "%1 person(s) of this operation still held are not named on this paper, which "
                "says so."), held["persons"]))
        if held.get("facts"):
            said.append(self.tr(
                "Someone this operation did not free is still held: its date, place and outcome "
                "are left out of this paper, which says so."))
        return said

    def _refused_for_sharing(self, built: dict) -> None:
        """Said in the interface's words, and for a dossier asked: make it anyway?"""
        # worded by the person's sex: a boy's refusal said "her sharing level"
        sex = built.get("sex", "U")
        said = self.tr(
            "%1 may not be shown to this audience: her sharing level is \"%2\", and this "
            "document is for: %3. If she may, set Sharing on her page first.") if sex == "F" \
            else self.tr(
                "%1 may not be shown to this audience: his sharing level is \"%2\", and this "
                "document is for: %3. If he may, set Sharing on his page first.") if sex == "M" \
            else self.tr(
                "%1 may not be shown to this audience: this person's sharing level is \"%2\", "
                "and this document is for: %3. If they may, set Sharing on their page first.")
        self.error.setText(filled(said, built["sharing"], sharing_names()[built["level"]],
                                  profile_names()[built["profile"]]))
        self.despite_button.setVisible(built["can_override"])

    def _nobody_said(self, nobody) -> str:
        """Which filter left the summary with nobody, named as the screen shows it."""
        box = (Phrase(filled(self.tr("%1: %2"), self.tr("Whose family"),
                             self.for_persons.text()))
               if nobody.key == "persons" else self.summary.box_said(nobody.key))
        if nobody.before is None:
            return filled(self.tr("This summary lists nobody: no one in the vault matches the "
                                  "filter “%1”. The document says so; change the filter to "
                                  "list persons."), box)
        return filled(self.tr("This summary lists nobody: the filters before it choose %1, "
                              "and the filter “%2” leaves none of them. The document says so; "
                              "change the filter to list persons."), nobody.before, box)

    # -- saving and printing ---------------------------------------------------------------
    def choose_save(self) -> None:
        if self._busy or self._refuse_if_out_of_date() or not self._password_typed()[0]:
            return  # said before a file is chosen
        path, _ = QFileDialog.getSaveFileName(self, "CaseKeeper", str(Path.home()),
                                              self.tr("PDF (*.pdf)"),
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.save_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _refuse_if_out_of_date(self) -> bool:
        """Save and Print take only the document previewed from the choices shown now."""
        if self._current():
            return False
        self._set_ready(False)
        self.error.setText(self.tr("Click Preview first: only the document previewed from the "
                                   "choices shown is saved or printed."))
        return True

    def _password_typed(self) -> tuple[bool, str | None]:
        """(True, the password to save under or None for none); (False, None) once a
        password that cannot protect the PDF is refused on the screen: nothing is saved."""
        try:
            password = self.protect.password()
        except ValueError as e:
            self.error.setText(str(e))
            return False, None
        self.error.clear()  # a refusal said before is put right
        return True, password

    def save_to(self, path: str) -> None:
        if self._busy or self._refuse_if_out_of_date():
            return
        ok, password = self._password_typed()
        if not ok:
            return
        saved = (self.tr("Saved to %1, protected with a password\nSHA-256 %2") if password
                 else self.tr("Saved to %1\nSHA-256 %2"))
        # Cancel offered only where it is honoured: a summary made again under its password
        cancellable = print_ops.cancellable(self.built, password)
        job = self.worker.submit(print_ops.save, self.built, path, password,
                                 on_error=self.error.setText,
                                 on_done=lambda e: self._saved(filled(saved, file_path(e.path),
                                                                      e.sha256)),
                                 with_progress=cancellable, with_steps=cancellable)
        if cancellable:
            job.on_cancelled.append(lambda: self.error.setText(self.tr("Cancelled.")))
            self.progress.follow(job, self.step_words())
        self._hold(job)

    def _saved(self, said: str) -> None:
        """Written: the password goes from the screen. Not written (a folder that cannot be
        written to), it stays, to save elsewhere without typing it twice again; the lock
        clears it (forget_password)."""
        self.protect.clear()
        self.info.setText(said)

    def forget_password(self) -> None:
        """At lock: a password typed and not yet used goes with the screen."""
        self.protect.clear()

    def choose_printer(self) -> None:
        if self._busy or self._refuse_if_out_of_date():
            return
        if not QPrinterInfo.availablePrinterNames():
            # Qt's dialog would offer nothing to print on: its file choice is switched off
            self.error.setText(self.tr("No printer is set up on this computer: nothing was "
                                       "printed. Save as PDF... keeps the document in a file."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.print_dialog(printer).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_dialog(self, printer: QPrinter) -> QPrintDialog:
        """Qt's print dialog without its Print to File: that wrote the dossier into the home
        folder, readable by every account on the laptop (0644), and the audit trail took it
        for paper. Save as PDF... writes it for her alone (0600) where she chooses."""
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Pages rendered at print resolution off the GUI thread, then drawn one per sheet."""
        if self._busy or self._refuse_if_out_of_date():
            return
        built = self.built
        self._hold(self.worker.submit(lambda s: print_ops.for_printer(s, built, PRINT_DPI),
                                      on_error=self.error.setText,
                                      on_done=lambda pages: self._paint(printer, pages)))

    def _paint(self, printer: QPrinter, pages: list[bytes]) -> None:
        printer.setDocName("CaseKeeper")  # the print queue shows no case data
        painter = QPainter()
        name = printer.outputFileName()
        if (name and not _private_file(name)) or not painter.begin(printer):
            self.error.setText(self.tr("The printer could not be started: nothing was printed."))
            return
        try:
            for n, png in enumerate(pages):
                if n:
                    printer.newPage()
                image = QImage.fromData(png)
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        self.info.setText(self.tr("Sent to the printer: %n page(s)", "", len(pages)))


def _private_file(name: str) -> bool:
    """A printer that writes a file writes it readable by her alone: Qt creates it readable by
    all, but keeps the mode of a file that is already there. False where that cannot be."""
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError:
        return False
    try:
        os.fchmod(fd, 0o600)  # a file being replaced may have been readable by others
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
