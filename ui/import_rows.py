"""An import's rows in a table, each with what happened to it and its case number, savable as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.script import has_arabic
from app.importing.names_kept import kept_said as names_kept_said
from app.importing.pieces import Sentence
from app.importing.report import kept_said
from ui import import_ops
from ui.bidi import FSI, PDI, Phrase, bare, file_path, filled
from ui.import_report import report_words, sentence_said
from ui.widgets import error_label, plain_item, plain_label

# What became of a row, by its result (app.importing.row_cases): %1 its case number, or for a
# repeat the earlier row and %2 the case number.
_SAID = {
    "created": QT_TRANSLATE_NOOP("ImportRows", "created %1"),
    "updated": QT_TRANSLATE_NOOP("ImportRows", "updated %1"),
    "unchanged": QT_TRANSLATE_NOOP("ImportRows", "matched %1, nothing new"),
    "matched": QT_TRANSLATE_NOOP("ImportRows", "went to %1 (whether it added anything was "
                                 "not recorded)"),
    "same_as_earlier_row": QT_TRANSLATE_NOOP("ImportRows", "repeat of row %1: %2"),
    "person_deleted": QT_TRANSLATE_NOOP("ImportRows", "imported, but its person has been "
                                        "deleted since"),
    "discarded": QT_TRANSLATE_NOOP("ImportRows", "not imported: the import was discarded"),
    "waiting": QT_TRANSLATE_NOOP("ImportRows", "waits for a decision"),
}
# a repeat whose earlier row was withdrawn since and went to another woman (row_cases.py)
_LEAD_WITHDRAWN = QT_TRANSLATE_NOOP("ImportRows", "went with row %1 to %2; row %1 withdrawn since")
_REJECTED = QT_TRANSLATE_NOOP("ImportRows", "rejected: %1")
_SKIPPED = QT_TRANSLATE_NOOP("ImportRows", "skipped")
_SKIPPED_REPEAT = QT_TRANSLATE_NOOP("ImportRows", "skipped: a repeat of row %1, which was "
                                    "skipped")
_WITHDRAWN = QT_TRANSLATE_NOOP("ImportRows", "withdrawn from %1; waits for a decision")
_DECIDED = QT_TRANSLATE_NOOP("ImportRows", "decided: %1, not imported yet")
_AGAIN = QT_TRANSLATE_NOOP("ImportRows", "withdrawn from %1, decided again: %2")
# its record merged into another since: where the lawyer finds her now
_MERGED = QT_TRANSLATE_NOOP("ImportRows", "%1 (merged into %2 since)")
# a row that updated nothing but said what the vault did not take: %2 says what (kept_said)
_MATCHED = QT_TRANSLATE_NOOP("ImportRows", "matched %1")
_KEPT = QT_TRANSLATE_NOOP("ImportRows", "%1; %2")


def _tr(template: str) -> str:
    return QCoreApplication.translate("ImportRows", template)


def what_happened(e: dict, decisions: dict[str, str]) -> str:
    """What became of one row (an entry of app.importing.row_cases), in the interface's
    language, its case number and row numbers isolated."""
    case, same, result = e["case_no"], e["same_as_row"], e["result"]
    if result == "withdrawn":
        return filled(_tr(_WITHDRAWN), e["withdrawn_from"])
    if result == "rejected":
        text = filled(_tr(_REJECTED), sentence_said(e["reason"]))
    elif result == "skipped":
        text = filled(_tr(_SKIPPED_REPEAT), same) if same is not None else _tr(_SKIPPED)
    elif result == "decided":
        text = filled(_tr(_DECIDED), decisions.get(e["decision"], e["decision"]))
    elif result == "same_as_earlier_row":
        text = filled(_tr(_LEAD_WITHDRAWN if e.get("lead_withdrawn") else _SAID[result]), same,
                      case)
    elif result == "unchanged" and e.get("kept_against"):
        text = filled(_tr(_MATCHED), case)
    else:
        text = filled(_tr(_SAID.get(result, _SAID["waiting"])), case)
    if e["withdrawn_from"]:
        text = filled(_tr(_AGAIN), e["withdrawn_from"], text)
    if e.get("kept_as"):
        text = filled(_tr(_MERGED), text, e["kept_as"])
    if kept := e.get("kept_against"):  # what the row said that the vault did not take
        said = Phrase(sentence_said(Sentence(kept_said(kept))))
        text = filled(_tr(_KEPT), Phrase(text), said)
    if kept := e.get("names_kept"):  # her names kept, the list's spelling added as another
        said = Phrase(sentence_said(Sentence(names_kept_said(kept, e["case_no"]))))
        text = filled(_tr(_KEPT), Phrase(text), said)
    return text


def headers() -> list[str]:
    return [_tr(QT_TRANSLATE_NOOP("ImportRows", "Row")),
            _tr(QT_TRANSLATE_NOOP("ImportRows", "Name as listed")),
            _tr(QT_TRANSLATE_NOOP("ImportRows", "What happened")),
            _tr(QT_TRANSLATE_NOOP("ImportRows", "Case number"))]


class ImportRowsTable(QWidget):
    """Every row of the list: its row number as in the spreadsheet, the name as the list wrote
    it, what happened and the case number, to tell each family and write on the paper list.
    The CSV is written on the vault thread (worker), which records it in the audit trail."""

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.cells: list[list[str]] = []
        self.batch: int | None = None
        self.title = plain_label("", self, wrap=True)
        self.model = QStandardItemModel(0, 4, self)
        self.table = QTableView(self)
        self.table.setObjectName("importRows")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Save rows as CSV..."), self)
        self.save_button.setObjectName("saveImportRows")
        self.save_button.clicked.connect(self.choose_save)
        self.note = error_label(self, collapse=True)  # why the CSV was not written
        self.note.setObjectName("importRowsNote")
        self.saved = plain_label("", self, wrap=True, selectable=True, collapse=True)
        self.saved.setObjectName("importRowsSaved")
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.table, 1)
        box.addWidget(self.note)
        box.addWidget(self.saved)

    def show_rows(self, batch: int, rows: list[dict]) -> None:
        self.batch = batch
        self.note.clear()
        self.saved.clear()
        decisions = report_words()["decision"]
        self.cells = [[str(e["row"]), e["name"], what_happened(e, decisions), e["case_no"] or ""]
                      for e in rows]
        self.title.setText(filled(QCoreApplication.translate(
            "ImportRows", "Rows of the list and their case numbers (%1):"), len(rows)))
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers())
        for row, name, what, case in self.cells:
            self.model.appendRow([plain_item(row), _name_item(name), plain_item(what),
                                  plain_item(case)])
        self.table.resizeColumnsToContents()
        self.save_button.setEnabled(bool(rows))

    def choose_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "CaseKeeper", str(Path.home() / f"import-{self.batch}-rows.csv"),
            self.tr("CSV (*.csv)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.save_to(path if path.lower().endswith(".csv") else path + ".csv")

    def save_to(self, path: str) -> None:
        """The rows as shown, in the interface's words, without the marks that order them on
        screen (a spreadsheet lays out each cell by itself)."""
        self.saved.clear()
        self.note.clear()
        self.worker.submit(import_ops.save_rows, self.batch, path, headers(),
                           [[bare(c) for c in row] for row in self.cells],
                           on_error=self.note.setText,
                           on_done=lambda _r: self.saved.setText(
                               filled(self.tr("Saved to %1"), file_path(path))))


def _name_item(name: str) -> QStandardItem:
    """A name kept in its own direction, on its own script's side of the cell: an Arabic name
    read from the right in a left-to-right window, a Latin one from the left in an Arabic
    one."""
    item = plain_item(FSI + name + PDI if has_arabic(name) else name)
    side = Qt.AlignmentFlag.AlignRight if has_arabic(name) else Qt.AlignmentFlag.AlignLeft
    item.setTextAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
    return item
