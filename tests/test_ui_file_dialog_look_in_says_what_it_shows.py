"""A file dialog's Look in box says what the dialog shows: after "Computer" in its sidebar it
named the program's working folder (directory() there is QDir(""), which is that folder) while
the list showed the computer's drives, in every language. Only a right-to-left dialog has its
path painted by the program; an English one is Qt's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QListView


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_look_in_after_computer(qtbot, qapp, tmp_path, monkeypatch, lang):
    import ui.file_dialog_paths as paths
    from ui.i18n import apply_language
    elsewhere = tmp_path / "elsewhere"
    (tmp_path / "home").mkdir()
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    painted = []
    original = paths.paint_path
    monkeypatch.setattr(paths, "paint_path",
                        lambda combo, path: (painted.append(path), original(combo, path)))
    try:
        apply_language(qapp, lang)
        dialog = QFileDialog(None, "CaseKeeper", str(tmp_path / "home"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        side = dialog.findChild(QListView, "sidebar")
        computer = side.model().index(0, 0)
        QTest.mouseClick(side.viewport(), Qt.MouseButton.LeftButton,
                         pos=side.visualRect(computer).center())
        combo = dialog.findChild(QComboBox, "lookInCombo")
        qtbot.waitUntil(lambda: combo.currentText() == computer.data())
        painted.clear()
        combo.grab()
        if lang == "en":
            assert painted == []  # Qt paints an English dialog's box itself
        else:
            assert painted and painted[-1] == computer.data(), painted
        assert all(str(elsewhere) not in p for p in painted)
    finally:
        apply_language(qapp, "en")
