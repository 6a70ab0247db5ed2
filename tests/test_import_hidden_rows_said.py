"""Rows and columns a workbook hides are read like the others, and the reading says which.

A sender filters a list ("the ones found" hidden) or hides a column of phone numbers; the
spreadsheet program shows none of it. Before, the import read them without a word: a person
looking at the file saw ten women and the import made fourteen.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.importing import read_table
from tests.conftest import cli_env, run_cli

HEADER = ["Name", "Father", "Phone", "Village"]
ROWS = [[f"Nadia{c}", "Murad", "0750 123 4567", "Kocho"] for c in "ABCDEFGHIJ"]


def _xlsx(path: Path, hidden_rows=(), hidden_columns=(), title: str = "Kocho & Hardan",
          above: list[list[str]] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for line in above or []:
        ws.append(line)
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    for c in hidden_columns:
        ws.column_dimensions[c].hidden = True
    wb.save(path)
    return path


def _sheet_rewritten(path: Path, change) -> Path:
    """A copy of the workbook whose sheet parts are change(bytes) of what openpyxl wrote: what
    another producer writes."""
    bare = path.with_name("bare.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bare, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            out.writestr(item, change(data) if item.filename.startswith("xl/worksheets/")
                         else data)
    return bare


def _said(table) -> list[str]:
    return [str(i) for i in table.issues]


def test_xlsx_hidden_rows_and_column_are_read_and_named(tmp_path):
    path = _xlsx(tmp_path / "list.xlsx", hidden_rows=(3, 5, 6, 7), hidden_columns=("C",))
    t = read_table(str(path))
    assert len(t.rows) == 10  # every row read, none dropped
    said = _said(t)
    assert ("list.xlsx, sheet 'Kocho & Hardan', row 3: 4 rows of the list are hidden in the file "
            "(3, 5-7), perhaps filtered out by the sender; they were read like the others: look "
            "at them before importing") in said
    assert ("list.xlsx, sheet 'Kocho & Hardan', column C: column C (Phone) is hidden in the "
            "file; it was read like the others: look at it before importing") in said


def test_a_list_with_nothing_hidden_says_nothing_of_it(tmp_path):
    t = read_table(str(_xlsx(tmp_path / "list.xlsx")))
    assert not [s for s in _said(t) if "hidden" in s]


def test_a_hidden_title_row_above_the_header_is_not_the_lists(tmp_path):
    path = _xlsx(tmp_path / "list.xlsx", hidden_rows=(1,), above=[["Office of Kidnapped Affairs"]])
    t = read_table(str(path))
    assert t.header_row == 2 and not [s for s in _said(t) if "hidden" in s]


def test_rows_without_their_numbers_are_counted_in_order(tmp_path):
    """A producer may leave out a row's r attribute: the rows are then numbered in order."""
    bare = _sheet_rewritten(_xlsx(tmp_path / "list.xlsx", hidden_rows=(4,)),
                            lambda data: data.replace(b'<row r="', b'<row x="'))
    assert "1 row of the list is hidden in the file (4)" in " ".join(_said(read_table(str(bare))))


