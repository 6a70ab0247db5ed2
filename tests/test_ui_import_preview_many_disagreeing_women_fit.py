"""A list pasted from two (one before the rescues, one after) disagrees with itself on most of
its women. The preview said a line for each above its table: with 100 such women the window
could not be smaller than 1701 pixels, the table was one row high and Import was off a laptop's
screen. It says the first few and how many more; each woman's conflict is in the details of
her rows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui_support import unlock
from ui.settings import write_language

GIVEN = ["نادية", "ليلى", "خالدة", "سميرة", "جميلة", "دلال", "شيرين", "فريدة", "نسرين", "بسمة"]
FATHER = ["مراد", "حسن", "خلف", "الياس", "قاسم", "حيدر", "سليمان", "خضر", "رشو", "بركات"]
GRAND = ["رشو", "باسي", "حجي", "علي", "سفوك"]


def _women() -> list[str]:
    return [f"{g},{f},{GRAND[(i + j) % 5]},كوجو" for i, g in enumerate(GIVEN)
            for j, f in enumerate(FATHER)]


def _preview(qtbot, gui, cli, tmp_path):
    """100 women missing in rows 2-101, the same 100 rescued in rows 102-201."""
    assert cli("init").returncode == 0
    text = "الاسم,اسم الاب,اسم الجد,القرية,الحالة\n" + "".join(
        f"{w},{status}\n" for status in ("مفقودة", "محررة") for w in _women())
    path = tmp_path / "two_lists.csv"
    path.write_text(text, encoding="utf-8")
    write_language(cli.vault, "en")
    gui.language, gui.vault_dir = "en", cli.vault
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.source.setText("Family K")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=30_000)
    return main, wizard


def test_100_disagreeing_women_leave_the_preview_on_a_laptop_screen(qtbot, gui, cli, tmp_path):
    main, wizard = _preview(qtbot, gui, cli, tmp_path)
    said = wizard.not_imported.text().splitlines()
    assert len(said) == 4, said
    assert said[0] == ("conflict within the list: rows 2, 102, one woman by the names, disagree "
                       "on her status: missing in row 2, rescued in row 102; ask its sender "
                       "which holds")
    assert said[3] == ("... and 97 more women on whom the list disagrees: each is said in the "
                       "details of her rows, and the import's report lists all")
    main.show()
    main.resize(1366, 740)  # a 1366x768 laptop's screen, less its taskbar
    qtbot.wait(100)
    QApplication.processEvents()
    assert main.minimumSizeHint().height() <= 740 and main.height() <= 740
    [imp] = [b for b in wizard.findChildren(QPushButton) if b.text() == "Import"
             and b.isVisible()]
    assert imp.mapTo(main, imp.rect().bottomLeft()).y() < 740
    assert wizard.preview.table.height() > 200  # the rows, not one of them
    # the 60th woman, not said above the table: in the details of her rows
    table = wizard.preview.table
    for row in (59, 159):  # rows 61 and 161 of the list
        table.selectRow(row)
        assert ("rescued in row 161; ask its sender which holds"
                in wizard.preview_details.text()), wizard.preview_details.text()
