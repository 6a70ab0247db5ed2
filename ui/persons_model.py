"""A lazy table of persons: counts first, then pages of rows fetched on demand through the
person service on the vault thread. 100,000 records never sit in memory at once."""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.domain.fuzzydate import FuzzyDate
from app.domain.name_collation import NAME_ORDERS
from app.domain.person import row_sort_text
from app.persons import PersonFilter
from app.search_service import SearchFilter
from ui.bidi import isolated
from ui.labels import (
    date_said,
    known_as_words,
    name_part_names,
    names_shown,
    place_said,
    sex_names,
    status_label,
)
from ui.widgets import plain_tooltip

PAGE = 200
SEARCH_LIMIT = 200  # ranked results kept for one query (beyond that, the user types more)
MAX_PAGES = 50  # pages kept; older ones are dropped and fetched again if scrolled back to

STATUS_COLOURS = {
    "missing": "#fde2e1", "sighted": "#fff3bf", "located": "#ffe8cc",
    "in_negotiation": "#ffe8cc", "rescued": "#d3f9d8", "reunited": "#c3fae8",
    "deceased": "#e9ecef", "unknown": "#f8f9fa",
}
# Column -> the service's sort key (None: not sortable by the service).
# Each name column by the names as shown, its own first, in the summary's order of letters
# (app.domain.name_collation): the Arabic-script column sorted by the Latin names looked unsorted.
SORT_KEYS = ("case_no", "name_original", "name", None, "village", "status", "birth", "score",
             None)
# Shown while a search is typed: how well she matched, and the names beside her own she was
# found by (a 0.75 for "Shireen" then reads as her mother's name, not hers misspelt).
SEARCH_COLUMNS = (7, 8)
SEX_COLUMN, STATUS_COLUMN, BORN_COLUMN, SCORE_COLUMN = 3, 5, 6, 7
BORN_SAID_KEPT = 20_000  # distinct births said and kept; a vault holds a few thousand at most


