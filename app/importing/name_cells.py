"""Name cells that are not one person's name chain: two sisters, an unnamed daughter, a baby, a
wife, a kunya, a count.

Cut into parts blindly, «نادية وشيرين الياس حسن» (two sisters in one cell) made one woman whose
father was «وشيرين», «مجهولة الاسم بنت الياس حسن» (name unknown, daughter of Elias Hasan) a woman
named «مجهولة» whose father was «الاسم», and «Kom: 4» under a Kurmanji list a person. What can be
read safely is read (an unknown given name, a kunya alone); what cannot is held: the row is not
imported, and says why, so that nobody is made of words that are no name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from app.domain.fuzzydate import DIGITS
from app.importing.names import family_leads
from app.text.normalize import (
    HUSBANDS_KIN,
    NAME_OR_KINSHIP,
    WIFE_OF_WORDS,
    fold_arabic,
    kinship_key,
    phrase_length,
    titles_length,
    word_breaks,
)

# What a cell reads as (Reading.kind).
UNKNOWN_GIVEN, TWO_PERSONS, RELATION, KUNYA = "unknown given", "two persons", "relation", "kunya"
WIFE = "wife of"
# Kiçê first before two names or more: her name, or "daughter of" with hers not given
NAME_OR_DAUGHTER = "name or daughter of"

# Words that say her given name is not known, folded (kinship_key), longest first: مجهولة الاسم,
# مجهول, unknown, Kurmanji nenas (e), Sorani نەناسراو.
_UNKNOWN = (("مجهوله", "الاسم"), ("مجهول", "الاسم"), ("unknown", "name"), ("name", "unknown"),
            ("nenas", "e"), ("مجهوله",), ("مجهول",), ("unknown",), ("nenas",), ("نناسراو",))
# "daughter of" after them, before her father's name (kinship_key forms).
_DAUGHTER_OF = (("daughter", "of"), ("بنت",), ("ابنه",), ("kecha",), ("keche",), ("qiza",),
                ("qize",), ("kicha",), ("kiche",), ("كجي",), ("bint",))
# Words that say whose child, baby or wife she is: never a name, wherever they stand. Her own
# name is not in such a cell, and what is cut out of it is no name of hers or her father's.
# The "wife of" words are normalize.WIFE_OF_WORDS.
_RELATION_WORDS = frozenset({
    "طفله", "طفل", "رضيعه", "رضيع", "زوجي", "كوربه", "مندال",
    "baby", "infant", "newborn", "zarok", "pitik", *(w[0] for w in WIFE_OF_WORDS)})
_RELATION_PAIRS = frozenset({("child", "of"), ("son", "of"), ("daughter", "of"),
                             *(w for w in WIFE_OF_WORDS if len(w) == 2)})
# ... and those that say it only as the cell's first word, with no name of hers before them
# ("ابنة الياس": Elias's daughter, unnamed); after a name they are "daughter of" (Viyan keça
# Xelîl), which names.py reads. Not kiçê: first, it is her name (normalize.NAME_OR_KINSHIP).
_RELATION_FIRST = frozenset({"ابنه", "بنت", "ابن", "bint", "bin", "kecha", "keche", "qiza",
                             "qize", "kicha", "kure", "kuri", "كجي", "كوري"})
# أم خالد, Umm Khalid, Oum Khalid; Sorani دایکی, Kurmanji dayka: "mother of Khalid", a kunya,
# not her given name and a father's name.
_MOTHER_OF = frozenset({"ام", "umm", "um", "oum", "دايكي", "dayka"})
# Words that say that what follows is a name she is known by, never one of her names: "aka",
# "alias", "also known as", «الملقبة», «المعروفة بـ», «المدعوة», «المكناة», Kurmanji "bi navê",
# Sorani «ناسراو بە» (kinship_key forms), longest first.
_KNOWN_AS = tuple(sorted((tuple(kinship_key(w) for w in phrase.split()) for phrase in (
    "also known as", "known as", "aka", "alias", "nicknamed", "الملقبة", "الملقب", "الملقبة بـ",
    "الملقب بـ", "المعروفة بـ", "المعروف بـ", "المعروفة باسم", "المعروف باسم", "المعروفة",
    "المعروف", "المدعوة", "المدعو", "المكناة", "المكنى", "الشهيرة بـ", "الشهير بـ", "bi navê",
    "bi nasnavê", "ناسراو بە", "بە نازناوی")), key=len, reverse=True))
_KNOWN_AS_FIRST_WORDS = frozenset(phrase[0] for phrase in _KNOWN_AS)
# Of those, the words Iraqi lists also write as a name (Alias: Ilyas), folded.
_NAME_LIKE_KNOWN_AS = frozenset(kinship_key(w) for w in ("alias", "aka"))
# After «المعروفة», «الملقبة»: بـ glued to the name that follows («المعروفة بأم سعيد»).
_BY = "ب"
# A separate word that joins two names: و, and, û (u typed without its hat), &.
_AND = frozenset({"و", "and", "&", "+", "û", "u"})
# Given names that begin with و, folded: never a و joined to another name.
_WAW_NAMES = frozenset(fold_arabic(w) for w in (
    "وفاء", "وعد", "ولاء", "وداد", "وردة", "ورد", "وسن", "وسام", "وليد", "وحيد", "وحيدة", "وجدان",
    "وصال", "وئام", "وهب", "وهاب", "وهيب", "وهيبة", "وديع", "وديعة", "وجيه", "وجيهة", "وفيق",
    "وفيقة", "وزير", "وزيرة", "وسيلة", "وضحة", "وضحى", "وطبان", "ولي", "وافي", "واثق", "وائل",
    "وسيم", "وسيمة", "ودود", "وجد", "ونس", "ونسة", "ويان", "وناس", "وارين", "ولات"))
# Given names common in the lists of Sinjar, folded: «وشيرين» after «نادية» is «و» and «شيرين»
# only when what follows the و is known as a given name (here or in the list itself); a word
# of و and some other name stays one name (a father's وليد, an unknown وارين).
_GIVEN_NAMES = frozenset(fold_arabic(w) for w in (
    "نادية", "شيرين", "ليلى", "سارة", "جيهان", "خالدة", "سميرة", "نسرين", "بيريفان", "فيان",
    "ڤيان", "جميلة", "ديلان", "روزا", "سوزان", "نوال", "دلال", "خاتون", "عمشة", "بسمة", "سلوى",
    "منى", "هدى", "نورا", "لمياء", "عالية", "هيفاء", "غزال", "زينة", "سهام", "ناديا", "شيلان",
    "نارين", "روكان", "كوليزار", "گوليزار", "بفرين", "سلطانة", "حياة", "خولة", "أسماء", "ليلا",
    "سعاد", "بهار", "نسيمة", "كوثر", "سناء", "هيام", "جوان", "آزاد", "خيري", "خليل", "الياس",
    "حسن", "علي", "خالد", "سعيد", "مراد", "حسين", "جلال", "سمير", "فرهاد", "دلشاد"))
# A count, not a name: words, maybe a colon, then a number (and a word such as "persons"):
# «Kom: 4», «عدد المخطوفات 4», "Total: 4 persons".
_COUNT = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ .'’-])*?\s*[:：]?\s*\d+(?:\s+[^\W\d_]+)?$")
_COLON_NUMBER = re.compile(r"[:：]\s*\d")


@dataclass(frozen=True)
class Reading:
    """A name cell that is no plain name chain: what it is, and its words that say so."""

    kind: str
    # UNKNOWN_GIVEN: her forebears' names after the words (may be ""); KUNYA: the kunya
    rest: str = ""
    said: tuple[str, ...] = ()  # the words of the cell that tell it (for the row's note)


def _digits(text: str) -> str:
    return text.translate(DIGITS)


def is_count(text: str) -> bool:
    """Words and a number, as a totals line writes them («Kom: 4», «عدد المخطوفات 4»); or a
    colon before a number anywhere in a name cell."""
    text = " ".join(_digits(text).split())
    return bool(_COUNT.match(text) or _COLON_NUMBER.search(text))


_A_DIGIT = re.compile(r"\d")  # any script's digits (Arabic-Indic, Persian too): str regexes


def has_digit(text: str) -> bool:
    """A name cell with a digit among its letters: no name holds one. (Asked of every name
    cell of a list: one regex search, not a translated copy of the cell.)"""
    return _A_DIGIT.search(text) is not None and any(ch.isalpha() for ch in text)


def _starts(keys: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for phrase in phrases:
        if tuple(keys[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def read_cell(text: str, known_given: frozenset[str] | set[str] = frozenset(),
              only_name: bool = True, after: int = 0) -> Reading | None:
    """What a full name's (or given name's) cell is when it is not one person's name chain;
    None for a name to split as names.py does. known_given: given names the list itself writes
    (folded), which tell a و glued to a second name. only_name: no other column of the row
    names anyone (father, grandfather, family, mother); else a "wife of" is held (_wife).
    after: how many names the row's father's, grandfather's and family cells give after it."""
    words = word_breaks(text).split()
    keys = [kinship_key(w) for w in words]
    if not words:
        return None
    if n := _starts(keys, 0, _UNKNOWN):
        k = _starts(keys, n, _DAUGHTER_OF)
        rest = words[n + k:]
        inner = read_cell(" ".join(rest), known_given, only_name, after) if rest else None
        return inner or Reading(UNKNOWN_GIVEN, " ".join(rest), tuple(words[:n + k]))
    if sides := two_names(" ".join(words)):  # "Nadia Murad, Layla Murad"
        return Reading(TWO_PERSONS, said=sides)
    for i, w in enumerate(words):
        if i and w.casefold() in _AND and i + 1 < len(words) and _lettered(words[i - 1]) \
                and _lettered(words[i + 1]):
            return Reading(TWO_PERSONS, said=(words[i - 1], words[i + 1]))
    if len(keys) > 1 and _glued_and(keys[1], known_given):
        return Reading(TWO_PERSONS, said=(words[0], words[1][1:]))
    if only_name and (wife := _wife(words, keys, known_given)):
        return wife
    for i, key in enumerate(keys):
        if key in _RELATION_WORDS:
            return Reading(RELATION, said=(words[i],))
        if tuple(keys[i:i + 2]) in _RELATION_PAIRS and (i == 0 or keys[i] != "daughter"
                                                         and keys[i] != "son"):
            return Reading(RELATION, said=tuple(words[i:i + 2]))
    if len(words) > 1 and keys[0] in _RELATION_FIRST:
        return Reading(RELATION, said=(words[0],))
    if len(words) > 1 and len(words) - 1 + after > 1 and keys[0] in NAME_OR_KINSHIP:
        # "kiçê Xelîl Şemo": Kiçê Xelîl Şemo, or the daughter of Xelîl Şemo, her name not
        # given; read as the first, the second was a woman made up, never asked about. So too
        # where the row's other columns carry on the names ("kiçê Xelîl" | "Şemo"). Kiçê alone
        # in its cell says no "daughter of": the list wrote it as her name.
        return Reading(NAME_OR_DAUGHTER, said=(words[0], words[1]))
    if len(words) > 1 and keys[0] in _MOTHER_OF:
        if len(words) == 2:
            return Reading(KUNYA, " ".join(words), tuple(words))
        return Reading(RELATION, said=tuple(words[:2]))
    return None


