"""What Vault > Back up... says it made is shown whole: its last line, the audit chain head the
README asks to write down, was below the dialog's edge and the line above it cut in half."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.ui_support import unlock


def _whole(label) -> None:
    """The label as tall as its wrapped text needs, and inside its window."""
    window = label.window()
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width()), (
        label.height(), label.heightForWidth(label.width()))
    placed = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    assert window.rect().contains(placed), (placed, window.rect())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_backup_result_is_shown_to_its_last_line(qtbot, gui, demo_vault, tmp_path, lang):
    from ui.backup_dialog import BackupDialog
    from ui.settings import write_language
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    dialog = BackupDialog(main.worker, main)
    dialog.show()
    qtbot.waitExposed(dialog)
    usb = tmp_path / "a-usb-drive-with-a-long-name" / "casekeeper backups of the office"
    usb.mkdir(parents=True)
    dialog.folder.setText(str(usb))
    dialog.keep.setValue(1)
    for _ in range(2):  # the second says it let the first go, and names it: two lines more
        dialog.start.click()
        qtbot.waitUntil(lambda: dialog.start.isEnabled() and dialog.result.text().count("\n") >= 2,
                        timeout=30_000)
    qtbot.wait(50)
    assert dialog.result.text().count("\n") == 4
    _whole(dialog.result)
    # the chain head, the line to write down, is among the lines shown
    from ui.bidi import bare
    assert re.fullmatch(r".*[0-9a-f]{16}", bare(dialog.result.text().splitlines()[2]))
