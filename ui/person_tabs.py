"""The tabs under a person's fields: status timeline, relatives, photos, reports, rescues,
provenance and audit history. Each shows one part of the bundle the page loaded."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.bidi import Phrase, bare, filled, isolated, numbers_kept
from ui.filter_boxes import placeholder_width
from ui.i18n import list_semicolon
from ui.labels import (
    date_said,
    from_merged,
    merged_record_header,
    relation_names,
    status_label,
    status_names,
    status_note,
)
from ui.table_fit import cells_by_script
from ui.widgets import plain_item, plain_tooltip


def upright_image(data: bytes) -> QImage:
    """The photo turned as its EXIF Orientation says: one stored before photos were turned on
    the way in (app/photos.py) still carries the tag, and QImage.fromData shows it on its side."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader.read()


class TableTab(QWidget):
    """A read-only table with a row of controls above it; with merged_column, a column that
    names on each row the record merged into hers it came with, shown only when one did."""

    def __init__(self, headers: list[str], name: str, parent=None,
                 merged_column: bool = False) -> None:
        super().__init__(parent)
        if merged_column:
            headers = [*headers, merged_record_header()]
        self.merged_column = len(headers) - 1 if merged_column else None
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.table = QTableView(self)
        self.table.setObjectName(name)
        cells_by_script(self.table)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.merged_column is not None:
            # Last in the model, so the other columns keep their numbers; shown second, so the
            # free text stays last and takes the room that is left.
            self.table.horizontalHeader().moveSection(self.merged_column, 1)
            self.table.setColumnHidden(self.merged_column, True)
        self.controls = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.table)

    def fill(self, rows: list[list[str]], merged: list[str | None] | None = None) -> None:
        """rows; merged: for each, the record merged into hers it came with (None: hers)."""
        if self.merged_column is not None:
            marks = merged or [None] * len(rows)
            rows = [[*row, mark or ""] for row, mark in zip(rows, marks, strict=True)]
            self.table.setColumnHidden(self.merged_column, not any(marks))
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.model.appendRow([plain_item(str(v)) for v in row])
        self.table.resizeColumnsToContents()


def remove_button(tab: QWidget, view: QWidget, name: str, remove) -> QPushButton:
    """A Remove button for what is chosen in view, and the Delete key on view doing the same:
    the page asks before anything is removed. Enabled only while a row is chosen."""
    button = QPushButton(QCoreApplication.translate("PersonTabs", "Remove"), tab)
    button.setObjectName(name)
    button.setToolTip(QCoreApplication.translate(
        "PersonTabs", "Remove the chosen one from her record (you are asked first)"))
    button.clicked.connect(remove)
    _DeleteKey(view, remove)
    button.setEnabled(False)
    return button


class _DeleteKey(QObject):
    """Delete (or Backspace, a Mac keyboard's Delete) pressed in the view: remove, as the
    button does. A filter on the view rather than a shortcut: it answers whichever window
    the view is in, active or not."""

    def __init__(self, view: QWidget, remove) -> None:
        super().__init__(view)
        self.remove = remove
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.remove()
            return True
        return False


