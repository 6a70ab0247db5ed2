"""Her page at the size of a small laptop's window: the main fields visible without scrolling,
and every case number whole where it is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QComboBox, QScrollArea, QStyle, QStyleOptionComboBox

from tests.test_ui_person_page_bidi import _page

SMALL_WINDOW = (1300, 820)


def _shown(qtbot, page, size=SMALL_WINDOW):
    window = page.window()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # layouts settle after the window is shown at its size
    return window


def _merged(folder, keep: str, others: list[str]) -> None:
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        for other in others:
            s.matching.merge(keep, other, despite_decision=True, despite_contradiction=True)
    finally:
        s.close()


def _text_room(box: QComboBox) -> int:
    """The width the combo box gives its text (its frame and arrow left out)."""
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                      QStyle.SubControl.SC_ComboBoxEditField, box).width()


@pytest.mark.parametrize("lang", ["en", "ar", "kmr"])
def test_the_records_merged_into_hers_show_their_case_numbers_whole(qtbot, gui, demo_vault, lang):
    """The box of "Records merged into this one" showed "SNJ-0000" in English and "NJ-00008" in
    Arabic: it was sized before the case numbers were put into it. The line it stands on has
    the page's buttons too, longest in Kurmanji."""
    _merged(demo_vault, "DEMO-00007", ["DEMO-00008", "DEMO-00123"])
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00007")
    _shown(qtbot, page)
    box = page.merged_pick
    assert box.isVisible() and box.count() == 2
    widest = max(box.fontMetrics().horizontalAdvance(box.itemText(i))
                 for i in range(box.count()))
    assert _text_room(box) >= widest, (_text_room(box), widest)


MAIN_FIELDS = ("sex", "birth", "origin_village", "origin_district", "origin_governorate",
               "abduction_date", "abduction_place", "last_known_location", "held_by",
               "sharing_level")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_main_fields_are_in_view_without_scrolling_in_a_small_window(
        qtbot, gui, demo_vault, lang):
    """At 1300 x 820 her page showed the names and, under them, only part of the other fields
    in a small pane: born, village and where she was last known needed scrolling (and a line
    more for the records merged into hers)."""
    _merged(demo_vault, "DEMO-00007", ["DEMO-00008"])
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00007")
    _shown(qtbot, page)
    [scroll] = [s for s in page.findChildren(QScrollArea) if s.widget() is page.form]
    view = scroll.viewport()
    fields = [page.form.findChild(object, name) for name in MAIN_FIELDS]
    fields += [f for pair in page.form.name_fields.values() for f in pair]
    hidden = []
    for field in fields:
        top_left = field.mapTo(view, QPoint(0, 0))
        if not view.rect().contains(top_left) or \
                not view.rect().contains(top_left + QPoint(field.width() - 1, field.height() - 1)):
            hidden.append(field.objectName())
    assert hidden == [], (hidden, view.size())


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_no_label_of_her_form_touches_the_edge_of_its_frame(qtbot, gui, demo_vault, lang):
    """The birth label ("تاريخ الولادة (مثلاً 1998، ...)") in Arabic and Sorani, and a date's
    reading ("wek 2014-08-03 hate xwendin") in Kurmanji, stood against the form's edge and lost
    their last stroke to the frame around it."""
    from PySide6.QtWidgets import QLabel

    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00001")
    page.window().resize(1300, 820)
    page.form.abduction_date.setText("3/8/2014")  # a reading beside the date: "read as ..."
    qtbot.waitUntil(lambda: page.form.readings[page.form.abduction_date].isVisible())
    form = page.form
    for label in form.findChildren(QLabel):
        if label.isVisible() and label.text():
            left = label.mapTo(form, QPoint(0, 0)).x()
            assert left >= 4 and left + label.width() <= form.width() - 4, label.text()
