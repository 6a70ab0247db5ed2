"""The import window's "Everyone this list adds is": a sex and a status for the persons it creates."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.domain.person import Sex, Status
from app.importing.list_wide import SEXES, STATUSES, ListWide
from ui.bidi import Phrase, filled
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
            "not changed by it. A row whose own sex or status cell says something, read or "
            "not, is not given it. A probable match made a new person is given it, decided one "
            "by one or all at once; it is still listed as a possible duplicate. Made new all at "
            "once, one that resembles a woman the vault knows as rescued, reunited or deceased "
            "is given the sex but not the status, and the report names its row. "
            "It is said of this list only: the sender's next list is not given it unless you "
            "choose it again."), self, wrap=True)
        self.help.setObjectName("importListWideHelp")
        box.addWidget(self.help)
        # What the sender's last list was said to add: told, never chosen for this one.
        self.last = plain_label("", self, wrap=True)
        self.last.setObjectName("importListWideLast")
        self.last.hide()
        box.addWidget(self.last)

    def show_last(self, said: str) -> None:
        """A new list: both "as the row says", whatever the sender's last list was said to
        add; that (said, in the interface's words, '' for nothing) is shown beside the box."""
        self.sex.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.last.setText(filled(self.tr(
            "The last list from this sender was said to add everyone as: %1. Not chosen for "
            "this list: what is said of one list is not said of the next; choose it again if "
            "it holds for this list too."), Phrase(said)) if said else "")
        self.last.setVisible(bool(said))

    def value(self) -> ListWide:
        sex, status = self.sex.currentData(), self.status.currentData()
        return ListWide(Sex(sex) if sex else None, Status(status) if status else None)
