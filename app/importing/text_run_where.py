"""Where a giant text run in a workbook's XML stands, for its refusal to name: the sheet (by its
name, not its part's) and the cell whose text it is, when the part says."""

from __future__ import annotations

import re
import zipfile
from posixpath import join, normpath

# the last cell or row opened before the run (<c r="D3" ...>, <c t="inlineStr" r="D3">, <row>)
CELL_AT = re.compile(rb"<(?:c|row)\b[^>]*>")
_R = re.compile(rb"^<c\b[^>]*?\sr=\"([A-Z]{1,3})([0-9]{1,7})\"")


def cell_at(window: bytes) -> tuple[str, int] | None | bool:
    """The cell the last cell tag of window opens ("D", 3); None when that tag does not say
    (r is optional in OOXML: a writer leaving it out numbers cells by their place) or a row
    opened after it: a refusal then names the sheet only, never a cell it only guessed; False
    when window opens no cell nor row (the cell is the one opened before)."""
    tags = CELL_AT.findall(window)
    if not tags:
        return False
    if m := _R.match(tags[-1]):
        return m[1].decode(), int(m[2])
    return None
_SHEET = re.compile(r"<sheet\b[^>]*?>")
_ATTR = re.compile(r"([\w:]+)=\"([^\"]*)\"")
_SMALL = 1 << 20  # workbook.xml and its rels are a few KiB; never read more of them


def sheet_of(path: str, part: str) -> str | None:
    """The name of the sheet whose XML is this part of the workbook at path, or None (another
    part, or a workbook that does not say)."""
    if not part.startswith("xl/worksheets/"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            book = _read(zf, "xl/workbook.xml")
            rels = _read(zf, "xl/_rels/workbook.xml.rels")
    except (OSError, zipfile.BadZipFile, KeyError):
        return None
    targets = {}
    for tag in re.findall(r"<Relationship\b[^>]*?>", rels):
        a = dict(_ATTR.findall(tag))
        target = a.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
        targets[a.get("Id")] = target
    for tag in _SHEET.findall(book):
        a = dict(_ATTR.findall(tag))
        if targets.get(a.get("r:id")) == part and "name" in a:
            return a["name"]
    return None


def _read(zf: zipfile.ZipFile, name: str) -> str:
    with zf.open(name) as fh:
        return fh.read(_SMALL).decode("utf-8", "replace")

