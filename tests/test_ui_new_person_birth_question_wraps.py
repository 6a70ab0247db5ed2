"""The New person form's line under "Born" asking about a birth typed as an age ("about 20",
a bare "20") did not wrap: the left column widened and half the form (the Latin letters
column, Abducted on, Current status, Status date) went out of sight behind a horizontal
scrollbar (found by a tester at 900x560). It wraps under its box, every field in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from tests.ui_support import new_person_form


def _lines_height(label) -> int:
    return label.fontMetrics().boundingRect(QRect(0, 0, label.contentsRect().width(), 1_000_000),
                                            int(Qt.TextFlag.TextWordWrap), label.text()).height()


@pytest.mark.parametrize("typed", ["about 20", "20"])
def test_the_birth_question_wraps_and_the_form_stays_in_view(qtbot, gui, made_vault, typed):
    _main, dialog = new_person_form(qtbot, gui, made_vault[0])
    dialog.resize(900, 560)
    qtbot.waitExposed(dialog)
    dialog.birth.edit.setText(typed)
    reading = dialog.birth.reading
    assert len(reading.text()) > 80, reading.text()  # the long question, not "Read as"
    qtbot.wait(200)
    assert not dialog.scroll.horizontalScrollBar().isVisible()
    view = dialog.scroll.viewport()
    for box in (dialog.status_date.edit, dialog.status, dialog.abduction.edit,
                dialog.name_fields[next(iter(dialog.name_fields))][1]):
        right = box.mapTo(view, box.rect().topRight()).x()
        assert right <= view.width(), (box.objectName(), right, view.width())
    assert reading.height() >= _lines_height(reading) > reading.fontMetrics().height()
