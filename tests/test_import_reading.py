"""Reading real files from real producers: every format, encoding, header position and layout."""

from pathlib import Path

import pytest

from app.domain.errors import InputFileError
from app.importing import list_sheets, read_table
from app.importing.fields import Field
from app.importing.mapping import suggest

FIX = Path(__file__).parent / "fixtures" / "import"
ARABIC_ROWS = [
    ("1", "نادية", "باسي", "طه", "الدخي", "انثى", "1993", "كوجو"),
    ("2", "خليل", "حسن", "علي", "", "ذكر", "حوالي 1998", "تل عزير"),
    ("3", "سميرة", "مراد", "قاسم", "الدخي", "انثى", "12/03/2001", "سيبا شيخ خدر"),
    ("4", "جميلة", "خلف", "", "", "F", "2004", "كوجو"),
]
ARABIC_HEADER = ["ت", "الاسم", "اسم الاب", "اسم الجد", "اللقب", "الجنس", "المواليد", "القرية"]


@pytest.mark.parametrize("name, header_row", [
    ("openpyxl_arabic_title_rows.xlsx", 4), ("libreoffice_arabic_title_rows.xlsx", 4),
    ("libreoffice_arabic_title_rows.ods", 4), ("xlwt_arabic.xls", 3),
    ("csv_utf8.csv", 1), ("csv_utf8_bom.csv", 1), ("csv_utf16le_bom.csv", 1),
    ("csv_cp1256.csv", 1), ("libreoffice_cp1256.csv", 4), ("libreoffice_utf16.csv", 4),
    ("libreoffice_utf8.csv", 4),
])
def test_arabic_list_reads_identically_from_every_producer(name, header_row):
    # The workbooks hold a second list (Kurmanji): the sheet is named, as a user must.
    t = read_table(str(FIX / name), sheet=None if "csv" in name else "Kocho")
    assert t.headers == ARABIC_HEADER
    assert t.header_row == header_row
    assert [r.texts() for r in t.rows] == ARABIC_ROWS
    # Row numbers are the ones a person sees in the spreadsheet, below the header.
    assert [r.number for r in t.rows] == list(range(header_row + 1, header_row + 5))


def test_empty_column_between_data_is_dropped_but_letters_stay_true():
    t = read_table(str(FIX / "openpyxl_arabic_title_rows.xlsx"), sheet="Kocho")
    assert [c.letter for c in t.columns] == ["A", "B", "C", "D", "E", "G", "H", "I"]


@pytest.mark.parametrize("name, encoding, delimiter", [
    ("csv_utf8.csv", "utf-8", ","), ("csv_utf8_bom.csv", "utf-8-sig", ","),
    ("csv_utf16le_bom.csv", "utf-16", "\t"), ("csv_cp1256.csv", "cp1256", ";"),
    ("libreoffice_cp1256.csv", "cp1256", ";"), ("tsv_kurmanji.tsv", "utf-8", "\t"),
])
def test_csv_encoding_cascade_and_delimiter(name, encoding, delimiter):
    t = read_table(str(FIX / name))
    assert (t.encoding, t.delimiter) == (encoding, delimiter)


def test_cp1256_warning_says_sorani_cannot_be_held():
    t = read_table(str(FIX / "csv_cp1256.csv"))
    assert any("cp1256" in w.message and "ڕ" in w.message for w in t.warnings)


@pytest.mark.parametrize("name", ["csv_cp1256_sorani.csv", "libreoffice_cp1256_sorani.csv"])
def test_cp1256_file_that_held_sorani_names_each_damaged_cell(name):
    t = read_table(str(FIX / name))
    lost = [w for w in t.warnings if "Sorani letter was lost" in w.message]
    assert {(w.row, w.column) for w in lost} >= {(2, "A"), (2, "B"), (3, "A"), (3, "C")}
    assert all(w.file == name for w in lost)
    assert "row 2, column A" in str(lost[1]) or "row 2, column A" in str(lost[0])


def test_kurmanji_letters_survive():
    t = read_table(str(FIX / "tsv_kurmanji.tsv"))
    assert t.rows[2].texts()[1:4] == ("Şîrîn", "Çeko", "Êzdîn")


