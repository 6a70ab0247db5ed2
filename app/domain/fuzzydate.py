"""Fuzzy dates: an earliest and latest day plus the text as the user gave it."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

# Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in).
_EXCEL_EPOCH = date(1899, 12, 30)
# Excel's 1900 system has a 29 February 1900 (serial 60) that never was: from 1 March 1900 on a
# day's number is its distance from _EXCEL_EPOCH, before it one less (1 is 1900-01-01).
_AFTER_LEAP_BUG = date(1900, 3, 1)
# The 1904 system (Excel for Mac before 2011, a workbook's date1904) counts from here.
_EXCEL_EPOCH_1904 = date(1904, 1, 1)
# Words for "about", before or after the year; matched with letters folded (_fold), so each is
# written once: نزيكەی typed with the Arabic ك and ي, حوالى with ى and qasi without its
# accent are the same words. "1998?" is a year its writer was not sure of.
_APPROX_WORDS = ("about", "approx", "approximately", "circa", "ca", "ca.", "c.", "around", "~",
                 "?", "؟", "حوالي", "تقريبا", "نحو", "بحدود", "في حدود", "حدود", "قرابة",
                 "نزیکەی", "نزیکی", "دەوروبەری", "qasî", "derdora", "dora", "nêzîkî")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_YM = re.compile(r"^(\d{4})[/.\-](\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DMY2 = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})$")  # 12/3/19
_YEARS = re.compile(r"^(\d{4})\s*[/\-\u2013\u2014]\s*(\d{4})$")  # 1997/1998: one or the other
_YY = re.compile(r"^(\d{2})$")  # 98, in a birth column
# 03-Aug-14: Excel's d-mmm-yy as text, the year in two digits (its century chosen, and said)
_DMON2 = re.compile(r"^(\d{1,2})-([^\W\d_]{3,})-(\d{2})$")
# Words around a year that say nothing of its range: م (ميلادي, AD) after it, as in 1998م; and
# "born" before it: مواليد 1998 (Arabic), تولد 1998 (Sorani and Kurmanji), born 1998.
_ERA = re.compile(r"(?<=\d)\s*م\.?$")
# A month's name with a year, and perhaps a day, as lists write it (matched folded: _fold).
# The day may carry an English ordinal (3rd), Kurmanji's ê (3ê Tebaxê) or Sorani's ی (٣ی ئاب);
# the parts are apart by spaces, commas, dots, slashes or Excel's dashes (03-Aug-2014).
_DAY_SAID = r"(\d{1,2})(?:st|nd|rd|th|'?e|ی)?"
_APART = r"[\s,./\-]+"
# (12) March 2017, آذار 2017, 3ê Tebaxê 2014, 03-Aug-2014
_NAMED_MONTH = re.compile(rf"^(?:{_DAY_SAID}{_APART})?(\D+?){_APART}(\d{{4}})$")
# Aug 3 2014, August 3, 2014 (the month first, as English writes it)
_MONTH_DAY = re.compile(rf"^(\D+?){_APART}{_DAY_SAID}{_APART}(\d{{4}})$")
# Month names as lists write them: English; the Arabic of Iraq and the Levant (آذار) and of
# Egypt (مارس); Kurmanji; Sorani.
_MONTH_NAMES = (
    ("january", "jan", "كانون الثاني", "يناير", "çile", "kanûna paşîn", "kanûna duyem", "کانوونی دووەم"),
    ("february", "feb", "شباط", "فبراير", "sibat", "reşemî", "شوبات"),
    ("march", "mar", "اذار", "مارس", "adar", "ئازار"),
    ("april", "apr", "نيسان", "ابريل", "nîsan", "نیسان"),
    ("may", "ايار", "مايو", "gulan", "ئایار", "گوڵان"),
    ("june", "jun", "حزيران", "يونيو", "hezîran", "حوزەیران"),
    ("july", "jul", "تموز", "يوليو", "tîrmeh", "تەممووز"),
    ("august", "aug", "اب", "اغسطس", "tebax", "ئاب"),
    ("september", "sep", "sept", "ايلول", "سبتمبر", "îlon", "ئەیلوول"),
    ("october", "oct", "تشرين الاول", "اكتوبر", "cotmeh", "تشرینی یەکەم"),
    ("november", "nov", "تشرين الثاني", "نوفمبر", "mijdar", "تشرینی دووەم"),
    ("december", "dec", "كانون الاول", "ديسمبر", "kanûna pêşîn", "berfanbar", "kanûn",
     "کانوونی یەکەم"),
)
# Kurmanji and Sorani bind a month's name to what follows with an ending: Kurmanji ê or a
# (3ê Tebaxê 2014, Tebaxa 2014; yê, ya after a vowel: Çileyê), Sorani ی (ئابی 2014). Read off
# these names only: "Maya 2014" is no May.
_KURDISH_MONTHS = ("çile", "kanûna paşîn", "kanûna duyem", "sibat", "reşemî", "adar", "nîsan",
                   "gulan", "hezîran", "tîrmeh", "tebax", "îlon", "cotmeh", "mijdar",
                   "kanûna pêşîn", "berfanbar", "kanûn", "کانوونی دووەم", "شوبات", "ئازار",
                   "نیسان", "ئایار", "گوڵان", "حوزەیران", "تەممووز", "ئاب", "ئەیلوول",
                   "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم")
_EZAFE = ("yê", "ya", "ê", "a", "ی")
# Eastern Arabic and Persian digits as typed in Arabic-locale spreadsheets.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# One letter for the forms a keyboard gives it: Arabic ك ي ى and Persian ک ی; ە and the ه
# an Arabic keyboard types for it (with a zero-width non-joiner after); ة; the tatweel.
_LETTERS = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی", "ە": "ه", "ة": "ه", "\u200c": None,
                          "ـ": None})


def _fold(text: str) -> str:
    """Lower case, Western digits, without accents and hamzas (î is i, أ is ا), each letter in
    one form (_LETTERS): for matching words, never for keeping."""
    text = unicodedata.normalize("NFKD", text.translate(DIGITS).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_LETTERS)


def _alternatives(words) -> str:
    """A regular expression for any of words as _fold leaves them, longest first."""
    return "|".join(re.escape(w) for w in sorted({_fold(w) for w in words}, key=len,
                                                   reverse=True))


_LETTER = r"[^\W\d_]"
_APPROX = _alternatives(_APPROX_WORDS)
# The word alone, not the start or end of another ("cat 1998", "Dec. 2017" are no "ca", "c.").
_APPROX_BEFORE = re.compile(rf"^(?:{_APPROX})(?!{_LETTER})")
_APPROX_AFTER = re.compile(rf"(?<!{_LETTER})(?:{_APPROX})$")
_BORN = re.compile(rf"^(?:{_alternatives(('المواليد', 'مواليد', 'التولد', 'تولد'))})"
                   rf"(?:\s+(?:{_alternatives(('عام', 'سنة'))}))?(?:[\s:/\-]+|(?=\d))"
                   r"|^born(?:\s+in)?(?:[\s:/\-]+|(?=\d))")
# "The year" before a year says nothing of its range: سنة 1998, عام 1998 (Arabic), ساڵی 1998
# (Sorani), sala 1998 (Kurmanji), also after "about" (بحدود سنة 1998) or "in" (في سنة 1998).
# Only before digits: "12 سنة" (twelve years) is an age, read as one in an age column.
_YEAR_WORD = re.compile(rf"^(?:(?:{_alternatives(('في', 'لە'))})\s+)?"
                        rf"(?:{_alternatives(('سنة', 'السنة', 'عام', 'العام', 'ساڵی', 'sala'))})"
                        r"\s*(?=\d)")
_MONTHS = {" ".join(_fold(name).split()): n for n, names in enumerate(_MONTH_NAMES, 1)
           for name in names}


_KURDISH = {" ".join(_fold(name).split()) for name in _KURDISH_MONTHS}
_ENDINGS = tuple(sorted({_fold(e) for e in _EZAFE}, key=len, reverse=True))


def _month_of(word: str) -> int | None:
    name = " ".join(_fold(word).strip(" .,-/").split())
    if name in _MONTHS:
        return _MONTHS[name]
    for ending in _ENDINGS:  # Tebaxê, Tebaxa, ئابی: a Kurdish month with its ending
        if name.endswith(ending) and name[:-len(ending)] in _KURDISH:
            return _MONTHS[name[:-len(ending)]]
    return None


def _named_date(s: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a date with its month's name (_NAMED_MONTH, _MONTH_DAY)
    in s folded; None for any other text. A day and month with no year ("Aug 3", "3/8") is
    none: no year is ever supplied."""
    if (m := _NAMED_MONTH.match(s)) and (month := _month_of(m[2])):
        return int(m[3]), month, int(m[1]) if m[1] else None
    if (m := _MONTH_DAY.match(s)) and (month := _month_of(m[1])):
        return int(m[3]), month, int(m[2])
    if (m := _DMON2.match(s)) and (month := _month_of(m[2])):
        return _century(int(m[3])), month, int(m[1])
    return None


