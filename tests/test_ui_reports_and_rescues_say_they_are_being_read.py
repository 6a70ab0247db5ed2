"""The Reports and Rescues screens say they are being read until their list is there: at the
office's size each stood blank under its column headers for seconds, with no count and no
word. A reading that fails leaves no "Reading..." behind (the error is shown), nor a count
of none where nothing was read."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import ValidationError
from tests.ui_support import unlock
from ui import records_view
from ui.settings import write_language

SCREENS = [("reports", "Reading the reports...", "report(s)", "_all_reports"),
           ("rescues", "Reading the rescue operations...", "rescue operation(s)",
            "_all_rescues")]


def _busy(worker) -> threading.Event:
    """The vault thread held at a job until the event is set: the list's reading waits its
    turn, as it does behind the name index filled after an unlock."""
    go = threading.Event()
    worker.submit(lambda _s: go.wait(10))
    return go


def _said(view) -> list[QMessageBox]:
    return [box for box in view.findChildren(QMessageBox) if box.isVisible()]


@pytest.mark.parametrize(("key", "reading", "counted", "_read"), SCREENS)
def test_the_screen_says_it_is_reading_until_its_list_is_there(qtbot, gui, demo_vault, key,
                                                               reading, counted, _read):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    go = _busy(gui.worker)
    view = main.show_screen(key)
    assert view.count.isVisible() and view.count.text() == reading
    assert view.model.rowCount() == 0
    go.set()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert view.count.text() == f"{view.model.rowCount()} {counted}"
    # shown again (read afresh): said over the rows it holds, until they are read again
    main.show_screen("persons")
    go = _busy(gui.worker)
    main.show_screen(key)
    assert view.count.text() == reading and view.model.rowCount() > 0
    go.set()
    qtbot.waitUntil(lambda: view.count.text() != reading, timeout=10_000)
    assert view.count.text() == f"{view.model.rowCount()} {counted}"


@pytest.mark.parametrize(("key", "_reading", "counted", "read"), SCREENS)
def test_a_reading_that_fails_leaves_no_word_that_it_is_reading(qtbot, gui, demo_vault,
                                                                monkeypatch, key, _reading,
                                                                counted, read):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)

    def refused(_session):
        raise ValidationError("the vault refused the reading")

    real = getattr(records_view, read)
    monkeypatch.setattr(records_view, read, refused)
    view = main.show_screen(key)
    qtbot.waitUntil(lambda: bool(_said(view)), timeout=10_000)
    assert "the vault refused the reading" in _said(view)[0].text()
    assert view.count.text() == ""  # never read: not "0 report(s)", which says there are none
    _said(view)[0].close()
    # read once, then refused: the count of the rows it holds
    monkeypatch.setattr(records_view, read, real)
    main.show_screen("persons")
    main.show_screen(key)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    monkeypatch.setattr(records_view, read, refused)
    main.show_screen("persons")
    main.show_screen(key)
    qtbot.waitUntil(lambda: bool(_said(view)), timeout=10_000)
    assert view.count.text() == f"{view.model.rowCount()} {counted}"


def test_it_is_said_in_the_desktops_language(qtbot, gui, demo_vault, new_translations):
    write_language(demo_vault, "ar")
    gui.vault_dir, gui.language = demo_vault, "ar"
    main = unlock(qtbot, gui)
    for key, reading in (("reports", "جارٍ قراءة البلاغات..."),
                         ("rescues", "جارٍ قراءة عمليات الإنقاذ...")):
        go = _busy(gui.worker)
        view = main.show_screen(key)
        assert view.count.text() == reading
        go.set()
        qtbot.waitUntil(lambda v=view: v.model.rowCount() > 0, timeout=10_000)
        assert view.count.text() != reading
