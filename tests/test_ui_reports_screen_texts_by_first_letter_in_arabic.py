"""In the Arabic interface the Reports screen lays each report's text out by its own first
letter, as the English one does: an English text naming a woman in Arabic ("Source saw نادية
خلف at the Raqqa market") was laid out right to left, its beginning at the far right and its
"…" at the far left, and read scrambled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui_support import unlock, wait_job
from ui import person_ops
from ui.settings import write_language

MIXED = "Source saw نادية خلف at the Raqqa market, held in a house near the mosque with others"
ARABIC = "رأت المخبرة Nadia في مخيم الهول، القسم الرابع"


def test_each_text_by_its_first_letter_in_the_arabic_interface(qtbot, gui, demo_vault,
                                                                new_translations):
    write_language(demo_vault, "ar")
    gui.vault_dir, gui.language = demo_vault, "ar"
    main = unlock(qtbot, gui)
    for text in (MIXED, ARABIC):
        wait_job(qtbot, gui.worker, lambda s, t=text: person_ops.add_report(
            s, "DEMO-00007", {"text": t, "source_code": "K-7", "place": "",
                              "received": "28/11/2026", "observed": ""}))
    view = main.show_screen("reports")
    view.activate()  # read again: the screen may have been read before these were added
    column = 9  # the text (after the Outcome column)
    texts = lambda: [view.model.index(r, column).data() or "" for r in range(view.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: MIXED in texts() and ARABIC in texts(), timeout=5_000)

    def laid_out(rid: str) -> QStyleOptionViewItem:
        row = texts().index(rid)
        index = view.model.index(row, column)
        option = QStyleOptionViewItem()
        option.initFrom(view.table)
        view.table.itemDelegateForIndex(index).initStyleOption(option, index)
        return option

    assert view.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mixed = laid_out(MIXED)
    assert mixed.direction == Qt.LayoutDirection.LeftToRight
    assert mixed.displayAlignment & Qt.AlignmentFlag.AlignRight  # against the column's start
    assert laid_out(ARABIC).direction == Qt.LayoutDirection.RightToLeft