# The abductions from Sinjar began in August 2014: no list of ages of the abducted is older,
# and an abduction recorded without a date was in that year (the age when taken is counted so).
ABDUCTIONS_BEGAN = 2014
# The day they began (Kocho, Tel Qasab, Hardan...): no abduction or rescue is dated before it.
ABDUCTIONS_BEGAN_ON = date(ABDUCTIONS_BEGAN, 8, 3)
# Shown with a refused date so the user sees what can be written instead.
EXAMPLES = "e.g. 2014, 08/2014, 2014-08, 03/08/2014 or about 1998"
# How the importer writes a birth worked out from an age (FuzzyDate.of_age).
_AGE_GIVEN = re.compile(r"^age (?P<age>.+?)(?:, year not given| in (?P<year>\d{4}))$")
# The age in it: 23, a child's 1.5, a range 20-25 ("about 30" is written 28-32).
_AGE_SAID = re.compile(r"(\d{1,3}(?:\.\d)?)(?:-(\d{1,3}))?")
MAX_AGE = 110  # an age above this is no age: her birth stays blank
# How far "about" a day or a month reaches either side of it (FuzzyDate._widened); "about" a
# year reaches two years.
APPROX_DAYS, APPROX_MONTHS = 14, 1


class _MonthNamed:
    """'March 2017', '12 آذار 2017' as a form that says its own range: only when the word
    is a month's name ('about 1998' has the same shape)."""

    @staticmethod
    def match(s: str) -> bool:
        return _named_date(_fold(s)) is not None


