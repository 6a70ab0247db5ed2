"""Ages as lists write them ("23", "عمر 7", "16 سنة", "temen 12", "about 30"): read to years."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.domain.fuzzydate import DIGITS, MAX_AGE

# Words before the number that say it is her age, not "about" it: Arabic (عمر 7, العمر 16,
# عمرها 7, بعمر 7), Kurmanji (temen 12, temenê wê 12), Sorani (تەمەن 12, تەمەنی 12, also typed
# with the Arabic ه for ە), English (age 7, aged 7). Longest first: عمرها before عمر.
_AGE_WORDS = ("عمر", "العمر", "عمرها", "عمره", "بعمر", "بعمرها", "بالعمر", "age", "aged",
              "temen", "temenê", "temenê wê", "temenî", "تەمەن", "تەمەنی", "تهمهن", "تهمهنی")
_WORD = "|".join(re.escape(w) for w in sorted(_AGE_WORDS, key=len, reverse=True))
# Words after the number for years of age: "12 سنة", "٨ سنوات", "12 years (old)", "12 yrs",
# "12 sal", "12 salî", "12 ساڵ" (a year after its word, "سنة 1998", is a date).
_UNITS = (r"سنة|سنه|سنوات|سنين|عام|اعوام|أعوام|years?(?:\s+old)?|yrs?\.?|ساڵ|ساڵان|ساڵە|"
          r"سال|sal|salî|salan")
# An age: an age word, a word for "about" ("about 30", "حوالي 30", "~30"), the number (a
# child's "1.5"; Eastern Arabic digits too), a range ("20-25"), a word after it.
_AGE = re.compile(
    rf"\s*(?P<word>(?:{_WORD})(?![^\W\d_])\s*:?\s*)?(?P<about>[^\W\d_]+\.?\s*|~\s*)?"
    r"(?P<n>\d{1,3}(?:[.,]\d)?)(?:\s*[-\u2013\u2014]\s*(?P<to>\d{1,3}))?"
    rf"\s*(?P<unit>(?:{_UNITS})(?![^\W\d_])\.?|[^\W\d_]*)\s*", re.IGNORECASE)
_NEGATIVE = re.compile(r"\s*[-\u2212\u2012\u2013]\s*\d")


@dataclass(frozen=True)
class Age:
    """An age read from a cell: between young and old years; said is how a record writes it
    ("23", "28-32" for "about 30"); says_so: the cell's own words say it is an age."""

    young: int
    old: int
    said: str
    says_so: bool


def looks_like_age(text: str) -> bool:
    """Whether text has the shape of an age (digits with words around them), read or not."""
    return _AGE.fullmatch(text) is not None


def read_age(text: str) -> Age | None:
    """The age a cell gives, or None: not an age, below 0 ("-3") or above MAX_AGE ("250")."""
    m = None if _NEGATIVE.match(text) else _AGE.fullmatch(text)
    if m is None:
        return None
    young = int(float(m["n"].replace(",", ".")))
    old = math.ceil(float((m["to"] or m["n"]).replace(",", ".")))
    about = bool(m["about"]) and not m["to"]
    if about:  # "about 30", "حوالي 30": two years either side
        young, old = max(0, young - 2), old + 2
    if young > old or old > MAX_AGE:
        return None
    # The age in digits, without the cell's words ("23 سنة", "عمر 7"): the documents say it in
    # their own language (the cell stays with the list's row as typed).
    said = m["n"].translate(DIGITS).replace(",", ".") if not (about or m["to"]) else (
        str(young) if young == old else f"{young}-{old}")
    return Age(young, old, said, bool(m["word"]) or _is_unit(m["unit"]))


def says_age(text: str) -> bool:
    """Whether a cell says it is an age, by a word before it ("عمر 7", "age 7", "temen 7") or a
    word for years after it ("16 سنة", "7 years"), whether or not it is one (250 سنة): read so
    in any column of her birth."""
    m = _AGE.fullmatch(text)
    return m is not None and bool(m["word"] or _is_unit(m["unit"]))


def _is_unit(word: str) -> bool:
    return bool(word) and re.fullmatch(_UNITS, word.rstrip("."), re.IGNORECASE) is not None
