"""The import wizard's words that stayed English, and a Latin header drawn backwards, in the
Arabic, Sorani and Kurmanji desktop: a refused mapping, a column with no header, a header such
as "No." in a right-to-left table, and the column a row's warning names."""

from __future__ import annotations

import pytest

from tests.import_helpers import COVER, write_xlsx
from tests.report_text_sample import english_left
from tests.test_ui_import_wizard import _wizard
from tests.test_ui_languages import _drawn
from tests.ui_support import unlock
from ui.bidi import LRI, PDI, bare
from ui.settings import write_language

FSI = "\u2068"


def _in(qtbot, gui, folder, lang: str, path):
    write_language(folder, lang)
    gui.language = lang
    return _wizard(qtbot, gui, folder, path)[2]


def _checked(qtbot, wizard) -> None:
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page
                    or wizard.error.text() != "", timeout=20_000)


@pytest.mark.parametrize("lang, said", [("ar", "اسمها"), ("ckb", "ناوی"), ("kmr", "navê wê")])
def test_a_mapping_without_her_own_name_is_refused_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, said):
    """Her father's and grandfather's columns mapped and her own name set aside: the Arabic
    desktop refused it in the command line's English."""
    folder, _code = made_vault
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب,اسم الجد,,القرية\nنادية,باسي,طه,x,كوجو\n", encoding="utf-8")
    wizard = _in(qtbot, gui, folder, lang, path)
    wizard._go(wizard.mapping_page)
    box = wizard.field_boxes["الاسم"]
    box.setCurrentIndex(box.findData("ignore"))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.error.text() != "", timeout=20_000)
    text = wizard.error.text()
    assert english_left(text, lang, ("kocho.csv",)) == set(), text
    assert said in text
    # the columns named, each header whole, with the field it feeds in the interface's words
    assert f"{FSI}'اسم الاب'{PDI}" in text and f"{FSI}'الاسم'{PDI}" in text
    assert "--mapping" not in text and "full_name" not in text
    assert "Column" not in text  # the column with no header, left unmapped, in words too
    assert wizard.rows is None


@pytest.mark.parametrize("lang, column", [("ar", "العمود"), ("ckb", "ستوونی"),
                                          ("kmr", "Stûna")])
def test_a_column_with_a_blank_header_is_named_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, column):
    """A column with no header was called "Column C" in every language; the label stays the
    mapping's key (saved mappings and the command line use it), only its words change."""
    folder, _code = made_vault
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب,,القرية\nنادية,باسي,x,كوجو\n", encoding="utf-8")
    wizard = _in(qtbot, gui, folder, lang, path)
    assert wizard.plan.table.headers[2] == "Column C"  # the key, as stored
    shown = wizard.sample.model.headerData(3, _horizontal())
    mapped = wizard.mapping_table.model.item(2, 0).text()
    for text in (shown, mapped):
        assert column in text and "C" in text and "Column" not in text, text
    assert "Column C" in wizard.field_boxes  # the mapping still keyed by the label


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_latin_header_keeps_its_full_stop_at_its_end_in_a_right_to_left_table(
        qtbot, gui, made_vault, tmp_path, lang):
    """A header "No." was drawn ".No" in the Arabic wizard's tables: the cell's right-to-left
    direction took the full stop to the other end."""
    folder, _code = made_vault
    path = tmp_path / "kocho.csv"
    path.write_text("No.,الاسم,اسم الاب\n1,نادية,باسي\n", encoding="utf-8")
    wizard = _in(qtbot, gui, folder, lang, path)
    header = wizard.sample.model.headerData(1, _horizontal())
    cell = wizard.mapping_table.model.item(0, 0).text()
    font = wizard.sample.table.font()
    for text in (header, cell):
        # the full stop comes from the Arabic font (a glyph _drawn shows as "·"): its place is
        # what counts, after "No" on the right
        assert _drawn(text, font, rtl=True).strip().replace("·", ".") == "No.", repr(text)


@pytest.mark.parametrize("lang, column", [("ar", "العمود"), ("kmr", "stûna")])
def test_a_rows_warning_names_its_column_by_its_header_too(qtbot, gui, made_vault, tmp_path,
                                                          lang, column):
    """"column E: ..." sent her to count columns; the header beside the letter says which."""
    folder, _code = made_vault
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب,اسم الجد,الجنس,المواليد,القرية\n"
                    "نادية,باسي,طه,انثى,قريبا,كوجو\n", encoding="utf-8")
    wizard = _in(qtbot, gui, folder, lang, path)
    _checked(qtbot, wizard)
    problems = wizard.preview.model.item(0, 5).text()
    letter = f"{LRI}E{PDI}" if lang == "ar" else "E"
    assert f"{column} {letter} ({FSI}المواليد{PDI})" in problems, problems
    assert english_left(problems, lang, ("E",)) == set(), problems


def _horizontal():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


# The English of the refusals below, as the command line says them: none of it may be left in
# the other languages (file and sheet names, headers and values are isolated and taken out).
_REFUSAL_WORDS = {"sheet", "empty", "nothing", "import", "header", "row", "found", "reads",
                  "list", "column", "name", "map", "mapping", "file", "other", "sheets",
                  "choose", "holds", "add", "above", "names", "full_name", "given"}