# Dates that say their own range; the numeric ones a document can say in its own words after
# its word for "about" (a month's name stays as typed).
_NUMERIC_FORMS = (_DMY, _YMD, _MY, _YM, _YEAR, _DMY2, _YEARS)
_PLAIN_FORMS = (*_NUMERIC_FORMS, _MonthNamed)


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to lie between earliest and latest (inclusive); text is what was typed."""

    earliest: date | None = None
    latest: date | None = None
    text: str = ""

    @property
    def is_blank(self) -> bool:
        return self.earliest is None and self.latest is None and not self.text.strip()

    @property
    def year(self) -> int | None:
        """The middle year of the range, for age comparisons."""
        if self.earliest and self.latest:
            return (self.earliest.year + self.latest.year) // 2
        d = self.earliest or self.latest
        return d.year if d else None

    def in_future(self, today: date | None = None) -> bool:
        """Whether the date lies wholly after today (2041 typed for 2014): no birth, abduction
        or status is recorded before it happened. The command line and New person refuse such
        a date, the importer keeps it as text with a warning. 'about 2026' in 2025 may be
        this year or last: not in the future."""
        return self.earliest is not None and self.earliest > (today or date.today())

    def display(self) -> str:
        if self.latest and not self.earliest and not self.text.strip():
            return f"≤ {self.latest.isoformat()}"  # known by that day, not since when
        if self.earliest and self.latest and self.earliest == self.latest:
            return self.earliest.isoformat()
        if self.earliest and self.latest:
            if (self.earliest.month, self.earliest.day) == (1, 1) and (
                self.latest.month, self.latest.day) == (12, 31):
                if self.earliest.year == self.latest.year:
                    return str(self.earliest.year)
                return f"{self.earliest.year}–{self.latest.year}"
            return f"{self.earliest.isoformat()} – {self.latest.isoformat()}"
        return self.text

    def plain(self) -> str:
        """The range in one form that reads the same in every country, as documents print it:
        a day 2014-08-03, a month 2014-08, a year 2014, years 1997–1998, other ranges
        2014-08-03 – 2014-08-15 (never 3/8/2014, which is 8 March to many readers); '' with no
        range."""
        first, last = self.earliest, self.latest
        if not (first and last):
            return self.display() if (first or last) else ""
        if first == last:
            return first.isoformat()
        if first.day == 1 and (last + timedelta(days=1)).day == 1:  # whole months
            if (first.month, last.month) == (1, 12):
                return str(first.year) if first.year == last.year else \
                    f"{first.year}–{last.year}"
            if (first.year, first.month) == (last.year, last.month):
                return f"{first.year}-{first.month:02d}"
            return f"{first.year}-{first.month:02d} – {last.year}-{last.month:02d}"
        return f"{first.isoformat()} – {last.isoformat()}"

    def approximated(self) -> str | None:
        """The date an approximate text is around, in Western digits ('about 1998' and
        'حوالي ١٩٩٨' -> '1998'), for a document to say with its own word for 'about'; None for
        text that says no approximation, or one with no range behind it."""
        if not (self.earliest or self.latest):
            return None
        approx, rest = _without_approximation(self.text)
        return rest if approx and any(p.match(rest) for p in _NUMERIC_FORMS) else None

    def as_written(self) -> FuzzyDate:
        """The year, month or day an "about" names, not widened ('about 2022', stored 2020–2024,
        -> 2022): what a filter of when she was seen reads, for an informant's "about 2022" is
        best read as 2022. Any other date, or one whose words no longer read so, as it is."""
        approx, rest = _without_approximation(self.text)
        if not approx or self.earliest is None or self.latest is None:
            return self
        try:
            said = FuzzyDate.parse(rest)
        except ValueError:
            return self
        if said.earliest is None or said.latest is None or said.earliest < self.earliest or \
                said.latest > self.latest:
            return self  # the range was set apart from the words: it stands
        return FuzzyDate(said.earliest, said.latest, self.text)

    def age_given(self) -> tuple[str, int | None] | None:
        """(age, year) of a birth the importer worked out from an age ('age 23 in 2019' ->
        ('23', 2019); 'age 23, year not given' -> ('23', None)), for a screen or document to
        say in its own language; None for any other text."""
        m = _AGE_GIVEN.match(self.text)
        if m is None:
            return None
        return m["age"].translate(DIGITS), int(m["year"]) if m["year"] else None

    def as_typed(self) -> tuple[str, str]:
        """What was typed, and the range it stands for when the text alone does not say it
        ('about 1998' -> '1996–2000'; '03/08/2014' -> ''). With no text, the range alone."""
        typed, shown = self.text.strip(), self.display()
        if not typed or not (self.earliest or self.latest):
            return typed or shown, ""
        plain = typed.translate(DIGITS)
        approx, rest = _without_approximation(typed)  # 1998م and مواليد 1998 say 1998
        if approx and self._unwidened(rest):
            # 'about 03/08/2014' kept by an earlier version as the very day: no range follows,
            # which would read as the day confirmed
            return typed, ""
        if plain == shown or (not approx and any(p.match(rest) for p in _PLAIN_FORMS)):
            try:
                again = FuzzyDate.parse(typed)
            except ValueError:
                again = None
            # a plain date says its own range, unless the stored range was set apart from it
            if again is not None and (again.earliest, again.latest) == (self.earliest,
                                                                         self.latest):
                return typed, ""
            if again is not None and self._new_year_of(again):
                # 01/01/1998 of a list that writes 1 January where it knows only the year,
                # read as 1998 (app/importing/new_year.py): printed as the year alone, which
                # the day is no part of
                return typed, ""
        return typed, shown

    def _unwidened(self, rest: str) -> bool:
        """Whether this range is the very day or month rest (an approximation's date, without
        its word) reads as: 'about' read so before it was widened (_widened)."""
        if not any(p.match(rest) for p in _PLAIN_FORMS) or self.earliest != self.latest and \
                not (self.earliest and self.earliest.day == 1 and self.latest == _month_end(
                    self.earliest)):
            return False
        try:
            again = FuzzyDate.parse(rest)
        except ValueError:
            return False
        return (again.earliest, again.latest) == (self.earliest, self.latest)

    def _new_year_of(self, day: FuzzyDate) -> bool:
        """Whether this is the whole year whose 1 January day is."""
        first = day.earliest
        return (first is not None and first == day.latest and (first.month, first.day) == (1, 1)
                and (self.earliest, self.latest) == (first, date(first.year, 12, 31)))

    @classmethod
    def of_age(cls, young: int, old: int, year: int | None, said: str,
               today: date | None = None) -> FuzzyDate:
        """A birth worked out from an age between young and old (the importer's ages, and the
        same words typed): in year ('age 12 in 2014'); or, with no year said, in any year from
        the abductions to today ('age 12, year not given'), so that a list of 2024 does not
        make her ten years older than she is."""
        if year is not None:
            return cls.year_range(year - old - 1, year - young, f"age {said} in {year}")
        return cls.year_range(ABDUCTIONS_BEGAN - old - 1, (today or date.today()).year - young,
                              f"age {said}, year not given")

    @classmethod
    def of_age_in_months(cls, young: int, old: int, year: int | None, said: str,
                         today: date | None = None) -> FuzzyDate:
        """A baby's birth worked out from her age in months (young to old; weeks and days
        counted so): in the months before the year the age was given in, or with no year said,
        before any day from the abductions to today, as of_age reads years. Whole months, from
        the first of the earliest: old months and a few days old on 1 January is born old + 1
        months before it. said is the cell as typed ("6 أشهر"), the words its list gave."""
        today = today or date.today()
        first = date(year if year is not None else ABDUCTIONS_BEGAN, 1, 1)
        last = date(year, 12, 31) if year is not None else today
        earliest = _months_before(first, old + 1)
        latest = _months_before(last.replace(day=1), young)
        latest = min(_month_end(latest), today)
        return cls(earliest, latest, said)

    @classmethod
    def parse_birth(cls, raw: object, today: date | None = None) -> FuzzyDate:
        """A birth as typed: what parse reads, or an age in the words an import stores it in
        ('age 12 in 2014', 'age 20-25, year not given'), read to the years the import gave it.
        Raises ValueError as parse does."""
        m = _AGE_GIVEN.match(" ".join(str(raw).translate(DIGITS).split()).lower()) \
            if isinstance(raw, str) else None
        if m is None:
            return cls.parse(raw)
        age = _AGE_SAID.fullmatch(m["age"])
        year = int(m["year"]) if m["year"] else None
        if age is None:
            raise ValueError(f"not an age: {raw!r}")
        young, old = int(float(age[1])), math.ceil(float(age[2] or age[1]))
        if young > old or old > MAX_AGE:
            raise ValueError(f"not an age from 0 to {MAX_AGE}: {raw!r}")
        if year is not None and year > (today or date.today()).year:
            raise ValueError(f"the year of the age is to come: {raw!r}")
        return cls.of_age(young, old, year, m["age"], today)

    @classmethod
    def exact(cls, d: date) -> FuzzyDate:
        return cls(d, d, d.isoformat())

    @classmethod
    def by(cls, d: date) -> FuzzyDate:
        """On or before d, no earlier bound known: a status reported with no date is known
        by the day it was recorded."""
        return cls(None, d, "")

    @classmethod
    def year_range(cls, first: int, last: int, text: str = "") -> FuzzyDate:
        return cls(date(first, 1, 1), date(last, 12, 31), text or f"{first}")

    @classmethod
    def parse(cls, raw: object, month_first: bool = False) -> FuzzyDate:
        """Read what people type: dd/mm/yyyy, dd/mm/yy, yyyy-mm-dd, mm/yyyy, yyyy, 'March 2017',
        'آذار 2017', '12 آذار 2017', 'Aug 3 2014', '03-Aug-2014', '3ê Tebaxê 2014', 'about 1998',
        '1998م', 'مواليد 1998', 'بحدود سنة 1998', 'سنة 1998', '1997/1998' (either
        year), a two-digit year ('98'), Excel serials.
        month_first: a day is written mm/dd/yyyy or mm/dd/yy instead (a list saved from US
        English Excel; the importer judges it from the column, app/importing/date_order.py).

        Raises ValueError when the text holds no date we can read; callers keep the text then.
        """
        if raw is None:
            return cls()
        if isinstance(raw, date):
            return cls.exact(raw if type(raw) is date else raw.date())  # datetime -> date
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            if _year_typed(raw):
                return cls._parse_clean(str(int(raw)), str(raw), False)
            return cls._from_serial(float(raw), str(raw))
        text = str(raw).strip()
        if not text:
            return cls()
        approx, s = _without_approximation(text)
        return cls._parse_clean(s, text, approx, month_first)

    @classmethod
    def _parse_clean(cls, s: str, text: str, approx: bool,
                     month_first: bool = False) -> FuzzyDate:
        read = cls._read_clean(s, text, approx, month_first)
        return read._widened() if approx else read

    def _widened(self) -> FuzzyDate:
        """'about' a day or a month as a range that says it is not that day or month, as
        'about 1998' is 1996 to 2000: about a day is from APPROX_DAYS days before it to as many
        after ('about 03/08/2014' is 2014-07-20 – 2014-08-17), about a month from the month
        before it to the month after (APPROX_MONTHS: 'about 08/2014' is 2014-07 – 2014-09).
        Read as the exact day or month, it was printed 'about 2014-08-03 (2014-08-03)', and
        filters took it as exact. A year and years are widened where they are read."""
        first, last = self.earliest, self.latest
        if first is None or last is None:
            return self
        if first == last:
            spread = timedelta(days=APPROX_DAYS)
            return FuzzyDate(first - spread, last + spread, self.text)
        if first.day == 1 and (first.year, first.month) == (last.year, last.month) and \
                last == _month_end(first):
            return FuzzyDate(_months_before(first, APPROX_MONTHS),
                             _month_end(_months_before(first, -APPROX_MONTHS)), self.text)
        return self

    @classmethod
    def _read_clean(cls, s: str, text: str, approx: bool,
                    month_first: bool = False) -> FuzzyDate:
        day, month = (2, 1) if month_first else (1, 2)  # which number of d/m/y is which
        if m := _DMY.match(s):
            return cls._day_or_less(int(m[3]), int(m[month]), int(m[day]), text, month_first)
        if m := _YMD.match(s):
            return cls._day_or_less(int(m[1]), int(m[2]), int(m[3]), text)
        if m := _MY.match(s):
            return cls._month(int(m[2]), int(m[1]), text)
        if m := _YM.match(s):
            return cls._month(int(m[1]), int(m[2]), text)
        if (m := _YEAR.match(s)) or (m := _YY.match(s)):
            year = int(m[1]) if len(m[1]) == 4 else _century(int(m[1]))
            spread = 2 if approx else 0
            _check_year(year, text)
            return cls.year_range(year - spread, year + spread, text)
        if m := _YEARS.match(s):
            first, last = sorted((int(m[1]), int(m[2])))
            _check_year(first, text)
            _check_year(last, text)
            return cls.year_range(first, last, text)
        if m := _DMY2.match(s):
            return cls._day_or_less(_century(int(m[3])), int(m[month]), int(m[day]), text,
                                    month_first)
        if named := _named_date(s):
            year, month, day_of = named
            if day_of:
                return cls._exact_or_fail(year, month, day_of, text)
            return cls._month(year, month, text)
        # Typed digits too few for a year ('5', '123') were read as Excel's first days of 1900.
        if re.fullmatch(r"\d{1,3}", s):
            raise ValueError(f"not a date: {text!r}")
        try:
            serial = float(s)
        except ValueError:
            raise ValueError(f"not a date: {text!r}") from None
        return cls._from_serial(serial, text)

    @classmethod
    def _day_or_less(cls, y: int, m: int, d: int, text: str,
                     month_first: bool = False) -> FuzzyDate:
        """A day; as Iraqi papers write a day or a month not known, 00/00/1998 (1998/00/00)
        is the year 1998 read either way, and 00/08/2014 August 2014 read day first only: a
        reading that rests on a 00 is no sign of the column's order (05/00/1998 as May, read
        month first, made a whole column month-first)."""
        if d == 0 and m == 0:
            _check_year(y, text)
            return cls.year_range(y, y, text)
        if d == 0 and not month_first:
            return cls._month(y, m, text)
        return cls._exact_or_fail(y, m, d, text)

    @classmethod
    def _month(cls, year: int, month: int, text: str) -> FuzzyDate:
        first = cls._exact_or_fail(year, month, 1, text).earliest
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return cls(first, nxt - timedelta(days=1), text)

    @classmethod
    def _from_serial(cls, serial: float, text: str) -> FuzzyDate:
        if _year_typed(serial):
            return cls.year_range(int(serial), int(serial), text)
        if (d := _serial_day(serial)) is None:
            raise ValueError(f"not a date: {text!r}")
        # The text stays as typed: whether a number is the day Excel stores or a slip (19850
        # for 1985) depends on the date it gives (likely_excel_day), which the importer asks.
        return cls(d, d, text)

    @classmethod
    def _exact_or_fail(cls, y: int, m: int, d: int, text: str) -> FuzzyDate:
        _check_year(y, text)
        try:
            day = date(y, m, d)
        except ValueError:
            raise ValueError(f"not a valid day: {text!r}") from None
        return cls(day, day, text)

    def to_row(self) -> tuple[str | None, str | None, str]:
        return (self.earliest.isoformat() if self.earliest else None,
                self.latest.isoformat() if self.latest else None, self.text)

    @classmethod
    def from_row(cls, earliest: str | None, latest: str | None, text: str | None) -> FuzzyDate:
        return cls(date.fromisoformat(earliest) if earliest else None,
                   date.fromisoformat(latest) if latest else None, text or "")


def not_before_abductions(d: FuzzyDate) -> FuzzyDate:
    """An abduction's, rescue's, status's or report's date as read, its side that "about"
    widened (FuzzyDate._widened) not before the day the abductions began where the date as
    typed is not: 'about 08/2014' is 2014-08-01 – 2014-09-30, not from July (a court read that
    she may have been taken before the attack on Sinjar), 'about 03/08/2014' is 2014-08-03 –
    2014-08-17. A date without "about" ('08/2014', '2014'), a year ('about 2015') and one
    wholly before that day (a slip the import warns of) are as read."""
    first, last = d.earliest, d.latest
    if first is None or last is None or not first < ABDUCTIONS_BEGAN_ON <= last:
        return d
    approx, rest = _without_approximation(d.text)
    if not approx:
        return d
    try:
        read = FuzzyDate._read_clean(rest, d.text, False)
    except ValueError:
        return d
    typed = read.earliest
    if typed is None or read.latest is None:
        return d
    if (typed.month, typed.day) == (1, 1) and read.latest == date(typed.year, 12, 31):
        # a year ('about 2015': 2013–2017) stays in years: cut at the attack, it printed as
        # '(2014-08-03 – 2017-12-31)', broken over two lines of a paper's narrow column
        return d
    return FuzzyDate(max(first, min(typed, ABDUCTIONS_BEGAN_ON)), last, d.text)


def _without_approximation(text: str) -> tuple[bool, str]:
    """Whether text says 'about', and the rest of it folded (_fold: Western digits, lower
    case), without the words that say nothing of the range (1998م, مواليد 1998, سنة 1998:
    _ERA, _BORN, _YEAR_WORD)."""
    s = _BORN.sub("", _fold(text.strip()))
    before, after = _APPROX_BEFORE.search(s), _APPROX_AFTER.search(s)
    if before:
        s = s[before.end():]
    if after and s.endswith(after[0]):  # "about 1998?" says it twice
        s = s[:len(s) - len(after[0])]
    s = _YEAR_WORD.sub("", s.strip(" .,:"))
    return bool(before or after), without_float_tail(_ERA.sub("", _BORN.sub("", s)).strip(" .,:"))


# A whole number a program wrote as a decimal: "1998.0" (pandas and Kobo exports), "1998.00",
# "1998,0" with a decimal comma. Not ",000", which writes thousands (1,000).
_FLOAT_TAIL = re.compile(r"^(\d+)(?:\.0+|,00?)$")


def without_float_tail(text: str) -> str:
    """A whole number's digits without the ".0" a program wrote after them ('1998.0' ->
    '1998', '41854.0' -> '41854', '25,0' -> '25'); any other text as it is. The same number in
    a workbook is a number cell, read as 1998 (table.cell_text): a CSV's must read the same."""
    m = _FLOAT_TAIL.match(text)
    return m[1] if m else text