def test_sheets_listed_with_hidden_marked():
    for name in ("openpyxl_arabic_title_rows.xlsx", "libreoffice_arabic_title_rows.xlsx",
                 "libreoffice_arabic_title_rows.ods"):
        sheets = {s.name: s.hidden for s in list_sheets(str(FIX / name))}
        assert sheets == {"Kocho": False, "notes": True, "Kurmanji": False}, name
    assert [(s.name, s.hidden) for s in list_sheets(str(FIX / "xlwt_arabic.xls"))] == [
        ("Kocho", False), ("hidden", True)]
    assert list_sheets(str(FIX / "csv_utf8.csv")) == []


def test_default_sheet_is_the_visible_one_and_hidden_ones_are_mentioned():
    t = read_table(str(FIX / "xlwt_arabic.xls"))
    assert t.sheet == "Kocho"
    assert t.warnings[0].message == "read sheet 'Kocho'; passed over 'hidden' (hidden)"


def test_a_sheet_named_in_other_letter_case_is_that_sheet():
    """--sheet kurmanji for 'Kurmanji' was refused as no such sheet (a tester's day)."""
    for typed in ("kurmanji", "KURMANJI", " Kurmanji "):
        t = read_table(str(FIX / "libreoffice_arabic_title_rows.ods"), sheet=typed)
        assert t.sheet == "Kurmanji" and t.headers[:2] == ["Hejmar", "Nav"], typed


def test_other_sheet_by_name_and_unknown_sheet_named_in_error():
    t = read_table(str(FIX / "libreoffice_arabic_title_rows.ods"), sheet="Kurmanji")
    assert t.headers[:3] == ["Hejmar", "Nav", "Navê bav"] and len(t.rows) == 3
    with pytest.raises(InputFileError, match="no sheet named 'Nope'.*'Kocho'"):
        read_table(str(FIX / "openpyxl_arabic_title_rows.xlsx"), sheet="Nope")


def test_two_level_merged_header_is_combined():
    t = read_table(str(FIX / "openpyxl_merged_header.xlsx"))
    assert t.headers == ["No", "Name / Given", "Name / Father", "Name / Grandfather", "Village"]
    assert t.header_row == 2 and t.rows[0].number == 3 and len(t.rows) == 3


def test_wrong_dimension_tag_loses_no_row():
    t = read_table(str(FIX / "openpyxl_wrong_dimension.xlsx"))
    assert len(t.rows) == 60 and t.rows[-1].texts() == ("Person60", "Father60", "Kocho")


def test_formulas_are_never_evaluated():
    t = read_table(str(FIX / "openpyxl_formulas.xlsx"))
    # openpyxl stores no cached value: a reader that evaluated would show 2 or a link.
    assert [r.texts() for r in t.rows] == [("Nadia", ""), ("Khalil", "")]


def test_numbers_and_dates_are_converted_deliberately():
    t = read_table(str(FIX / "libreoffice.xlsx"))
    assert t.rows[0].texts()[0] == "1"  # calamine gives 1.0
    assert t.rows[2].texts()[3] == "2001-12-03"  # LibreOffice (en-US) read 12/03/2001 as a date


def test_quoted_csv_fields_and_multiline_cell_warned():
    t = read_table(str(FIX / "csv_quoted.csv"))
    assert t.rows[0].texts() == ("Nadia", 'said "here"', "Kocho")
    assert [(w.row, w.column) for w in t.warnings] == [(3, "B")]


def test_unterminated_quote_is_an_error_naming_row_and_column():
    with pytest.raises(InputFileError) as exc:
        read_table(str(FIX / "csv_unterminated_quote.csv"))
    msg = str(exc.value)
    assert msg.startswith("csv_unterminated_quote.csv, row 3, column A")
    assert "never closed" in msg


