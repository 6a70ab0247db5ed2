"""Numbers the desktop's own widgets write (a spin box, a progress bar) are in the digits every
other number on screen is written in, 0-9, in Arabic and Sorani too: Settings showed the
idle-lock minutes as ٥. One rule, ui.i18n.latin_digits, given to each such widget."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT
from tests.ui_support import unlock
from ui.settings import write_language


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_settings_and_backup_numbers_in_latin_digits(qtbot, gui, demo_vault, lang):
    from ui.backup_dialog import BackupDialog
    from ui.dialogs import SettingsDialog
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    assert main.isRightToLeft()
    main.open_settings()
    settings = main.findChild(SettingsDialog)
    settings.idle.setValue(5)
    assert settings.idle.text() == "5", settings.idle.text()
    settings.reject()
    main.back_up()
    backup = main.findChild(BackupDialog)
    backup.keep.setValue(12)
    assert backup.keep.text() == "12", backup.keep.text()
    backup.reject()


def test_every_number_widget_is_given_latin_digits():
    """A spin box or a progress bar showing its text, made anywhere in ui/, in a file that
    gives it latin_digits."""
    made = re.compile(r"\b(QSpinBox|QDoubleSpinBox|QProgressBar)\(")
    for path in sorted((ROOT / "ui").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if made.search(text) and "setTextVisible(False)" not in text:
            assert "latin_digits(" in text, path.name
