"""A spreadsheet's error value ("#REF!", "#N/A", "#DIV/0!") is never a name or a value, and a
program's word for an empty cell ("nan", "None", "null") is read as blank. A CSV saved from a
sheet with a broken formula writes "#REF!", which was stored as her given name ("#N/A" as the
name "#N", its "A" dropped); an xlsx, xls or ods holds the error as an error cell, which
python-calamine gives as blank (or, in a LibreOffice ods, as 0), so the row became a woman
without a given name with nothing said of why. pandas and Kobo exports write "nan" for an empty
cell, which was stored as a name. Real files, the real command line, a real vault."""

from __future__ import annotations

import json
import zipfile

from app.importing.not_known import program_blank, spreadsheet_error
from tests.import_helpers import write_csv, write_xlsx

HEADER = ["Name", "Father", "Sex", "Village", "Born", "Notes"]
ERROR = "is a spreadsheet error (a broken formula in the sender's file)"
LEFT_OUT = f"{ERROR}: left out; ask the sender for a copy with values"
NO_OTHER = (f"{ERROR}, not a name, and the row has no other name: not imported; ask the "
            "sender for a copy with values")
PROGRAM = "is what a program writes for an empty cell: left blank"


def _persons(cli, n: int) -> list[dict]:
    return [json.loads(cli("--json", "person", "show", f"SNJ-{i:05d}").stdout)
            for i in range(1, n + 1)]


def _given(p: dict) -> str:
    return p["names"].get("given", {}).get("latin", "")


def test_a_csv_s_errors_and_nan_are_no_names_nor_values(cli, tmp_path):
    path = write_csv(tmp_path / "kobo.csv", HEADER, [
        ["Amira", "Nasir", "F", "Kocho", "1998", ""],
        ["#REF!", "Nasir", "F", "Kocho", "1999", ""],
        ["#N/A", "Nasir", "F", "Kocho", "1999", ""],
        ["nan", "Nasir", "F", "nan", "nan", "nan"],
        ["Nana", "Nasir", "NaN", "#VALUE!", "#DIV/0!", "None"],
        ["Nan", "Khalil", "F", "Kocho", "2000", "null"],
    ])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"rejected row 3: column A (Name): '#REF!' {NO_OTHER}" in out, out
    assert f"rejected row 4: column A (Name): '#N/A' {NO_OTHER}" in out, out
    for row, col, typed in ((5, "A (Name)", "nan"), (5, "D (Village)", "nan"),
                            (5, "E (Born)", "nan"), (5, "F (Notes)", "nan"),
                            (6, "C (Sex)", "NaN"), (6, "F (Notes)", "None"),
                            (7, "F (Notes)", "null")):
        assert f"row {row}: column {col}: {typed!r} {PROGRAM}" in out, (row, col, out)
    assert f"warning row 6: column D (Village): '#VALUE!' {LEFT_OUT}" in out, out
    assert f"warning row 6: column E (Born): '#DIV/0!' {LEFT_OUT}" in out, out
    assert "not a date we can read" not in out and "not recognised" not in out, out

    amira, nameless, nana, nan = _persons(cli, 4)
    assert _given(amira) == "Amira"
    assert "given" not in nameless["names"], nameless["names"]  # no "nan" for a name
    assert nameless["origin_village"] == "" and nameless["birth"]["text"] == ""
    assert nameless["notes"] == ""
    assert _given(nana) == "Nana" and nana["origin_village"] == ""
    assert nana["birth"]["text"] == "" and nana["notes"] == ""
    assert _given(nan) == "Nan"  # a whole cell as a program writes it, not a name like it
    assert cli("--json", "person", "show", "SNJ-00005").returncode != 0  # two rows held


def test_an_xlsx_s_error_cells_are_said_not_read_as_blank(cli, tmp_path):
    # openpyxl writes "#REF!" as Excel does a formula's error: a cell of type "e"
    path = write_xlsx(tmp_path / "errors.xlsx", [("List", [
        HEADER,
        ["رنا", "سالم", "انثى", "كوجو", 2000, ""],
        ["#REF!", "سالم", "انثى", "كوجو", 2002, ""],
        ["#NAME?", "سالم", "انثى", "كوجو", 2004, ""],
        ["سهى", "#N/A", "انثى", "#NULL!", "#DIV/0!", "#NUM!"],
    ])])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"rejected row 3: column A (Name): '#REF!' {NO_OTHER}" in out, out
    assert f"rejected row 4: column A (Name): '#NAME?' {NO_OTHER}" in out, out
    for col, typed in (("B (Father)", "#N/A"), ("D (Village)", "#NULL!"),
                       ("E (Born)", "#DIV/0!"), ("F (Notes)", "#NUM!")):
        assert f"warning row 5: column {col}: {typed!r} {LEFT_OUT}" in out, (col, out)
    assert "no given name" not in out, out
    rana, suha = _persons(cli, 2)
    assert suha["names"]["given"]["original"] == "سهى"
    assert "father" not in suha["names"] and suha["origin_village"] == ""
    assert suha["birth"]["text"] == "" and suha["notes"] == ""


