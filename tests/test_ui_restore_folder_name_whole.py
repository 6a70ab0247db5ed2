"""The restore page names a backup's folder by a whole example of its name: "casekeeper-backup-
..." ended in dots, which in an Arabic sentence stood next to the words before it, and a reader
from the right read «...casekeeper-backup-»."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui_support import reads_left_to_right

_ISOLATED = re.compile("[\u2066\u2068]([^\u2069]*)\u2069")


def _names_end_in_a_letter_or_digit(text: str) -> None:
    for name in _ISOLATED.findall(text):
        assert name[:1].isalnum() or name[:1] == "/", (name, text)
        assert name[-1:].isalnum(), (name, text)
        assert reads_left_to_right(text, name, right_to_left=True), (name, text)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.usefixtures("new_translations")
def test_the_restore_page_names_a_backup_folder_whole(qtbot, gui, lang):
    gui.language = lang
    window = gui.show_access()
    page = window.restore_page
    window._go(page)
    said = [label.text() for label in page.findChildren(QLabel)
            if "casekeeper-" in label.text()]
    assert said
    for text in said:
        assert "casekeeper-\u2060backup-\u206020" in text  # not broken at a hyphen either
        _names_end_in_a_letter_or_digit(text)
    page.do_restore()  # no folder chosen: what to choose is said
    assert "casekeeper-\u2060backup-\u206020" in window.error.text()
    _names_end_in_a_letter_or_digit(window.error.text())
