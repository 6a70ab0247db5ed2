"""A workbook's error cells (#REF!, #DIV/0!): found in its parts, as python-calamine loses them.

A formula the sender's spreadsheet could not work out is saved as an error value. python-calamine
hands such a cell over as blank (xlsx, xls), or, in an ods saved by LibreOffice with the error's
number beside it, as 0: a name cell read as no name, a birth as "0", with nothing said. The
error's text is put back into the grid here, so that the row says it as it does for a CSV saved
from the sheet, which writes "#REF!" (convert.py, not_known.spreadsheet_error).

Runs in the reading child, after preflight checked the file's and the archive's sizes: the parts
of an xlsx or ods are scanned as bytes with patterns (no XML parser, so no entity is ever
expanded), as hidden_parts.py does; an xls's records are read from its Workbook stream, every
count and offset checked against the bytes there are.
"""

from __future__ import annotations

import html
import re
import struct
import zipfile
from collections.abc import Iterable

# the helpers that find a sheet's part and read a tag's attributes, shared with hidden_parts
from app.importing.hidden_parts import _attrs, _local, _ods_table, _xlsx_part

# (0-based row, 0-based column) -> the error's text ("#REF!")
Errors = dict[tuple[int, int], str]

# An xlsx cell of type "e" (error), and the value after it: <c r="A3" t="e"><v>#REF!</v></c>,
# a formula perhaps between (<f>1/0</f>).
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*?\bt\s*=\s*[\"']e[\"'][^>]*)>")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)<")
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
# ods: the tags that place a cell (rows, cells, covered cells of a merge) and the table's own
_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>")
_ODS_TEXT = re.compile(rb"<text:p\b[^>]*>([^<]*)<")
_REPEATS = 1000  # cells of one error repeated down and across: more is a style run, not a list


def error_cells(path: str, sheet: str) -> Errors:
    """The error cells of the sheet named, by position; nothing for a part not found."""
    try:
        with open(path, "rb") as fh:
            if fh.read(8) == _OLE:
                return _xls_errors(_workbook_stream(path), sheet)
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "xl/workbook.xml" in names:
                part = _xlsx_part(z, sheet)
                if part not in names:
                    return {}
                with z.open(part) as fh:
                    return _xlsx_errors(iter(lambda: fh.read(1 << 22), b""))
            if "content.xml" in names:
                return _ods_errors(z.read("content.xml"), sheet)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, IndexError, struct.error):
        pass  # a part it cannot read: the cells stay as calamine gave them
    return {}


def _xlsx_errors(chunks: Iterable[bytes]) -> Errors:
    """The sheet part read a piece at a time, each piece cut after its last whole row."""
    found: Errors = {}
    left = b""
    for chunk in chunks:
        data = left + chunk
        cut = data.rfind(b"row>")
        if cut < 0:
            left = data
            continue
        data, left = data[:cut + 4], data[cut + 4:]
        _xlsx_piece(data, found)
    _xlsx_piece(left, found)
    return found


def _xlsx_piece(data: bytes, found: Errors) -> None:
    if b'"e"' not in data and b"'e'" not in data:  # nearly every sheet: no error cell
        return
    for m in _ERROR_CELL.finditer(data):
        if m[1].rstrip().endswith(b"/"):
            continue  # <c t="e"/>: no value to say
        end = _CELL_END.search(data, m.end())
        value = _VALUE.search(data, m.end(), end.start() if end else len(data))
        ref = _REF.fullmatch(_attrs(m[1]).get(b"r", b"").decode("ascii", "replace"))
        if value is None or ref is None:
            continue  # a cell without its place (r left out) is not placed by guess
        text = html.unescape(value[1].decode("utf-8", "replace")).strip()
        if text:
            found[(int(ref[2]) - 1, _column(ref[1]))] = text


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _ods_errors(data: bytes, sheet: str) -> Errors:
    """The cells of the table named whose calcext:value-type is "error" (LibreOffice), with
    the text it shows (#DIV/0!, Err:502), repeats counted as hidden_parts counts them."""
    found: Errors = {}
    if b"error" not in data:
        return found
    start = _ods_table(data, sheet)
    if start is None:
        return found
    row, col, rows_repeated, depth = 0, 0, 1, 1
    for m in _ODS_TAG.finditer(data, start):
        closing, kind, raw, empty = m[1], m[2], m[3], m[4]
        if kind == b"table":
            depth += -1 if closing else (0 if empty else 1)
            if depth == 0:
                break
            continue
        if depth != 1:
            continue
        if kind == b"table-row":
            if closing:
                row += rows_repeated
            else:
                rows_repeated = int(_local(_attrs(raw), b"number-rows-repeated") or 1)
                col = 0
                if empty:
                    row += rows_repeated
            continue
        if closing:
            continue
        a = _attrs(raw)
        times = int(_local(a, b"number-columns-repeated") or 1)
        if kind == b"table-cell" and not empty and a.get(b"calcext:value-type") == b"error":
            end = data.find(b"</table:table-cell>", m.end())
            shown = _ODS_TEXT.search(data, m.end(), end if end >= 0 else m.end())
            text = html.unescape(shown[1].decode("utf-8", "replace")).strip() if shown else ""
            if text and rows_repeated * times <= _REPEATS:
                for r in range(row, row + rows_repeated):
                    for c in range(col, col + times):
                        found[(r, c)] = text
        col += times
    return found


