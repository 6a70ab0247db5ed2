"""The desktop's Reports screen lists reports newest received first, as `report list` does (by
number, report 21 received on 25/11 stood above report 20 received on 28/11); an Arabic
report's text cut short is cut at its end in its own direction, its "…" on the left, where
it was on the right, where the text begins, its real end cut with no mark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui_support import unlock, wait_job
from ui import person_ops

ARABIC = "رأت المخبرة نادية في مخيم الهول، القسم الرابع، الخيمة 311، مع الأختين"


def _add(qtbot, gui, text: str, received: str) -> int:
    return wait_job(qtbot, gui.worker, lambda s: person_ops.add_report(
        s, "DEMO-00007", {"text": text, "source_code": "K-7", "place": "", "received": received,
                          "observed": ""}))


def _screen(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    return main


def test_newest_received_first_as_report_list(qtbot, gui, demo_vault):
    main = _screen(qtbot, gui, demo_vault)
    later = _add(qtbot, gui, "seen in the market", "28/11/2026")
    earlier = _add(qtbot, gui, "seen at the well", "25/11/2026")  # a higher number
    view = main.show_screen("reports")
    qtbot.waitUntil(lambda: view.model.rowCount() > 2, timeout=10_000)
    shown = [int(view.model.item(r, 0).text()) for r in range(view.model.rowCount())]
    assert shown.index(later) < shown.index(earlier)
    listed = wait_job(qtbot, gui.worker, lambda s: [r.id for r in s.records.reports_newest(1000)])
    assert shown == listed


def test_an_arabic_text_is_laid_out_right_to_left_so_its_cut_is_marked_at_its_end(
        qtbot, gui, demo_vault):
    main = _screen(qtbot, gui, demo_vault)
    rid = _add(qtbot, gui, ARABIC, "28/11/2026")
    _add(qtbot, gui, "seen in the market", "27/11/2026")
    view = main.show_screen("reports")
    qtbot.waitUntil(lambda: view.model.rowCount() > 2, timeout=10_000)
    header = [view.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(view.model.columnCount())]
    text = header.index("Text")
    row = next(r for r in range(view.model.rowCount()) if view.model.item(r, 0).text() == str(rid))

    def laid_out(r: int) -> QStyleOptionViewItem:
        index = view.model.index(r, text)
        option = QStyleOptionViewItem()
        option.initFrom(view.table)
        view.table.itemDelegateForIndex(index).initStyleOption(option, index)
        return option

    arabic = laid_out(row)
    assert arabic.direction == Qt.LayoutDirection.RightToLeft
    assert arabic.displayAlignment & Qt.AlignmentFlag.AlignLeft
    latin = laid_out(next(r for r in range(view.model.rowCount())
                          if view.model.item(r, text).text() == "seen in the market"))
    assert latin.direction == Qt.LayoutDirection.LeftToRight