def test_a_quote_closed_rows_later_is_an_error_not_one_person_made_of_several(tmp_path):
    path = tmp_path / "stray quote.csv"
    path.write_text('Name,Father,Village\n"Sara,Xudeda,Kocho\nHevi,Elyas,Kocho\n'
                    'Nadia","Murad",Kocho\nLayla,Khidir,Hardan\n', encoding="utf-8")
    with pytest.raises(InputFileError) as exc:
        read_table(str(path))
    msg = str(exc.value)
    assert msg.startswith("stray quote.csv, row 2, column A (line 2): a quote opens here and "
                          "closes 2 lines further down"), msg
    # Rows saved from a spreadsheet, their empty last cell a trailing comma, are rows too.
    path.write_text('No,Name,Father,Village,Notes\n1,Nadia,Murad,Kocho,\n2,"Layla,Khalaf,Hardan,\n'
                    '3,Jilan,Elias,Kocho,\n4,Sara,Hadi,Hardan,\n5,Hana,Qasim,Kocho,"seen, 2016"\n',
                    encoding="utf-8")
    with pytest.raises(InputFileError, match="row 3, column B"):
        read_table(str(path))
    # With four columns, one line the shape of a row is enough.
    path.write_text('Name,Father,Village,Sex\n"Sara,Xudeda,Kocho,F\nHevi",Elyas,Kocho,F\n',
                    encoding="utf-8")
    with pytest.raises(InputFileError, match="row 2, column A"):
        read_table(str(path))
    # A note over two lines, commas and all, is still only a warning.
    path.write_text('Name,Note,Village\nNadia,"seen in Mosul, Raqqa, Sinjar\nthen Raqqa",Kocho\n'
                    'Layla,",,\n;",Hardan\n', encoding="utf-8")
    assert [(w.row, w.column) for w in read_table(str(path)).warnings] == [(2, "B"), (3, "B")]


def test_nul_byte_is_an_error_naming_row_and_column():
    with pytest.raises(InputFileError, match=r"csv_nul.csv, row 2, column B: .*NUL"):
        read_table(str(FIX / "csv_nul.csv"))


def test_header_missing_gives_column_letters(tmp_path):
    p = tmp_path / "plain.csv"
    p.write_text("1,2014\n2,2015\n", "utf-8")
    t = read_table(str(p))
    assert t.header_row is None and t.headers == ["Column A", "Column B"] and len(t.rows) == 2


def test_blank_rows_are_counted_not_lost(tmp_path):
    p = tmp_path / "gaps.csv"
    p.write_text("Name,Village\nA,K\n,\n\nB,K\n", "utf-8")
    t = read_table(str(p))
    assert [r.number for r in t.rows] == [2, 5] and t.blank_rows == 2


def test_renamed_or_unknown_files_are_refused(tmp_path):
    fake = tmp_path / "list.xlsx"
    fake.write_text("not a workbook", "utf-8")
    with pytest.raises(InputFileError, match="not really a .xlsx"):
        read_table(str(fake))
    with pytest.raises(InputFileError, match="no such file"):
        read_table(str(tmp_path / "missing.csv"))


def test_a_workbook_named_for_another_kind_is_read_by_what_it_is(tmp_path):
    """An xlsx saved as list.xls (and an xls saved as .xlsx) gave a parser's error
    ('Invalid OLE signature'); the rows are the same as under the right name."""
    import shutil
    xlsx_as_xls = tmp_path / "kocho.xls"
    shutil.copy(FIX / "libreoffice.xlsx", xlsx_as_xls)
    xls_as_xlsx = tmp_path / "arabic.xlsx"
    shutil.copy(FIX / "xlwt_arabic.xls", xls_as_xlsx)
    for renamed, original in ((xlsx_as_xls, "libreoffice.xlsx"), (xls_as_xlsx, "xlwt_arabic.xls")):
        got, want = read_table(str(renamed)), read_table(str(FIX / original))
        assert [r.texts() for r in got.rows] == [r.texts() for r in want.rows]
        assert got.headers == want.headers and got.rows


