"""The report form's outcome: whether the report proved false, why and when (shown while changing one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from ui.bidi import filled
from ui.labels import date_said, date_typed
from ui.widgets import plain_tooltip


class OutcomeBoxes(QWidget):
    """Proved false, its reason and date: apart from credibility, which is judged when a report
    comes in; this is learnt later (she was found elsewhere). `report edit --proved-false`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.proved_false = QCheckBox(self.tr("Proved false"), self)
        self.proved_false.setObjectName("newReport_provedFalse")
        self.proved_false.setToolTip(plain_tooltip(self.tr(
            "What the report told proved false. A status resting on it is withdrawn first. "
            "The team's papers print it marked; a court's leaves it out and counts it.")))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("newReport_falseReason")
        self.reason.setPlaceholderText(self.tr("Why it proved false"))
        self.on = QLineEdit(self)
        self.on.setObjectName("newReport_falseOn")
        self.on.setPlaceholderText(self.tr("When (today if empty)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.proved_false)
        row.addWidget(self.reason, 3)
        row.addWidget(self.on, 1)
        self.proved_false.toggled.connect(self._ticked)
        self._ticked(False)

    def _ticked(self, on: bool) -> None:
        self.reason.setEnabled(on)
        self.on.setEnabled(on)

    def fill(self, report) -> None:
        """The report's outcome as stored, or none (a new report)."""
        said = bool(report is not None and report.proved_false)
        self.proved_false.setChecked(said)
        self.reason.setText(report.proved_false if said else "")
        self.on.setText(date_typed(report.proved_false_on) if said else "")
        self._ticked(said)

    def fields(self) -> dict:
        """"proved_false": the reason ("" unticked: not proved false), "proved_false_on": the
        date as typed."""
        ticked = self.proved_false.isChecked()
        return {"proved_false_ticked": ticked,
                "proved_false": self.reason.text().strip() if ticked else "",
                "proved_false_on": self.on.text().strip() if ticked else ""}


def proved_false_said(r) -> str:
    """'Proved false 2026-12-07: she was in Duhok', or blank: its outcome, not its credibility."""
    if not r.proved_false:
        return ""
    return filled(QCoreApplication.translate("ReportsView", "Proved false %1: %2"),
                  date_said(r.proved_false_on), r.proved_false.replace("\n", " "))


def cap_outcome(table, column: int) -> None:
    """The Outcome column no wider than a short reason: a long one pushed the report's text
    off the screen (the whole reason is the cell's tooltip)."""
    widest = table.fontMetrics().horizontalAdvance("M") * 24
    if table.columnWidth(column) > widest:
        table.setColumnWidth(column, widest)
