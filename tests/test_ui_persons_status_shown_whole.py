"""The persons list shows each status whole in Kurmanji, at 1,280 and at 1,024 pixels: its
column cut "Hatiye rizgarkirin" (rescued) to "Hatiye ...", read as "Hatiye dîtin" (sighted);
the count line kept each count on one line; the date filters showed their examples whole."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle

from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui.filter_boxes import placeholder_width
from ui.labels import status_label
from ui.settings import write_language

STATUS_COLUMN = 5


def _vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, sex, status in (("Nour", "F", "located"), ("Khalaf", "F", "rescued"),
                               ("Layla", "F", "missing"), ("Jamila", "F", "sighted"),
                               ("Barakat", "F", "reunited"), ("Zeri", "F", "in_negotiation")):
        r = cli("person", "add", "--given", given, "--father", "Ali", "--sex", sex,
                "--status", status)
        assert r.returncode == 0, r.stderr


def _kurmanji_list(qtbot, gui, cli):
    _vault(cli)
    write_language(cli.vault, "kmr")
    gui.vault_dir, gui.language = cli.vault, "kmr"
    main = unlock(qtbot, gui, PASSPHRASE)
    main.show()
    view = main.persons
    qtbot.waitUntil(lambda: view.model.total == 6 and "6" in view.counts.text(), timeout=10_000)
    return main, view


def _status_whole(view) -> None:
    table, header = view.table, view.table.horizontalHeader()
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(view.model.rowCount()):
        said = view.model.index(row, STATUS_COLUMN).data()
        width = table.fontMetrics().horizontalAdvance(said) + margin
        assert header.sectionSize(STATUS_COLUMN) >= width, (said, header.sectionSize(
            STATUS_COLUMN))
    # and within the table's sight, not past its edge
    end = header.sectionPosition(STATUS_COLUMN) + header.sectionSize(STATUS_COLUMN)
    assert end <= table.viewport().width(), (end, table.viewport().width(), [
        header.sectionSize(c) for c in range(header.count())])


def test_kurmanji_statuses_whole_at_1280_and_1024(qtbot, gui, cli, new_translations):
    main, view = _kurmanji_list(qtbot, gui, cli)
    assert status_label("rescued") == "Hatiye rizgarkirin"  # the Kurmanji words indeed
    for width, height in ((1280, 800), (1024, 700), (1280, 800)):
        main.resize(width, height)
        qtbot.wait(50)
        QApplication.processEvents()
        _status_whole(view)
    # the names given their width back once the window is wide again
    assert view.table.columnWidth(2) == 195


def test_kurmanji_counts_each_on_one_line(qtbot, gui, cli, new_translations):
    main, view = _kurmanji_list(qtbot, gui, cli)
    text = view.counts.text()
    for status in ("rescued", "located", "reunited", "in_negotiation"):
        assert f"{status_label(status)}: 1".replace(" ", "\u00a0") in text, text


def test_kurmanji_date_filters_show_their_examples_at_1024(qtbot, gui, cli, new_translations):
    main, view = _kurmanji_list(qtbot, gui, cli)
    main.resize(1024, 700)
    qtbot.wait(50)
    QApplication.processEvents()
    assert main.width() <= 1024
    for box in (view.abducted_from, view.abducted_to, view.seen_since):
        assert box.placeholderText().startswith("mînak")
        assert box.width() >= placeholder_width(box), (box.placeholderText(), box.width())
