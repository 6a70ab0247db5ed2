"""A person's page in Arabic and Sorani: its heading reads right to left from the case number,
and a Latin note in her status timeline keeps its quotes where they were typed."""

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


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_latin_note_in_quotes_keeps_its_quotes_in_the_timeline(qtbot, gui, demo_vault, lang):
    """A list's word quoted in Latin letters ('«freed 2017»', as an import writes it) showed
    its closing quote on the wrong side in a right-to-left timeline."""
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00001")
    events = len(page.person.status_events)
    page.add_status("rescued", "2017", "«freed 2017»")
    qtbot.waitUntil(lambda: page.status_tab.model.rowCount() == events + 1, timeout=10_000)
    notes = [page.status_tab.model.item(r, 2).text()
             for r in range(page.status_tab.model.rowCount())]
    note = next(n for n in notes if "freed" in n)
    table = page.status_tab.table
    assert table.layoutDirection() == RTL  # the cell lays its text out right to left
    assert _drawn(note, table.font(), rtl=True).strip() == "«freed 2017»"


def test_a_relatives_case_number_opens_her_page_in_a_right_to_left_table(qtbot, qapp):
    """A case number in an Arabic table is isolated to keep its order: a double click sent the
    isolate (before it, a left-to-right mark) on with it, and no person has that number."""
    from ui.person_tabs import RelativesTab
    try:
        qapp.setLayoutDirection(RTL)
        tab = RelativesTab()
        qtbot.addWidget(tab)
        tab.fill([["sister", "DEMO-00002", "Gulizar"]])
        assert tab.model.item(0, 1).text() != "DEMO-00002"  # isolated as shown
        with qtbot.waitSignal(tab.open_person) as opened:
            tab.table.doubleClicked.emit(tab.model.index(0, 1))
        assert opened.args == ["DEMO-00002"]
    finally:
        qapp.setLayoutDirection(LTR)

