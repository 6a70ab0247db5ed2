"""The import window's "Everyone this list adds is": a sex and a status for the persons it creates."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.domain.person import Sex, Status
from app.importing.list_wide import SEXES, STATUSES, ListWide
from ui.labels import field_names, sex_names, status_label
from ui.widgets import plain_label


class ListWideChoice(QGroupBox):
    """Two choices, each "as the row says" unless the user says it of the whole list; the
    help says who is given them (list_wide.py): new persons only, never a known woman."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Everyone this list adds is:"), parent)
        self.setObjectName("importListWide")
        self.sex = QComboBox(self)
        self.sex.setObjectName("importNewSex")
        self.sex.addItem(self.tr("as the row says"), None)
        for sex in SEXES.values():
            self.sex.addItem(sex_names()[sex.value], sex.value)
        self.status = QComboBox(self)
        self.status.setObjectName("importNewStatus")
        self.status.addItem(self.tr("as the row says"), None)
        for status in STATUSES.values():
            self.status.addItem(status_label(status.value), status.value)
        row = QHBoxLayout()
        names = field_names()
        for name, box in (("sex", self.sex), ("status", self.status)):
            row.addWidget(plain_label(names[name], self))
            row.addWidget(box)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        # Who is given it, and who never is: a known woman's record is evidence, a word about
        # a whole list is not.
        self.help = plain_label(self.tr(
            "Given only to the persons this import creates, where their row does not say it: "
            "a row's own sex or status always wins. A person already in the vault that the "
            "list updates is never given it: a word about a whole list is no evidence about a "
            "known record. A status given so counts as known on the day the list is read, "
            "and her history says it was said of the whole list, not in her row. Matching is "
            "not changed by it. Saved with the mapping of the list's sender."), self, wrap=True)
        self.help.setObjectName("importListWideHelp")
        box.addWidget(self.help)

    def show_values(self, lw: ListWide) -> None:
        """The values a saved mapping of the sender holds, offered again."""
        self.sex.setCurrentIndex(max(0, self.sex.findData(lw.sex.value if lw.sex else None)))
        self.status.setCurrentIndex(max(0, self.status.findData(
            lw.status.value if lw.status else None)))

    def value(self) -> ListWide:
        sex, status = self.sex.currentData(), self.status.currentData()
        return ListWide(Sex(sex) if sex else None, Status(status) if status else None)
