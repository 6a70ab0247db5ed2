"""A lazy table of persons: counts first, then pages of rows fetched on demand through the
person service on the vault thread. 100,000 records never sit in memory at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.persons import PersonFilter
from ui.labels import status_label
from ui.qtfix import emit

PAGE = 200
MAX_PAGES = 50  # pages kept; older ones are dropped and fetched again if scrolled back to

STATUS_COLOURS = {
    "missing": "#fde2e1", "sighted": "#fff3bf", "located": "#ffe8cc",
    "in_negotiation": "#ffe8cc", "rescued": "#d3f9d8", "reunited": "#c3fae8",
    "deceased": "#e9ecef", "unknown": "#f8f9fa",
}
# Column -> the service's sort key (None: not sortable by the service).
SORT_KEYS = ("case_no", "name", "name", None, "village", "status", None)


class PersonsModel(QAbstractTableModel):
    counts_changed = Signal(int, dict)     # total, per-status
    page_loaded = Signal(int)              # page number (tests and benchmarks wait on it)
    failed = Signal(str)

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.filter = PersonFilter()
        self.order, self.descending = "case_no", False
        self.total = 0
        self.pages: dict[int, list] = {}
        self.pending: set[int] = set()
        self.generation = 0  # answers for an older filter or order are dropped

    def headers(self) -> list[str]:
        return [self.tr("Case"), self.tr("Name (original)"), self.tr("Name (Latin)"),
                self.tr("Sex"), self.tr("Village"), self.tr("Status"), self.tr("Born")]

    # -- loading ---------------------------------------------------------------------------
    def refresh(self, f: PersonFilter | None = None) -> None:
        if f is not None:
            self.filter = f
        self.generation += 1
        gen, flt = self.generation, self.filter

        def count(session):
            return session.persons.count(flt), session.persons.status_counts(flt)

        self.worker.submit(count, on_done=lambda r: self._counted(gen, r),
                           on_error=self.failed.emit)

    def _counted(self, gen: int, result) -> None:
        if gen != self.generation:
            return
        self.beginResetModel()
        self.total, self.pages, self.pending = result[0], {}, set()
        self.endResetModel()
        emit(self.counts_changed, self.total, result[1])

    def _request(self, page: int) -> None:
        if page in self.pending or page in self.pages:
            return
        self.pending.add(page)
        gen, flt, order, desc, total = (self.generation, self.filter, self.order,
                                        self.descending, self.total)
        start = page * PAGE
        if desc:  # the service sorts ascending: read the mirrored slice and reverse it
            end = min(total, start + PAGE)
            offset, limit = max(0, total - end), end - start
        else:
            offset, limit = start, PAGE

        def fetch(session):
            rows = session.persons.list(flt, limit=limit, offset=offset, order=order)
            return rows[::-1] if desc else rows

        self.worker.submit(fetch, on_done=lambda rows: self._arrived(gen, page, rows),
                           on_error=self.failed.emit)

    def _arrived(self, gen: int, page: int, rows: list) -> None:
        if gen != self.generation:
            return
        self.pending.discard(page)
        self.pages[page] = rows
        while len(self.pages) > MAX_PAGES:
            oldest = next(iter(self.pages))
            if oldest == page:
                break
            del self.pages[oldest]
        first = page * PAGE
        last = min(self.total, first + len(rows)) - 1
        if last >= first:
            emit(self.dataChanged, self.index(first, 0), self.index(last, self.columnCount() - 1))
        emit(self.page_loaded, page)

    def summary(self, row: int):
        rows = self.pages.get(row // PAGE)
        if rows is None or row % PAGE >= len(rows):
            self._request(row // PAGE)
            return None
        return rows[row % PAGE]

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.summary(index.row())
        if s is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.case_no, s.name_original, s.name_latin, s.sex, s.origin_village,
                    status_label(s.current_status),
                    "" if s.birth_year is None else str(s.birth_year))[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS.get(s.current_status, "#ffffff"))
        if role == Qt.ItemDataRole.UserRole:
            return s.case_no
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column]
        if key is None:
            return
        self.order, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.generation += 1
        self.beginResetModel()
        self.pages, self.pending = {}, set()
        self.endResetModel()

