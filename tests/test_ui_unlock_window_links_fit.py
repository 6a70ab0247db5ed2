"""The unlock window's links (Forgot it? Use the recovery code, Change passphrase, Restore from
a backup...) are whole at the window's smallest width: side by side they were cut at the size
it opens at on a small screen ("orgot it? Use the recovery cod" at 533 px)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton


@pytest.mark.parametrize("width", [480, 533])
def test_the_links_are_whole_at_the_opening_size(qtbot, gui, made_vault, width):
    gui.vault_dir = made_vault[0]
    window = gui.show_access()
    qtbot.waitExposed(window)
    window.resize(width, 420)
    qtbot.waitUntil(lambda: window.width() == width, timeout=5_000)
    links = [b for b in window.unlock_page.findChildren(QPushButton) if b.isFlat()]
    assert {b.text() for b in links} >= {"Forgot it? Use the recovery code",
                                         "Change passphrase", "Restore from a backup..."}
    for link in links:
        assert link.width() >= link.sizeHint().width(), link.text()
        assert link.geometry().right() <= window.unlock_page.width(), link.text()


def test_the_new_key_box_says_its_words_whole_and_they_tick_it(qtbot, gui, made_vault):
    """"Also encrypt the whole vault under a new key ... (after the passphrase or the code may
    have been seen)" was cut at "(after" on one line: it wraps, and a click on it ticks it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QLabel

    gui.vault_dir = made_vault[0]
    window = gui.show_access()
    qtbot.waitExposed(window)
    window.resize(533, 420)
    window._go(window.change_page)
    qtbot.waitUntil(lambda: window.change_page.isVisible(), timeout=5_000)
    words = next(w for w in window.change_page.findChildren(QLabel)
                 if w.text().startswith("Also encrypt the whole vault"))
    assert words.text().endswith("(after the passphrase or the code may have been seen)")
    assert words.wordWrap() and words.geometry().right() <= words.parentWidget().width()
    assert words.height() >= words.heightForWidth(words.width())
    assert not window.new_key.isChecked()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.new_key.isChecked()