class PersonsModel(QAbstractTableModel):
    counts_changed = Signal(int, dict)     # total, per-status
    page_loaded = Signal(int)              # page number (tests and benchmarks wait on it)
    found_by_loaded = Signal()             # the names beside hers, after a search's results
    failed = Signal(str)

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.filter = PersonFilter()
        self.order, self.descending = "case_no", False
        self.total = 0
        self.pages: dict[int, list] = {}
        self.pending: set[int] = set()
        self.generation = 0  # answers for an older filter, order or query are dropped
        self.query = ""
        self.results: list | None = None  # ranked search results, when a query is typed
        # The results the filters left out that score higher than the best shown, best first.
        self.closer: list = []
        # What else the search did not show (SearchService.search_told), None for a list.
        self.told = None
        # Of a list by the filters alone: the records they leave out only for values those do
        # not give, and which fields (SearchService.unrecorded_count).
        self.unrecorded: tuple[int, tuple[str, ...]] = (0, ())
        self.found_by: dict[int, list[tuple[str, str]]] = {}  # person id -> names beside hers
        self.search_seconds = 0.0
        # the sexes among the persons counted under each status: the count line words each
        # status as her row does (حُدد مكانه/ا of one whose sex is not recorded, أُنقذ of a boy)
        self.status_sexes: dict[str, object] = {}
        # Each distinct birth said once (its range and text -> the column's words): the list
        # repeats a few thousand births over its rows, and asks at every repaint.
        self._born_said: dict[tuple[str | None, str | None, str], str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Case"), self.tr("Name (original)"), self.tr("Name (Latin)"),
                self.tr("Sex"), self.tr("Village"), self.tr("Status"), self.tr("Born"),
                self.tr("Score"), self.tr("Found by")]

    # -- loading ---------------------------------------------------------------------------
    def refresh(self, f: PersonFilter | None = None, query: str | None = None) -> None:
        if f is not None:
            self.filter = f
        if query is not None:
            self.query = query.strip()
        self.generation += 1
        if self.query:
            self._search(self.generation)
            return
        gen, flt = self.generation, self.filter

        def count(session):
            return (session.persons.count(flt), session.persons.status_counts(flt),
                    session.search.unrecorded_count(_search_filter(flt)),
                    session.persons.status_sexes(flt))

        self.worker.submit(count, on_done=lambda r: self._counted(gen, r),
                           on_error=lambda m: self.failed.emit(m))

    def _search(self, gen: int) -> None:
        flt, query = self.filter, self.query
        sf = _search_filter(flt)

        def run(session):
            if gen != self.generation:
                return None  # the user typed on while this waited: skip it (read-only int)
            start = time.perf_counter()
            # With the persons the filters leave out who score higher than the best shown
            # (from the same ranking): a rescued sister hidden by "missing" was taken for
            # the one shown.
            # And those left out only for a value their record does not give (no abduction
            # date is not "taken at another time"), and how many matched past the limit.
            told = session.search.search_told(query, limit=SEARCH_LIMIT, f=sf)
            found = told.results
            counts: dict[str, int] = {}
            sexes: dict[str, set[str]] = {}
            for r in found:
                counts[r.status] = counts.get(r.status, 0) + 1
                sexes.setdefault(r.status, set()).add(r.sex)
            seconds = time.perf_counter() - start
            # Why each was found, as `search` says it (father: Khalil; mother: شيرين): read
            # from the first results' records, past them the names beside hers from her
            # postings. A job of its own after the results waited a repaint of the list to
            # come back.
            beside = session.search.found_in_names(found)
            by = {r.person_id: names for r, names in zip(found, beside, strict=True) if names}
            return found, by, counts, seconds, told, sexes

        self.worker.submit(run, on_done=lambda r: self._found(gen, r),
                           on_error=lambda m: self.failed.emit(m))

    def _found(self, gen: int, result) -> None:
        if gen != self.generation or result is None:
            return
        found, by, counts, self.search_seconds, self.told, self.status_sexes = result
        self.closer = self.told.closer
        self.beginResetModel()
        self.results, self.total, self.pages, self.pending = found, len(found), {}, set()
        self.found_by = by
        self.endResetModel()
        self.counts_changed.emit(self.total, counts)
        self.found_by_loaded.emit()

    def _counted(self, gen: int, result) -> None:
        if gen != self.generation:
            return
        self.beginResetModel()
        self.results, self.closer, self.told = None, [], None
        self.total, self.pages, self.pending = result[0], {}, set()
        self.unrecorded, self.status_sexes = result[2], result[3]
        self.endResetModel()
        self.counts_changed.emit(self.total, result[1])

    def _request(self, page: int) -> None:
        if page in self.pending or page in self.pages:
            return
        self.pending.add(page)
        gen, flt, order, desc, total = (self.generation, self.filter, self.order,
                                        self.descending, self.total)
        start = page * PAGE
        if desc and order == "birth":  # asked for in its own order: no index serves it
            order, desc = "birth_desc", False
        if desc:  # the service sorts ascending: read the mirrored slice and reverse it
            end = min(total, start + PAGE)
            offset, limit = max(0, total - end), end - start
        else:
            offset, limit = start, PAGE

        def fetch(session):
            rows = session.persons.list(flt, limit=limit, offset=offset, order=order)
            return rows[::-1] if desc else rows

        self.worker.submit(fetch, on_done=lambda rows: self._arrived(gen, page, rows),
                           on_error=lambda m: self.failed.emit(m))

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
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(page)

    def summary(self, row: int):
        if self.results is not None:
            if row >= len(self.results):
                return None
            r = self.results[row]
            return _Row.of(r, self.found_by.get(r.person_id, []))
        rows = self.pages.get(row // PAGE)
        if rows is None or row % PAGE >= len(rows):
            self._request(row // PAGE)
            return None
        return rows[row % PAGE]

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 9

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
            col = index.column()
            if col == 3:
                return sex_names().get(s.sex, s.sex)
            if col == 5:
                return status_label(s.current_status, s.sex)
            if col == 7:  # a list row has no score, a search result has
                score = getattr(s, "score", None)
                return None if score is None else f"{score:.2f}"
            if col == 8:
                return found_by(getattr(s, "found_by", []))
            if col == BORN_COLUMN:
                return self._born(s)
            if col in (1, 2):  # marked where her given name is unknown: not "a man, Murad";
                # led by it where it is written in the other script only: not "a man, Elias"
                # a kunya bare reads as her given name: marked as the Duplicates screen marks it
                if getattr(s, "known_as_only", False):
                    known = (s.name_original, s.name_latin)[col - 1]
                    return known_as_words(known, s.sex) if known else ""
                return names_shown(s)[col - 1]
            if col == 4:  # as the interface's papers write it: كوجو, Koço (places.py)
                return place_said(s.origin_village)
            return (s.case_no, None, None, None, s.origin_village)[col]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (7, 8):
            # the names she was found by may be cut at the column's edge: whole on hover, and
            # on her score, which they explain
            found = found_by(getattr(s, "found_by", []))
            return plain_tooltip(found) if found else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS.get(s.current_status, "#ffffff"))
        if role == Qt.ItemDataRole.UserRole:
            return s.case_no
        return None

    def _born(self, s) -> str:
        """Her birth as the column says it (ui.labels.date_said: 3/5/98 is 1998-05-03), worked
        out once for each distinct birth."""
        key = (s.birth_earliest, s.birth_latest, s.birth_text)
        said = self._born_said.get(key)
        if said is None:
            if len(self._born_said) >= BORN_SAID_KEPT:
                self._born_said.clear()
            said = self._born_said[key] = date_said(FuzzyDate.from_row(
                s.birth_earliest, s.birth_latest, s.birth_text.strip()))
        return said

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self.results is not None:  # a ranked result list is sorted where it is
            # ... and the list keeps its own order for when the search is cleared
            self.beginResetModel()
            if key == "birth":  # by date, as the list sorts it: births not known last
                known = [r for r in self.results if any(r.birth_range)]
                known.sort(key=_birth_order, reverse=descending)
                unknown = [r for r in self.results if not any(r.birth_range)]
                self.results[:] = unknown + known if descending else known + unknown
            elif key in NAME_ORDERS:  # as the list sorts them: by the names shown
                self.results.sort(key=lambda r: (row_sort_text(r, NAME_ORDERS[key]), r.case_no),
                                  reverse=descending)
            else:
                attr = {"case_no": "case_no", "status": "status",
                        "village": "origin_village", "score": "score"}[key]
                self.results.sort(key=lambda r: getattr(r, attr), reverse=descending)
            self.endResetModel()
            return
        self.order, self.descending = key, descending
        self.generation += 1
        self.beginResetModel()
        self.pages, self.pending = {}, set()
        self.endResetModel()


class _Row:
    """A search result seen through the same attributes as a list row."""

    __slots__ = ("case_no", "name_original", "name_latin", "given_unknown", "sex",
                 "origin_village", "current_status", "birth_earliest", "birth_latest",
                 "birth_text", "score", "found_by", "given_across", "known_as_only")

    @classmethod
    def of(cls, r, found_by: list[tuple[str, str]]) -> _Row:
        row = cls()
        row.score, row.found_by = r.score, found_by
        row.case_no, row.name_original, row.name_latin = r.case_no, r.name_original, r.name_latin
        row.given_unknown, row.given_across = r.given_unknown, r.given_across
        row.known_as_only = r.known_as_only
        row.sex, row.origin_village, row.current_status = r.sex, r.origin_village, r.status
        row.birth_earliest, row.birth_latest = r.birth_range
        row.birth_text = r.birth or ""
        return row


def _search_filter(flt: PersonFilter) -> SearchFilter:
    """The list's filter as the search service takes it."""
    # with the villages the box was read as (PersonsView): the search takes no other
    return SearchFilter(status=flt.status, village=flt.village, villages=flt.villages,
                        sex=flt.sex, born_from=flt.born_from, born_to=flt.born_to,
                        abducted_from=flt.abducted_from, abducted_to=flt.abducted_to,
                        seen_since=flt.seen_since)


def found_by(names: list[tuple[str, str]]) -> str:
    """"Mother: شيرين · Alias: Xelo": the names beside her own a search found her by."""
    parts = {**name_part_names(), "alias": QCoreApplication.translate("PersonsModel", "Alias")}
    return " · ".join(f"{parts.get(part, part)}: {isolated(text)}" for part, text in names)


def _birth_order(r) -> tuple[str, str]:
    """A search result's birth as the list sorts it: by the earliest day it may be, then the
    latest."""
    first, last = r.birth_range
    return (first or last or "", last or first or "")
