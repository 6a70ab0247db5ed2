"""Settings' idle-lock minutes, Back up's count and Duplicates' lowest score show 0-9 and take the
digits an Arabic or Sorani keyboard's digit row types (١٥) as well as Persian (۱۵): with the C
locale alone the keys were swallowed without a word, the value left as it was."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from tests.ui_support import unlock
from ui.settings import write_language


def _typed(box, text: str):
    """text typed key by key over the box's whole text, then read as Enter would."""
    box.setFocus()
    box.selectAll()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                  ch))
    box.interpretText()
    return box.text(), box.value()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_spin_boxes_take_arabic_indic_digits(qtbot, gui, demo_vault, lang):
    from ui.backup_dialog import BackupDialog
    from ui.dialogs import SettingsDialog
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    main.open_settings()
    settings = main.findChild(SettingsDialog)
    for typed in ("١٥", "۱۵", "15"):
        settings.idle.setValue(2)
        assert _typed(settings.idle, typed) == ("15", 15), typed
    settings.reject()
    main.back_up()
    backup = main.findChild(BackupDialog)
    for typed in ("١٢", "۱۲"):
        backup.keep.setValue(3)
        assert _typed(backup.keep, typed) == ("12", 12), typed
    backup.reject()
    view = main.show_screen("duplicates")
    view.threshold.setValue(0.87)
    text, value = _typed(view.threshold, "٠٫٥٠")
    assert (text, round(value, 2)) == ("0.50", 0.5)


def test_no_spin_box_made_without_the_digits():
    """Every spin box in ui/ is made as a DigitSpinBox or DigitDoubleSpinBox (a file-level
    check that latin_digits is called let a second box in the same file pass unchecked)."""
    made = re.compile(r"\bQ(?:Double)?SpinBox\(")
    for path in sorted((ROOT / "ui").glob("*.py")):
        if path.name != "digit_boxes.py":
            assert not made.search(path.read_text(encoding="utf-8")), path.name
