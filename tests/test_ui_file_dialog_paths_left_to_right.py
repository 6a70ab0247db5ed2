"""Qt's file dialogs in Arabic and Sorani show the folder's path left to right: "Look in" drew
/tmp/x/home as "tmp/x/home/", the leading slash at the end, and a USB drive's folder read
wrong. The file name box is laid out left to right too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

from tests.ui_support import drawn


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_look_in_path_drawn_left_to_right(qtbot, qapp, tmp_path, monkeypatch, lang):
    import ui.file_dialog_paths as paths
    from ui.i18n import apply_language
    folder = tmp_path / "usb" / "home"
    folder.mkdir(parents=True)
    painted = []
    original = paths.paint_path
    monkeypatch.setattr(paths, "paint_path",
                        lambda combo, path: (painted.append(path), original(combo, path)))
    try:
        apply_language(qapp, lang)
        dialog = QFileDialog(None, "CaseKeeper", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.isRightToLeft()
        combo = dialog.findChild(QComboBox, "lookInCombo")
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert combo.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert name.layoutDirection() == Qt.LayoutDirection.LeftToRight
        combo.grab()
        assert painted and painted[-1] == str(folder)
        label = paths.path_label(combo, str(folder), 10_000)
        # read in a right-to-left line, the path keeps its order: its slash first
        assert drawn(label, right_to_left=True) == str(folder)
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_path_boxes_left_to_right(qtbot, gui, demo_vault, lang):
    """The boxes a path is typed or chosen into (Back up's folder, the import's list) lay it out
    left to right, as the restore page's does: /media/usb, not media/usb/."""
    from tests.ui_support import unlock
    from ui.backup_dialog import BackupDialog
    from ui.settings import write_language
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    assert main.isRightToLeft()
    main.back_up()
    backup = main.findChild(BackupDialog)
    assert backup.folder.layoutDirection() == Qt.LayoutDirection.LeftToRight
    backup.reject()
    wizard = main.show_screen("imports").new_import()
    assert wizard.path.layoutDirection() == Qt.LayoutDirection.LeftToRight
