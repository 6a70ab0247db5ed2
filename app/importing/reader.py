"""read_table and list_sheets: the one entry point for reading a list from xlsx, xls, ods or csv."""

from __future__ import annotations

import os

from app.domain.errors import InputFileError
from app.importing import csvread, workbook
from app.importing.header import build_table
from app.importing.hidden_parts import Hidden, hidden_parts
from app.importing.issues import (
    HIDDEN_COLUMN,
    HIDDEN_COLUMNS,
    HIDDEN_ROW,
    HIDDEN_ROWS,
    issue,
    number_runs,
)
from app.importing.limits import DEFAULT_LIMITS, ReadLimits
from app.importing.pieces import Quoted
from app.importing.preflight import check_file_size, check_zip
from app.importing.refusals import (
    CSV_NO_SHEETS,
    IS_A_FOLDER,
    NO_SUCH_FILE,
    NO_SUCH_FILE_IN,
    NO_SUCH_FOLDER,
    NOT_REALLY,
    UNKNOWN_KIND,
    at,
    refused,
)
from app.importing.sandbox import run_isolated
from app.importing.sheets import choose
from app.importing.table import ReadIssue, SheetInfo, Table

_ZIP_MAGIC = workbook.ZIP_MAGIC
_OLE_MAGIC = workbook.OLE_MAGIC


def file_kind(path: str) -> str:
    """'zip' (xlsx, xlsm, ods), 'xls' or 'csv', from the first bytes and the extension."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    ext = os.path.splitext(path)[1].lower()
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head == _OLE_MAGIC:
        return "xls"
    if ext in csvread.CSV_EXTENSIONS:
        return "csv"
    if ext in workbook.WORKBOOK_EXTENSIONS:
        raise InputFileError(refused(os.path.basename(path), NOT_REALLY, ext))
    raise InputFileError(refused(os.path.basename(path), UNKNOWN_KIND))


def not_there(path: str):
    """The path as typed ("list.xlsx: no such file" for lists/list.xlsx hid the folder typed),
    and the folder looked in where the path does not show it, or that it is not there."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        return refused(path, NO_SUCH_FOLDER, folder)
    if not os.path.isabs(path):
        return refused(path, NO_SUCH_FILE_IN, folder)
    return refused(path, NO_SUCH_FILE)


def _preflight(path: str, limits: ReadLimits) -> str:
    if os.path.isdir(path):
        raise InputFileError(refused(path, IS_A_FOLDER))
    if not os.path.isfile(path):
        raise InputFileError(not_there(path))
    check_file_size(path, limits)
    kind = file_kind(path)
    if kind == "zip":
        check_zip(path, limits)
    return kind


def list_sheets(path: str, limits: ReadLimits = DEFAULT_LIMITS) -> list[SheetInfo]:
    """Every sheet of a workbook (hidden ones marked); a CSV file has none and gives []."""
    if _preflight(path, limits) == "csv":
        return []
    return run_isolated(workbook.list_sheets, (path,), limits, at(os.path.basename(path)))


def read_table(path: str, sheet: str | None = None,
               limits: ReadLimits = DEFAULT_LIMITS) -> Table:
    """Read one sheet (default: the one that holds a list, see sheets.choose) or a CSV file.

    Structure is checked before any parser runs; parsing runs in a child process bounded in
    memory and time. Errors are InputFileError naming file, sheet, row and column. Warnings
    (lost Sorani letters, merged cells repeated, other sheets present) are in table.issues.
    """
    kind = _preflight(path, limits)
    file = os.path.basename(path)
    if kind == "csv" and sheet not in (None, ""):
        raise InputFileError(refused(file, CSV_NO_SHEETS, Quoted(sheet)))
    if kind == "csv":
        return run_isolated(_read_csv, (path, limits), limits, at(file))
    sheets = run_isolated(workbook.list_sheets, (path,), limits, at(file))

    def read(name: str) -> Table:
        # Each sheet in its own child, named in its errors even when the reader dies.
        return run_isolated(_read_sheet, (path, name, limits), limits, at(file, name))

    if sheet is None:
        return choose(file, sheets, read)
    table = read(workbook.named_sheet(sheets, sheet, file).name)
    table.sheets = sheets
    return table


def _read_csv(path: str, limits: ReadLimits) -> Table:
    """Runs in the child process."""
    grid, encoding, delimiter = csvread.load_csv_grid(path, limits)
    table = build_table(grid, limits)
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _read_sheet(path: str, sheet: str, limits: ReadLimits) -> Table:
    """Runs in the child process."""
    table = build_table(workbook.load_grid(path, sheet, limits), limits)
    if table.rows:
        _say_hidden(table, hidden_parts(path, sheet, table.rows[-1].number))
    return table


def _say_hidden(table: Table, hidden: Hidden) -> None:
    """A warning for the list's rows and columns the workbook hides (hidden_parts.py)."""
    rows = sorted(r.number for r in table.rows if r.number in hidden.rows)
    if rows:
        table.issues.append(ReadIssue("warning", issue(HIDDEN_ROWS if len(rows) > 1 else HIDDEN_ROW,
                                                       len(rows), number_runs(rows)),
                                      table.file, table.sheet, rows[0]))
    columns = [c for c in table.columns if c.index in hidden.columns]
    if columns:
        named = ", ".join(f"{c.letter} ({c.label})" for c in columns)
        table.issues.append(ReadIssue("warning", issue(HIDDEN_COLUMNS if len(columns) > 1
                                                       else HIDDEN_COLUMN, named), table.file,
                                      table.sheet, None, columns[0].letter))
