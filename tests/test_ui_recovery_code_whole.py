"""A recovery code is shown whole, in every interface language and at any font size: in Arabic
the access window stayed 504 px wide for a code 493 px wide, and HGZY-...-2UN4 showed as
GZY-...-2UN, a code that opens nothing, written down as the only way back into the vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.conftest import PASSPHRASE

CODE = "HGZY-IIUN-JPZP-DXKX-DKTE-I7XM-EGIL-2UN4"  # the tester's, cut on her screen


def _shown_whole(view) -> None:
    """Every line of the code fits the label, the label lies inside its window, and the lines
    are the code broken only after a group's hyphen."""
    window = view.window()
    assert view.isVisible()
    metrics = view.fontMetrics()
    lines = view.lines()
    assert "".join(lines) == view.code() != ""
    assert all(line.endswith("-") for line in lines[:-1])
    for line in lines:
        assert view.contentsRect().width() >= metrics.horizontalAdvance(line), (
            line, view.contentsRect().width(), metrics.horizontalAdvance(line))
    placed = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
    assert window.rect().contains(placed), (placed, window.rect())
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr", "en"])
def test_the_code_shown_when_a_vault_is_made_is_whole_in_every_language(qtbot, gui, lang):
    gui.language = lang
    window = gui.show_access()
    window.new_passphrase.first.setText(PASSPHRASE)
    window.new_passphrase.second.setText(PASSPHRASE)
    window.create_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.code_page, timeout=10_000)
    qtbot.wait(50)
    view = window.code_view
    assert len(view.code()) == 39 and view.lines() == [view.code()]  # one line where it fits
    _shown_whole(view)
    window.written.setChecked(True)
    window.continue_button.click()
    assert view.code() == "" and view.text() == ""
    qtbot.waitUntil(lambda: gui.main is not None, timeout=10_000)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_code_of_a_new_key_is_whole_in_the_dialog(qtbot, qapp, lang):
    from ui.dialogs import ChangePassphraseDialog
    from ui.i18n import apply_language
    apply_language(qapp, lang)
    try:
        dialog = ChangePassphraseDialog(None)
        dialog.setMinimumWidth(300)  # a window given a minimum of its own is grown all the same
        dialog.resize(300, 200)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog._show_code(CODE)
        qtbot.wait(50)
        _shown_whole(dialog.code_view)
        assert dialog.code_view.code() == CODE
    finally:
        apply_language(qapp, "en")


def test_a_code_wider_than_the_screen_is_broken_between_its_groups(qtbot, qapp):
    """A large font: the code on two or more lines, each whole, never a group cut in two."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.print_code import code_view
    window = QWidget()
    QVBoxLayout(window).addWidget(view := code_view(window))
    window.show()
    qtbot.waitExposed(window)
    font = view.font()
    screen = view.screen().availableGeometry().width()
    font.setPixelSize(2 * screen // 39)  # the code on one line would be twice the screen
    view.setFont(font)
    view.setText(CODE)
    qtbot.wait(50)
    assert len(view.lines()) >= 2
    _shown_whole(view)
    assert max(view.fontMetrics().horizontalAdvance(line) for line in view.lines()) <= screen