def put_errors(rows: list[list], first_row: int, first_col: int, errors: Errors) -> None:
    """Each error's text into the grid's cell at its place (rows are the sheet's used area
    from first_row, first_col); a row or column past the area's end is made for it."""
    for (r, c), text in errors.items():
        i, j = r - first_row, c - first_col
        if i < 0 or j < 0:
            continue  # above or left of the area calamine gave: no cell of the list
        while len(rows) <= i:
            rows.append([])
        row = rows[i]
        if len(row) <= j:
            row.extend([""] * (j + 1 - len(row)))
        row[j] = text


# xls: an OLE compound file whose Workbook stream holds BIFF records.
_OLE = bytes.fromhex("d0cf11e0a1b11ae1")
_END = 0xFFFFFFFE  # the last sector of a chain
# The error codes of BIFF's BOOLERR and FORMULA records, as Excel shows them.
_XLS_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
               0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
_BOUNDSHEET, _BOOLERR, _FORMULA, _EOF = 0x0085, 0x0205, 0x0006, 0x000A


def _workbook_stream(path: str) -> bytes:
    """The Workbook (or, Excel 95, Book) stream of an OLE compound file."""
    with open(path, "rb") as fh:
        data = fh.read()
    size = 1 << min(struct.unpack_from("<H", data, 0x1E)[0], 13)
    mini_size = 1 << min(struct.unpack_from("<H", data, 0x20)[0], 13)
    if size not in (512, 4096) or mini_size != 64:  # the only sizes the format has
        return b""
    first_dir, cutoff, first_mini, n_mini = struct.unpack_from("<I4xIII", data, 0x30)
    n_sectors = (len(data) - 512) // size + 1
    difat = list(struct.unpack_from("<109I", data, 0x4C))
    sector, n_difat = struct.unpack_from("<II", data, 0x44)
    for _ in range(min(n_difat, n_sectors)):  # the FAT's sectors past the first 109
        if sector >= n_sectors:
            break
        entries = struct.unpack_from(f"<{size // 4}I", data, 512 + sector * size)
        difat += entries[:-1]
        sector = entries[-1]
    fat: list[int] = []
    for s in difat:
        if s < n_sectors:
            fat += struct.unpack_from(f"<{size // 4}I", data, 512 + s * size)

    def chain(start: int, unit: int, table: list[int], source: bytes, base: int) -> bytes:
        out, seen = [], 0
        while start != _END and start < len(table) and seen <= len(table):
            out.append(source[base + start * unit:base + (start + 1) * unit])
            start, seen = table[start], seen + 1
        return b"".join(out)

    directory = chain(first_dir, size, fat, data, 512)
    entries = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
    root = entries[0]
    for e in entries:
        name = e[:max(0, struct.unpack_from("<H", e, 0x40)[0] - 2)].decode("utf-16-le", "replace")
        if name in ("Workbook", "Book") and e[0x42] == 2:
            start, length = struct.unpack_from("<II", e, 0x74)
            if length >= cutoff:
                return chain(start, size, fat, data, 512)[:length]
            mini_fat = list(struct.unpack(f"<{len(m) // 4}I", m)) if (
                m := chain(first_mini, size, fat, data, 512)[:n_mini * size]) else []
            mini = chain(struct.unpack_from("<I", root, 0x74)[0], size, fat, data, 512)
            return chain(start, mini_size, mini_fat, mini, 0)[:length]
    return b""


def _records(stream: bytes, at: int):
    """(type, data) of the BIFF records from offset at, up to the substream's EOF."""
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        yield kind, stream[at + 4:at + 4 + length]
        if kind == _EOF:
            return
        at += 4 + length


def _xls_errors(stream: bytes, sheet: str) -> Errors:
    """The BOOLERR cells holding an error, and the FORMULA cells whose saved result is one, of
    the sheet named (BIFF8, and BIFF5's 8-bit sheet names)."""
    found: Errors = {}
    offset = None
    for kind, rec in _records(stream, 0):
        if kind == _BOUNDSHEET and len(rec) >= 8 and _sheet_name(rec[6:]) == sheet:
            offset = struct.unpack_from("<I", rec)[0]
            break
    if offset is None:
        return found
    at, end, unpack = offset, len(stream), struct.unpack_from
    while at + 12 <= end:  # a loop of its own, no record copied: an xls has 65,536 rows
        kind, length = unpack("<HH", stream, at)
        if kind == _BOOLERR and length >= 8 and stream[at + 11] == 1:
            code = stream[at + 10]
        elif kind == _FORMULA and length >= 14 and at + 18 <= end and stream[at + 10] == 2 \
                and stream[at + 16:at + 18] == b"\xff\xff":
            code = stream[at + 12]
        elif kind == _EOF:
            break
        else:
            at += 4 + length
            continue
        row, col = unpack("<HH", stream, at + 4)
        found[(row, col)] = _XLS_ERRORS.get(code, "#VALUE!")
        at += 4 + length
    return found


def _sheet_name(raw: bytes) -> str:
    """A BOUNDSHEET's name: its count of characters, then (BIFF8) a flag for 16-bit ones."""
    n = raw[0]
    if len(raw) > 1 and raw[1] in (0, 1) and len(raw) == 2 + n * (1 + raw[1]):
        return raw[2:].decode("utf-16-le" if raw[1] else "latin-1", "replace")
    return raw[1:1 + n].decode("cp1252", "replace")  # BIFF5: no flag