def _wife(words: list[str], keys: list[str], known_given: frozenset[str] | set[str]
          ) -> Reading | None:
    """A cell that names her only as a man's wife, "wife of" first and his name after it
    («زوجة جميل خلف», «زوجة المرحوم سعيد حسن»): her nickname, read as a kunya is, never her
    given name and her father's; said: the words before his name. None for the wife of a man's
    brother or son («زوجة أخ سعيد», «زوجة ابن جميل»), whose name the cell does not give, and
    for a name of no man (زوجة alone, «زوجة مجهول»). Only where the cell is the row's only name
    (read_cell): beside a father's or family column the row may carry on his name chain («زوجة
    جميل | خلف | حسن»), and his father became hers, his wives one woman."""
    if not (n := phrase_length(keys, 0, WIFE_OF_WORDS)):
        return None
    n += titles_length(keys, n)
    if n >= len(words) or phrase_length(keys, n, HUSBANDS_KIN) or _no_man(keys[n], known_given) \
            or read_cell(" ".join(words[n:]), known_given) is not None:
        return None
    return Reading(WIFE, " ".join(words), tuple(words[:n]))


def _no_man(key: str, known_given: frozenset[str] | set[str]) -> bool:
    """A word (folded) first in his name that is a title or a word of kin HUSBAND_TITLES does
    not list: "the ..." or an ال-word no given name here or in the list is («زوجة الملا جميل»,
    «زوجة الرفيق جميل»). Taken as his first name, she was not asked about the wife of Jamil; a
    guess of which words are his name would be worse than the row held. الياس is a name."""
    return key == "the" or key.startswith("ال") and len(key) > 2 \
        and key not in _GIVEN_NAMES and key not in known_given


