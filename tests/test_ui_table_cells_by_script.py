"""A Latin name cut short in a right-to-left table loses its end, with the "…" after it: laid
out right to left, the mark stood before the name, as if its beginning were what was cut."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from ui.table_fit import CellText, cells_by_script


def _option(table: QTableView, row: int, col: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()  # as the view hands its delegate the view's font
    delegate = table.itemDelegate()
    assert isinstance(delegate, CellText)
    delegate.initStyleOption(option, table.model().index(row, col))
    return option


def test_latin_cells_of_a_right_to_left_table_are_laid_out_left_to_right(qapp):
    model = QStandardItemModel(1, 3)
    for col, text in enumerate(("خالدة شيخو دخيل حمداني", "Khalida Shekho Dakhil Hamdani",
                                "1998")):
        model.setItem(0, col, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cells_by_script(table)
    arabic, latin, year = (_option(table, 0, c) for c in range(3))
    assert arabic.direction == Qt.LayoutDirection.RightToLeft
    assert year.direction == Qt.LayoutDirection.RightToLeft  # digits alone: as the column
    assert latin.direction == Qt.LayoutDirection.LeftToRight
    # still against the column's right edge, as the Arabic names beside it
    assert latin.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert latin.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
    table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert _option(table, 0, 1).displayAlignment & Qt.AlignmentFlag.AlignAbsolute == 0


def test_a_cell_without_arabic_letters_is_drawn_in_the_latin_font_first(qapp):
    """In the Arabic window a list's "No: 4" on her Provenance tab read "No; 4": Noto Naskh
    Arabic, first there, has a colon of its own whose lower dot is a comma's. A cell of no Arabic
    letter (Latin words, a time) is drawn in DejaVu Sans first; an Arabic one as before."""
    from PySide6.QtGui import QFont

    from ui.fonts import ARABIC, LATIN

    model = QStandardItemModel(1, 3)
    for col, text in enumerate(("No: 4  ·  Name: Nadia", "10:45:02", "الاسم: نادية")):
        model.setItem(0, col, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    font = QFont(table.font())
    font.setFamilies([ARABIC, LATIN])  # the Arabic interface's font (fonts.interface_families)
    table.setFont(font)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cells_by_script(table)
    latin, clock, arabic = (_option(table, 0, c) for c in range(3))
    assert latin.font.families()[0] == LATIN and clock.font.families()[0] == LATIN
    assert arabic.font.families()[0] == ARABIC
    table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the interface's own order there
    ltr = _option(table, 0, 0)
    assert ltr.font.families()[0] == ARABIC
