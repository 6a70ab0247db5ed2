"""Rows and columns a workbook hides (xlsx, xlsm, ods): read as any others, and said.

A sender filters a list before sending it ("the ones found" hidden) or hides a column of phone
numbers; the spreadsheet program shows none of it, python-calamine gives every cell. The rows
are read like the others (nothing is dropped unasked), and the reading says which are hidden, so
that the person importing can look before anyone is changed. xls is not looked into: its row
records are binary, and calamine does not say.

Runs in the reading child, after preflight checked the archive's sizes: the parts are scanned as
bytes with patterns (no XML parser, so no entity is ever expanded).
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

_XLSX_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_ATTR = re.compile(rb"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REL = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_ROW = re.compile(rb"<(?:\w+:)?row(?=[\s/>])([^>]*)>")
_ROW_START = re.compile(rb"<(?:\w+:)?row[\s/>]")  # <row ...>, <x:row>, <row/>, <row\n
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)/?>")
_ODS_TABLE = re.compile(rb"<table:table\b([^>]*)>")
# the name whole: table-row is not table-row-group, nor table table-header-rows
_ODS_PART = re.compile(rb"<(/?)table:(table-row|table-column|table)(?=[\s/>])([^>]*?)(/?)>")
_YES = (b"1", b"true")


@dataclass
class Hidden:
    """1-based row numbers and 0-based column indexes the workbook hides."""

    rows: set[int] = field(default_factory=set)
    columns: set[int] = field(default_factory=set)


def hidden_parts(path: str, sheet: str, last_row: int) -> Hidden:
    """What the workbook at path hides on the sheet named, up to its row last_row (the list's
    last: a run of a million hidden empty rows below a list is no concern, and was 3 s a read
    to list); nothing for xls or a part not found."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "xl/workbook.xml" in names:
                part = _xlsx_part(z, sheet)
                if part not in names:
                    return Hidden()
                with z.open(part) as fh:
                    return _xlsx_hidden(iter(lambda: fh.read(1 << 22), b""), last_row)
            if "content.xml" in names:
                return _ods_hidden(z.read("content.xml"), sheet, last_row)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        pass  # a part it cannot read (a repeat count that is no number): nothing said hidden,
        # and the list is read all the same
    return Hidden()


def _attrs(raw: bytes) -> dict[bytes, bytes]:
    return {m[1]: m[2] if m[2] is not None else m[3] for m in _ATTR.finditer(raw)}


def _local(attrs: dict[bytes, bytes], name: bytes) -> bytes | None:
    """An attribute by its local name, whatever its prefix (table:name for name)."""
    for key, value in attrs.items():
        if key == name or key.endswith(b":" + name):
            return value
    return None


def _xlsx_part(z: zipfile.ZipFile, sheet: str) -> str:
    rid = None
    for m in _XLSX_SHEET.finditer(z.read("xl/workbook.xml")):
        a = _attrs(m[1])
        if html.unescape(a.get(b"name", b"").decode("utf-8", "replace")) == sheet:
            rid = next((v for k, v in a.items() if k.endswith(b":id")), None)
            break
    if rid is None:
        return ""
    for m in _REL.finditer(z.read("xl/_rels/workbook.xml.rels")):
        a = _attrs(m[1])
        if a.get(b"Id") == rid:
            target = a.get(b"Target", b"").decode("utf-8", "replace")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return ""


def _xlsx_hidden(chunks: Iterable[bytes], last_row: int) -> Hidden:
    """The sheet part read a piece at a time (a 100,000-row sheet is 66 MB of XML), each piece
    cut after its last whole tag."""
    found = Hidden()
    number = 0  # rows counted in order, for a producer that leaves out a row's r
    cells = False  # past the columns' description, into the cells
    left = b""
    for chunk in chunks:
        data = left + chunk
        cut = data.rfind(b"<")
        data, left = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
        if not cells:
            end = data.find(b"sheetData")
            cells = end >= 0
            _hidden_columns(data[:end] if cells else data, found)
        if b"hidden" not in data:  # the common case: rows only counted
            number = _last_number(data, number)
        else:
            for m in _ROW.finditer(data):
                a = _attrs(m[1])
                r = a.get(b"r")
                number = int(r) if r and r.isdigit() else number + 1
                if number > last_row:
                    return found
                if a.get(b"hidden") in _YES:
                    found.rows.add(number)
        if number > last_row:
            return found
    return found


def _last_number(data: bytes, number: int) -> int:
    """The number of the last row of a piece: its r, found from the end (a byte search); or,
    where r is left out, the rows counted."""
    pos = len(data)
    while (i := data.rfind(b"row", 0, pos)) > 0:
        lt = data.rfind(b"<", 0, i)
        m = _ROW.match(data, lt) if lt >= 0 else None
        if m is not None:
            r = _attrs(m[1]).get(b"r")
            if r and r.isdigit():
                return int(r)
            break
        pos = i
    return number + len(_ROW_START.findall(data))


def _hidden_columns(data: bytes, found: Hidden) -> None:
    for m in _COL.finditer(data):
        a = _attrs(m[1])
        first, last = a.get(b"min", b""), a.get(b"max", b"")
        if a.get(b"hidden") in _YES and first.isdigit() and last.isdigit():
            # a hidden run to the sheet's last column (16384) is a style, not a list's column
            found.columns.update(range(int(first) - 1, min(int(last), int(first) + 1000)))


def _ods_table(data: bytes, sheet: str) -> int | None:
    """Where the table of the sheet named begins in an ods's content.xml; None when none is."""
    for m in _ODS_TABLE.finditer(data):
        name = _local(_attrs(m[1]), b"name") or b""
        if html.unescape(name.decode("utf-8", "replace")) == sheet:
            return m.end()
    return None


def _ods_hidden(data: bytes, sheet: str, last_row: int) -> Hidden:
    found = Hidden()
    start = _ods_table(data, sheet)
    if start is None:
        return found
    row = col = 0
    depth = 1  # inside this table; a table within a cell (rare) is passed over
    for m in _ODS_PART.finditer(data, start):
        closing, kind, raw, empty = m[1], m[2], m[3], m[4]
        if kind == b"table":
            depth += -1 if closing else (0 if empty else 1)
            if depth == 0:
                break
            continue
        if closing or depth != 1:
            continue
        a = _attrs(raw)
        hidden = (_local(a, b"visibility") or b"visible") != b"visible"
        if kind == b"table-row":
            times = int(_local(a, b"number-rows-repeated") or 1)
            if hidden:
                found.rows.update(range(row + 1, min(row + times, last_row) + 1))
            row += times
        else:
            times = int(_local(a, b"number-columns-repeated") or 1)
            if hidden:
                found.columns.update(range(col, col + min(times, 1000)))
            col += times
    return found
