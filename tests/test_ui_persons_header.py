"""The persons list's header: ranked search results are marked as ordered by their score (they
kept the list's "Case ▼"), clearing the search brings the list's own order back, and the Sex
column holds its longest word whole in the interface's language ("Unkno…" before)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import KdfParams, create_vault
from tests.ui_support import PASSPHRASE, unlock
from ui.settings import write_language

DESC, ASC = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder


def _vault(tmp_path):
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    for sex, given, village in ((Sex.FEMALE, NameText("بسمة", "Basma"), "Kocho"),
                                (Sex.FEMALE, NameText("بسيمة", ""), "Solagh"),
                                (Sex.UNKNOWN, NameText("", "Basim"), "Hardan")):
        s.persons.create(Person(sex=sex, origin_village=village, names={
            NamePart.GIVEN: given, NamePart.FATHER: NameText("خلف", "Khalaf")}))
    s.close()
    return folder


def _mark(view):
    header = view.table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def _search(qtbot, view, text):
    with qtbot.waitSignal(view.model.counts_changed, timeout=10_000):  # this search's results
        view.search_box.setText(text)
    assert view.model.results is not None and view.model.query == text


def _cleared(qtbot, view):
    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.results is None, timeout=10_000)


def test_ranked_results_are_marked_by_score_and_the_list_gets_its_own_order_back(qtbot, gui,
                                                                                tmp_path):
    gui.vault_dir = _vault(tmp_path)
    view = unlock(qtbot, gui).persons
    view.table.sortByColumn(4, DESC)  # the list by village, Z to A
    assert _mark(view) == (4, DESC)
    _search(qtbot, view, "Basima Khalaf")
    assert _mark(view) == (7, DESC)
    scores = [r.score for r in view.model.results]
    assert scores == sorted(scores, reverse=True)
    view.table.sortByColumn(0, ASC)  # results sorted where they are, by case number
    assert _mark(view) == (0, ASC)
    _search(qtbot, view, "Basima Khala")  # a new result list comes ranked again
    assert _mark(view) == (7, DESC)
    _cleared(qtbot, view)
    assert _mark(view) == (4, DESC)
    assert (view.model.order, view.model.descending) == ("village", True)
    model = view.model
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    assert [model.data(model.index(r, 4)) for r in range(3)] == ["Solagh", "Kocho", "Hardan"]


@pytest.mark.parametrize("lang", ["en", "ar", "kmr"])
def test_the_sex_column_holds_its_longest_word_whole(qtbot, gui, tmp_path, lang):
    folder = _vault(tmp_path)
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    view = unlock(qtbot, gui).persons
    model, table = view.model, view.table
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    words = {model.data(model.index(r, 3)) for r in range(model.rowCount())}
    assert len(words) == 2  # female and unknown, in the interface's language
    # Qt's item views draw a cell's text inside the focus frame's margin and one pixel more
    inside = table.columnWidth(3) - 2 * (
        table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    metrics = table.fontMetrics()
    for word in words:
        assert metrics.elidedText(word, Qt.TextElideMode.ElideRight, inside) == word
    assert table.columnWidth(3) < 120  # just enough: the names keep their room