class StatusTab(TableTab):
    add_event = Signal(str, str, str, object)  # status, date text, note, report id or None
    withdraw_event = Signal(object)  # the StatusEvent selected, to take back

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("Date"), self.tr("Status"), self.tr("Note"),
                          self.tr("Recorded")], "statusTable", parent, merged_column=True)
        self.status = QComboBox(self)
        self.status.setObjectName("newStatus")
        for key, name in status_names().items():
            self.status.addItem(name, key)
        self.date = QLineEdit(self)
        self.date.setObjectName("newStatusDate")
        self.date.setPlaceholderText(self.tr("Date (e.g. 03/2019)"))
        self.date.setMinimumWidth(placeholder_width(self.date))  # Kurmanji's was "Dîrok (mînak 03/2..."
        self.note = QLineEdit(self)
        self.note.setObjectName("newStatusNote")
        self.note.setPlaceholderText(self.tr("Note"))
        # the report of hers it rests on, as `person status --report` names it: with no date
        # typed, the status takes the day the report was observed
        self.report = QComboBox(self)
        self.report.setObjectName("newStatusReport")
        self.report.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.report.setMinimumContentsLength(30)
        self.report.setToolTip(self.tr("The report this status rests on. With no date typed, "
                                       "the status takes the date the report was observed."))
        self.show_reports([])
        add = QPushButton(self.tr("Add event"), self)
        add.setObjectName("addStatusEvent")
        add.clicked.connect(lambda: self.add_event.emit(
            self.status.currentData(), self.date.text(), self.note.text(),
            self.report.currentData()))
        # A status told in error (a death falsely reported, a sighting of another woman) is
        # taken back, not outweighed: a later status leaves the wrong one on every paper.
        withdraw = QPushButton(self.tr("Withdraw the selected status..."), self)
        withdraw.setObjectName("withdrawStatusEvent")
        withdraw.clicked.connect(self._withdraw_selected)
        # as a Remove button is: clicked with no row chosen, it did nothing and said nothing
        self.withdraw_button = withdraw
        withdraw.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: withdraw.setEnabled(self._chosen_event() is not None))
        self.events: list = []
        for w in (self.status, self.date, self.note, self.report, add, withdraw):
            self.controls.addWidget(w)

    def show_reports(self, reports) -> None:
        """Her reports (newest last, as her Reports tab lists them), to choose the one a status
        rests on; "No report" first and chosen."""
        self.report.clear()
        self.report.addItem(self.tr("No report"), None)
        for r in reports:
            when = date_said(r.observed) or date_said(r.received)
            text = r.text.replace("\n", " ").strip()
            short = text if len(text) <= 30 else text[:29].rstrip() + "…"
            # its numbers kept in order: a phone number in it read reversed in Arabic text
            said = "  ·  ".join(isolated(x) for x in (when, r.source_code, numbers_kept(short)) if x)
            item = (filled(self.tr("Report %1: %2"), r.id, Phrase(said))
                    if said else filled(self.tr("Report %1"), r.id))
            if r.proved_false:  # shown, so it is not missed, but not chosen: none rests on it
                item = filled(self.tr("%1 (proved false)"), item)
            self.report.addItem(item, r.id)
            self.report.setItemData(self.report.count() - 1, plain_tooltip(r.text),
                                    Qt.ItemDataRole.ToolTipRole)
            if r.proved_false:
                self.report.model().item(self.report.count() - 1).setEnabled(False)
        # the box is cut to its room on the row; its list shows each report whole
        view = self.report.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)

    def _chosen_event(self):
        rows = self.table.selectionModel().selectedRows()
        return self.events[rows[0].row()] if rows and rows[0].row() < len(self.events) else None

    def _withdraw_selected(self) -> None:
        if (event := self._chosen_event()) is not None:
            self.withdraw_event.emit(event)

    def show_events(self, events, sex: str = "F", came: list[str | None] | None = None) -> None:
        """events in the order of her story (Person.timeline); came: for each, the record
        merged into hers it came over from (None: hers), as `person show` marks it. A note is
        isolated: a list's Latin word quoted «freed 2017» took the cell's right-to-left
        direction at its end and showed its closing quote before the word."""
        self.events = list(events)
        self.fill([[date_said(e.date), status_label(e.status.value, sex), self._note(e, sex),
                    e.recorded_at.replace("T", " ")] for e in events], came)
        self.date.clear()
        self.note.clear()
        self.report.setCurrentIndex(0)
        self.withdraw_button.setEnabled(self._chosen_event() is not None)

    def _note(self, e, sex: str = "F") -> str:
        """Her note, and the rescue a status came from, as `person show` and her dossier say
        it: a status a rescue gave had an empty note here."""
        note = status_note(e.status.value, e.note, sex)
        came = [filled(self.tr("from rescue operation %1"), str(e.rescue_id))
                if e.rescue_id is not None else "",
                # the report it rests on, as `person show` marks it [report 1]
                filled(self.tr("on report %1"), str(e.report_id))
                if e.report_id is not None else ""]
        # the semicolon of the interface's language, as her History tab writes it (Arabic ؛)
        return list_semicolon().join(x for x in (note, *came) if x)


