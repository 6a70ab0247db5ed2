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
    def one(group: str, latin: bool) -> str:
        dialled = _dialled(group)
        if not dialled and not re.search("[-/.:,]", group):
            return group  # one bare number ("12", "+5"): the bidi rules keep it as it is
        if not latin:
            return number_group(group)
        return f"{LRO}{group}{PDF}" if dialled and " " in group else group

    # The last letter before each group read once, in one pass over text: asked afresh for
    # each group, a line of many numbers was read back to its start once per number.
    last = {"at": 0, "latin": False}

    def groups(m: re.Match) -> str:
        last["latin"] = _after_latin(text[last["at"]:m.start()], last["latin"])
        last["at"] = m.end()
        # numbers side by side ("0750 123 4567 0770 987 6543", "2014 2015 2016"): each phone
        # number among them kept together, every other number on its own, as ever; a group
        # holds no letter, so what stands before each of them is what stands before it
        return " ".join(one(run, last["latin"]) for run in _phone_runs(m.group().split(" ")))

    return _NUMBER_GROUP.sub(groups, text)


_PHONE = re.compile(rf"(?:\+{_D}+|[0\u0660\u06f0]{_D}*)(?:[ -]{_D}{{2,4}})+")


_MOST_DIGITS = 15  # E.164


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _dialled(group: str) -> bool:
    """Whether a number group is a phone number: a leading + or 0, then groups of 2 to 4 digits
    after single spaces or dashes, 7 to 15 digits in all (E.164: "+964 750 123 4567",
    "0750 123 4567"); not years, ages or case numbers side by side ("2014 2015 2016",
    "14 12 10 8", "145 146 147"), nor a date ("2017-02")."""
    return (7 <= _digits(group) <= _MOST_DIGITS and _PHONE.fullmatch(group) is not None
            and not _YEAR_MONTH.search(group))


def _phone_runs(parts: list[str]) -> list[str]:
    """parts (numbers typed with a space between them) joined into phone numbers where they make
    them, the most digits in phone numbers ("0750 123 4567 0770 987 6543" two of them, not
    "0750 123 4567 0770" and two numbers), every other part alone."""
    # best[i]: (digits in phone numbers, fewer numbers) of parts[i:], and where its first run ends
    best: list[tuple[tuple[int, int], int]] = [((0, 0), len(parts))] * (len(parts) + 1)
    for i in range(len(parts) - 1, -1, -1):
        options = [(best[i + 1][0], i + 1)]
        digits = _digits(parts[i])
        # a run of more than 15 digits is no phone number, nor any longer one: each part holds
        # a digit, so at most 15 parts are tried from each (all runs were: a list of 100
        # numbers took a second, on every repaint of the list showing it)
        for j in range(i + 2, len(parts) + 1):
            digits += _digits(parts[j - 1])
            if digits > _MOST_DIGITS:
                break
            run = " ".join(parts[i:j])
            if _dialled(run):
                (dialled, fewer), _ = best[j]
                options.append(((dialled + digits, fewer - 1), j))
        best[i] = max(options)
    runs, i = [], 0
    while i < len(parts):
        j = best[i][1]
        runs.append(" ".join(parts[i:j]))
        i = j
    return runs


def _after_latin(gap: str, latin: bool) -> bool:
    """Whether the last letter on its line is left to right (Latin) after gap, text that
    follows a place where that was latin."""
    for ch in reversed(gap[gap.rfind("\n") + 1:]):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind == "L"
    return latin and "\n" not in gap


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

