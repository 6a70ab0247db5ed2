"""Ages as lists write them ("23", "عمر 7", "16 سنة", "temen 12", "about 30", "6 أشهر",
"in her 30s"): read to years, or to months for a baby."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from app.domain.fuzzydate import DIGITS, MAX_AGE, FuzzyDate, about_a_number

# Words before the number that say it is her age, not "about" it: Arabic (عمر 7, العمر 16,
# عمرها 7, بعمر 7), Kurmanji (temen 12, temenê wê 12), Sorani (تەمەن 12, تەمەنی 12, also typed
# with the Arabic ه for ە), English (age 7, aged 7). Longest first: عمرها before عمر.
_AGE_WORDS = ("عمر", "العمر", "عمرها", "عمره", "بعمر", "بعمرها", "بالعمر", "age", "aged",
              "temen", "temenê", "temenê wê", "temenî", "تەمەن", "تەمەنی", "تهمهن", "تهمهنی")
_WORD = "|".join(re.escape(w) for w in sorted(_AGE_WORDS, key=len, reverse=True))
# Words after the number for years of age: "12 سنة", "٨ سنوات", "12 years (old)", "12 yrs",
# "12 y", "12 yo", "12 sal", "12 salî", "12 ساڵ" (a year after its word, "سنة 1998", is a date).
_YEARS = (r"سنة|سنه|سنوات|سنين|عام|عاما|عاماً|عامًا|اعوام|أعوام|years?(?:\s+old)?|yrs?|y|yo|"
          r"ساڵ|ساڵان|ساڵە|سال|sal|salî|salan")
# ... "about" after the number: "30 تقريبا", "30 approx" (years, two either side)
_ABOUT_AFTER = (r"تقريبا|تقريباً|تقريبًا|approx|approximately|about|circa|ca|nêzîkî|"
                r"نزیکەی|نزیکە")
# ... for months, weeks and days, a baby's age (one born in captivity): Arabic "6 أشهر", "٦ اشهر",
# "3 شهور"; Sorani "3 مانگ"; Kurmanji "4 meh", "4 mehî"; English "8 months", "8 mo", "8 mos".
# Never a lone "m" or "w": a sex (m, w) or a slip as often as a month or a week.
_MONTHS = r"شهر|شهور|أشهر|اشهر|إشهر|months?(?:\s+old)?|mo|mos|mth|mths|مانگ|مانگە|مانگان|meh|mehî|mehan"
_WEEKS = r"أسبوع|اسبوع|أسابيع|اسابيع|weeks?(?:\s+old)?|wks?|هەفتە|هفته|hefte|heftî|heftiyan"
_DAYS = r"يوم|أيام|ايام|days?(?:\s+old)?|ڕۆژ|رۆژ|roj|rojî|rojan"
_UNITS = "|".join((_YEARS, _MONTHS, _WEEKS, _DAYS, _ABOUT_AFTER))
# An age: an age word, a word for "about" ("about 30", "حوالي 30", "~30"), the number (a
# child's "1.5"; Eastern Arabic digits too), a range ("20-25"), a word after it (any word:
# the shape of an age; read_age reads only the words above).
_AGE = re.compile(
    rf"\s*(?P<word>(?:{_WORD})(?![^\W\d_])\s*:?\s*)?(?P<about>[^\W\d_]+\.?\s*|~\s*)?"
    r"(?P<n>\d{1,3}(?:[.,]\d)?)(?:\s*[-\u2013\u2014]\s*(?P<to>\d{1,3}))?"
    rf"\s*(?P<unit>(?:{_UNITS})(?![^\W\d_])\.?|[^\W\d_]*)\s*", re.IGNORECASE)
_NEGATIVE = re.compile(r"\s*[-\u2212\u2012\u2013]\s*\d")
# A decade of her life: "30s", "30's", "in her 30s", "late 30s", Arabic "الثلاثينات" ("في
# الثلاثينيات من عمرها"). Read as the decade's years, 30 to 39, never as 30: the list says no
# more. "in her", "من عمرها" say it is her age; "30s" or "الثلاثينات" alone under a birth could
# be the 1930s, and is read only where the column is one of ages.
_DECADE = re.compile(
    r"\s*(?P<her>in\s+(?:her|his|their)\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<n>[1-9]0)\s*'?s"
    r"\s*|\s*(?:في\s+)?(?:ال)?(?P<tens>عشرين|ثلاثين|[اأإ]ربعين|خمسين|ستين|سبعين|ثمانين|تسعين)"
    r"ي?ات(?P<hers>\s+من\s+عمرها|\s+من\s+عمره)?\s*", re.IGNORECASE)
_TENS = {"عشرين": 20, "ثلاثين": 30, "اربعين": 40, "أربعين": 40, "إربعين": 40, "خمسين": 50,
         "ستين": 60, "سبعين": 70, "ثمانين": 80, "تسعين": 90}


# An age and the year she was that age: "age 12 in 2014", "12 in 2014", «عمر 20 في 2014»,
# «عمرها 12 سنة عام 2014» (عام, سنة: "the year", after an age that says its years), "temen 20
# di 2014 de", «تەمەن 20 لە 2014». Not "12 (2002)" nor «12 سنة 2002»: the year beside an age
# is as often her year of birth (12 in 2014, born 2002), and read so she was born in 1990.
IN_YEAR = re.compile(r"(?P<age>.+?)\s+(?P<sep>in|في|فى|di|sala|لە|له|سنة|عام)\s+"
                     r"(?P<year>\d{4})(?:\s+de)?\s*", re.IGNORECASE)
_YEARS_SAID = re.compile(r"(?:سنة|سنه|سنوات|عاما|عامًا|عاماً|years?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Age:
    """An age read from a cell: between young and old years (months, for a baby's "6 أشهر");
    said is how a record writes it ("23", "28-32" for "about 30"; the cell as typed for an
    age in months); says_so: the cell's own words say it is an age."""

    young: int
    old: int
    said: str
    says_so: bool
    in_months: bool = False

    def birth(self, year: int | None, today: date | None = None) -> FuzzyDate:
        """Her birth from this age, given in year (None: the list does not say when)."""
        if self.in_months:
            return FuzzyDate.of_age_in_months(self.young, self.old, year, self.said, today)
        return FuzzyDate.of_age(self.young, self.old, year, self.said, today)


@lru_cache(maxsize=65536)  # asked of every birth cell of a list, which repeats them
def looks_like_age(text: str) -> bool:
    """Whether text has the shape of an age (digits with words around them), read or not."""
    return _AGE.fullmatch(text) is not None or _DECADE.fullmatch(text) is not None


def read_age(text: str) -> Age | None:
    """The age a cell gives, or None: not an age, below 0 ("-3"), above MAX_AGE ("250"), or
    with a word after the number that is none for years, months, weeks or days ("6 m")."""
    if decade := _decade(text):
        return decade
    m = None if _NEGATIVE.match(text) else _AGE.fullmatch(text)
    if m is None:
        return None
    unit = _unit_of(m["unit"])
    if unit is None:  # a word we do not know: no age guessed from the number before it
        return None
    young = float(m["n"].translate(DIGITS).replace(",", "."))
    old = float((m["to"] or m["n"]).translate(DIGITS).replace(",", "."))
    about = (bool(m["about"]) or unit == "about") and not m["to"]
    # "30 تقريبا" says "about", not that it is an age
    says_so = bool(m["word"]) or bool(m["unit"]) and unit != "about"
    unit = "years" if unit == "about" else unit
    if unit != "years":
        return _in_months(text, young, old, unit, about, says_so)
    young, old = int(young), math.ceil(old)
    if about:  # "about 30", "حوالي 30": two years either side
        young, old = max(0, young - 2), old + 2
    if young > old or old > MAX_AGE:
        return None
    # The age in digits, without the cell's words ("23 سنة", "عمر 7"): the documents say it in
    # their own language (the cell stays with the list's row as typed).
    said = m["n"].translate(DIGITS).replace(",", ".") if not (about or m["to"]) else (
        str(young) if young == old else f"{young}-{old}")
    return Age(young, old, said, says_so)


def about_age(text: str) -> Age | None:
    """The age of a cell that is a word for "about" and a number of one or two digits
    ("about 20", "حوالي ٢٠", "في حدود 20", "20 تقريبا"): two years either side, as read_age
    reads "about 30"; None for any other text."""
    digits = about_a_number(text)
    if digits is None:
        return None
    young, old = max(0, int(digits) - 2), int(digits) + 2
    return Age(young, old, f"{young}-{old}", False)


# Days in a month, at most and at least: weeks and days are counted to whole months so.
_MONTH_DAYS = (31, 28)


def _in_months(text: str, young: float, old: float, unit: str, about: bool,
               says_so: bool) -> Age | None:
    """A baby's age in months, weeks or days as whole months (young at least, old at most);
    the cell's words are how the record says it, in the list's own language."""
    days = {"weeks": 7, "days": 1}.get(unit)
    if days:
        young, old = young * days // _MONTH_DAYS[0], old * days // _MONTH_DAYS[1]
    young, old = int(young), math.ceil(old)
    if about:  # "about 6 months": two months either side
        young, old = max(0, young - 2), old + 2
    if young > old or old > MAX_AGE * 12:
        return None
    return Age(young, old, " ".join(text.split()), says_so, in_months=True)


def _decade(text: str) -> Age | None:
    m = _DECADE.fullmatch(text.translate(DIGITS))
    if m is None:
        return None
    n = int(m["n"]) if m["n"] else _TENS[m["tens"]]
    return Age(n, n + 9, f"{n}-{n + 9}", bool(m["her"] or m["hers"]))


def unknown_unit(text: str) -> bool:
    """Whether a cell is a number with a word after it that read_age does not read as years,
    months, weeks or days ("6 m", "8 mon"): left unread, never guessed as years."""
    m = None if _NEGATIVE.match(text) else _AGE.fullmatch(text)
    return m is not None and _decade(text) is None and _unit_of(m["unit"]) is None


def _unit_of(word: str) -> str | None:
    """'years' for a word of years or none at all, 'months', 'weeks', 'days'; None for a word
    that is none of them."""
    word = word.rstrip(".")
    if not word:
        return "years"
    for unit, words in (("years", _YEARS), ("months", _MONTHS), ("weeks", _WEEKS),
                        ("days", _DAYS), ("about", _ABOUT_AFTER)):
        if re.fullmatch(words, word, re.IGNORECASE):
            return unit
    return None


@lru_cache(maxsize=65536)  # asked of every birth cell of a list, which repeats them
def says_age(text: str) -> bool:
    """Whether a cell says it is an age, by a word before it ("عمر 7", "age 7", "temen 7") or a
    word for years or months after it ("16 سنة", "7 years", "6 أشهر"), whether or not it is
    one (250 سنة): read so in any column of her birth."""
    if decade := _decade(text):
        return decade.says_so
    m = _AGE.fullmatch(text)
    return m is not None and bool(m["word"] or (m["unit"] and _unit_of(m["unit"])))


def age_in_year(text: str, today: date) -> tuple[Age, int] | None:
    """(her age, the year she was that age) for a cell that says both ("age 12 in 2014",
    "12 in 2014", «عمرها 12 سنة عام 2014»): the year says the number is an age, with or
    without a word for it. None for anything else, a year to come or before anyone alive was
    born among them ("مواليد سنة 1998" is a date)."""
    m = IN_YEAR.fullmatch(text.translate(DIGITS))
    if m is None or not today.year - MAX_AGE <= int(m["year"]) <= today.year or (
            m["sep"] in ("سنة", "عام") and not _YEARS_SAID.search(m["age"])):
        return None
    age = read_age(m["age"])
    return (age, int(m["year"])) if age is not None else None