class RelativesTab(TableTab):
    link = Signal(str, str)        # other case number, relation
    open_person = Signal(str)
    remove = Signal(str, str)      # the relative's case number, the relation as shown

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("Relation"), self.tr("Case"), self.tr("Name")],
                         "relativesTable", parent, merged_column=True)
        self.case = QLineEdit(self)
        self.case.setObjectName("relativeCase")
        self.relation = QComboBox(self)
        for key, name in relation_names().items():
            self.relation.addItem(name, key)
        add = QPushButton(self.tr("Link relative"), self)
        add.clicked.connect(lambda: self.link.emit(self.case.text().strip(),
                                                   self.relation.currentData()))
        self.remove_button = remove_button(self, self.table, "relative_remove", self._remove)
        for w in (self.case, self.relation, add, self.remove_button):
            self.controls.addWidget(w)
        self.table.doubleClicked.connect(
            lambda ix: self.open_person.emit(bare(self.model.item(ix.row(), 1).text())))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self._chosen_row() is not None))

    def fill(self, rows: list[list[str]], merged: list[str | None] | None = None) -> None:
        super().fill(rows, merged)
        self.remove_button.setEnabled(False)

    def clear_boxes(self) -> None:
        """Once linked: the case number typed is done with."""
        self.case.clear()

    def _chosen_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _remove(self) -> None:
        row = self._chosen_row()
        if row is not None:
            self.remove.emit(bare(self.model.item(row, 1).text()),
                             bare(self.model.item(row, 0).text()))

    def show_case_example(self, case_no: str) -> None:
        """The example in the box in this vault's case numbers: her own number's prefix."""
        prefix = case_no.partition("-")[0]
        self.case.setPlaceholderText(filled(self.tr("Case number, e.g. %1"), f"{prefix}-00012"))


class PhotosTab(QWidget):
    add_photo = Signal()
    remove = Signal(object)  # the photo chosen

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.photos: list = []
        self.list = QListWidget(self)
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(self.list.iconSize().__class__(120, 120))
        self.list.itemActivated.connect(self._view)
        self.list.itemDoubleClicked.connect(self._view)
        add = QPushButton(self.tr("Add photo..."), self)
        add.setObjectName("addPhoto")
        add.clicked.connect(self.add_photo)
        self.remove_button = remove_button(self, self.list, "photo_remove", self._remove)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(self.chosen() is not None))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list)

    def chosen(self):
        items = self.list.selectedItems()
        return self.photos[items[0].data(Qt.ItemDataRole.UserRole)] if items else None

    def _remove(self) -> None:
        photo = self.chosen()
        if photo is not None:
            self.remove.emit(photo)

    def show_photos(self, photos, came: list[str | None] | None = None) -> None:
        """came: for each photo, the record merged into hers it was stored with (None: hers)."""
        self.photos = photos
        self.list.clear()
        for n, (photo, merged) in enumerate(zip(photos, came or [None] * len(photos),
                                                strict=True)):
            image = upright_image(photo.data)
            # its number in the vault, as `person show` lists it and `photo remove` takes it
            # (a count from 1 was shown, and "photo remove 3" was not the third one shown)
            caption = (filled(self.tr("Photo %1: %2"), photo.id, photo.caption) if photo.caption
                       else filled(self.tr("Photo %1"), photo.id))
            item = QListWidgetItem(QPixmap.fromImage(image).scaled(
                120, 120, Qt.AspectRatioMode.KeepAspectRatio),
                from_merged(caption, merged) if merged else caption)
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.list.addItem(item)
        self.remove_button.setEnabled(False)

    def _view(self, item: QListWidgetItem) -> None:
        photo = self.photos[item.data(Qt.ItemDataRole.UserRole)]
        dialog = QDialog(self)
        dialog.setWindowTitle("CaseKeeper")
        label = QLabel(dialog)
        label.setPixmap(QPixmap.fromImage(upright_image(photo.data)))
        area = QScrollArea(dialog)
        area.setWidget(label)
        box = QVBoxLayout(dialog)
        box.addWidget(area)
        dialog.resize(800, 600)
        dialog.open()