def _two_row_header_sheet(path, upper, lower, merge, rows, title=True):
    """A sheet whose header spans two rows, the group merged only across, as offices type it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Missing 2014"
    top = 1
    if title:
        ws.append(["Sinjar Directorate - list of missing women (official)"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
        ws.append([])
        top = 3
    ws.append(upper)
    ws.append(lower)
    ws.merge_cells(merge.replace("#", str(top)))  # "#": the upper header row
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_two_row_header_without_vertical_merges_reads_as_one_header(tmp_path):
    p = _two_row_header_sheet(
        tmp_path / "official.xlsx",
        [None, "Name", None, None, "Birth", "Sex", "Village", "Status"],
        ["#", "Given", "Father", "Grandfather"], "B#:D#",
        [[1, "Xelîl", "Îlyas", None, 1998, "F", "Koço", "rescued"],
         [2, "وفاء", "سعيد", "خلف", 1996, "F", "تل عزير", "مفقودة"]])
    t = read_table(str(p))
    assert t.headers == ["#", "Name / Given", "Name / Father", "Name / Grandfather", "Birth",
                         "Sex", "Village", "Status"]
    assert t.header_row == 4 and [r.number for r in t.rows] == [5, 6]
    assert t.rows[0].texts()[1] == "Xelîl"
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.SERIAL, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.BIRTH, Field.SEX,
        Field.VILLAGE, Field.STATUS]


def test_two_row_header_keeps_upper_labels_when_the_lower_row_names_more(tmp_path):
    p = _two_row_header_sheet(
        tmp_path / "lower_wins.xlsx",
        ["الاسم", None, None, None, None, "القرية"],
        ["الاسم الاول", "اسم الاب", "اسم الجد", "اسم الام", "اللقب"], "A#:E#",
        [["وفاء", "سعيد", "خلف", "نوري", "", "كوجو"]], title=False)
    t = read_table(str(p))
    assert t.headers[1:] == ["الاسم / اسم الاب", "الاسم / اسم الجد", "الاسم / اسم الام",
                             "الاسم / اللقب", "القرية"]
    assert t.header_row == 2 and [r.number for r in t.rows] == [3]


@pytest.mark.parametrize("group,labels", [
    ("الاسم", ["الاول", "الأب", "الجد", "اللقب"]),
    ("الاسم الكامل", ["الاسم", "الأب", "الجد", "اللقب"]),
    ("Name", ["First", "Father", "Grandfather", "Family"])])
def test_the_label_under_a_name_group_says_which_name_part_it_is(tmp_path, group, labels):
    p = _two_row_header_sheet(
        tmp_path / "short labels.xlsx", [None, group, None, None, None, "القرية"],
        ["ت", *labels], "B#:E#", [[1, "وفاء", "سعيد", "خلف", "الدخي", "كوجو"]], title=False)
    t = read_table(str(p))
    m = suggest(t)
    assert [m.columns[h] for h in t.headers[1:5]] == [
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY]


def test_a_two_row_header_typed_without_merging_is_one_header(tmp_path):
    path = tmp_path / "typed.csv"
    path.write_text("قائمة بأسماء المختطفات,,,,\nت,الاسم,,,القرية\n,الاول,الأب,الجد,\n"
                    "1,نادية,مراد,باسي,كوجو\n2,سهام,خلف,علي,حردان\n", encoding="utf-8")
    t = read_table(str(path))
    assert t.headers == ["ت", "الاسم / الاول", "الاسم / الأب", "الاسم / الجد", "القرية"]
    assert [r.number for r in t.rows] == [4, 5]   # the labels' row is no person
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.SERIAL, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.VILLAGE]
    # A title typed in one cell above the header is no group.
    path.write_text(",,List of abducted women of Kocho village - current status,,\n"
                    "No,Name,Father,Residence now,Status\n1,Nadia,Murad,Khanke camp,missing\n",
                    encoding="utf-8")
    t = read_table(str(path))
    assert t.headers == ["No", "Name", "Father", "Residence now", "Status"]
    assert suggest(t).columns["Residence now"] is not Field.STATUS
    # An unnamed column beside a named one, over data, stays a plain header.
    path.write_text("Name,,Village\nNadia,Murad,Kocho\n", encoding="utf-8")
    assert [r.number for r in read_table(str(path)).rows] == [2]


def test_name_parts_numbered_under_a_name_group_are_given_father_grandfather(tmp_path):
    p = _two_row_header_sheet(
        tmp_path / "ordinals.xlsx", ["No", "Name", None, None, "Village"],
        [None, "1st", "2nd", "3rd"], "B#:D#", [[1, "Nadia", "Murad", "Basi", "Kocho"]],
        title=False)
    t = read_table(str(p))
    assert [r.number for r in t.rows] == [3]   # the numbers' row is no person
    m = suggest(t)
    assert [m.columns[h] for h in t.headers[1:4]] == [Field.GIVEN, Field.FATHER,
                                                     Field.GRANDFATHER]
    path = tmp_path / "ordinals.csv"
    path.write_text("ت,الاسم,,,القرية\n,الاول,الثاني,الثالث,\n1,نادية,مراد,باسي,كوجو\n",
                    encoding="utf-8")
    t = read_table(str(path))
    m = suggest(t)
    assert [m.columns[h] for h in t.headers[1:4]] == [Field.GIVEN, Field.FATHER,
                                                     Field.GRANDFATHER]


def test_a_title_merged_right_above_the_header_is_no_group(tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["List of abducted women - Kocho village"])
    ws.merge_cells("A1:F1")
    ws.append(["No", "Full name", "Sex", "Village", "Status", "Notes"])
    ws.append([1, "نادية خليل حسن", "F", "تل قصب", "missing", ""])
    wb.save(tmp_path / "titled.xlsx")
    t = read_table(str(tmp_path / "titled.xlsx"))
    assert t.headers == ["No", "Full name", "Sex", "Village", "Status", "Notes"]
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.SERIAL, Field.FULL_NAME, Field.SEX, Field.VILLAGE, Field.STATUS, Field.NOTES]


def test_a_first_row_of_data_under_a_merged_group_stays_data(tmp_path):
    p = _two_row_header_sheet(
        tmp_path / "no_lower.xlsx",
        ["#", "Name", None, None, "Village"],
        [1, "Nadia", "Basi", "Taha", "Kocho"], "B#:D#",
        [[2, "Xelîl", "Hesen", "Elî", "Tel Ezer"]], title=False)
    t = read_table(str(p))
    assert t.header_row == 1 and [r.number for r in t.rows] == [2, 3]
    assert t.rows[0].texts()[1:4] == ("Nadia", "Basi", "Taha")


def test_a_name_group_alone_on_its_row_of_a_csv_is_still_the_group(tmp_path):
    """Excel saves a group merged over its labels (B3:E3 'الاسم الرباعي' over الاول / الاب /
    الجد / اللقب) as CSV with the group alone on its row: read as the workbook reads it, the
    given names in الاول included, the title lines above and the columns beside left alone."""
    import csv

    import openpyxl

    title = ["جمهورية العراق - وزارة الداخلية", "", "", "", "", "", "", ""]
    group = ["", "الاسم الرباعي", "", "", "", "", "", ""]
    labels = ["ت", "الاول", "الاب", "الجد", "اللقب", "الجنس", "القرية", "الحالة"]
    rows = [["1", "سلوى", "سلو", "محمود", "جيلكي", "انثى", "بورك", "مفقودة"],
            ["2", "نسرين", "سلو", "محمود", "جيلكي", "انثى", "بورك", "مفقودة"]]
    path = tmp_path / "ministry.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([title, group, labels, *rows])
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (title, group, labels, *rows):
        ws.append([v or None for v in r])
    ws.merge_cells("B2:E2")
    wb.save(tmp_path / "ministry.xlsx")
    for p in (path, tmp_path / "ministry.xlsx"):
        t = read_table(str(p))
        assert t.headers == ["ت", "الاسم الرباعي / الاول", "الاسم الرباعي / الاب",
                             "الاسم الرباعي / الجد", "الاسم الرباعي / اللقب", "الجنس", "القرية",
                             "الحالة"], p.name
        assert t.header_row == 3 and [r.number for r in t.rows] == [4, 5]
        m = suggest(t)
        assert [m.columns[h] for h in t.headers] == [
            Field.SERIAL, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY, Field.SEX,
            Field.VILLAGE, Field.STATUS], p.name


def test_a_title_alone_on_its_row_above_the_header_stays_no_group(tmp_path):
    """Only a name word alone on its row, over name parts, is a group: a title is not."""
    path = tmp_path / "titled.csv"
    path.write_text(",الاسماء,,\nت,الاسم,اسم الاب,القرية\n1,سلوى,سلو,بورك\n",
                    encoding="utf-8")
    t = read_table(str(path))
    assert t.headers == ["ت", "الاسم", "اسم الاب", "القرية"]
    path.write_text("Name,,,\nNo,Name,Father,Village\n1,Salwa,Salo,Borek\n", encoding="utf-8")
    t = read_table(str(path))
    assert t.header_row == 2 and t.headers == ["No", "Name", "Father", "Village"]


def _full_name_over_parts(path, word, width, rows, merged=True):
    """A full name's header over `width` columns with no label under it: merged across in a
    workbook, or (merged=False, a CSV) typed in the first cell, the others left blank."""
    header = [word] + [""] * (width - 1) + ["القرية"]
    if not merged:
        from tests.import_helpers import write_csv
        return write_csv(path, header, rows)
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([v or None for v in header])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("word, width, parts", [
    # the four-part name's fourth is the great-grandfather's: not imported
    ("الاسم الرباعي", 4, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.IGNORE]),
    ("الاسم الثلاثي", 3, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER]),
    ("Full name", 4, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY]),
    ("Four-part name", 4, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.IGNORE])])
def test_a_full_name_header_over_several_columns_reads_them_as_its_parts_in_order(
        tmp_path, merged, word, width, parts):
    names = ["سلوى", "سلو", "محمود", "جيلكي"][:width]
    rows = [[*names, "بورك"], [*["نسرين", "سلو", "محمود", "جيلكي"][:width], "بورك"]]
    path = _full_name_over_parts(tmp_path / ("l.xlsx" if merged else "l.csv"), word, width,
                                 rows, merged)
    t = read_table(str(path))
    assert t.headers == [f"{word} / {n}" for n in range(1, width + 1)] + ["القرية"]
    assert [r.number for r in t.rows] == [2, 3]
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [*parts, Field.VILLAGE]
    assert f"part 2 of the name under {word!r}" in m.reasons[t.headers[1]]


@pytest.mark.parametrize("merged", [True, False])
def test_full_names_in_two_scripts_under_one_header_stay_full_names(tmp_path, merged):
    """Two columns under 'Full name', each holding whole names (one per script), are not the
    parts of one name."""
    rows = [["نادية مراد باسي", "Nadia Murad Basi", "كوجو"],
            ["ليلى خلف حسن", "Layla Khalaf Hassan", "كوجو"]]
    path = _full_name_over_parts(tmp_path / ("l.xlsx" if merged else "l.csv"), "Full name", 2,
                                 rows, merged)
    t = read_table(str(path))
    assert "Full name / 2" not in t.headers
    m = suggest(t)
    assert Field.FATHER not in m.columns.values()


def test_a_file_not_there_is_named_with_the_folder_it_was_looked_for_in(tmp_path):
    """`casekeeper match lists/nope.xlsx` said "nope.xlsx: no such file": the folder typed,
    the one thing that may be wrong, was left out of the refusal."""
    from tests.import_helpers import ROOT, cli

    assert cli(tmp_path, "init").returncode == 0
    for command in ("match", "import"):
        out = cli(tmp_path, command, "lists/nope.xlsx")
        assert out.returncode != 0
        # (the command runs in the project's folder, tests/conftest.py run_cli)
        assert out.stderr.strip() == ("casekeeper: lists/nope.xlsx: no such file: there is no "
                                      f"folder {ROOT / 'lists'}")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_with_old_mac_line_ends_is_read_row_by_row(tmp_path, delimiter):
    """Excel for Mac's older "CSV (Macintosh)" ends each line with \\r alone: it was refused
    with the csv module's own words and no file named."""
    path = tmp_path / "mac.csv"
    path.write_bytes(delimiter.join(["Name", "Father", "Village"]).encode() + b"\r"
                     + delimiter.join(["Nadia", "Murad", "Kocho"]).encode() + b"\r"
                     + delimiter.join(["Layla", "Qasim", "Hardan"]).encode() + b"\r")
    t = read_table(str(path))
    assert [r.texts() for r in t.rows] == [("Nadia", "Murad", "Kocho"),
                                           ("Layla", "Qasim", "Hardan")]


