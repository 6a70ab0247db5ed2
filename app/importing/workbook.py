"""Reading xlsx, xlsm, xls and ods through python-calamine (cached values only: no formula runs)."""

from __future__ import annotations

import os
import re
import unicodedata
import zipfile

import python_calamine as pc

from app.domain.errors import InputFileError
from app.importing.error_cells import error_cells, put_errors
from app.importing.header import Grid
from app.importing.limits import ReadLimits
from app.importing.pieces import Quoted, joined
from app.importing.refusals import (
    CELL_CHARS,
    NO_SHEET_NAMED,
    NUL_CELL_UTF16,
    PROTECTED,
    SHEET_UNREADABLE,
    USED_AREA,
    at,
    refused,
    unreadable,
)
from app.importing.table import SheetInfo, column_letter

WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
ZIP_MAGIC = b"PK\x03\x04"  # xlsx, xlsm, ods
OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # xls


def misnamed(path: str) -> bool:
    """A workbook whose name says another kind than its bytes (an xlsx saved as list.xls)."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    ext = os.path.splitext(path)[1].lower()
    return (head.startswith(ZIP_MAGIC) and ext == ".xls") or (
        head == OLE_MAGIC and ext in (".xlsx", ".xlsm", ".ods"))


def _open(path: str) -> pc.CalamineWorkbook:
    try:
        if misnamed(path):
            # calamine picks its reader by the name; from the bytes it tries each kind. The
            # file's size was checked before this (preflight), so reading it whole is bounded.
            with open(path, "rb") as fh:
                return pc.CalamineWorkbook.from_filelike(fh)
        return pc.CalamineWorkbook.from_path(path)
    except pc.PasswordError:
        raise InputFileError(refused(os.path.basename(path), PROTECTED)) from None
    except (pc.CalamineError, OSError, ValueError) as exc:
        raise InputFileError(unreadable(os.path.basename(path), _short(exc))) from None


def _short(exc: BaseException) -> str:
    # Parser messages describe structure, not content; still cut them short for one-line errors.
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


def list_sheets(path: str) -> list[SheetInfo]:
    """Every sheet in workbook order, hidden ones included and marked."""
    wb = _open(path)
    try:
        out = []
        for i, meta in enumerate(wb.sheets_metadata):
            vis = meta.visible
            out.append(SheetInfo(
                meta.name, i, hidden=vis != pc.SheetVisibleEnum.Visible,
                very_hidden=vis == pc.SheetVisibleEnum.VeryHidden,
                kind=str(meta.typ).rsplit(".", 1)[-1].lower()))
        return out
    finally:
        wb.close()


def named_sheet(sheets: list[SheetInfo], wanted: str, file: str) -> SheetInfo:
    """The sheet asked for by name (app.importing.sheets chooses when none is named)."""
    for s in sheets:
        if s.name == wanted:
            return s
    # typed otherwise ("hardan" for 'Hardan', a space too many): the one sheet it can mean
    alike = [s for s in sheets if _folded(s.name) == _folded(wanted)]
    if len(alike) == 1:
        return alike[0]
    names = joined([Quoted(s.name) for s in sheets])
    raise InputFileError(refused(file, NO_SHEET_NAMED, Quoted(wanted), names))


def _folded(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def load_grid(path: str, sheet: str, limits: ReadLimits) -> Grid:
    """The used area of one sheet, with its position and merged ranges, every cell checked."""
    file = os.path.basename(path)
    wb = _open(path)
    try:
        try:
            ws = wb.get_sheet_by_name(sheet)
        except pc.CalamineError as exc:
            raise InputFileError(refused(at(file, sheet), SHEET_UNREADABLE, _short(exc))) from None
        start = ws.start or (0, 0)
        if ws.height * ws.width > limits.max_cells:
            end = ws.end or (0, 0)
            raise InputFileError(refused(at(file, sheet, end[0] + 1, column_letter(end[1])),
                                         USED_AREA, ws.height, ws.width, limits.max_cells))
        rows = ws.to_python(skip_empty_area=True)
        merges = list(ws.merged_cell_ranges or [])
    finally:
        wb.close()
    # calamine gives an error cell ("#REF!") as blank, or an ods one as 0: its text put back,
    # for the row to say it (error_cells.py)
    put_errors(rows, start[0], start[1], error_cells(path, sheet))
    grid = Grid(file, sheet, rows, start[0], start[1], merges, date1904=uses_1904(path))
    check_cells(grid, limits)
    return grid


# <workbookPr date1904="1"/> in an xlsx's workbook part, near its start.
_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']")


def uses_1904(path: str) -> bool:
    """Whether an xlsx or xlsm workbook counts its dates from 1904 (Excel for Mac before 2011).
    python-calamine turns its date cells into days by it but does not say so, and a year typed
    into a date cell is its number of days from that epoch. xls and ods are taken to count
    from 1899-12-30, as Excel for Windows and LibreOffice do by default. The file's parts were
    checked before (preflight): the part's first 64 KiB are read."""
    try:
        with zipfile.ZipFile(path) as z, z.open("xl/workbook.xml") as fh:
            return bool(_DATE1904.search(fh.read(1 << 16)))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return False  # not an xlsx (xls, ods), or no such part


def check_cells(grid: Grid, limits: ReadLimits) -> None:
    """Refuse giant cells and NUL characters, naming the cell."""
    for i, row in enumerate(grid.rows):
        for j, v in enumerate(row):
            if isinstance(v, str) and (len(v) > limits.max_cell_chars or "\x00" in v):
                cell = at(grid.file, grid.sheet, grid.first_row + i + 1,
                          column_letter(grid.first_col + j))
                if "\x00" in v:
                    raise InputFileError(refused(cell, NUL_CELL_UTF16))
                raise InputFileError(refused(cell, CELL_CHARS, len(v), limits.max_cell_chars))
