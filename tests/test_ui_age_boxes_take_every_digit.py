"""The age boxes of the persons list take Arabic-Indic (٢٠) and Persian (۲۰) digits whatever the
interface's language: under the English interface they were refused without a word, as the
validator took only the locale's digits (the Arabic interface and the command line took them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QWidget

from ui.filter_boxes import FilterBoxes


@pytest.mark.parametrize("locale", [QLocale(QLocale.Language.English),
                                    QLocale(QLocale.Language.Arabic)])
@pytest.mark.parametrize("typed", ["20", "٢٠", "۲۰"])
def test_every_kind_of_digit_is_typed_and_read(qtbot, locale, typed):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setLocale(locale)
    boxes = FilterBoxes(parent)
    for box in (boxes.age_from, boxes.age_to):
        box.setLocale(locale)
        # what typing goes through (keyClicks cannot type Arabic script under the test driver)
        assert box.validator().validate(typed, len(typed))[0] == QValidator.State.Acceptable
        box.setText(typed)
    chosen = boxes.read()
    assert (chosen.min_age, chosen.max_age) == (20, 20)


def test_letters_and_a_fourth_digit_are_not_typed(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    boxes = FilterBoxes(parent)
    v = boxes.age_from.validator()
    assert v.validate("abc", 0)[0] == QValidator.State.Invalid
    assert v.validate("1234", 0)[0] == QValidator.State.Invalid
    qtbot.keyClicks(boxes.age_from, "4x5")
    assert boxes.age_from.text() == "45"
