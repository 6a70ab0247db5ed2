"""Her family contacts (name, phone, who they are to her): shown, added and changed on her page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPushButton

from ui.bidi import filled
from ui.person_tabs import TableTab, remove_button


class ContactsTab(TableTab):
    """The boxes above the table add a contact; choosing a row puts its values in the boxes to
    be changed. A contact needs a name or a number (a list's phone column gives a number
    alone): with neither, neither button can be clicked."""

    add = Signal(dict)
    change = Signal(int, dict)  # the contact's number, its fields
    remove = Signal(object)     # the contact chosen

    def __init__(self, parent=None) -> None:
        # No.: the number `person show` gives it and `contact remove` takes
        super().__init__([self.tr("No."), self.tr("Name"), self.tr("Phone"), self.tr("Relation"),
                          self.tr("From list")], "familyContacts", parent, merged_column=True)
        self.contacts: list = []
        self.boxes: dict[str, QLineEdit] = {}
        for key, placeholder, stretch in (("name", self.tr("Name"), 2),
                                          ("phone", self.tr("Phone"), 1),
                                          ("relation", self.tr("Who to her, e.g. brother"), 1)):
            box = QLineEdit(self)
            box.setObjectName(f"contact_{key}")
            box.setPlaceholderText(placeholder)
            box.textChanged.connect(self._update_buttons)
            self.boxes[key] = box
            self.controls.addWidget(box, stretch)
        self.add_button = QPushButton(self.tr("Add contact"), self)
        self.add_button.setObjectName("contact_add")
        self.add_button.clicked.connect(lambda: self.add.emit(self.fields()))
        self.change_button = QPushButton(self.tr("Save changes to the chosen contact"), self)
        self.change_button.setObjectName("contact_change")
        self.change_button.clicked.connect(self._change)
        self.remove_button = remove_button(self, self.table, "contact_remove", self._remove)
        for button in (self.add_button, self.change_button, self.remove_button):
            self.controls.addWidget(button)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self._update_buttons()

    def show_contacts(self, contacts, merged: list[str | None] | None = None) -> None:
        """contacts; merged: for each, the record merged into hers it was given on."""
        self.contacts = list(contacts)
        self.fill([[c.id, c.name, c.phone, c.relation, self._from_list(c)]
                   for c in self.contacts], merged)
        self._update_buttons()

    def _from_list(self, contact) -> str:
        """The list's file, sheet and row a number was read from; blank for one typed here."""
        if contact.batch_id is None:
            return ""
        if contact.list_sheet:
            return filled(self.tr("%1, sheet %2, row %3 (import batch %4)"), contact.list_file,
                          contact.list_sheet, contact.row_number, contact.batch_id)
        return filled(self.tr("%1, row %2 (import batch %3)"), contact.list_file,
                      contact.row_number, contact.batch_id)

    def fields(self) -> dict:
        return {k: b.text().strip() for k, b in self.boxes.items()}

    def clear_boxes(self) -> None:
        self.table.clearSelection()
        for box in self.boxes.values():
            box.clear()

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.contacts[rows[0].row()] if rows and rows[0].row() < len(self.contacts) else None

    def _chosen(self) -> None:
        # the values as kept, not the cells' text (which carries direction marks)
        contact = self.chosen()
        if contact is not None:
            for key, box in self.boxes.items():
                box.setText(getattr(contact, key))
        self._update_buttons()

    def _change(self) -> None:
        contact = self.chosen()
        if contact is not None:
            self.change.emit(contact.id, self.fields())

    def _remove(self) -> None:
        contact = self.chosen()
        if contact is not None:
            self.remove.emit(contact)

    def _update_buttons(self) -> None:
        said = any(self.boxes[k].text().strip() for k in ("name", "phone"))
        self.add_button.setEnabled(said)
        self.change_button.setEnabled(said and self.chosen() is not None)
        self.remove_button.setEnabled(self.chosen() is not None)
