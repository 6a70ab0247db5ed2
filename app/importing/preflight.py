"""Checks of a spreadsheet's zip structure and XML made BEFORE any parser sees the file."""

from __future__ import annotations

import os
import re
import struct
import zipfile
import zlib

from app.domain.errors import InputFileError
from app.importing.limits import ReadLimits
from app.importing.pieces import Quoted
from app.importing.refusals import (
    COMPRESSION,
    DECLARED,
    DTD,
    FILE_SIZE,
    INFLATES,
    INFLATES_LIMIT,
    PART_DAMAGED,
    PART_DECLARED,
    PARTS,
    RATIO,
    TEXT_RUN,
    TEXT_RUN_CELL,
    TEXT_RUN_SHEET,
    at,
    refused,
    unreadable,
)
from app.importing.text_run_where import cell_at, sheet_of

_CHUNK = 1024 * 1024
# A DTD is never needed in OOXML or ODF; refusing it answers billion-laughs and XXE at once.
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def check_file_size(path: str, limits: ReadLimits) -> int:
    size = os.path.getsize(path)
    if size > limits.max_file_bytes:
        raise InputFileError(refused(os.path.basename(path), FILE_SIZE, size // (1024 * 1024),
                                     limits.max_file_bytes // (1024 * 1024)))
    return size


def check_zip(path: str, limits: ReadLimits) -> None:
    """Refuse zip bombs (declared or real sizes, ratio, entry count), DTDs and giant text runs.

    Every part is really inflated here, so a header that lies about its size is caught by what the
    data inflates to, not by what it claims.
    """
    name = os.path.basename(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputFileError(unreadable(name, str(exc))) from None
    with zf, open(path, "rb") as raw:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_entries:
            raise InputFileError(refused(name, PARTS, len(infos), limits.max_zip_entries))
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_total_bytes:
            raise InputFileError(refused(name, DECLARED, declared // 2**20,
                                         limits.max_total_bytes // 2**20))
        total = 0
        for info in infos:
            if info.file_size > limits.max_entry_bytes:
                raise InputFileError(refused(name, PART_DECLARED, Quoted(info.filename),
                                             info.file_size // 2**20,
                                             limits.max_entry_bytes // 2**20))
            total += _inflate_and_scan(raw, info, name, limits, limits.max_total_bytes - total,
                                       path)


def _inflate_and_scan(raw, info: zipfile.ZipInfo, name: str, limits: ReadLimits,
                      budget: int, path: str = "") -> int:
    """Inflate one part with a hard cap, scanning its XML; return the bytes it really holds."""
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise InputFileError(refused(name, COMPRESSION, Quoted(info.filename),
                                     info.compress_type))
    raw.seek(info.header_offset)
    header = raw.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise InputFileError(refused(name, PART_DAMAGED, Quoted(info.filename)))
    name_len, extra_len = _LOCAL_HEADER.unpack(header)[-2:]
    raw.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    cap = min(limits.max_entry_bytes, budget)
    left, out_total = info.compress_size, 0
    scanner = _XmlScanner(info.filename, name, limits, path)
    while left > 0 or (inflater is not None and inflater.unconsumed_tail):
        chunk = b""
        if inflater is not None and inflater.unconsumed_tail:
            data = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
        else:
            chunk = raw.read(min(_CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
            data = inflater.decompress(chunk, _CHUNK) if inflater else chunk
        out_total += len(data)
        if out_total > cap or out_total > info.file_size:
            raise InputFileError(refused(
                name, INFLATES if out_total > info.file_size else INFLATES_LIMIT,
                Quoted(info.filename), info.file_size))
        scanner.feed(data)
    if out_total >= limits.ratio_floor_bytes and out_total > limits.max_ratio * max(
            info.compress_size, 1):
        raise InputFileError(refused(name, RATIO, Quoted(info.filename),
                                     f"{out_total / max(info.compress_size, 1):.0f}",
                                     f"{limits.max_ratio:.0f}"))
    return out_total


# Parts that hold cells' text outside the sheets: the shared strings (xlsx), an ODS's content
_CELL_TEXT = frozenset({"xl/sharedStrings.xml", "content.xml"})


class _XmlScanner:
    """Looks at inflated XML as it streams past: DTDs and over-long text runs (one giant cell)."""

    def __init__(self, part: str, file: str, limits: ReadLimits, path: str = "") -> None:
        self.part, self.file, self.limits, self.path = part, file, limits, path
        self.cell: tuple[str, int] | None = None  # the last cell opened (a sheet's part)
        self.sheet_part = part.startswith("xl/worksheets/")
        self.run = 0  # bytes since the last '<'
        self.tail = b""  # end of the previous chunk, so '<!DOCTYPE' split over two is still seen
        self.is_xml = part.endswith((".xml", ".rels")) or part == "[Content_Types].xml"

    def feed(self, data: bytes) -> None:
        if not self.is_xml:
            return
        window = self.tail + data
        if b"<!" in window and _DTD.search(window):
            raise InputFileError(refused(self.file, DTD, Quoted(self.part)))
        self.tail = data[-16:]
        # Runs inside one chunk are shorter than the chunk (1 MiB), below any sane limit, so only
        # the run carried across chunk boundaries needs counting.
        first = data.find(b"<")
        if first < 0:
            self.run += len(data)
        else:
            self.run += first
            self._check()
            self.run = len(data) - data.rfind(b"<") - 1
            if self.sheet_part:  # which cell a run after this chunk's last tag belongs to
                if (cell := cell_at(window)) is not False:
                    self.cell = cell
        self._check()

    def _check(self) -> None:
        if self.run > self.limits.max_text_run_bytes:
            raise InputFileError(self._refusal())

    def _refusal(self):
        """The refusal, naming the sheet and the cell where the part says them."""
        mib = self.limits.max_text_run_bytes // 2**20
        sheet = sheet_of(self.path, self.part) if self.path and self.sheet_part else None
        if sheet is not None and self.cell is not None:
            return refused(at(self.file, sheet, self.cell[1], self.cell[0]), TEXT_RUN_CELL, mib,
                           self.limits.max_cell_chars)
        if sheet is not None:
            return refused(at(self.file, sheet), TEXT_RUN_SHEET, Quoted(self.part), mib)
        if self.sheet_part or self.part in _CELL_TEXT:  # a cell's text, its sheet unsaid
            return refused(self.file, TEXT_RUN_SHEET, Quoted(self.part), mib)
        return refused(self.file, TEXT_RUN, Quoted(self.part), mib)