def _ods(path, rows: list[str]) -> None:
    """An ods as LibreOffice saves a formula's error: calcext:value-type="error", with the
    error's number (0) or an empty string as the value python-calamine reads."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
    body = "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
               'office:version="1.2"><office:body><office:spreadsheet>'
               f'<table:table table:name="List">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'))


def _text(value: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="string"{times}>'
            f"<text:p>{value}</text:p></table:table-cell>")


def _error(shown: str, as_number: bool) -> str:
    value = ('office:value-type="float" office:value="0"' if as_number
             else 'office:value-type="string" office:string-value=""')
    return (f'<table:table-cell table:formula="of:=1/0" {value} calcext:value-type="error">'
            f"<text:p>{shown}</text:p></table:table-cell>")


def test_an_ods_s_error_cells_are_said_not_read_as_blank_or_0(cli, tmp_path):
    path = tmp_path / "errors.ods"
    _ods(path, [
        "".join(_text(h) for h in ("Name", "Father", "Born")),
        _text("Xezal") + _text("Nasir") + _text("1998"),
        _error("#REF!", as_number=False) + _text("Nasir") + _text("1999"),
        _text("Evin") + _text("Nasir") + _error("#DIV/0!", as_number=True),
        _text("Dilan") + _error("Err:502", as_number=False)
        + _text("2001"),
    ])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"rejected row 3: column A (Name): '#REF!' {NO_OTHER}" in out, out
    assert f"warning row 4: column C (Born): '#DIV/0!' {LEFT_OUT}" in out, out
    assert f"warning row 5: column B (Father): 'Err:502' {LEFT_OUT}" in out, out
    _xezal, evin, dilan = _persons(cli, 3)
    assert evin["birth"]["text"] == "", evin["birth"]  # not the 0 calamine read
    assert "father" not in dilan["names"]


def test_an_ods_s_error_cells_are_placed_past_repeated_cells_and_rows(tmp_path):
    from app.importing.error_cells import error_cells
    path = tmp_path / "repeats.ods"
    _ods(path, [_text("Name") + _text("Father") + _text("Born"),
                _text("", repeat=2) + _error("#N/A", as_number=False)])
    assert error_cells(str(path), "List") == {(1, 2): "#N/A"}
    # a row LibreOffice writes once for two alike (number-rows-repeated="2")
    with zipfile.ZipFile(path) as z:
        content = z.read("content.xml").replace(
            b"<table:table-row><table:table-cell office:value-type=\"string\" "
            b"table:number-columns", b"<table:table-row table:number-rows-repeated=\"2\">"
            b"<table:table-cell office:value-type=\"string\" table:number-columns")
    assert b'number-rows-repeated="2"' in content
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content.xml", content)
    assert error_cells(str(path), "List") == {(1, 2): "#N/A", (2, 2): "#N/A"}


def test_an_xls_s_error_cells_are_said_not_read_as_blank(cli, tmp_path):
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("القائمة")  # a name in Arabic letters, as BIFF8 writes it in UTF-16
    for j, h in enumerate(("Name", "Father", "Born")):
        ws.write(0, j, h)
    for i, (name, father, born) in enumerate((("Xezal", "Nasir", 1998), (None, "Nasir", 1999),
                                              ("Evin", "Nasir", None)), start=1):
        for j, value in enumerate((name, father, born)):
            if value is not None:
                ws.write(i, j, value)
    ws.row(2).set_cell_error(0, "#REF!")
    ws.row(3).set_cell_error(2, "#DIV/0!")
    path = tmp_path / "errors.xls"
    wb.save(str(path))
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"rejected row 3: column A (Name): '#REF!' {NO_OTHER}" in out, out
    assert f"warning row 4: column C (Born): '#DIV/0!' {LEFT_OUT}" in out, out


def test_only_whole_cells_count():
    for text in ("#REF!", "#N/A", "#VALUE!", "#NAME?", "#DIV/0!", "#NULL!", "#NUM!", "#SPILL!",
                 " #REF! ", "Err:502", "#مرجع!", "#اسم؟", "#BEZUG!"):
        assert spreadsheet_error(text), text
    for text in ("#N", "Nadia", "#1", "REF!", "Errol", "# 12", "#REF! Nadia"):
        assert not spreadsheet_error(text), text
    for text in ("nan", "NaN", "None", "null", "NULL", "<NA>", "NaT"):
        assert program_blank(text), text
    for text in ("Nan", "Nana", "Nanî", "none of them", "Nat", "نان"):
        assert not program_blank(text), text


def test_a_formula_dragged_below_the_list_leaves_its_rows_blank_and_its_footer_a_footer(
        cli, tmp_path):
    """A review: error cells put back below the list made each of those rows "no name", and the
    title and signature lines beside them persons («مدير الدائرة» given مدير, father الدائرة)."""
    rows = [["الاسم", "اسم الاب", "اسم الجد", "القرية", "العمر", "سنة الميلاد"],
            ["ليلى", "خضر", "رشو", "كوجو", 15, 2000],
            ["نادية", "خضر", "رشو", "كوجو", 12, 2003],
            ["", "", "", "", "", "#VALUE!"],
            ["مدير الدائرة", "", "", "", "", "#VALUE!"],
            ["التوقيع", "", "", "", "", "#VALUE!"],
            *([["", "", "", "", "", "#VALUE!"]] * 5)]
    path = write_xlsx(tmp_path / "dragged.xlsx", [("List", rows)])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("--json", "import", str(path), "--dry-run")
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    outcomes = {r["row"]: r["outcome"] for r in said["rows"]}
    assert outcomes == {2: "new", 3: "new", 5: "rejected", 6: "rejected"}, said["rows"]
    assert said["blank_rows"] == 6
    why = {r["row"]: r["rejected"] for r in said["rows"] if r["outcome"] == "rejected"}
    assert "title line" in why[5] and "signature line" in why[6], why