def test_a_folder_given_as_the_list_is_said_to_be_a_folder(tmp_path):
    with pytest.raises(InputFileError) as e:
        read_table(str(tmp_path))
    assert str(e.value) == f"{tmp_path}: a folder, not a file: give the list's file inside it"


def test_a_dry_run_of_a_list_with_only_its_header_is_refused_as_the_import_is(cli, tmp_path):
    cli("init", "--prefix", "SNJ")
    path = tmp_path / "header.csv"
    path.write_text("Name,Father\n", encoding="utf-8")
    for args in (("--dry-run",), ("--yes",)):
        r = cli("import", str(path), *args)
        assert r.returncode != 0
        assert "the header is here but no row below it holds a value" in r.stderr, args


def test_a_line_break_inside_a_cell_of_an_old_mac_csv_parts_its_lines(tmp_path):
    """Two spellings on two lines of a cell, the file's lines ending in \\r alone: the \\r
    stayed in the cell and the two became one name of four words (found in review)."""
    path = tmp_path / "mac.csv"
    path.write_bytes(b'Full name,Village\r"Nadia Murad\rNadya Murad",Kocho\r')
    t = read_table(str(path))
    assert [r.texts() for r in t.rows] == [("Nadia Murad\nNadya Murad", "Kocho")]
