"""Line layout: break a paragraph in logical order, then order each line's runs by bidi rules."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from itertools import groupby

from app.reports.bidi_levels import (
    EXPLICIT,
    LRO,
    PDF,
    line_levels,
    own_direction_rtl,
    paragraph_levels,
    visual_order,
)
from app.reports.fonts import FontPair, LoadedFont, choose_fonts, is_space
from app.reports.shaper import ShapedRun, shape


@dataclass(frozen=True)
class Atom:
    """Characters of one level, one font and one kind (space or not), shaped as a unit.

    Arabic joining never crosses a space, so shaping space-free atoms separately gives the same
    glyphs as shaping the whole line, and lets lines be measured by adding atom widths.
    """

    text: str
    level: int
    font: LoadedFont
    space: bool
    run: ShapedRun

    def width(self, size: float) -> float:
        return self.run.width * size * self.font.scale / 1000


@dataclass(frozen=True)
class PlacedRun:
    run: ShapedRun
    x: float  # left edge, in points from the line's left edge


@dataclass(frozen=True)
class Line:
    runs: tuple[PlacedRun, ...]  # left to right
    width: float
    own_rtl: bool = False  # its paragraph's own direction (first strong letter), for alignment


def layout(text: str, pair: FontPair, size: float, width: float, rtl: bool) -> list[Line]:
    """Lines of text (hard line breaks kept) fitted to width, each already in visual order."""
    lines: list[Line] = []
    for paragraph in text.splitlines() or [""]:
        atoms = _atoms(_drawable(paragraph), pair, rtl)
        own = own_direction_rtl(paragraph, rtl)
        for logical_line in _break(atoms, size, width):
            lines.append(_place(logical_line, size, rtl, own))
    return lines


def widest_word(text: str, pair: FontPair, size: float, rtl: bool) -> float:
    """The ink width of text's widest word: a line any narrower cuts it between letters."""
    return max((sum(a.width(size) for a in word if not a.space)
                for paragraph in text.splitlines()
                for word in _words(_atoms(_drawable(paragraph), pair, rtl))), default=0.0)


def _drawable(paragraph: str) -> str:
    """Tabs become spaces; control characters and lone surrogates (which no font draws and no
    PDF string can hold) are dropped."""
    paragraph = paragraph.replace("\t", " ")
    return "".join(ch for ch in paragraph if unicodedata.category(ch) not in ("Cc", "Cs"))


def _atoms(paragraph: str, pair: FontPair, rtl: bool) -> list[Atom]:
    levels = paragraph_levels(paragraph, rtl)
    fonts = choose_fonts(paragraph, pair, rtl)
    atoms: list[Atom] = []
    cur: list[str] = []
    key = None
    # a number group (bidi_levels.number_group: LRO..PDF, which user text never holds) is one
    # word: a space inside it is no place to break a line ("+964 750 123 4567")
    grouped = 0
    for ch, level, font in zip(paragraph, levels, fonts, strict=True):
        if ch in EXPLICIT:
            if ch == LRO:
                grouped += 1
            elif ch == PDF and grouped:
                grouped -= 1
            continue  # they decided the levels; they are never drawn
        this = (level, font, is_space(ch) and not grouped)
        if this != key and cur:
            atoms.append(_make_atom("".join(cur), *key))
            cur = []
        key = this
        cur.append(ch)
    if cur:
        atoms.append(_make_atom("".join(cur), *key))
    return atoms


def _make_atom(text: str, level: int, font: LoadedFont, space: bool) -> Atom:
    return Atom(text, level, font, space, shape(text, font, bool(level % 2)))


def _words(atoms: list[Atom]) -> list[list[Atom]]:
    """Groups that may not be broken: non-space atoms followed by their trailing spaces."""
    words: list[list[Atom]] = []
    cur: list[Atom] = []
    for atom in atoms:
        if cur and not atom.space and cur[-1].space:
            words.append(cur)
            cur = []
        cur.append(atom)
    if cur:
        words.append(cur)
    return words


def _break(atoms: list[Atom], size: float, width: float) -> list[list[Atom]]:
    """Greedy line filling in logical order; a word wider than a line is cut between letters."""
    lines: list[list[Atom]] = []
    cur: list[Atom] = []
    cur_width = 0.0  # including trailing spaces
    for word in _fitting_words(atoms, size, width):
        ink = sum(a.width(size) for a in word if not a.space)
        full = sum(a.width(size) for a in word)
        if cur and cur_width + ink > width:
            lines.append(cur)
            cur, cur_width = [], 0.0
        if not cur and ink > width:
            pieces = _cut(word, size, width)
            lines.extend(pieces[:-1])
            word = pieces[-1]
            full = sum(a.width(size) for a in word)
        cur.extend(word)
        cur_width += full
    lines.append(cur)
    return lines


def _fitting_words(atoms: list[Atom], size: float, width: float) -> list[list[Atom]]:
    """The words, a number group wider than the line (a date's range, a phone number: one word,
    _atoms) broken at its own spaces, as before it was one word: cut between letters, the range
    printed "(2017-02 – 2" over "017-04)"."""
    words: list[list[Atom]] = []
    for word in _words(atoms):
        ink = sum(a.width(size) for a in word if not a.space)
        grouped = any(is_space(ch) for a in word if not a.space for ch in a.text)
        words.extend(_words(_loosened(word)) if grouped and ink > width else [word])
    return words


def _loosened(word: list[Atom]) -> list[Atom]:
    """A word's atoms, the spaces inside its number group made spaces again."""
    out: list[Atom] = []
    for atom in word:
        if atom.space:
            out.append(atom)
            continue
        for space, part in groupby(atom.text, is_space):
            out.append(_make_atom("".join(part), atom.level, atom.font, space))
    return out


def _cut(word: list[Atom], size: float, width: float) -> list[list[Atom]]:
    """Split an over-long word into lines of at most width (at least one character each)."""
    lines: list[list[Atom]] = []
    cur: list[Atom] = []
    used = 0.0
    for atom in word:
        rest = atom.text
        while rest:
            room = width - used
            n = _fitting_prefix(rest, atom, size, room)
            if n == 0 and cur:
                lines.append(cur)
                cur, used = [], 0.0
                continue
            n = max(n, 1)
            part = _make_atom(rest[:n], atom.level, atom.font, atom.space)
            cur.append(part)
            used += part.width(size)
            rest = rest[n:]
    lines.append(cur)
    return lines


def _fitting_prefix(text: str, atom: Atom, size: float, room: float) -> int:
    lo, hi = 0, len(text)
    while lo < hi:  # widest prefix that fits; shaping is cached so probing is cheap
        mid = (lo + hi + 1) // 2
        run = shape(text[:mid], atom.font, bool(atom.level % 2))
        if run.width * size * atom.font.scale / 1000 <= room:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _place(atoms: list[Atom], size: float, rtl: bool, own_rtl: bool) -> Line:
    while atoms and atoms[-1].space:
        atoms = atoms[:-1]  # trailing spaces are invisible; L1 would put them at the line's end
    levels = line_levels([a.text[0] for a in atoms], [a.level for a in atoms], rtl)
    x = 0.0
    placed = []
    for i in visual_order(levels):
        placed.append(PlacedRun(atoms[i].run, x))
        x += atoms[i].width(size)
    return Line(tuple(placed), x, own_rtl)
