"""Values set into translated sentences (dates, case numbers, names) kept whole by Unicode isolates."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.script import has_arabic
from app.reports.bidi_levels import numbers_ltr

LRI = "\u2066"  # left-to-right isolate: dates, numbers, case numbers, Latin words
FSI = "\u2068"  # first-strong isolate: a name or note, in whichever script it was written
RLI = "\u2067"  # right-to-left isolate: words led by Arabic script, whatever follows them
PDI = "\u2069"  # closes either
RLM, LRM = "\u200f", "\u200e"  # marks that set the direction of a line with no letter of its own

_PLACE = re.compile(r"%(\d)")


class Phrase(str):
    """Words in the interface's own language, values already isolated inside them ("SNJ-00004
    (merged into SNJ-00005)"): set into a sentence as they are. Isolated as a whole, a phrase
    that starts with a case number would be laid out left to right in an Arabic sentence."""


def isolated(value: object) -> str:
    """value as text that keeps its own order inside a sentence of the interface's language.

    Inside Arabic or Sorani text the digits of 2014-08-03 are read as Arabic numbers and the
    hyphens between them take the sentence's direction, so the date showed as 03-08-2014; a
    range 2014 – 2019 showed as 2019 – 2014. An isolate lays the value out on its own first.
    Where the interface is left to right, only a value with Arabic letters needs one.
    """
    text = str(value)
    if not text or isinstance(value, Phrase):
        return text
    if has_arabic(text):
        return FSI + text + PDI
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return LRI + text + PDI
    return text


def filled(template: str, *values: object) -> str:
    """A translated sentence with %1, %2... replaced by values, each isolated. In one pass, so
    a value that itself holds "%2" (a note, a file name) is not replaced in turn."""
    def value(m: re.Match) -> str:
        n = int(m[1])
        return isolated(values[n - 1]) if 1 <= n <= len(values) else m[0]
    return _PLACE.sub(value, template)


def file_path(path: object) -> Phrase:
    """A file's path, to set into a sentence: left to right whatever its letters. Isolated by its
    first letter, /ملفات/DEMO-00002.pdf would read as an Arabic phrase, its folders backwards."""
    return Phrase(LRI + str(path) + PDI)


def in_cell(text: str) -> str:
    """A table's cell or header in a right-to-left view: text with no Arabic letter isolated left
    to right. The view lays a cell out in its own direction, so a header "No." was drawn ".No"
    (a left-to-right mark in front does not hold the full stop at the end); Arabic text, and
    any text in a left-to-right view, as it is. Line by line: a line break ends an isolate.
    A line already set in a direction (in_interface_direction) is left as it is: a row of a
    list, each of its pairs isolated, reads in the interface's direction whatever its
    letters, as the rows beside it do."""
    if (text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            and not has_arabic(text) and text[0] not in (RLM, LRM)):
        return "\n".join(LRI + line + PDI if line else line for line in text.split("\n"))
    return text


def led_by(lead: str, text: str) -> str:
    """text, which begins with lead, isolated in the direction of lead's script: a list's
    "header: value" read as its header is written ("No: 2", "الاسم: هالة"), whatever the
    value's script and the interface's direction. Isolated by its first letter, a pair
    whose header is itself isolated would always be left to right."""
    return (RLI if has_arabic(lead) else LRI) + text + PDI


def own_way(value: object) -> Phrase:
    """A value set after an Arabic or a Latin header ("header: value", led_by), isolated in
    every interface language: Arabic text first-strong, anything else left to right, a
    phrase in the interface's words in the interface's direction. isolated() leaves Latin
    text and numbers bare where the interface is left to right, which inside a pair led by
    an Arabic header laid them right to left: in Kurmanji "تاريخ: 2014 – 2015" read
    "2015 – 2014", and "(read as female)" had its parentheses turned round."""
    text = str(value)
    if not text:
        return Phrase(text)
    if isinstance(value, Phrase):
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Phrase((RLI if rtl else LRI) + text + PDI)
    return Phrase((FSI if has_arabic(text) else LRI) + text + PDI)


@lru_cache(maxsize=4096)
def numbers_kept(text: str) -> str:
    """Free text a user typed (a report, a note, a rescue's facts) as the desktop shows it: each
    number in it kept in its own order by the papers' rule (app/reports numbers_ltr, isolates
    and overrides around it). In Arabic text "هاتفه 0780 111 2233" was drawn "2233 111 0780", a
    captor's number that reads as another. For showing only: what is stored, edited and
    copied is the text as typed (typed_part). Asked for on every paint of every list cell,
    once per text (cached)."""
    return numbers_ltr(text) if text else text


def typed_part(shown: str, typed: str, start: int, end: int) -> str:
    """The characters of typed shown at shown[start:end], where shown is numbers_kept(typed):
    what a selection of the shown text copies, without the marks set to show it (a number
    pasted into a phone or a message came with invisible characters in it)."""
    kept, j = [], 0
    for i, ch in enumerate(shown[:end]):
        if j < len(typed) and ch == typed[j]:  # the marks are only ever added between
            if i >= start:
                kept.append(ch)
            j += 1
    return "".join(kept)


def bare(text: str) -> str:
    """A cell's text without the marks and isolates in_cell and isolated() set around it: the
    case number a table shows, to open the person by."""
    return text.translate(_MARKS)


_MARKS = dict.fromkeys(map(ord, LRI + FSI + PDI + RLM + LRM + RLI))


def in_interface_direction(line: str) -> str:
    """A line of isolated values (a heading: case number, names, status) laid out in the
    interface's direction. Qt takes a line's direction from its first letter outside isolates;
    "SNJ-00004   خليل ..." was laid out left to right in Arabic, the case number first on the
    left."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return (RLM if rtl else LRM) + line
