"""The persons list's range filters keep saying what they are once they are filled in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from tests.test_ui_person_page_fit import SMALL_WINDOW
from tests.ui_support import unlock
from ui.settings import write_language


def _label_of(view, box) -> QLabel:
    [label] = [w for w in view.findChildren(QLabel) if w.buddy() is box]
    return label


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_range_box_keeps_a_label_once_it_is_filled(qtbot, gui, demo_vault, lang):
    """The age boxes said "Age from" and "Age to" only while empty: filled with 18 and 22, the
    user could not tell which was which (the abduction dates too). Each box has a label of its
    own beside it, in the reading order of the interface, shown whole."""
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    window = unlock(qtbot, gui)
    window.resize(*SMALL_WINDOW)
    window.show()
    qtbot.waitExposed(window)
    view = window.persons
    for box, text in ((view.age_from, "18"), (view.age_to, "22"),
                      (view.abducted_from, "08/2014"), (view.abducted_to, "2015")):
        box.setText(text)
    qtbot.wait(50)
    rtl = lang == "ar"
    said = []
    for box in (view.age_from, view.age_to, view.abducted_from, view.abducted_to):
        label = _label_of(view, box)
        assert label.isVisible() and label.text().strip()
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
        label_x = label.mapTo(view, QPoint(0, 0)).x()
        box_x = box.mapTo(view, QPoint(0, 0)).x()
        assert (label_x > box_x) if rtl else (label_x < box_x)  # read before its box
        said.append(label.text())
    assert said[0] != said[1] and said[2] != said[3]
