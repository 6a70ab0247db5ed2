"""Lines below a list that are plainly no person: a total, a signature, a stamp, an office."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.domain.fuzzydate import DIGITS
from app.importing.fields import fold_header
from app.importing.name_cells import is_count
from app.importing.not_known import spreadsheet_error
from app.importing.notes import FOOTER_LINE, FOOTER_NUMBER, Note
from app.importing.pieces import Quoted, Word
from app.importing.table import Table

# What offices write under a list, in English, Arabic, Sorani and Kurmanji. Only whole words
# count, at the start of a cell (see _LEADING), in a row that holds nothing else but numbers.
# Kurmanji words are found with or without their hats (Tevahî, Tevahi: see _plain), and in
# the form they take before the word they join (Rêveberê kampê, Serokê komîteyê).
FOOTER_WORDS: dict[str, tuple[str, ...]] = {
    "a total": ("total", "grand total", "sum", "count", "المجموع", "مجموع", "المجموع الكلي",
                "العدد", "عدد", "العدد الكلي", "الاجمالي", "اجمالي", "کۆی گشتی", "سەرجەم",
                "کۆ", "کۆی", "کۆی گشت", "گشتی", "ژمارە", "ژمارەی", "giştî", "bi giştî",
                "hejmara giştî", "hejmar", "hejmara", "kom", "koma", "tevahî", "bi tevahî",
                "hemû"),
    "a signature": ("signature", "signed", "sign", "توقيع", "التوقيع", "اسم وتوقيع",
                    "الاسم والتوقيع", "name and signature", "واژۆ", "واژوو", "واژو", "ئیمزا",
                    "ئیمزە", "îmze", "îmza", "imza", "اسم المسؤول", "name of the official",
                    # before the word they join: "signature of" (واژۆی بەرپرس, Îmzeya muxtar)
                    "واژۆی", "واژووی", "ئیمزای", "îmzeya", "îmzaya", "îmzeyê"),
    "a stamp": ("stamp", "seal", "ختم", "الختم", "مۆر", "مۆری", "mohr", "mor", "morê"),
    "an official's title": ("director", "manager", "officer", "official", "head", "chairman",
                            "coordinator", "supervisor", "مدير", "المدير", "المسؤول", "مسؤول",
                            # the village's headman, who signs a family's list; مختار alone
                            # is also a man's given name
                            "المختار", "مختار القرية", "مختار المجمع", "مختار قرية",
                            "مختار مجمع",
                            "رئيس", "منسق", "المنسق", "مشرف", "المشرف", "هەماهەنگکار",
                            "بەڕێوەبەر", "بەڕێوەبەری", "بەرپرس", "بەرپرسی", "بەرپرسیار",
                            "سەرۆک", "سەرۆکی", "rêveber", "rêveberê", "rêveberî", "rêvebir",
                            "rêvebirê", "berpirsiyar", "berpirsiyarê", "berpirsyar",
                            "berpirsyarê", "berpirs", "berpirsê", "serok", "serokê"),
    "a 'prepared by'": ("prepared by", "approved by", "checked by", "reviewed by",
                        "compiled by", "organised by", "organized by", "auditor", "المنظم",
                        "منظم", "المدقق", "مدقق", "اعداد",
                        "تدقيق", "مصادقة", "المصادقة", "ئامادەکردن", "amadekirin"),
    "a date": ("date", "التاريخ", "بەروار", "dîrok"),
    "an office's name": ("department", "office", "directorate", "committee", "organisation",
                         "organization", "administration", "project", "camp", "affairs",
                         "الدائرة", "دائرة", "المكتب", "القسم", "المديرية", "مديرية", "اللجنة",
                         "لجنة", "ناحية", "الناحية", "المنظمة", "منظمة", "ادارة", "الادارة",
                         "المخيم", "مخيم", "المشروع", "مشروع", "شؤون", "فەرمانگە", "لیژنە",
                         "لیژنەی", "ڕێکخراو", "ڕێکخراوی", "کەمپ", "کەمپی", "nivîsgeh",
                         "nivîsgehê", "komîte", "komîteyê", "komîteya", "rêxistin", "rêxistinê",
                         "kamp", "kampê", "kampa", "kemp", "kempê"),
}
# Words that join those ("Head of the Committee", "الختم الرسمي", Mor û îmze), never a
# line's first word.
_FILLER = ("of", "the", "and", "official", "الرسمي", "الرسمية", "و", "û", "fermî")
# After a title, signature or stamp and an office ("مدير ناحية سنوني", "Head of Office Duhok",
# "مدير شؤون المختطفين", "ختم ادارة المخيم") the office's own name may follow: any words.
_OFFICE_TITLE = ("an official's title", "a signature", "a stamp")
# Kurmanji typed without its letters' hats (Tevahi, Imze, Reveber): the same words.
_HATLESS = str.maketrans("êîûşç", "eiusc")


def _plain(text: str) -> str:
    """fold_header's form of a text, Kurmanji hats taken off."""
    return fold_header(text).translate(_HATLESS)