COMMA = re.compile(r"\s*[,،]\s*")
# A family name written with its article as a word of its own: "Al Haskani", «آل حسكان».
_ARTICLES = frozenset({"al", "el", "ال", "آل", "ال-", "al-", "el-"})


def two_names(text: str) -> tuple[str, str] | None:
    """The two names of two words or more each side of one comma ("Nadia Murad, Layla
    Murad"): two persons; None otherwise ("Murad, Nadia" is one name, family name first, and
    so is "Al Haskani, Nadia Murad": an article and one word are one family name)."""
    sides = COMMA.split(text.strip())
    if len(sides) == 2 and all(len(side.split()) >= 2 and not _family_name(side)
                               for side in sides) \
            and not _starts([kinship_key(w) for w in sides[1].split()], 0, _KNOWN_AS) \
            and not known_as_first(text):  # "aka Gulê, Amina Khalaf": the name she is known by
        return sides[0], sides[1]
    return None  # "Nadia Khalil Ali, aka Gulê": the name she is known by, after a comma


def family_first(text: str) -> tuple[str, str] | None:
    """("Al Haskani", "Nadia Murad") for "Al Haskani, Nadia Murad": the family name, by its
    article or its capitals, written first before a comma, as some lists write it; None
    otherwise ("Murad, Nadia": a name in either place)."""
    sides = COMMA.split(text.strip())
    if len(sides) == 2 and sides[1].split() and not _family_name(sides[1]) \
            and (_family_name(sides[0]) or _leads(sides[0], sides[1])):
        return sides[0], sides[1]
    return None


