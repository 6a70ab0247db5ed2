"""An earlier import's report in a window of its own: the report, then each row and its case number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QSplitter, QVBoxLayout

from ui.bidi import filled
from ui.import_report import report_said
from ui.import_rows import ImportRowsTable
from ui.widgets import plain_label


class ImportReportWindow(QDialog):
    """What `casekeeper review BATCH --report` says, in the interface's language, kept
    viewable after the import: the lawyer comes back to it to tell a family their number."""

    def __init__(self, report: dict, worker, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportWindow")
        self.setWindowTitle(filled(self.tr("Import %1"), report["batch"]))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.report = plain_label(report_said(report), scroll, wrap=True, selectable=True)
        self.report.setObjectName("importReport")
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        scroll.setWidget(self.report)
        self.rows = ImportRowsTable(worker, self)
        self.rows.show_rows(report["batch"], report.get("rows", []))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(scroll)
        split.addWidget(self.rows)
        split.setSizes([1000, 2000])  # the report a third, the rows the rest
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(split, 1)
        box.addWidget(close)
        self.resize(900, 650)
