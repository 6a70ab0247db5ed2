"""A person's reports and rescue operations, each with a row to record a new one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton

from ui.labels import date_said
from ui.person_tabs import TableTab


class _AddingTab(TableTab):
    """A table with a row of text boxes and a button that hands their texts on."""

    add = Signal(dict)

    def _boxes(self, specs: list[tuple[str, str, int]], button: str, name: str) -> None:
        self.boxes: dict[str, QLineEdit] = {}
        for key, placeholder, stretch in specs:
            box = QLineEdit(self)
            box.setObjectName(f"{name}_{key}")
            box.setPlaceholderText(placeholder)
            self.boxes[key] = box
            self.controls.addWidget(box, stretch)
        self.add_button = QPushButton(button, self)
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(
            lambda: self.add.emit({k: b.text().strip() for k, b in self.boxes.items()}))
        self.controls.addWidget(self.add_button)

    def clear_boxes(self) -> None:
        for box in self.boxes.values():
            box.clear()


class ReportsTab(_AddingTab):
    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("No."), self.tr("Received"), self.tr("Place"),
                          self.tr("Source"), self.tr("Text")], "personReports", parent,
                         merged_column=True)
        self._boxes([("received", self.tr("Received (e.g. 03/2019)"), 1),
                     ("place", self.tr("Place"), 1),
                     ("source_code", self.tr("Source code name"), 1),
                     ("text", self.tr("What was reported"), 3)],
                    self.tr("Add report"), "newReport")

    def show_reports(self, held) -> None:
        """held: (report, the record merged into hers it is about, or None) pairs."""
        self.fill([[r.id, date_said(r.received), r.place, r.source_code,
                    r.text.replace("\n", " ")] for r, _ in held], [came for _, came in held])


class RescuesTab(_AddingTab):
    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("No."), self.tr("Date"), self.tr("From"),
                          self.tr("Handover point"), self.tr("Outcome")], "personRescues",
                         parent, merged_column=True)
        self._boxes([("date", self.tr("Date (e.g. 03/2019)"), 1),
                     ("from_place", self.tr("From"), 1),
                     ("handover_point", self.tr("Handover point"), 1),
                     ("outcome", self.tr("Outcome"), 2)],
                    self.tr("Add rescue"), "newRescue")

    def show_rescues(self, held) -> None:
        """held: (rescue, the record merged into hers it rescued, or None) pairs."""
        self.fill([[o.id, date_said(o.date), o.from_place, o.handover_point, o.outcome]
                   for o, _ in held], [came for _, came in held])
