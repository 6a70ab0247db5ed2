"""In Arabic and Sorani a time is drawn in DejaVu Sans: Noto Naskh Arabic, the interface font
there, has a colon of its own whose lower dot is a comma's, so the status timeline, the Audit
screen and "Saved at" read 02;43;38 (found by a tester). A cell with no Arabic letter is drawn
Latin-first; the time in a notice is set apart in DejaVu Sans, the words around it as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.fonts import LATIN
from ui.person_tabs import StatusTab
from ui.widgets import plain_item, plain_label


@pytest.fixture
def rtl(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield qapp
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_time_cell_is_drawn_latin_first(rtl):
    item = plain_item("2026-12-07 02:43:36Z")
    assert item.font().families()[0] == LATIN
    assert item.data(Qt.ItemDataRole.FontRole) is not None
    assert plain_item("مفقودة").data(Qt.ItemDataRole.FontRole) is None  # Arabic: as it was


def test_the_status_timeline_draws_its_recorded_time_latin_first(rtl, qtbot):
    tab = StatusTab()
    qtbot.addWidget(tab)
    tab.fill([["2014-08-03", "مفقودة", "", "2026-12-07 02:43:36Z"]])
    assert tab.model.item(0, 3).font().families()[0] == LATIN
    assert tab.model.item(0, 1).data(Qt.ItemDataRole.FontRole) is None


def test_left_to_right_cells_are_left_alone(qapp):
    assert plain_item("2026-12-07 02:43:36Z").data(Qt.ItemDataRole.FontRole) is None


def test_saved_at_draws_the_time_in_dejavu_and_the_words_literally(rtl, qtbot):
    from ui.widgets import say_clock
    notice = plain_label("", None, wrap=True, collapse=True)
    qtbot.addWidget(notice)
    say_clock(notice, "حُفظ <b>في</b> الساعة %1.", "02:46")
    assert notice.textFormat() == Qt.TextFormat.RichText
    assert f"<span style=\"font-family: '{LATIN}'\">\u206602:46\u2069</span>" in notice.text()
    assert "&lt;b&gt;" in notice.text()  # the words escaped: never read as markup
    notice.setText("<img src=x>")  # the next notice is literal again
    assert notice.textFormat() == Qt.TextFormat.PlainText


def test_saved_at_in_a_left_to_right_interface_is_plain(qapp, qtbot):
    from ui.widgets import say_clock
    notice = plain_label("", None, wrap=True, collapse=True)
    qtbot.addWidget(notice)
    say_clock(notice, "Saved at %1.", "02:46")
    assert notice.text() == "Saved at 02:46."
    assert notice.textFormat() == Qt.TextFormat.PlainText