def _refused(qtbot, gui, folder, lang, path, sheet=None) -> str:
    wizard = _in(qtbot, gui, folder, lang, path)
    if sheet is not None:  # the cover sheet chosen at the sheet step
        wizard.read_file(sheet)
        qtbot.waitUntil(lambda: wizard.plan.table.sheet == sheet, timeout=20_000)
    _checked(qtbot, wizard)
    assert wizard.rows is None and wizard.pages.currentWidget() is not wizard.preview_page
    return wizard.error.text()


def _english_in(text: str, lang: str, values: tuple[str, ...]) -> set[str]:
    import re
    bare = re.sub("[\u2066\u2068][^\u2069]*\u2069", " ", text)
    for v in values:
        bare = bare.replace(v, " ")
    return {w.lower() for w in re.findall(r"[A-Za-z_]{3,}|--\w+", bare)} & (
        _REFUSAL_WORDS | {"--sheet", "--mapping"}) | english_left(text, lang, values)


@pytest.mark.parametrize("lang, said", [("ar", "فارغة"), ("ckb", "بەتاڵە"), ("kmr", "vala")])
def test_an_empty_sheet_is_refused_in_the_interface_language(qtbot, gui, made_vault, tmp_path,
                                                            lang, said):
    """"kocho.csv: the sheet is empty; nothing to import" was English in every language."""
    folder, _code = made_vault
    path = tmp_path / "kocho.csv"
    path.write_text(",,\n,,\n", encoding="utf-8")
    text = _refused(qtbot, gui, folder, lang, path)
    assert said in text and "kocho.csv" in text
    assert _english_in(text, lang, ("kocho.csv",)) == set(), text


@pytest.mark.parametrize("lang, step", [("ar", "2"), ("ckb", "2"), ("kmr", "2")])
def test_a_sheet_without_a_header_row_is_refused_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, step):
    """The cover sheet of a workbook chosen: the refusal named the other sheet and sent her to
    --sheet, a flag of the command line, in English."""
    from tests.import_helpers import cover_then_list
    folder, _code = made_vault
    path = cover_then_list(tmp_path / "yazda.xlsx")
    text = _refused(qtbot, gui, folder, lang, path, sheet="بەرگ")
    # the file, the sheet read and the other sheet named, each whole
    assert "yazda.xlsx" in text and f"{FSI}'بەرگ'{PDI}" in text and f"{FSI}'لیست'{PDI}" in text
    assert step in text.replace(f"{FSI}'بەرگ'{PDI}", "")  # the wizard's sheet step
    # "Name" and "Nav": headers it looks for, as a list writes them (isolated right to left)
    assert _english_in(text, lang, ("yazda.xlsx", "Name", "Nav")) == set(), text


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_a_sheet_without_a_name_column_is_refused_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang):
    """Only a village and a birth year: "no column of this sheet reads as a name ...; map a
    column to full_name or given (--mapping)" was English, its flag and field keys too."""
    folder, _code = made_vault
    path = tmp_path / "kocho.csv"
    path.write_text("القرية,المواليد\nكوجو,1998\n", encoding="utf-8")
    text = _refused(qtbot, gui, folder, lang, path)
    assert f"{FSI}'القرية'{PDI}" in text and f"{FSI}'المواليد'{PDI}" in text
    assert _english_in(text, lang, ("kocho.csv",)) == set(), text


@pytest.mark.parametrize("lang, said", [("ar", "ورقة"), ("ckb", "پەڕە"), ("kmr", "rûpel")])
def test_a_workbook_with_no_header_row_on_any_sheet_is_refused_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, said):
    """A cover sheet and a sheet of notes, no list: "no sheet holds a header row naming its
    columns ..." was said in English whatever the interface's language."""
    folder, _code = made_vault
    path = write_xlsx(tmp_path / "notes.xlsx", [("بەرگ", [[line] for line in COVER]),
                                               ("Notes", [["call Duhok office"]])])
    write_language(folder, lang)
    gui.language = lang
    wizard = unlock(qtbot, gui).show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.error.text() != "", timeout=20_000)
    text = wizard.error.text()
    assert wizard.plan is None and wizard.pages.currentWidget() is wizard.file_page
    # the file and both sheets named, each whole; the headers it looks for as a list has them
    assert "notes.xlsx" in text and f"{FSI}'بەرگ'{PDI}" in text and "'Notes'" in text
    assert said in text
    assert _english_in(text, lang, ("notes.xlsx", "'Notes'", "Name", "Nav")) == set(), text


@pytest.mark.parametrize("lang, said", [
    ("ckb", "سەردێڕ لە ڕیزی 1؛ 1 ڕیز. 1 ڕیزی بەتاڵ تێپەڕێندرا."),
    ("kmr", "Sernav li rêza 1; 1 rêz. 1 rêza vala hate derbaskirin."),
    ("ar", "العناوين في الصف 1؛ عدد الصفوف: 1. الصفوف الفارغة التي تم تخطيها: 1.")])
def test_one_row_and_one_blank_row_are_counted_in_the_language_s_own_number(
        qtbot, gui, made_vault, tmp_path, lang, said):
    """'1 rows; 1 blank rows skipped' the file step said."""
    path = write_xlsx(tmp_path / "one.xlsx", [("List", [["Name", "Father"], [],
                                                        ["Nadia", "Murad"]])])
    wizard = _in(qtbot, gui, made_vault[0], lang, path)
    assert bare(wizard.table_info.text()) == said