_KIND = {_plain(w): kind for kind, words in FOOTER_WORDS.items() for w in words}
_ALTERNATIVES = "|".join(re.escape(w) for w in sorted(_KIND, key=len, reverse=True))
# A footer cell is footer words from its first word on, numbers among them, nothing else: a
# name with such a word inside it (ليلى رئيس خلف, Layla Count) is a person. What follows a
# colon is free ("اعداد: احمد", "Date: 3/8/2015").
_FILLERS = "|".join(re.escape(_plain(w)) for w in _FILLER)
_LEADING = re.compile(f"^({_ALTERNATIVES})(?: (?:{_ALTERNATIVES}|{_FILLERS}|[0-9]+))*$")
_OFFICES = "|".join(re.escape(_plain(w)) for w in FOOTER_WORDS["an office's name"])
_TITLED = re.compile(f"^({_ALTERNATIVES})(?: (?:{_FILLERS}))* (?:{_OFFICES})( |$)")
# A signature's or a "prepared by"'s word first says whose it is after it, in any words
# ("توقيع مختار القرية", "Signature of the village head"): no name begins with those words.
# So does a village's headman named by his village («مختار قرية كوجو»; مختار alone is a name).
_HEADMAN = frozenset(_plain(w) for w in ("مختار القرية", "مختار المجمع", "مختار قرية",
                                         "مختار مجمع"))
_SIGNING = "|".join(re.escape(w) for w, kind in sorted(_KIND.items(), key=lambda p: -len(p[0]))
                    if kind in ("a signature", "a 'prepared by'") or w in _HEADMAN)
_SIGNED = re.compile(f"^({_SIGNING}) ")
# Whose it is said first, in English: "Mukhtar's signature", "the committee's stamp".
_POSSESSED = re.compile(r"^[^:]{1,40}['’]s\s+(signature|stamp|seal)\s*$", re.IGNORECASE)
# A row with more distinct values than this is a person's row, wherever it stands.
MAX_VALUES = 2
# A footer is a few lines; a list of names alone would otherwise be searched to its top.
MAX_LINES = 30


@dataclass
class Footer:
    """Rows below the list: those that are no person, and those under such a line."""

    # row number -> why it is no person (a notes.Note)
    lines: dict[int, str] = field(default_factory=dict)
    # row number -> the footer line above it: imported, with a warning to check it
    below: dict[int, int] = field(default_factory=dict)
    # row number -> (row, text) of the line above it that makes it a signer's name, perhaps:
    # it waits for a decision, also with --yes (signed_below.py)
    held: dict[int, tuple[int, str]] = field(default_factory=dict)


def _kind(text: str) -> str | None:
    head, colon, _rest = text.replace("：", ":").partition(":")
    folded = _plain(head if colon else text)
    hit = _LEADING.match(folded)
    if hit is None and (hit := _TITLED.match(folded)) and _KIND[hit.group(1)] not in _OFFICE_TITLE:
        hit = None
    if hit is None and not is_number(text) and is_count(text):
        # «Kom: 4», «عدد المخطوفات 4»: words FOOTER_WORDS does not hold, and a count after them
        return "a total"
    if hit is None:
        hit = _SIGNED.match(folded)
    if hit is None and (owned := _POSSESSED.match(text.strip())):
        return _KIND[owned.group(1).lower()]
    return _KIND[hit.group(1)] if hit else None


