"""The Persons screen with its Seen since box fits a 1,024-pixel laptop screen in each of the
desktop's languages, a typed year stays whole in the box, and the box says how it was read
("about 2024" is 2024): on the ranges' line it made the Arabic window 1,122 pixels at least,
and showed "2024" as "024" in English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.test_person_list_seen_since import _vault
from tests.ui_support import unlock
from ui.bidi import bare
from ui.settings import write_language


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_the_persons_screen_fits_1024_pixels(qtbot, gui, cli, new_translations, lang):
    _vault(cli)
    write_language(cli.vault, lang)
    gui.vault_dir, gui.language = cli.vault, lang
    main = unlock(qtbot, gui)
    main.show()
    persons = main.persons
    persons.seen_since.setText("2024")
    main.resize(1024, 700)
    qtbot.wait(100)
    QApplication.processEvents()
    assert main.minimumSizeHint().width() <= 1024 and main.width() <= 1024
    box = persons.seen_since
    # the year whole, inside the frame and the clear button's room
    assert box.width() >= box.fontMetrics().horizontalAdvance("2024") + 40, box.width()
    for typed, day in (("06/2024", "2024-06-01"), ("about 2024", "2024-01-01")):
        persons.seen_since.setText(typed)
        read = bare(persons.filters.seen_read.text())
        assert day in read, read
        assert persons.filters.seen_read.isVisible()
    persons.seen_since.setText("soon")
    assert persons.filters.seen_read.text() == ""
