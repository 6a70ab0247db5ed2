"""A name column she widens by dragging its edge keeps her width: in Kurmanji at 1,024 px the list
narrows the names to keep Status in sight, and growing the window then shrank a column she had
dragged to 300 back to 195 (what it gave back was negative past the width it remembered); a
viewport resized under her drag (a scroll bar coming or going) took her width back too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.test_ui_persons_status_shown_whole import _kurmanji_list

LATIN_NAME = 2


def _drag_wider(header, col: int, to: int) -> None:
    """The column's right edge dragged with the mouse (a left-to-right header)."""
    x, y = header.sectionViewportPosition(col) + header.sectionSize(col) - 1, header.height() // 2
    dx = to - header.sectionSize(col)
    port = header.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    for step in range(1, 6):
        QTest.mouseMove(port, QPoint(x + dx * step // 5, y))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(x + dx, y))
    QApplication.processEvents()


def test_widened_name_column_kept_when_window_grows(qtbot, gui, cli, new_translations):
    main, view = _kurmanji_list(qtbot, gui, cli)
    header = view.table.horizontalHeader()
    main.resize(1024, 700)
    qtbot.wait(50)
    QApplication.processEvents()
    assert header.sectionSize(LATIN_NAME) < 195  # narrowed for Status
    _drag_wider(header, LATIN_NAME, 300)
    assert header.sectionSize(LATIN_NAME) == 300
    for width, height in ((1920, 1000), (1100, 700), (1920, 1000)):
        main.resize(width, height)
        qtbot.wait(50)
        QApplication.processEvents()
        assert header.sectionSize(LATIN_NAME) == 300, (width, header.sectionSize(LATIN_NAME))
