"""Run on a real X screen (xvfb-run) by tests/test_ui_clipboard_any_copy.py: case data copied
with Ctrl+C from a table and a field's Copy, then what the clipboard holds over time."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView  # noqa: E402

from ui.clipboard import ClipboardGuard  # noqa: E402


def wait(app: QApplication, ms: int) -> None:
    QTest.qWait(ms)
    app.processEvents()


def main() -> None:
    app = QApplication(sys.argv)
    guard = ClipboardGuard(clear_after_ms=400)
    board = QGuiApplication.clipboard()
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("ژیانا خەلەفو"))
    table = QTableView()
    table.setModel(model)
    table.show()
    table.activateWindow()
    table.setCurrentIndex(model.index(0, 0))
    wait(app, 200)
    said = {"platform": QGuiApplication.platformName()}
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    wait(app, 50)
    said["table_copied"] = board.text()
    wait(app, 1200)
    said["table_after"] = board.text()
    field = QLineEdit("Jilan Khalaf Hasan")
    field.show()
    field.selectAll()
    field.copy()
    wait(app, 50)
    said["field_copied"] = board.text()
    guard.clear_if_ours()  # as the lock does, before the time is up
    said["field_after_lock"] = board.text()
    print(json.dumps(said, ensure_ascii=False))


if __name__ == "__main__":
    main()
