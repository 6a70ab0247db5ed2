"""Harfbuzz shaping of one directional run in one font, cached, in units of 1/1000 font size."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from app.reports.fonts import LoadedFont

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Glyph:
    key: int  # GlyphFont key: the glyph id plus the text it stands for
    advance: float  # per 1000 units of font size
    dx: float
    dy: float


@dataclass(frozen=True, eq=False)
class ShapedRun:
    """Glyphs of a run in visual (left to right) order, as harfbuzz placed them."""

    font: LoadedFont
    glyphs: tuple[Glyph, ...]
    width: float  # per 1000 units of font size


def shape(text: str, font: LoadedFont, rtl: bool) -> ShapedRun:
    return _shape(text, font, rtl)


@lru_cache(maxsize=100000)
def _shape(text: str, font: LoadedFont, rtl: bool) -> ShapedRun:
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    # The run's direction comes from the bidi levels, not from guessing: digits at an odd level
    # are still laid out left to right by harfbuzz only when their run says so.
    buf.direction = "rtl" if rtl else "ltr"
    # Grapheme clusters keep vowel marks with their letter, so one glyph carries the letter and
    # its marks for copy and paste, and the mark glyphs carry no text of their own.
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
    hb.shape(font.hb_font, buf, _FEATURES)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    texts = _cluster_texts(text, [info.cluster for info in infos])
    if rtl:
        # Text extractors (poppler, pdf.js) read an RTL line as the reverse of what is drawn, one
        # character at a time; a glyph standing for several characters (a letter with its vowel
        # marks, lam-alef) must therefore carry them in visual order to come back as typed.
        texts = [t[::-1] for t in texts]
    scale = 1000 / font.upem
    glyphs = []
    width = 0.0
    for info, pos, piece in zip(infos, positions, texts, strict=True):
        advance = pos.x_advance * scale
        width += advance
        if piece and all(_invisible(ch) for ch in piece) and not advance:
            continue  # joiners and other default-ignorables: nothing to draw
        nominal = font.hb_font.get_glyph_h_advance(info.codepoint) * scale
        key = font.pdf.glyph_key(info.codepoint, piece, nominal)
        glyphs.append(Glyph(key, advance, pos.x_offset * scale, pos.y_offset * scale))
    return ShapedRun(font, tuple(glyphs), width)


def _cluster_texts(text: str, clusters: list[int]) -> list[str]:
    """The source text of every glyph; when several glyphs share a cluster, the first glyph in
    logical order carries the text and the others carry none (so text extraction never doubles)."""
    starts = sorted(set(clusters))
    end_of = {start: (starts[i + 1] if i + 1 < len(starts) else len(text))
              for i, start in enumerate(starts)}
    seen: set[int] = set()
    order = range(len(clusters))
    # Logical order is visual order for LTR runs and reversed visual order for RTL runs.
    if len(clusters) > 1 and clusters[0] > clusters[-1]:
        order = range(len(clusters) - 1, -1, -1)
    texts = [""] * len(clusters)
    for i in order:
        c = clusters[i]
        if c not in seen:
            seen.add(c)
            texts[i] = text[c:end_of[c]]
    return texts


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"