def _leads(side: str, other: str) -> bool:
    """One word before the comma that only a family name is: "Al-Ayoubi, Nadia", «الأيوبي،
    نادية», "AYOUBI, Nadia" (names.family_leads)."""
    lead = family_leads(f"{side} {other}", capitals=True)
    return lead is not None and lead[0] == " ".join(side.split())


def _family_name(side: str) -> bool:
    words = side.split()
    return len(words) == 2 and words[0].casefold() in _ARTICLES


def _lettered(word: str) -> bool:
    return any(ch.isalpha() for ch in word)


def kunya_after(text: str) -> tuple[str, str, str] | None:
    """A full name ending with a kunya («جيهان قاسم خلف ام سعيد», "... Umm Said"): (the name
    before it, the kunya, the name after «أم»); None otherwise. Read as her names, the kunya
    became her family name «ام سعيد»."""
    words = text.split()
    if len(words) < 4 or kinship_key(words[-2]) not in _MOTHER_OF:
        return None
    return " ".join(words[:-2]), " ".join(words[-2:]), words[-1]


def nickname_after(text: str, alone: bool = False) -> tuple[str, str, str] | None:
    """A full name with a name she is known by after "aka", "alias", «الملقبة», «المعروفة بـ»,
    "bi navê" ("Amina Khalaf Rasho alias Umm Saeed"): (the name before with the words after a
    kunya, the words that say so, the name she is known by); None otherwise. Read as her names,
    "alias" became her family name. alone: text begins with those words (in brackets)."""
    words = text.split()
    keys = [kinship_key(w) for w in words]
    if _KNOWN_AS_FIRST_WORDS.isdisjoint(keys):
        return None  # nearly every cell
    for i in range(0 if alone else 1, 1 if alone else len(words)):
        n = _starts(keys, i, _KNOWN_AS)
        if not n or i + n >= len(words):
            continue
        after = words[i + n:]
        if n == 1 and keys[i] in _NAME_LIKE_KNOWN_AS and not alone \
                and not _said_as_known_as(words, i):
            continue  # "Nadia Alias Khudeda": Alias is Ilyas, her father
        if keys[i + n - 1] != _BY and keys[i + n].startswith(_BY) \
                and keys[i + n][1:] in _MOTHER_OF and len(after) > 1:
            after[0] = after[0][1:]  # «بأم سعيد»: by Umm Saeed
        rest: list[str] = []
        if kinship_key(after[0]) in _MOTHER_OF and len(after) > 2:
            after, rest = after[:2], after[2:]  # "... aka Umm Saeed Khalaf": a kunya of two words
        return (" ".join(words[:i] + rest).rstrip(",،"), " ".join(words[i:i + n]),
                " ".join(after))
    return None


class KnownAsFirst(NamedTuple):
    """A cell read by known_as_first: her name, the name she is known by ("" when the words
    first only say "named"), the words first, and how the two were told apart: COMMA, KUNYA,
    NAMED (no nickname), or GUESS (one word taken as the nickname: the cell does not show
    where it ends)."""

    name: str
    nickname: str
    phrase: str
    how: str


COMMA_CUT, KUNYA_CUT, NAMED, GUESS = "comma", "kunya", "named", "guess"
# Words that, first in a cell, say "the woman named": «المدعوة نادية خلف» is Nadia Khalaf, as
# official letters write it; «المعروفة» (without بـ) and Kurmanji "bi navê" (by the name) too.
_NAMED_FIRST = frozenset(tuple(kinship_key(w) for w in phrase.split()) for phrase in (
    "المدعوة", "المدعو", "المعروفة", "المعروف", "bi navê", "bi nasnavê"))
