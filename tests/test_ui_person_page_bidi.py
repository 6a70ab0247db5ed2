"""A person's page in Arabic and Sorani: its heading reads right to left from the case number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from tests.test_ui_languages import _drawn
from tests.ui_support import unlock
from ui.bidi import LRI, PDI
from ui.settings import write_language

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _page(qtbot, gui, vault, lang: str, case_no: str):
    write_language(vault, lang)
    gui.vault_dir = vault
    gui.language = lang
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return page


@pytest.mark.parametrize("lang, rtl", [("ar", True), ("ckb", True), ("kmr", False)])
def test_the_heading_reads_from_the_case_number_in_the_interface_direction(
        qtbot, gui, demo_vault, lang, rtl):
    """'DEMO-00001   كوليزار ...  /  Gulizar ...   ·   ڕزگارکراوە' took its direction from the
    case number: laid out left to right in Arabic and Sorani, the case number on the left."""
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00001")
    p = page.person
    block = page.heading.findChild(QTextDocument).firstBlock()  # as the label lays it out
    assert block.textDirection() == (RTL if rtl else LTR)
    drawn = _drawn(block.text(), page.heading.font(), rtl).strip()  # left to right
    latin = p.full_name("latin")
    assert latin in drawn  # in its own order
    if rtl:
        assert LRI + p.case_no + PDI in block.text()
        assert drawn.endswith(p.case_no)  # the case number first, on the right
    else:
        assert drawn.startswith(p.case_no)