@lru_cache(maxsize=65536)  # asked of every birth cell of a list, which repeats them
def about_a_number(text: str) -> str | None:
    """The digits of a cell that is only a word for "about" and a number of one or two digits
    ("about 20", "approx. 20", "~20", "حوالي 20", "نحو ٢٠", "20 تقريبا"), in Western digits;
    None for any other text. Read as a date, it was a year in two digits ("about 20": 2018 to
    2022), where lists write her age so: a birth column judges it (birth_numbers.py)."""
    s = _fold(text.strip())
    before, after = _APPROX_BEFORE.search(s), _APPROX_AFTER.search(s)
    if before:
        s = s[before.end():]
    elif after:
        s = s[:after.start()]
    else:
        return None
    s = s.strip(" .,:")
    return s if re.fullmatch(r"\d{1,2}", s) and s != "0" else None


def _months_before(first: date, months: int) -> date:
    """The first of the month months before first's (itself a first of a month)."""
    n = first.year * 12 + first.month - 1 - months
    return date(n // 12, n % 12 + 1, 1)


def _month_end(first: date) -> date:
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1)


def plain_text(text: str) -> str:
    """A text that is a date saying its own range (03/08/2014, 3/8/14, 08/2014, March 2017,
    1998م, 41854) in the one form documents print dates in (FuzzyDate.plain: 2014-08-03,
    2014-08, 2017-03, 1998); any other text ('about 1998', an age, words) as it is."""
    approx, rest = _without_approximation(text)
    if approx or not (any(p.match(rest) for p in _PLAIN_FORMS) or _YY.match(rest)
                      or excel_day(text)):
        return text
    try:
        return FuzzyDate.parse(text).plain() or text
    except ValueError:
        return text


