"""BidiText: the one Flowable that draws text in every document, in paragraphs and table cells."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from app.reports.fonts import fonts
from app.reports.layout import Line, layout, widest_word


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    leading_ratio: float = 1.6  # Naskh needs room for marks above and below the line
    bold: bool = False
    rtl: bool = False
    # start, end or center; start is right for right-to-left text; own: the start of each
    # paragraph's own direction (its first strong letter), for free text a user typed
    align: str = "start"
    color: object = colors.black
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def leading(self) -> float:
        return self.size * self.leading_ratio

    def but(self, **changes) -> TextStyle:
        return replace(self, **changes)


class BidiText(Flowable):
    """Plain text (never markup) laid out in logical order and drawn run by run.

    The text is taken literally: angle brackets, ampersands and the like are characters to draw,
    so a name such as <img src="..."> can never pull a file into the PDF.
    """

    def __init__(self, text: str, style: TextStyle, _lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = "" if text is None else str(text)
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines = _lines
        self._fixed = _lines is not None  # a part of a split paragraph keeps its lines
        self._laid_width: float | None = None

    def __repr__(self) -> str:  # reportlab puts repr() into error messages; keep case data out
        return f"BidiText(<{len(self.text)} chars>)"

    def identity(self, maxLen=None) -> str:
        return repr(self)

    @property
    def is_piece(self) -> bool:
        """Whether this is a part of a text split across pages, not the whole of it."""
        return self._fixed

    def narrowest(self) -> float:
        """The narrowest width that lays the text out without cutting a word between letters."""
        return widest_word(self.text, fonts(self.style.bold), self.style.size, self.style.rtl)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._fixed and self._laid_width != availWidth:
            pair = fonts(self.style.bold)
            self._lines = layout(self.text, pair, self.style.size, availWidth, self.style.rtl)
            self._laid_width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # reportlab splits a table cell with the cell's width, padding included, right after
        # measuring it without; keep the narrower lines it was measured with, or the pieces
        # would be wider than the cell and their heights would not match the row's.
        if self._laid_width is None or self._laid_width > availWidth:
            self.wrap(availWidth, availHeight)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return []
        head = BidiText(self.text, self.style.but(space_after=0), self._lines[:fit])
        tail = BidiText(self.text, self.style.but(space_before=0), self._lines[fit:])
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(self.style.color)
        canv.addLiteral(self.pdf_ops(canv._doc))

    def pdf_ops(self, doc) -> str:
        """PDF content operators drawing every line; glyph runs are placed left to right."""
        style = self.style
        size = style.size
        pair = fonts(style.bold)
        ascent = max(pair.arabic.ascent, pair.latin.ascent) * size / 1000
        descent = min(pair.arabic.descent, pair.latin.descent) * size / 1000
        first_baseline = self.height - ((style.leading - (ascent - descent)) / 2 + ascent)
        ops = ["BT"]
        for i, line in enumerate(self._lines):
            y = first_baseline - i * style.leading
            x0 = self._line_start(line)
            for placed in line.runs:
                _run_ops(ops, doc, placed.run, x0 + placed.x, y, size)
        ops.append("ET")
        return "\n".join(ops)

    def _line_start(self, line: Line) -> float:
        free = self.width - line.width
        align = self.style.align
        if align == "center":
            return free / 2
        if align == "own":
            return free if line.own_rtl else 0.0
        at_right = (align == "start") == self.style.rtl
        return free if at_right else 0.0


def _run_ops(ops: list[str], doc, run, x: float, y: float, size: float) -> None:
    """Show a run's glyphs with TJ, correcting each glyph to the position harfbuzz gave it."""
    if not run.glyphs:
        return
    font = run.font.pdf
    size *= run.font.scale
    keys = [g.key for g in run.glyphs]
    chunks = font.encode_keys(doc, keys)
    scale = size / 1000
    pen = 0.0  # where harfbuzz puts the next glyph origin, in 1/1000 of the font size
    at = 0.0  # where the PDF text position stands after the last glyph shown
    rise = 0.0
    gi = 0
    ops.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm")
    for subset, codes in chunks:
        ops.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
        parts: list[str] = []
        for code in codes:
            glyph = run.glyphs[gi]
            gi += 1
            if glyph.dy != rise:
                _flush(ops, parts)
                rise = glyph.dy
                ops.append(f"{_num(rise * scale)} Ts")
            shift = pen + glyph.dx - at
            if abs(shift) > 1e-3:
                parts.append(_num(-shift))
            parts.append(f"<{code:02X}>")
            at = pen + glyph.dx + font.face.getCharWidth(keys[gi - 1])
            pen += glyph.advance
        _flush(ops, parts)
    if rise:
        ops.append("0 Ts")


def _num(v: float) -> str:
    # reportlab's fp_str falls back to slow pure Python without its optional C accelerator;
    # two decimals of a point (or of 1/1000 em) are far below what a printer resolves.
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def _flush(ops: list[str], parts: list[str]) -> None:
    if parts:
        ops.append(f"[{' '.join(parts)}] TJ")
        parts.clear()
