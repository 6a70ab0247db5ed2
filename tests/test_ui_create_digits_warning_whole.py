"""The create window's warning on Arabic-Indic digits in a new passphrase was cut off: given the
one line it had room for, in English both lines cut in half, in Arabic stopped mid-sentence,
the next row drawn over it (found by a tester, offscreen and on an X server). Every line of it
is drawn, above the "Repeat it" box, in English and in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt


def _lines_height(label) -> int:
    width = label.contentsRect().width()
    return label.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000),
                                            int(Qt.TextFlag.TextWordWrap), label.text()).height()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_digits_warning_is_whole_above_the_next_box(qtbot, gui, lang):
    gui.language = lang
    window = gui.show_access()
    qtbot.waitExposed(window)
    fields = window.new_passphrase
    fields.first.setText("نرجس ٢٠١٤ جبل")
    digits = fields.digits
    assert "2014" in digits.text()
    assert ("في عبارة المرور" in digits.text()) == (lang == "ar")
    qtbot.waitUntil(lambda: digits.contentsRect().height() >= _lines_height(digits) > 20,
                    timeout=3000)
    qtbot.wait(50)
    bottom = digits.mapTo(window, digits.rect().bottomLeft()).y()
    below = fields.second.mapTo(window, fields.second.rect().topLeft()).y()
    assert bottom < below, (bottom, below)
    assert digits.height() >= _lines_height(digits)
