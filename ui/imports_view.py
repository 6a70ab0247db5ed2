"""The imports screen: every batch with its state, a new import, and staged batches to finish."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.importing.sheets import sheet_read
from ui import import_ops
from ui.bidi import filled
from ui.import_report_window import ImportReportWindow
from ui.import_wizard import ImportWizard
from ui.person_tabs import TableTab
from ui.widgets import error_label, plain_label, show_error


class ImportsView(QWidget):
    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.batches: list[dict] = []
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        box = QVBoxLayout(self.list_page)
        buttons = QHBoxLayout()
        new = QPushButton(self.tr("New import..."), self.list_page)
        new.setObjectName("newImport")
        new.clicked.connect(self.new_import)
        self.continue_button = QPushButton(self.tr("Finish the selected import"), self.list_page)
        self.continue_button.clicked.connect(self.continue_selected)
        # An earlier import's report, with the case number each row of its list went to.
        self.report_button = QPushButton(self.tr("Show the selected import's report"),
                                         self.list_page)
        self.report_button.setObjectName("showImportReport")
        self.report_button.clicked.connect(self.show_selected_report)
        buttons.addWidget(new)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.note = error_label(self.list_page)  # why "Finish the selected import" did nothing
        self.note.setObjectName("importsNote")
        box.addWidget(self.note)
        self.count = plain_label("", self.list_page)
        box.addWidget(self.count)
        self.table = TableTab([self.tr("Batch"), self.tr("State"), self.tr("File"),
                               self.tr("Source"), self.tr("Rows"), self.tr("Waiting"),
                               self.tr("Imported (UTC)")], "importBatches", self.list_page)
        box.addWidget(self.table, 1)
        self.table.table.selectionModel().selectionChanged.connect(lambda *_: self.note.clear())
        self.stack.addWidget(self.list_page)
        self.wizard: ImportWizard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def activate(self) -> None:
        if self.wizard is None:
            self.reload()

    def reload(self) -> None:
        self.worker.submit(import_ops.batches, on_done=self._show,
                           on_error=lambda m: show_error(self, m))

    def _show(self, batches: list[dict]) -> None:
        self.batches = batches
        states = {"staged": self.tr("waiting for decisions"), "committed": self.tr("imported"),
                  "discarded": self.tr("discarded")}
        self.table.fill([[b["batch"], states.get(b["state"], b["state"]), self._file(b), b["source"],
                          b["rows_read"], b["waiting"] or "", b["committed_at"].replace("T", " ")]
                         for b in reversed(batches)])
        self.count.setText(self.tr("%n import(s)", "", len(batches)))

    def _file(self, batch: dict) -> str:
        """The file and, for a workbook, the sheet read: two lists of one workbook differ only by it."""
        name, sheet = batch["file"] or "", sheet_read(batch["file"], batch["sheet"])
        return self.tr("%1, sheet %2").replace("%1", name).replace("%2", sheet) if sheet else name

    def _open_wizard(self) -> ImportWizard:
        self.wizard = ImportWizard(self.worker, self)
        self.wizard.finished.connect(self.close_wizard)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        return self.wizard

    def new_import(self) -> ImportWizard:
        return self._open_wizard()

    def _selected(self) -> dict | None:
        rows = self.table.table.selectionModel().selectedRows()
        self.note.clear()
        if not rows:
            self.note.setText(self.tr("Select an import in the list first."))
            return None
        return list(reversed(self.batches))[rows[0].row()]

    def show_selected_report(self) -> None:
        batch = self._selected()
        if batch is not None:
            self.worker.submit(import_ops.report, batch["batch"], on_done=self.open_report,
                               on_error=lambda m: show_error(self, m))

    def open_report(self, report: dict) -> ImportReportWindow:
        self.report_window = ImportReportWindow(report, self.worker, self)
        self.report_window.show()
        return self.report_window

    def continue_selected(self) -> None:
        batch = self._selected()
        if batch is None:
            return
        if batch["state"] == "staged":
            self._open_wizard().open_batch(batch["batch"])
        elif batch["state"] == "committed":
            self.note.setText(filled(self.tr("Import %1 is finished already: its rows are in "
                                             "the vault. Nothing waits."), batch["batch"]))
        else:  # discarded
            self.note.setText(filled(self.tr("Import %1 was discarded: nothing of it is in the "
                                             "vault. Import the file again to use it."),
                                     batch["batch"]))

    def close_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self.stack.setCurrentWidget(self.list_page)
        self.reload()
