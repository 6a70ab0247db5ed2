"""The import wizard says how a date column written month first (or both ways) is read, above
the preview's rows and beside the column, and says a row's new date warnings, in the
interface's language."""

from __future__ import annotations

import pytest

from app.importing import notes
from app.importing.date_order import BOTH_WAYS, MONTH_FIRST, Order, said
from app.importing.notes import Note
from app.importing.pieces import Letter, Quoted, Sentence
from tests.import_helpers import write_csv
from tests.report_text_sample import english_left
from tests.ui_support import unlock
from ui.settings import write_language

HEADER = ["Name", "Father", "Date of abduction"]
ROWS = [["Nadia", "Murad", "8/3/2014"], ["Jilan", "Khalaf", "8/15/2014"]]


def _preview(qtbot, gui, folder, path, lang):
    write_language(folder, lang)
    gui.language = lang
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    return wizard


def test_the_preview_says_the_column_is_read_month_first(qtbot, gui, made_vault, tmp_path):
    """Nothing on the screen said that 8/3/2014 would be 3 August: the dates in the rows looked
    read as any other list's."""
    folder, _code = made_vault
    path = write_csv(tmp_path / "ngo.csv", HEADER, ROWS)
    wizard = _preview(qtbot, gui, folder, path, "en")
    assert wizard.date_orders.isVisibleTo(wizard.preview_page)
    assert wizard.date_orders.text() == (
        "'Date of abduction' (column C): dates written month first (a possible day only when "
        "read so: 2, such as '8/15/2014'; only when read day first: none): each date of the "
        "column is read month first")
    why = wizard.mapping_table.model.item(2, 3).text()
    assert why.endswith("; dates written month first (a possible day only when read so: 2, "
                        "such as '8/15/2014'; only when read day first: none): each date of the "
                        "column is read month first"), why


def test_nothing_is_said_of_a_column_written_day_first(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    path = write_csv(tmp_path / "list.csv", HEADER, [["Nadia", "Murad", "3/8/2014"],
                                                     ["Jilan", "Khalaf", "15/8/2014"]])
    wizard = _preview(qtbot, gui, folder, path, "en")
    assert not wizard.date_orders.isVisibleTo(wizard.preview_page)
    assert wizard.date_orders.text() == ""


@pytest.mark.parametrize("lang,word", [("ar", "بالشهر أولًا"), ("ckb", "بە مانگ یەکەم"),
                                       ("kmr", "bi meha pêşî")])
def test_the_column_reading_is_said_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, word):
    folder, _code = made_vault
    path = write_csv(tmp_path / "ngo.csv", HEADER, ROWS)
    wizard = _preview(qtbot, gui, folder, path, lang)
    text = wizard.date_orders.text()
    assert word in text, text
    assert english_left(text, lang, ("'Date of abduction'", "'8/15/2014'")) == set(), text


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_the_new_date_warnings_and_readings_have_the_desktops_words(qapp, lang):
    """Each warning and column reading said in English would have stood in an Arabic window."""
    from PySide6.QtCore import Qt

    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    col = Letter("C", "Born")
    sentences = [
        Note(notes.YEAR_SHOWN_AS_DAY, col, Quoted("1905-06-21"), 1999),
        Note(notes.DAY_OR_MONTH_FIRST, col, Quoted("9/10/2014"), "2014-10-09", "2014-09-10",
             "2014"),
        Note(notes.BEFORE_ABDUCTIONS, col, Quoted("1/8/2014"), "2014-08-03"),
        Sentence(said(Order(MONTH_FIRST, 0, "", 2, "8/15/2014", 1))),
        Sentence(said(Order(BOTH_WAYS, 2, "15/8/2014", 2, "8/20/2014", 1)))]
    try:
        apply_language(qapp, lang)
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # every value isolated
        for s in sentences:
            text = sentence_said(s)
            assert text != str(s)
            assert english_left(text, lang) == set(), (str(s), text)
            assert "%" not in text, text  # every place filled
    finally:
        apply_language(qapp, "en")
