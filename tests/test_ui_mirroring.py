"""Question, error and vault-menu boxes are drawn mirrored in Arabic and Sorani: icon at the
right, buttons at the left. Checked on the drawn pixels of a shown, laid-out box, not only on
the widgets' geometry, which could say right while the picture says left."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from ui.i18n import apply_language

LONG = ["SNJ-00004 and SNJ-00005 were marked not the same person on 2026-12-01. Note: sisters",
        "Merge them anyway? The decision is withdrawn; splitting the records gives it back."]
LANGS = [("en", False), ("ar", True), ("ckb", True)]


@pytest.fixture
def parent(qapp, qtbot):
    """A shown window in the language the test applies; English again afterwards."""
    widget = QWidget()
    widget.resize(900, 600)
    qtbot.addWidget(widget)
    yield widget
    apply_language(qapp, "en")


def _shown(qtbot, parent, lang: str, open_box) -> QDialog:
    apply_language(QApplication.instance(), lang)
    parent.show()
    qtbot.waitExposed(parent)
    open_box(parent)
    box = next(w for w in parent.findChildren(QDialog) if w.isVisible())
    qtbot.waitExposed(box)
    qtbot.wait(50)  # one more round of events: the layout has placed everything
    return box


def _ink(image, top: int, bottom: int, is_ink) -> list[int]:
    """The x of every pixel between the rows top and bottom that is_ink accepts."""
    return [x for y in range(max(top, 0), min(bottom, image.height()))
            for x in range(image.width()) if is_ink(image.pixelColor(x, y))]


def _buttons_drawn(box: QDialog, image) -> tuple[int, int]:
    """Leftmost and rightmost drawn pixel of the button row (anything not window grey)."""
    row = box.findChild(QDialogButtonBox)
    top = row.mapTo(box, row.rect().topLeft()).y()
    grey = box.palette().window().color()
    xs = _ink(image, top, top + row.height(), lambda c: max(
        abs(c.red() - grey.red()), abs(c.green() - grey.green()),
        abs(c.blue() - grey.blue())) > 40)
    return min(xs), max(xs)


def _icon_drawn(box: QDialog, image, is_icon) -> float:
    """Mean x of the icon's coloured pixels above the button row."""
    row = box.findChild(QDialogButtonBox)
    xs = _ink(image, 0, row.mapTo(box, row.rect().topLeft()).y(), is_icon)
    assert len(xs) > 200, "no icon drawn"
    return sum(xs) / len(xs)


def _blue(c) -> bool:      # the question mark's disc
    return c.blue() > 150 and c.blue() - c.red() > 80


def _yellow(c) -> bool:    # the warning triangle
    return c.red() > 200 and c.green() > 150 and c.blue() < 100


def _check(box: QDialog, rtl: bool, is_icon=None) -> None:
    image = box.grab().toImage()
    width = image.width()
    left, right = _buttons_drawn(box, image)
    if rtl:
        assert right < width / 2, (left, right, width)
    else:
        assert left > width / 2, (left, right, width)
    if is_icon is not None:
        x = _icon_drawn(box, image, is_icon)
        assert (x > width * 0.6) if rtl else (x < width * 0.4), (x, width)


@pytest.mark.parametrize("lang,rtl", LANGS)
def test_a_question_box_is_drawn_mirrored_in_right_to_left_languages(qtbot, parent, lang, rtl):
    from ui.widgets import ask_to_go_ahead

    box = _shown(qtbot, parent, lang, lambda p: ask_to_go_ahead(
        p, LONG, "decisionQuestion", "Merge anyway", "mergeAnyway", lambda: None))
    assert isinstance(box, QMessageBox)
    _check(box, rtl, _blue)


@pytest.mark.parametrize("lang,rtl", LANGS)
def test_an_error_box_is_drawn_mirrored_in_right_to_left_languages(qtbot, parent, lang, rtl):
    from ui.widgets import show_error

    box = _shown(qtbot, parent, lang, lambda p: show_error(p, " ".join(LONG)))
    _check(box, rtl, _yellow)


@pytest.mark.parametrize("lang,rtl", LANGS)
def test_the_vault_menus_dialogs_are_drawn_mirrored_in_right_to_left_languages(
        qtbot, parent, lang, rtl):
    from ui.dialogs import ChangePassphraseDialog, SettingsDialog
    from ui.settings import VaultPreferences

    for make in (lambda p: SettingsDialog(None, VaultPreferences(), lang, p),
                 lambda p: ChangePassphraseDialog(None, p)):
        box = _shown(qtbot, parent, lang, lambda p, make=make: make(p).open())
        box.resize(max(box.width(), 420), box.height())  # room for the buttons to take a side
        qtbot.wait(50)
        _check(box, rtl)
        box.close()
        box.deleteLater()
        qtbot.waitUntil(lambda box=box: not box.isVisible())
