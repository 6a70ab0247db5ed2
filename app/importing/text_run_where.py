"""Where a giant text run in a workbook's XML stands, for its refusal to name: the sheet (by its
name, not its part's) and the cell whose text it is, when the part says."""

from __future__ import annotations

import re
import zipfile
from posixpath import join, normpath

# the last cell opened before the run (<c r="D3" ...>, <c t="inlineStr" r="D3">)
CELL_AT = re.compile(rb"<c\b[^>]*?\sr=\"([A-Z]{1,3})([0-9]{1,7})\"")
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

