"""The pieces the import report and a row's warnings are said in (templates, words, quoted
values): the command line fills them in English, the desktop in its own language."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.domain.person import Status
from app.importing.fields import NOT_FIELDS, Field


class Said:
    """A piece of a report's line: an English template with %1, %2... and the values set into
    it. The command line fills it in English (english()); the desktop looks the template up
    in its translations (ui/import_report.py), so the report's wording is written once."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, *values: object) -> None:
        self.template, self.values = template, values

    def __repr__(self) -> str:
        return f"Said({self.template!r}, *{self.values!r})"


class Word(NamedTuple):
    """One of a set of words the report names by key (a batch's state, a decision, a field):
    the command line says the key or its English word (ENGLISH), the desktop its own."""
    kind: str
    key: str


class Quoted(NamedTuple):
    """A value the command line quotes as Python writes it ('كوجو'), a cell or a sheet."""
    value: str


class QuotedStatus(NamedTuple):
    """A status as a conflict quotes it, with what the list said after it ('rescued, 2016
    «محررة»'): the command line quotes it by its key as it always has, the desktop says the
    status in its own word (an Arabic report read 'in_negotiation')."""
    status: str
    rest: str = ""


class Letter(str):
    """A column's letter, with the header above it: said with the header beside it ("column E
    (Born)"), on the command line as on the desktop, so that no one counts columns to find
    which one a warning means. A column with no header is its letter alone ("column E")."""

    header: str

    def __new__(cls, letter: str, header: str = "") -> Letter:
        self = super().__new__(cls, letter)
        self.header = header
        return self

    def __repr__(self) -> str:
        return f"Letter({str(self)!r}, {self.header!r})"


class Sentence(str):
    """A sentence said in pieces (a Said, or a list of pieces): its English is the text, so it
    prints, compares, joins and goes into JSON as the command line says it; the pieces beside
    it let the desktop say it in its own language (ui/import_report.sentence_said)."""

    said: object

    def __new__(cls, said: object) -> Sentence:
        self = super().__new__(cls, english(said))
        self.said = said
        return self


def joined(values: list, sep: object = None) -> list:
    """values with sep between each two (by default a comma, said in the interface's language
    too: Arabic and Sorani write their own)."""
    sep = Said(", ") if sep is None else sep
    out: list = []
    for v in values:
        out += [sep, v] if out else [v]
    return out


def pieces_of(text: str) -> object:
    """What a sentence was said in: its pieces, or plain text (an English-only one) as it is."""
    return text.said if isinstance(text, Sentence) else text


class Line(NamedTuple):
    """A line of the report: its pieces said one after another, indented depth steps."""
    depth: int
    pieces: list


# The keys the report names with a Word, each kind's keys, and the English the command line
# says for them where it is not the key itself. Every one needs the desktop's word
# (tests/test_import_report_text.py checks ui/import_report.py has one).
FIELD_WORDS = {
    "origin_village": "village", "origin_district": "district",
    "origin_governorate": "governorate", "abduction_place": "place of abduction",
    "abduction_date": "abduction date", "birth": "birth", "sex": "sex", "status": "status",
    "rescue_date": "date rescued", "last_known_location": "last known location",
    "notes": "notes", "aliases": "other spellings", "case_no": "case number",
}
PART_WORDS = {"given": "given name", "father": "father's name",
               "grandfather": "grandfather's name", "family": "family / clan",
               "mother": "mother's name", "nickname": "nickname"}
SCRIPT_WORDS = {"original": "Arabic script", "latin": "Latin letters"}
# a sex by the vault's letter, said in words: a list's own letters mean other things (sex_said.py)
SEX_WORDS = {"F": "female", "M": "male", "U": "unknown"}
ENGLISH = {"field": FIELD_WORDS, "part": PART_WORDS, "script": SCRIPT_WORDS, "sex": SEX_WORDS}
WORDS = {
    "state": ("staged", "committed", "discarded"),
    "outcome": ("new", "certain", "probable", "rejected"),
    "decision": ("create", "update", "same_as_row", "skip", "undecided"),
    "result": ("created", "updated", "unchanged", "same_as_earlier_row", "skipped", "rejected",
               "withdrawn"),
    "status": tuple(s.value for s in Status),
    # ... said inside a sentence: the desktop's English writes it in lower case
    "status_said": tuple(s.value for s in Status),
    # what a list's column feeds, and what a header names that is no field (a column's reason)
    "import_field": tuple(f.value for f in Field),
    "not_a_field": tuple(NOT_FIELDS),
    # what a line under a list is, that is no person (app/importing/footer.py)
    "footer": ("a total", "a signature", "a stamp", "an official's title", "a 'prepared by'",
               "a date", "an office's name"),
    # why a sheet of a workbook was not read (app/importing/sheets.py), or what it is
    "sheet": ("hidden", "no header row", "no column headed as a name", "chartsheet",
              "dialogsheet", "macrosheet", "vba"),
    **{kind: tuple(words) for kind, words in ENGLISH.items()},
}


def english(value: object) -> str:
    """A piece, a line or a value as the command line says it."""
    if isinstance(value, Line):
        return "  " * value.depth + english(value.pieces)
    if isinstance(value, Said):
        def fill(m: re.Match) -> str:
            n = int(m[1])
            return english(value.values[n - 1]) if 1 <= n <= len(value.values) else m[0]
        return _PLACE.sub(fill, value.template)  # in one pass: a value may hold "%2"
    if isinstance(value, Word):
        return ENGLISH.get(value.kind, {}).get(value.key, value.key)
    if isinstance(value, Quoted):
        return repr(value.value)
    if isinstance(value, Letter) and value.header:  # as the desktop's English says it
        return f"{value} ({value.header})"
    if isinstance(value, QuotedStatus):
        return repr(value.status + value.rest)
    if isinstance(value, list):
        return "".join(map(english, value))
    return str(value)


_PLACE = re.compile(r"%(\d)")