# A total's first word, whatever words follow it ("Total number of abductees", «عدد
# المختطفات»): a total when the row holds a count beside it and nothing else.
_TOTAL_FIRST = frozenset(_plain(w).split()[0] for w in FOOTER_WORDS["a total"])
# A count written with what it counts: "9 persons", «9 مختطفات».
_COUNTED = re.compile(r"^\d+\s*[^\W\d_]+(?:\s+[^\W\d_]+)?$")


def _a_count(text: str) -> bool:
    """A number alone, or a number and the word for what it counts."""
    return is_number(text) or _COUNTED.match(" ".join(text.translate(DIGITS).split())) is not None


def _kinds(values: list[str]) -> list[str | None]:
    """_kind of each value that is no count; a value beginning with a total's word is a total
    when a count stands beside it."""
    counted = any(_a_count(v) for v in values)
    out = []
    for v in values:
        if _a_count(v):
            continue
        kind = _kind(v)
        if kind is None and counted and (words := _plain(v).split()) \
                and words[0] in _TOTAL_FIRST:
            kind = "a total"
        out.append(kind)
    return out


def _numbered_on(row, above) -> bool:
    """Whether a row's number in some column follows the row above's (2 after 1)."""
    for a, b in zip(row.texts(), above.texts(), strict=False):
        if a.isdigit() and b.isdigit() and int(a) == int(b) + 1:
            return True
    return False


_NUMBER_MARKS = str.maketrans("", "", "./-:, ")


def is_number(text: str) -> bool:
    """A cell of a number alone (12, 3/8, 1.250)."""
    return text.translate(_NUMBER_MARKS).isdigit()


def find_footer(table: Table) -> Footer:
    """The footer of a list: among the last MAX_LINES rows after its last full row (more than
    MAX_VALUES values), each whose values are all footer words or numbers, one word at least.

    Conservative on purpose: a row there with anything else (a name alone, a name and a note)
    stays a person; when it stands below a footer line, it is imported with a warning.
    """
    out = Footer()
    tail = []
    last = table.rows[-MAX_LINES - 1:]
    for i in range(len(last) - 1, 0, -1):
        row = last[i]
        # a merged line counts once; a formula dragged below the list ('#VALUE!') is no value
        values = list(dict.fromkeys(t for t in row.texts() if t and not spreadsheet_error(t)))
        if _numbered_on(row, last[i - 1]) and "a total" not in _kinds(values):
            break  # it carries on the list's own numbering: a person (a name such as رئيس)
        # Signatures side by side ("توقيع المسؤول | المنظم | الختم") fill more cells than a
        # person's short row, and are still a footer.
        if len(values) > MAX_VALUES and not all(_kinds(values)):
            break
        tail.append((row.number, values))
    first = signed = total = None
    totals = [n for n, values in tail if (kinds := _kinds(values)) and all(kinds)
              and kinds[0] == "a total"]
    for number, values in reversed(tail):
        kinds = _kinds(values)
        if kinds and all(kinds):
            out.lines[number] = Note(FOOTER_LINE, Quoted(" | ".join(values)),
                                     Word("footer", kinds[0]))
            first = number if first is None else first
            if kinds[0] != "a total":
                signed = (number, " | ".join(values))
            elif signed is None:
                total = (number, " | ".join(values))
        elif first is not None and not kinds:
            # The count written on its own line under "المجموع" is no person either.
            out.lines[number] = Note(FOOTER_NUMBER, Quoted(" | ".join(values)), first)
        elif signed is not None:
            # under a signature, a stamp, a title: the signer's name as often as a woman's
            out.held[number] = signed
        elif first is not None and len(values) == 1 and _fuller(table, first) \
                and not any(n > number for n in totals):
            # A name alone under the total of a list whose rows say more: its signer's, or
            # the headman's, perhaps; a second part of the list closes with its own total.
            out.held[number] = total
        elif first is not None:
            out.below[number] = first
    return out


def _fuller(table: Table, footer: int) -> bool:
    """Whether the list's last row before the footer line holds more than one value."""
    last = next((r for r in reversed(table.rows) if r.number < footer), None)
    return last is not None and len({t for t in last.texts() if t}) > 1
