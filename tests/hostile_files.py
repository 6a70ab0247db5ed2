"""Hostile spreadsheets made at test time (small on disk): bombs, XXE, lying zips, giant cells."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
        b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
TAIL = b"</sheetData></worksheet>"


def _base() -> bytes:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Name"
    wb.active["A2"] = "x"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def with_sheet(path: Path, sheet_xml: bytes) -> Path:
    src = zipfile.ZipFile(io.BytesIO(_base()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            z.writestr(info.filename, sheet_xml if info.filename == SHEET else src.read(info))
    return path


def inline(ref: str, text: bytes) -> bytes:
    return b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref.encode(), text)


def billion_laughs(path: Path) -> Path:
    ents = b"".join(b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10))
    dtd = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">' + ents + b"]>"
    body = dtd + HEAD[HEAD.index(b"<worksheet"):] + b'<row r="1">' + inline("A1", b"&l9;")
    return with_sheet(path, body + b"</row>" + TAIL)


def xxe(path: Path, target: str = "/etc/passwd") -> Path:
    dtd = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file://%s">]>' % target.encode()
    body = dtd + HEAD[HEAD.index(b"<worksheet"):] + b'<row r="1">' + inline("A1", b"&x;")
    return with_sheet(path, body + b"</row>" + TAIL)


def empty_rows_then_value(path: Path, rows: int = 1_000_000, col: str = "L") -> Path:
    body = b'<row r="1">' + inline("A1", b"Name") + b"</row>"
    body += b"".join(b'<row r="%d"/>' % i for i in range(2, rows + 1))
    body += b'<row r="%d">' % (rows + 1) + inline(f"{col}{rows + 1}", b"x") + b"</row>"
    return with_sheet(path, HEAD + body + TAIL)


def styled_empty_rows(path: Path, rows: int = 1_000_000) -> Path:
    body = b'<row r="1">' + inline("A1", b"Name") + b"</row>" + b"".join(
        b'<row r="%d"><c r="L%d" s="0"/></row>' % (i, i) for i in range(2, rows + 1))
    return with_sheet(path, HEAD + body + TAIL)


def far_cell(path: Path) -> Path:
    body = b'<row r="1">' + inline("A1", b"Name") + b'</row><row r="1048576">'
    return with_sheet(path, HEAD + body + inline("XFD1048576", b"x") + b"</row>" + TAIL)


def giant_cell(path: Path, size: int = 1_000_000) -> Path:
    body = b'<row r="1">' + inline("A1", b"Name") + b'</row><row r="2">'
    body += inline("A2", b"ok") + inline("C2", b"A" * size) + b"</row>"
    return with_sheet(path, HEAD + body + TAIL)


def zip_bomb(path: Path, inflated: int = 64 * 1024 * 1024, lie: int | None = 1000) -> Path:
    """A workbook whose sheet part inflates to `inflated` bytes while its headers claim `lie`."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"<a/>" * (256 * 1024)  # markup, not text: only the size and the ratio give it away
    parts = [comp.compress(HEAD)] + [comp.compress(chunk) for _ in range(inflated // len(chunk))]
    parts.append(comp.compress(TAIL) + comp.flush())
    data = b"".join(parts)
    real = len(HEAD) + len(TAIL) + len(chunk) * (inflated // len(chunk))
    with_sheet(path, b"placeholder")
    raw = bytearray()
    src = zipfile.ZipFile(path)
    # Rebuild by hand so the sheet entry carries the raw deflate stream and lying sizes.
    entries = [(i.filename, src.read(i)) for i in src.infolist()]
    central = bytearray()
    for name, body in entries:
        nb = name.encode()
        if name == SHEET:
            comp_body, size, crc = data, lie if lie is not None else real, 0
        else:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            comp_body, size, crc = c.compress(body) + c.flush(), len(body), zlib.crc32(body)
        offset = len(raw)
        raw += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(comp_body),
                           size, len(nb), 0) + nb + comp_body
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc,
                               len(comp_body), size, len(nb), 0, 0, 0, 0, 0, offset) + nb
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                      len(central), len(raw), 0)
    path.write_bytes(bytes(raw + central + end))
    return path


def child_environment() -> dict:
    """Run inside the parsing child by a test: what environment did it get?"""
    import os
    return dict(os.environ)


def child_itself() -> dict:
    """Run inside the parsing child by a test: which process is it, and under what limits?"""
    import os
    import resource
    import signal

    return {"pid": os.getpid(), "parent": os.getppid(),
            "cpu": resource.getrlimit(resource.RLIMIT_CPU)[0],
            "memory": resource.getrlimit(resource.RLIMIT_AS)[0],
            "alarm": signal.alarm(0)}  # seconds left before the child's own alarm ends it


def child_sleeps(seconds: float) -> None:
    """Run inside the parsing child by a test: a read that never ends in time."""
    import time
    time.sleep(seconds)


def child_waits(flag: str, log: str) -> int:
    """Run inside the parsing child by a test: say its pid (a line of log), then wait until the
    test makes the file flag."""
    import os
    import time

    with open(log, "a") as fh:
        fh.write(f"{os.getpid()}\n")
    while not os.path.exists(flag):
        time.sleep(0.02)
    return os.getpid()


def child_blob(size: int) -> bytes:
    """Run inside the parsing child by a test: an answer of size bytes (a large list's)."""
    return b"x" * size
