"""Her notes and how she was taken, in a right-to-left interface: an Arabic line stands against
the box's right edge, a Latin line against its left; the text comes back as typed."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.widgets import PlainTextBox


def _ink_columns(box: PlainTextBox) -> tuple[int, int]:
    image = box.viewport().grab().toImage()
    xs = [x for x in range(image.width()) for y in range(image.height())
          if QColor(image.pixel(x, y)).lightness() < 110]
    return min(xs), max(xs)


def test_each_line_of_a_notes_box_stands_on_its_own_side(qapp, qtbot):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        box = PlainTextBox()
        qtbot.addWidget(box)
        box.resize(500, 80)
        box.show()
        box.setPlainText("سلمت في دهوك")
        left, right = _ink_columns(box)
        assert left > box.viewport().width() / 2  # against the right edge
        box.setPlainText("Handed over in Duhok")
        left, right = _ink_columns(box)
        assert right < box.viewport().width() / 2
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_notes_box_holds_plain_text_only(qapp, qtbot):
    box = PlainTextBox()
    qtbot.addWidget(box)
    text = "<b>not bold</b> & [list \"NGO\", batch 1, row 2, read 2026-12-01]\n  two  spaces"
    box.setPlainText(text)
    assert box.toPlainText() == text
    assert not box.acceptRichText()