# What may stand around the name she is known by: "aka (Gulê) ...", «الملقبة: ام سعيد».
_AROUND_NAME = " ,،:;-–—()[]\"'«»“”"


def known_as_first(text: str) -> KnownAsFirst | None:
    """A cell that begins with the words that say "known as" («الملقبة ام سعيد امينة خلف», "aka
    Gulê, Amina Khalaf Rasho") or "named" («المدعوة نادية خلف رشو»); None otherwise. The name
    she is known by ends at a comma, or is a kunya of two words, or else (a guess, said so) one
    word; her name is what follows ("" when nothing does). Read as her names, «الملقبة» became
    her given name, and with a comma the cell was two persons."""
    words = text.split()
    if not words or kinship_key(words[0].strip(_AROUND_NAME)) not in _KNOWN_AS_FIRST_WORDS:
        return None  # nearly every cell: asked of every name cell of a list
    keys = [kinship_key(w.strip(_AROUND_NAME)) for w in words]
    n = _starts(keys, 0, _KNOWN_AS)
    if not n or n >= len(words) or n == 1 and keys[0] in _NAME_LIKE_KNOWN_AS \
            and not _first_as_known_as(words):
        return None  # "Alias Khudeda Rasho": Alias is Ilyas, her given name
    after = words[n:]
    while len(after) > 1 and not _bare(after[0]):
        after = after[1:]  # «الملقبة ، امينة», "aka - Amina": a mark after the words
    by = keys[n - 1] != _BY and keys[n].startswith(_BY) and keys[n][1:] in _MOTHER_OF
    if by:
        after[0] = after[0][1:]  # «المعروفة بأم خالد»: by Umm Khalid
    phrase = " ".join(words[:n]).strip(_AROUND_NAME)
    kunya = kinship_key(after[0].strip(_AROUND_NAME)) in _MOTHER_OF and len(after) > 1
    if tuple(keys[:n]) in _NAMED_FIRST and not by and not kunya:
        return KnownAsFirst(_bare(" ".join(after)), "", phrase, NAMED)
    sides = COMMA.split(" ".join(after), maxsplit=1)
    if len(sides) == 2 and _bare(sides[0]):
        return KnownAsFirst(_bare(sides[1]), _bare(sides[0]), phrase, COMMA_CUT)
    cut = 2 if kunya else 1
    nickname = _bare(" ".join(after[:cut]))
    if not nickname:
        return None  # "aka , ...": no name she is known by
    how = KUNYA_CUT if kunya else GUESS
    return KnownAsFirst(_bare(" ".join(after[cut:])), nickname, phrase, how)


def _bare(text: str) -> str:
    """A name without the marks around it ("(Gulê)", '- Amina Khalaf')."""
    return " ".join(text.strip(_AROUND_NAME).split())


def is_kunya(text: str) -> bool:
    """Whether text is a kunya alone: «ام سعيد», "Umm Saeed", «دایکی خالید»."""
    words = text.split()
    return len(words) == 2 and kinship_key(words[0]) in _MOTHER_OF


def _first_as_known_as(words: list[str]) -> bool:
    """Whether "alias" or "aka" first in a cell says "known as": written a.k.a., or in small
    letters before a capitalised name ("aka Gulê, Amina"), or followed by a kunya ("ALIAS UMM
    SAEED AMINA KHALAF"); "Alias Khudeda" and "alias khudeda rasho" are Ilyas."""
    return "." in words[0] or words[0].islower() and any(w[:1].isupper() for w in words[1:]) \
        or kinship_key(words[1]) in _MOTHER_OF


def _said_as_known_as(words: list[str], i: int) -> bool:
    """Whether "alias" or "aka", which Iraqi lists also write as a name (Alias for Ilyas), says
    "known as" here: written a.k.a., or in small letters among capitalised names, or followed
    by a kunya ("AMINA KHALAF ALIAS UMM SAEED")."""
    typed = words[i]
    return "." in typed or typed.islower() and any(w[:1].isupper() for w in words[:i]) or (
        i + 1 < len(words) and kinship_key(words[i + 1]) in _MOTHER_OF)


def _glued_and(key: str, known_given: frozenset[str] | set[str]) -> bool:
    """«وشيرين» after a first name: و and a second given name, when what follows the و is a
    known given name and the whole word is no name that begins with و (وفاء, وليد)."""
    if not key.startswith("و") or key in _WAW_NAMES or len(key) < 4:
        return False
    rest = key[1:]
    return rest in _GIVEN_NAMES or rest in known_given