def _year_typed(number: float) -> bool:
    """A number that is a year typed (98, 1998), not the count of days Excel stores a date as."""
    return float(number).is_integer() and (0 <= number < 100 or 1000 <= number <= 2200)


def _serial_day(serial: float) -> date | None:
    return _EXCEL_EPOCH + timedelta(days=int(serial)) if 1 <= serial < 80000 else None


_SERIAL = re.compile(r"\d+(?:\.\d+)?")


def excel_day(raw: object) -> date | None:
    """The day an Excel date number stands for: a number cell (41854), or a text that is only
    such a number ('41854', '٤١٨٥٤'); None for a year typed as a number (1998, 98), digits too
    few for a year ('123') and anything else."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        return _excel_day_text(raw)
    if not isinstance(raw, (int, float)) or _year_typed(raw):
        return None
    return _serial_day(float(raw))


@lru_cache(maxsize=8192)  # a list repeats its dates endlessly: each cell text is read once
def _excel_day_text(raw: str) -> date | None:
    text = without_float_tail(raw.strip().translate(DIGITS))
    # 08.2014, 12.1998, 2014.08 are months written with a dot (FuzzyDate.parse): read as a
    # number, 08.2014 was day 8 of 1900 and refused as a slip on every date typed
    if not _SERIAL.fullmatch(text) or re.fullmatch(r"\d{1,3}", text) or _MY.match(text) \
            or _YM.match(text):
        return None
    raw = float(text)
    if _year_typed(raw):
        return None
    return _serial_day(float(raw))


def likely_excel_day(raw: object, birth: bool, today: date | None = None) -> date | None:
    """The day an Excel date number stands for (excel_day) when it is a day the date can be:
    a birth from the first year a living woman can be born in (MAX_AGE years ago) to today;
    an abduction, rescue or status from the day the abductions began (ABDUCTIONS_BEGAN_ON) to
    today. None otherwise: 365 (1900-12-30) is no birth, 20014 (1954-10-17) no abduction; such
    a number is a slip, kept as typed."""
    today = today or date.today()
    day = excel_day(raw)
    first = date(today.year - MAX_AGE, 1, 1) if birth else ABDUCTIONS_BEGAN_ON
    return day if day is not None and first <= day <= today else None


class SerialSlip(ValueError):
    """A number that would be the Excel date number of a day the date cannot be (20014 as an
    abduction is 1954-10-17): a slip, no date read from it."""

    def __init__(self, text: str, day: date) -> None:
        super().__init__(f"{text!r} would be {day.isoformat()} as an Excel date number, which "
                         "cannot be this date")
        self.text, self.day = text, day


def serial_reading(raw: object, birth: bool, today: date | None = None) -> FuzzyDate | None:
    """The one rule for a date that is only a number as Excel counts days, in a list's cell
    or typed: the day it stands for when the date can be that day (likely_excel_day), written
    as that day; SerialSlip when it cannot (20014 as an abduction), so that no day is made up;
    None for anything else (1998, 03/08/2014)."""
    if day := likely_excel_day(raw, birth, today):
        return FuzzyDate(day, day, day.isoformat())
    if day := excel_day(raw):
        raise SerialSlip(str(raw).strip(), day)
    return None


def excel_number(day: date, date1904: bool = False) -> int | None:
    """The number Excel stores for day (_serial_day the other way round): its days from the
    epoch of the workbook's date system; None for a day before the epoch's first."""
    if date1904:
        n = (day - _EXCEL_EPOCH_1904).days
    elif day < _AFTER_LEAP_BUG:
        n = (day - _EXCEL_EPOCH).days - 1  # Excel's 1 is 1900-01-01
    else:
        n = (day - _EXCEL_EPOCH).days
    return n if n >= 1 else None


def year_shown_as_day(day: date, birth: bool, today: date | None = None,
                      date1904: bool = False) -> int | None:
    """The year typed into a cell formatted as a date: Excel keeps 1999 as the number of days
    1999, and shows 21/06/1905. That is the year when the number is a year the date can be (a
    birth from MAX_AGE years ago to today, an abduction or rescue from ABDUCTIONS_BEGAN to
    today) and the day itself cannot be: such a day lies in 1905 (in 1909 in the 1904 system),
    more than MAX_AGE years ago and before any abduction, so no date a list can truly give is
    ever taken for a year. None otherwise."""
    today = today or date.today()
    first_year = today.year - MAX_AGE if birth else ABDUCTIONS_BEGAN
    first_day = date(first_year, 1, 1) if birth else ABDUCTIONS_BEGAN_ON
    n = excel_number(day, date1904)
    return n if n is not None and first_year <= n <= today.year and day < first_day else None


# Two numbers and a third after separators, in any digits: the form day_month_readings reads.
_DAY_AND_MONTH = re.compile(r"\d[/.\-]\d{1,2}[/.\-]\d")


@lru_cache(maxsize=65536)  # a list's births are thousands of days, each read in several passes
def day_month_readings(text: str) -> tuple[FuzzyDate | None, FuzzyDate | None] | None:
    """A day written with both day and month in numbers (8/3/2014, 8/15/14) read day first and
    read month first, each None when that way gives no day (8/15/2014 day first); None for a
    text of any other form (2014-08-03, 08/2014, March 2017), whose order is not in question."""
    if not _DAY_AND_MONTH.search(text):  # 1998, about 1998: most births, and no day at all
        return None
    text = text.strip()
    approx, rest = _without_approximation(text)
    if not (_DMY.match(rest) or _DMY2.match(rest)):
        return None

    def read(month_first: bool) -> FuzzyDate | None:
        try:
            return FuzzyDate._parse_clean(rest, text, approx, month_first)  # as parse does
        except ValueError:
            return None

    return read(False), read(True)


def two_digit_year(raw: object) -> bool:
    """Whether the date raw holds gives its year in two digits ('16', '3/5/98', 98 in a
    spreadsheet cell), so that FuzzyDate.parse chose its century (_century), not the writer."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return 0 <= raw < 100 and raw == int(raw)
    return isinstance(raw, str) and _two_digit_text(raw)


@lru_cache(maxsize=8192)  # a list repeats its dates endlessly: each cell text is folded once
def _two_digit_text(raw: str) -> bool:
    rest = _without_approximation(raw)[1]
    return bool(_YY.match(rest) or _DMY2.match(rest)
                or (m := _DMON2.match(rest)) is not None and _month_of(m[2]) is not None)


def _century(yy: int) -> int:
    """A two-digit year: up to this year's two digits in this century, above in the last
    ('12/3/19' is 2019, '3/5/98' and '98' are 1998)."""
    return 2000 + yy if yy <= date.today().year % 100 else 1900 + yy


def _check_year(year: int, text: str) -> None:
    if not 1880 <= year <= 2100:
        raise ValueError(f"year out of range: {text!r}")
