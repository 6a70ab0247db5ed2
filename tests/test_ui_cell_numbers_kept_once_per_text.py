"""A list cell's numbers are kept in order (the papers' rule) once per text, not on every paint:
every paint, hover and row-height measure of a cell asks for its text, and a report listing
100 phone numbers froze the Reports screen for a second on each repaint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

import ui.bidi
from ui.table_fit import OwnDirectionText, WrappedText, cells_by_script


def test_a_cells_text_is_run_through_the_papers_rule_once(qapp, monkeypatch):
    calls = []
    rule = ui.bidi.numbers_ltr
    monkeypatch.setattr(ui.bidi, "numbers_ltr", lambda text: calls.append(text) or rule(text))
    texts = [f"هاتفه 0780 111 {2233 + n} قائمة {id(calls)}" for n in range(3)]
    model = QStandardItemModel(1, len(texts))
    for column, text in enumerate(texts):
        model.setItem(0, column, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cells_by_script(table)
    table.setItemDelegateForColumn(1, OwnDirectionText(table))
    table.setItemDelegateForColumn(2, WrappedText(table))
    for _ in range(5):  # five repaints
        for column in range(len(texts)):
            option = QStyleOptionViewItem()
            option.initFrom(table)
            index = model.index(0, column)
            table.itemDelegateForIndex(index).initStyleOption(option, index)
    assert sorted(calls) == sorted(texts)
