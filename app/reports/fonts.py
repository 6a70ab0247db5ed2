"""The bundled fonts, loaded once per process, and the rule that picks a font for each character."""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from app.domain.script import is_arabic_char
from app.reports.glyphfont import GlyphFont
from app.resources import resource_path

_FILES = {
    ("arabic", False): "NotoNaskhArabic-Regular.ttf",
    ("arabic", True): "NotoNaskhArabic-Bold.ttf",
    ("latin", False): "DejaVuSans.ttf",
    ("latin", True): "DejaVuSans-Bold.ttf",
}


@dataclass(frozen=True, eq=False)
class LoadedFont:
    """One font file: the PDF side (GlyphFont) and the shaping side (harfbuzz) of the same bytes."""

    name: str
    pdf: GlyphFont
    hb_font: hb.Font
    upem: int
    ascent: float  # per 1000 units of the style's size (scale included)
    descent: float  # negative, per 1000 units
    scale: float  # drawn at style size * scale

    def has_char(self, ch: str) -> bool:
        return _has_glyph(self.hb_font, ord(ch))


@lru_cache(maxsize=65536)
def _has_glyph(hb_font: hb.Font, cp: int) -> bool:
    return bool(hb_font.get_nominal_glyph(cp))


@dataclass(frozen=True)
class FontPair:
    """The Arabic-script font and the Latin font of one weight."""

    arabic: LoadedFont
    latin: LoadedFont


# Naskh letters look about a sixth smaller than DejaVu's at the same point size; drawing Arabic
# script slightly larger keeps mixed lines even (checked on rendered pages).
_SCALE = {"arabic": 1.15, "latin": 1.0}

_lock = threading.Lock()
_loaded: dict[bool, FontPair] = {}


def fonts(bold: bool = False) -> FontPair:
    """The font pair for a weight; files are read and registered with reportlab only once."""
    pair = _loaded.get(bold)
    if pair is None:
        with _lock:
            pair = _loaded.get(bold)
            if pair is None:
                pair = FontPair(_load("arabic", bold), _load("latin", bold))
                _loaded[bold] = pair
    return pair


def _load(script: str, bold: bool) -> LoadedFont:
    filename = str(resource_path("fonts", _FILES[(script, bold)]))
    name = "CK-" + _FILES[(script, bold)].removesuffix(".ttf")
    pdf = GlyphFont(name, filename)
    pdfmetrics.registerFont(pdf)
    with open(filename, "rb") as fh:
        face = hb.Face(hb.Blob(fh.read()))
    hb_font = hb.Font(face)
    extents = hb_font.get_font_extents("ltr")
    k = 1000 / face.upem * _SCALE[script]
    return LoadedFont(name, pdf, hb_font, face.upem, extents.ascender * k,
                      extents.descender * k, _SCALE[script])


def is_space(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("WS", "S")


def choose_fonts(text: str, pair: FontPair, rtl_paragraph: bool) -> list[LoadedFont]:
    """A font for every character: Arabic script from the Arabic font, letters, digits and
    punctuation from the Latin font, spaces from the font of the text around them, and anything a
    font lacks from the other one (so nothing is drawn as an empty box if either font has it)."""
    context = pair.arabic if rtl_paragraph else pair.latin
    chosen: list[LoadedFont] = []
    for ch in text:
        if is_space(ch):
            font = context
        elif is_arabic_char(ch) or unicodedata.category(ch) == "Mn" and chosen and \
                chosen[-1] is pair.arabic:
            font = pair.arabic
            context = font
        else:
            font = pair.latin
            if unicodedata.category(ch).startswith("L"):
                context = font
        if not font.has_char(ch):
            other = pair.latin if font is pair.arabic else pair.arabic
            if other.has_char(ch):
                font = other
        chosen.append(font)
    return chosen
