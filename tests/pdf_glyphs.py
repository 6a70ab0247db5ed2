"""Test helper: glyphs read back from a PDF with pdfminer.six, grouped into visual lines."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar

BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
MIRROR = str.maketrans("()[]{}<>", "()()()()")


@dataclass
class GlyphLine:
    y: float
    chars: list[tuple[float, str]]  # (x0, text) sorted left to right

    @property
    def visual(self) -> str:
        """Characters left to right as drawn (RTL glyphs carry their text in visual order)."""
        return "".join(text for _, text in self.chars)


def glyph_lines(pdf: bytes) -> list[list[GlyphLine]]:
    """Per page, lines top to bottom of characters drawn on a shared baseline."""
    pages = []
    for page in extract_pages(io.BytesIO(pdf), laparams=None):
        rows: dict[float, list[tuple[float, str]]] = {}
        for item in _chars(page):
            # the text matrix's y is the baseline (a rise moves marks, not their line)
            y = round(item.matrix[5], 0)
            rows.setdefault(y, []).append((item.x0, item.get_text()))
        lines = [GlyphLine(y, sorted(chars, key=lambda c: c[0])) for y, chars in rows.items()]
        pages.append(sorted(lines, key=lambda line: -line.y))
    return pages


def _chars(container):
    for item in container:
        if isinstance(item, LTChar):
            yield item
        elif hasattr(item, "__iter__"):
            yield from _chars(item)


def expected_visual(logical: str, rtl: bool) -> str:
    """Visual order of one line by python-bidi's own reordering (the reference), marks removed."""
    from bidi import get_display

    return get_display(logical, base_dir="R" if rtl else "L").translate(BIDI_MARKS)


def comparable(text: str) -> str:
    """Drop spaces, bidi controls and bracket direction (mirroring is a drawing matter)."""
    return text.translate(BIDI_MARKS).replace(" ", "").translate(MIRROR)


def pdftotext(pdf: bytes, *args: str) -> str:
    done = subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8").translate(BIDI_MARKS)


def without_hashes(text: str) -> str:
    """The text with its long hexadecimal runs (an audit head, a file's SHA-256) taken out.

    A footer's hash changes with every run and holds any four digits now and then, so a check
    that a number is absent from a paper reads the paper without them."""
    return re.sub(r"[0-9a-fA-F]{16,}", "#", text)
