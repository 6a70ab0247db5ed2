"""Unicode bidi (UAX #9): embedding levels per character, line-end reset (L1), visual order (L2)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from bidi import get_display

# Explicit formatting characters: they shape levels but are never drawn (X9, and isolates).
EXPLICIT = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRO, PDF = "\u202d", "\u202c"

_RTL_CLASSES = frozenset(("R", "AL", "AN"))
_LINE_END_RESET = frozenset(("WS", "BN", "LRE", "RLE", "LRO", "RLO", "PDF",
                             "LRI", "RLI", "FSI", "PDI"))
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def isolate(text: str) -> str:
    """Wrap a user value so its own direction cannot reorder the text around it (FSI..PDI)."""
    return f"{FSI}{text}{PDI}" if text else text


def ltr_isolate(text: str) -> str:
    """Keep dates, numbers and codes left to right inside right-to-left text (LRI..PDI)."""
    return f"{LRI}{text}{PDI}" if text else text


# Digits joined by date, time, phone and thousands separators (Western, Arabic-Indic or Persian
# digits). Inside Arabic text the bidi rules turn "2016-05-10" into "10-05-2016" and a phone
# number "0750-123-4567" into "4567-123-0750", because a hyphen between Arabic-context numbers
# resolves to right to left. Groups typed with single spaces between them are taken together
# here and kept together only if they are a phone number (_dialled).
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_NUMBER_GROUP = re.compile(rf"\+?{_D}+(?:[-/.:, ]{_D}+)*")
_YEAR_MONTH = re.compile(rf"{_D}{{4}}-{_D}{{1,2}}")


def number_group(text: str) -> str:
    """One number read left to right as a unit: isolated from the text around it, forced left
    to right inside (LRI LRO ... PDF PDI), and never broken over two lines at a space inside it
    (layout.py reads LRO..PDF so): "+964 750 123 4567" printed "123 750 964+" in Arabic text,
    with "4567" on the next line."""
    return f"{LRI}{LRO}{text}{PDF}{PDI}" if text else text


def numbers_ltr(text: str) -> str:
    """Keep every number group typed in a value left to right, as the documents' own dates are
    (number_group). A group that follows Latin words on its line is left in them: it reads left
    to right with them already, and isolated it stood apart from them in a right-to-left page
    ('read 2026-12-02]' printed '[2026-12-02 ... read]'); a phone number there is only kept
    from breaking (LRO..PDF, no isolate: the order is the Latin text's own)."""
    def one(group: str, at: int) -> str:
        dialled = _dialled(group)
        if not dialled and not re.search("[-/.:,]", group):
            return group  # one bare number ("12", "+5"): the bidi rules keep it as it is
        if not _after_latin(text, at):
            return number_group(group)
        return f"{LRO}{group}{PDF}" if dialled and " " in group else group

    def groups(m: re.Match) -> str:
        found = m.group()
        if " " not in found or _dialled(found):
            return one(found, m.start())
        # numbers side by side that are no phone number ("12 3/8/2014"): each on its own
        out, at = [], m.start()
        for part in found.split(" "):
            out.append(one(part, at))
            at += len(part) + 1
        return " ".join(out)

    return _NUMBER_GROUP.sub(groups, text)


def _dialled(group: str) -> bool:
    """Whether a number group is a phone number: digits in groups with single spaces or dashes
    between them, an optional leading +, seven digits or more, and a + or a leading 0 or three
    groups at least ("+964 750 123 4567", "0750 123 4567", "1 500 000"); not two dates or
    months side by side ("2017-02 2017-04")."""
    if re.search("[/.:,]", group) or _YEAR_MONTH.search(group):
        return False
    digits = sum(ch.isdigit() for ch in group)
    pieces = re.split("[ -]", group.lstrip("+"))
    return digits >= 7 and (group[0] in "+0\u0660\u06f0" or len(pieces) >= 3)


def _after_latin(text: str, at: int) -> bool:
    """Whether the last letter before position at, on its line, is left to right (Latin)."""
    for ch in reversed(text[text.rfind("\n", 0, at) + 1:at]):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind == "L"
    return False


@lru_cache(maxsize=50000)
def paragraph_levels(text: str, rtl: bool) -> tuple[int, ...]:
    """Resolved embedding level of every character of one paragraph (no line breaks inside)."""
    classes = [unicodedata.bidirectional(ch) for ch in text]
    kinds = set(classes)
    explicit = any(ch in EXPLICIT for ch in text)
    # Fast paths, exact by the rules: with no character of the other direction and no explicit
    # formatting, every character resolves to the paragraph level.
    if not explicit and not rtl and not kinds & _RTL_CLASSES:
        return (0,) * len(text)
    if not explicit and rtl and not kinds & {"L", "EN", "AN"}:
        return (1,) * len(text)
    return _levels_from_python_bidi(text, rtl)


def _levels_from_python_bidi(text: str, rtl: bool) -> tuple[int, ...]:
    # python-bidi 0.6 wraps the Rust unicode-bidi crate; with debug=True it returns the resolved
    # BidiInfo, whose levels are listed per UTF-8 byte. Take each character's first byte.
    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    # Anchored on a real line break: the text itself is printed escaped, so whatever a user
    # typed can never look like the start of the levels list.
    start = info.index("\n    levels: [")
    end = info.index("\n    paragraphs:", start)
    byte_levels = [int(m) for m in _LEVEL.findall(info, start, end)]
    levels, pos = [], 0
    for ch in text:
        levels.append(byte_levels[pos])
        pos += len(ch.encode("utf-8"))
    if pos != len(byte_levels):
        raise RuntimeError("python-bidi returned levels of an unexpected shape")
    return tuple(levels)


def line_levels(text: str, levels: Sequence[int], rtl: bool) -> list[int]:
    """Levels of one line after rule L1: trailing whitespace and isolates go to the base level."""
    base = 1 if rtl else 0
    out = list(levels)
    i = len(text) - 1
    while i >= 0 and unicodedata.bidirectional(text[i]) in _LINE_END_RESET:
        out[i] = base
        i -= 1
    for j, ch in enumerate(text):
        if unicodedata.bidirectional(ch) == "S":  # tabs: reset it and the whitespace before it
            out[j] = base
            k = j - 1
            while k >= 0 and unicodedata.bidirectional(text[k]) in _LINE_END_RESET:
                out[k] = base
                k -= 1
    return out


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: indexes of items (characters or runs) in left-to-right display order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(lv for lv in levels if lv % 2) if any(lv % 2 for lv in levels) else None
    if lowest_odd is None:
        return order
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def own_direction_rtl(text: str, otherwise: bool) -> bool:
    """Whether a paragraph's own direction is right to left, as a word processor sets it: that
    of an LRI or RLI holding all the rest of it (a name in its script's direction: "Xezal
    الياس حيدر قيران" reads right to left), else of its first strong letter outside a shorter
    isolate (a date's); otherwise where it has no letter."""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in (LRI, RLI, FSI):
            end = _isolate_end(text, i)
            if ch != FSI and not text[end + 1:].strip(f"{PDI} "):
                return ch == RLI
            if ch != FSI:
                i = end + 1
                continue
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind != "L"
        i += 1
    return otherwise


def _isolate_end(text: str, at: int) -> int:
    """Where the isolate opened at text[at] closes (its PDI), or the text's last index."""
    depth = 0
    for i in range(at, len(text)):
        if text[i] in (LRI, RLI, FSI):
            depth += 1
        elif text[i] == PDI:
            depth -= 1
            if depth == 0:
                return i
    return len(text) - 1


def base_is_rtl_text(text: str) -> bool:
    """First strong character decides (P2/P3), for text shown outside any document direction."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False

