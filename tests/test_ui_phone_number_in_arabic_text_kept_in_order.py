"""A phone number typed in Arabic free text is shown with its digit groups in the order typed,
as the papers print it: the desktop drew "هاتفه 0780 111 2233" as "2233 111 0780", a captor's
number that read as another. Only the showing changes: the stored text, and what is copied out
of the screen, are as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QStandardItem, QStandardItemModel, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from tests.ui_support import unlock, wait_job
from ui import person_ops
from ui.table_fit import OwnDirectionText, cells_by_script
from ui.widgets import plain_tooltip

LAYLA = "ليلى خليل نُقلت إلى الرقة عند أبو حمزة، هاتفه 0780 111 2233"


def drawn_at(text: str, rtl: bool) -> dict[int, float]:
    """Where Qt draws each character of text (its index) laid out on one line, from the left."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    return {i: min(p.x() for run in layout.glyphRuns(i, 1) for p in run.positions())
            for i, ch in enumerate(text) if not ch.isspace() and layout.glyphRuns(i, 1)}


def digits_as_drawn(text: str, rtl: bool, after: str = "هاتفه") -> str:
    """The digits of text from left to right as Qt lays it out on one line. Each of them must
    stand to the left of the word after, which they follow in an Arabic sentence (read right
    to left, they come after it)."""
    at = drawn_at(text, rtl)
    xs = sorted((x, text[i]) for i, x in at.items() if text[i].isdigit())
    if after in text:
        word = range(text.index(after), text.index(after) + len(after))
        assert max(x for x, _ in xs) < min(at[i] for i in word if i in at), "number before its word"
    return "".join(ch for _, ch in xs)


def drawn_cell(table: QTableView, row: int, column: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(table)
    index = table.model().index(row, column)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize(("typed", "drawn"), [
    ("هاتفه 0780 111 2233", "07801112233"),
    ("هاتفه +964 770-555-1212 منذ أمس", "9647705551212"),
    ("هاتفه ٠٧٨٠ ١١١ ٢٢٣٣ منذ أمس", "٠٧٨٠١١١٢٢٣٣"),
    # two numbers in an Arabic sentence: the second to the left of the first, each as typed
    ("هاتفه 07701234567 و 0750-123-4567", "07501234567" "07701234567"),
])
def test_a_tables_cell_draws_a_phone_number_in_arabic_text_as_typed(qapp, typed, drawn, rtl):
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(typed))
    table = QTableView()
    table.setModel(model)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    cells_by_script(table)
    option = drawn_cell(table, 0, 0)
    assert digits_as_drawn(option.text, option.direction == Qt.LayoutDirection.RightToLeft) == drawn
    assert model.item(0, 0).text() == typed  # the model, which Ctrl+C copies, as typed


@pytest.mark.parametrize("rtl", [False, True])
def test_the_reports_screens_text_column_draws_the_number_as_typed(qapp, rtl):
    """The Reports screen lays a report out by its first letter (OwnDirectionText)."""
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(LAYLA))
    table = QTableView()
    table.setModel(model)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    table.setItemDelegateForColumn(0, OwnDirectionText(table))
    option = drawn_cell(table, 0, 0)
    assert digits_as_drawn(option.text, option.direction == Qt.LayoutDirection.RightToLeft) \
        == "07801112233"


def test_a_tooltip_keeps_a_phone_numbers_order(qapp):
    # a report's whole text is its row's tooltip (rich text: spaces made non-breaking)
    assert "\u2066\u202d0780 111 2233\u202c\u2069" in plain_tooltip(LAYLA).replace("\xa0", " ")


def _page(qtbot, gui, demo_vault, case_no="DEMO-00007"):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return page


def test_her_reports_tab_shows_the_number_as_typed_and_copies_it_so(qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    rid = wait_job(qtbot, gui.worker, lambda s: person_ops.add_report(
        s, "DEMO-00007", {"text": LAYLA, "source_code": "K7", "place": "Raqqa",
                          "received": "06/12/2026", "observed": "05/12/2026"}))
    page.reload()
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: any(r.id == rid for r in tab.reports), timeout=10_000)
    row = next(i for i, r in enumerate(tab.reports) if r.id == rid)
    column = tab.model.columnCount() - 2  # Text, the merged column after it
    option = drawn_cell(tab.table, row, column)
    assert digits_as_drawn(option.text, option.direction == Qt.LayoutDirection.RightToLeft) \
        == "07801112233"
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, column))
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == LAYLA


def test_her_page_shows_notes_numbers_as_typed_and_keeps_them_stored(qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    notes = "اتصل أخوها، هاتفه ٠٧٧٠ ٩٨٧ ٦٥٤٣"
    person = page.person
    person.notes = notes
    form = page.form
    form.show_person(person)
    form.set_editable(False)
    # laid out in its own direction, by its first letter (here right to left)
    assert digits_as_drawn(form.notes.document().toPlainText(), True) == "٠٧٧٠٩٨٧٦٥٤٣"
    assert form.read_person().notes == notes
    # copied out: the digits as typed, no invisible marks with them
    form.notes.selectAll()
    form.notes.copy()
    assert QGuiApplication.clipboard().text() == notes
    # to edit: as typed, nothing added that would be saved with it
    form.set_editable(True)
    assert form.notes.document().toPlainText() == notes
    assert form.read_person().notes == notes