def _ods(path: Path, hidden: dict[int, str]) -> Path:
    """The list on a second sheet, written by odfpy; hidden: {row of the sheet: visibility} as
    LibreOffice writes a row hidden ("collapse") or hidden by its filter ("filter")."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    notes = Table(name="notes")
    notes.addElement(TableRow())
    doc.spreadsheet.addElement(notes)
    table = Table(name="Kocho")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    table.addElement(TableColumn(visibility="collapse"))  # C, the phone
    table.addElement(TableColumn())
    for n, row in enumerate([HEADER, *ROWS], 1):
        tr = TableRow(visibility=hidden[n]) if n in hidden else TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    # what LibreOffice writes below a list: a run of a million empty rows, here hidden
    table.addElement(TableRow(numberrowsrepeated=1048000, visibility="collapse"))
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def test_prefixed_rows_without_their_numbers_are_counted_too(tmp_path):
    """<x:row> with no r (a namespace prefix some producers write): the rows of a piece with
    nothing hidden were not counted, and a hidden row 40 was said to be row 4 (a review)."""
    bare = _sheet_rewritten(
        _xlsx(tmp_path / "list.xlsx", hidden_rows=(9,)),
        lambda data: (data.replace(b"<worksheet ", b'<x:worksheet xmlns:x="http://schemas.'
                                   b'openxmlformats.org/spreadsheetml/2006/main" ')
                      .replace(b"</worksheet>", b"</x:worksheet>")
                      .replace(b'<row r="', b'<x:row x="').replace(b"</row>", b"</x:row>")))
    from app.importing.hidden_parts import _xlsx_hidden
    with zipfile.ZipFile(bare) as z:
        part = z.read("xl/worksheets/sheet1.xml")
    # in small pieces, as a large sheet is read: most pieces hold nothing hidden
    pieces = [part[i:i + 200] for i in range(0, len(part), 200)]
    assert _xlsx_hidden(pieces, 100).rows == {9}


def test_a_run_of_hidden_empty_rows_below_the_list_is_not_the_lists(tmp_path):
    """A million hidden empty rows below a list (how "hide the rows below" is saved) are no
    row of the list; listing them took 3 s a read (a review)."""
    path = _xlsx(tmp_path / "list.xlsx", hidden_rows=(5, *range(12, 1_000_000, 9973)))
    t = read_table(str(path))
    said = " ".join(_said(t))
    assert "1 row of the list is hidden in the file (5)" in said


def test_ods_rows_collapsed_or_filtered_and_a_column_are_read_and_named(tmp_path):
    path = _ods(tmp_path / "list.ods", {4: "collapse", 5: "filter", 6: "filter"})
    t = read_table(str(path), sheet="Kocho")
    assert len(t.rows) == 10
    said = " ".join(_said(t))
    assert ("list.ods, sheet 'Kocho', row 4: 3 rows of the list are hidden in the file (4-6)"
            in said)
    assert "column C: column C (Phone) is hidden in the file" in said


def test_the_dry_run_says_it_and_the_import_takes_every_row(tmp_path):
    env = cli_env(tmp_path)
    vault = str(tmp_path / "vault")
    assert run_cli(["--vault", vault, "init", "--prefix", "SNJ"], env).returncode == 0
    path = _xlsx(tmp_path / "list.xlsx", hidden_rows=(2, 11))
    dry = run_cli(["--vault", vault, "import", str(path), "--dry-run"], env)
    assert dry.returncode == 0, dry.stderr
    assert "2 rows of the list are hidden in the file (2, 11)" in dry.stdout
    done = run_cli(["--vault", vault, "--json", "import", str(path), "--yes"], env)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["results"]["created"] == 10
    report = run_cli(["--vault", vault, "review", "1", "--report"], env)
    assert "2 rows of the list are hidden in the file (2, 11)" in report.stdout, report.stdout


@pytest.mark.usefixtures("new_translations")  # one column hidden: new words, not in the .qm yet
@pytest.mark.parametrize("lang, said", [("ar", "مخفية في الملف"), ("ckb", "شاراونەتەوە"),
                                        ("kmr", "veşartî ne")])
def test_the_import_window_says_it_in_the_interface_language(qtbot, gui, made_vault, tmp_path,
                                                              lang, said):
    from tests.report_text_sample import english_left
    from tests.test_ui_import_wizard_words import _in

    folder, _code = made_vault
    path = _xlsx(tmp_path / "list.xlsx", hidden_rows=(3, 5, 6, 7), hidden_columns=("C",))
    wizard = _in(qtbot, gui, folder, lang, path)
    text = wizard.issues.text()
    assert said in text and "3, 5-7" in text and "Phone" in text, text
    assert english_left(text, lang, ("list.xlsx", "Kocho", "Hardan", "Phone")) == set(), text
