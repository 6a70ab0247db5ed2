"""Her page's Provenance tab: the list rows naming her, and one of them taken back from her."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from ui.person_tabs import TableTab


class ProvenanceTab(TableTab):
    """The rows of provenance (records.provenance_for, as rows_naming gives them); withdraw
    asks for the chosen one to be taken back from her record (review --withdraw)."""

    withdraw = Signal(dict)

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(headers, "provenance", parent)
        self.entries: list[dict] = []
        self.withdraw_button = QPushButton(self.tr("Withdraw the chosen row..."), self)
        self.withdraw_button.setObjectName("withdrawListRow")
        self.withdraw_button.clicked.connect(self._withdraw)
        self.controls.addWidget(self.withdraw_button)
        self.controls.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self._chosen()

    def show_entries(self, entries: list[dict], rows: list[list[str]]) -> None:
        self.entries = entries
        self.fill(rows)
        self._chosen()

    def chosen(self) -> dict | None:
        """The chosen row, if it can be withdrawn from her: a list's row of her own record (a
        row of a record merged into hers is withdrawn from that record, split out first)."""
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.entries):
            return None
        entry = self.entries[picked[0].row()]
        return entry if entry["batch_id"] and not entry.get("merged_case_no") else None

    def _chosen(self, *_args) -> None:
        self.withdraw_button.setEnabled(self.chosen() is not None)

    def _withdraw(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.withdraw.emit(entry)
