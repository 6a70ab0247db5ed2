"""A row chosen by the program is chosen in a right-to-left window too: Qt's QTableView.selectRow
looks for the row's first column past the table's edge there and chooses nothing (still so in
the Qt the program runs on), so no screen calls it; a current index with whole rows does."""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from tests.test_architecture import python_files


def test_no_screen_chooses_a_row_with_select_row():
    calls = [f"{p.name}:{n}" for p in python_files("ui")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.selectRow\(", line.split("#")[0])]
    assert calls == []


def test_a_current_index_chooses_the_whole_row_right_to_left(qtbot, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        model = QStandardItemModel(3, 3)
        for r in range(3):
            for c in range(3):
                model.setItem(r, c, QStandardItem(f"{r}{c}"))
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.show()
        qtbot.waitExposed(table)
        table.selectionModel().setCurrentIndex(
            model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
