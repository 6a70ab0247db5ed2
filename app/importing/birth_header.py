"""Headers that say birth but not whose (Kurmanji Zayîn, Bûyîn): her birth only by their values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from app.domain.fuzzydate import ABDUCTIONS_BEGAN, MAX_AGE, FuzzyDate, about_a_number
from app.importing.ages import about_age, age_in_year, read_age, says_age
from app.importing.birth_numbers import AGES, YEARS, bare_number, judge, only_a_year
from app.importing.ditto import is_ditto
from app.importing.fields import Field, field_for_header, fold_header
from app.importing.not_known import not_said

# Kurmanji zayîn and bûyîn are birth as much as giving birth, and Arabic الولادة as much as a
# delivery: in a list of the abducted a column so headed may be of the children born in
# captivity (2, "1 kur", "du zarok", their names, erê/na), which read as her birth would invent
# an age or a year of hers. Such a header, saying nothing but birth (Zayîn, Dîroka zayînê, Sala
# bûyînê, الولادة alone), is her birth only when its values are dates, years or ages of people
# born before the abductions, read as the converter reads a birth column. A header naming
# another field beside the word ("Temen / Zayîn", "Gundê zayînê") is that field, as before.
# "Jidayikbûn", لەدایکبوون, المواليد, تاريخ الولادة are read by name as before: Iraqi papers head
# her own birth so, ages under them included (a count 2 and a girl's age 2 read alike).
BY_VALUES, CHILDREN = "by_values", "children"
_KURMANJI_BIRTH = frozenset(fold_header(w) for w in ("zayîn", "zayînê", "bûyîn", "bûyînê"))
# what a header of the birth alone may say beside it: its date, year or day
_DATE_OR_YEAR = frozenset(fold_header(w) for w in ("dîrok", "dîroka", "sal", "sala", "roj",
                                                    "roja", "tarîx", "tarîxa"))
_BIRTH_ALONE = frozenset(fold_header(w) for w in ("الولادة", "ولادة"))
# Words of birth a header of the children born in captivity is written with
_BIRTH_WORDS = _KURMANJI_BIRTH | _BIRTH_ALONE | frozenset(fold_header(w) for w in (
    "born", "birth", "births", "المواليد", "مواليد", "مولود", "مولودين", "المولودين", "تولد",
    "لەدایکبوون", "لەدایکبوونی", "لەدایکبووی", "لەدایکبووە", "jidayikbûn", "jidayikbûnê", "zayînan"))
# Whose births: a column of the children, never hers whatever its values (their birth years
# 2000-2013 read as hers made a woman born in 2005); the user may map it by hand. In a list of
# the abducted the captive, the girl (captive, keç, dîl, êsîr, بنت, دیل, اسيرة, مخطوفة) is she:
# "Date of birth of captive", "Sala zayînê (keç)" are her birth, so only words of children are here.
_CHILDREN = frozenset(fold_header(w) for w in (
    "child", "children", "childs", "kid", "kids", "baby", "babies", "son", "sons", "daughter",
    "daughters", "طفل", "اطفال", "الاطفال", "الطفل", "ابن", "الابن", "ابناء", "الابناء", "اولاد",
    "الاولاد", "منداڵ", "منداڵی", "منداڵەکان", "منداڵەکانی", "منداڵان", "کۆرپە", "zarok", "zarokê",
    "zarokên", "zarokan", "zaroka", "kur", "kurê", "kurên", "kuran"))
# Births in captivity, the state and not the woman: "Zayîn li êsîriyê", "born in captivity",
# المواليد في الأسر, لەدایکبوون لە دیلیدا. Arabic الأسر alone may be families (أسر): only after في.
_CAPTIVITY = frozenset(fold_header(w) for w in ("captivity", "êsîriyê", "dîliyê", "dîlgirtinê",
                                                 "دیلیدا"))
_IN = frozenset(fold_header(w) for w in ("في", "خلال", "اثناء"))
_HELD = frozenset(fold_header(w) for w in ("الاسر", "السبي"))


def _in_captivity(folded: list[str]) -> bool:
    """Whether a folded header's words say captivity, the state: الأسر only after في."""
    return bool(set(folded) & _CAPTIVITY) or any(
        w in _IN and n in _HELD for w, n in zip(folded, folded[1:], strict=False))


# A count of births ("Number of births", عدد المواليد, ژمارەی لەدایکبوون) is no date of hers; with
# a word of its date or year ("Birth date (number)", the date written in figures) it is her birth.
_COUNT = frozenset(fold_header(w) for w in ("count", "number", "عدد", "ژمارە", "ژمارەی",
                                            "hejmar", "hejmara"))
_A_DATE = frozenset(fold_header(w) for w in (
    "date", "year", "dob", "day", "تاريخ", "سنة", "سنه", "يوم", "بەروار", "بەرواری", "ساڵ", "ساڵی",
    "ڕۆژ", "ڕۆژی")) | _DATE_OR_YEAR
BIRTH_YEARS = 0.8  # the share of its values that must be births of hers


def birth_header(label: str) -> str | None:
    """CHILDREN for a header of births naming children, captivity or a count ("Zayîn (zarok)",
    "Children's year of birth", عدد المواليد); BY_VALUES for one that says only birth (Zayîn,
    Dîroka zayînê, الولادة); None for any other, read by name as before."""
    hit = field_for_header(label)
    if hit is not None and hit[0] is not Field.BIRTH:
        return None  # "Temen / Zayîn" is her age, "Gundê zayînê" her village
    # "children's", "daughter’s": fold_header drops the apostrophe, leaving the s
    words = {w for word in fold_header(label).split() for w in (word, word.removesuffix("s"))}
    if hit is None and not words & _BIRTH_WORDS:
        return None
    if words & _CHILDREN or _in_captivity(fold_header(label).split()) \
            or words & _COUNT and not words & _A_DATE:
        return CHILDREN
    folded = set(fold_header(label).split())
    if folded & _KURMANJI_BIRTH and folded <= _KURMANJI_BIRTH | _DATE_OR_YEAR \
            or fold_header(label) in _BIRTH_ALONE:
        return BY_VALUES
    return None


def births_of(texts: Iterable[str], today: date | None = None) -> tuple[int, int, int]:
    """(how many cells are births of hers, how many say anything, how many of hers are ages with
    no year) of a column's cells, read as the converter reads a birth column: dates and years,
    two-digit ones as the column writes them (98, 12/3/95), ages ("25 sal", a column of bare
    ages), "about 20". A cell the converter reads as blank ("nizane", "-", غير معروف) or a ditto
    mark counts for none."""
    today = today or date.today()
    cells = Counter(s for t in texts if (s := t.strip()) and not not_said(s, Field.BIRTH)
                    and not is_ditto(s, Field.BIRTH))
    kind = judge(cells.elements())
    hers = ages = 0
    for text, n in cells.items():
        born, an_age = _read(text, kind, today)
        if _before_abductions(born, today):
            hers += n
            ages += n if an_age else 0
    return hers, sum(cells.values()), ages


def _read(text: str, kind: str, today: date) -> tuple[FuzzyDate | None, bool]:
    """The birth a cell gives as convert._attributes reads a birth column, or None; and whether
    it was an age with no year said (its reason says ages, not dates)."""
    if says_age(text):
        age = read_age(text)
        return (age.birth(None, today) if age else None), True
    if (digits := bare_number(text)) is not None:
        if kind == AGES and not digits.startswith("0"):
            age = read_age(text)
            return (age.birth(None, today) if age else None), True
        return (_parsed(text) if kind == YEARS or only_a_year(digits) else None), False
    if about_a_number(text) is not None:
        age = about_age(text)
        return (age.birth(None, today) if age else None), True
    if (aged := age_in_year(text, today)) is not None:
        return aged[0].birth(aged[1], today), False
    return _parsed(text), False


def _parsed(text: str) -> FuzzyDate | None:
    try:
        return FuzzyDate.parse(text)
    except ValueError:
        return None


def _before_abductions(d: FuzzyDate | None, today: date) -> bool:
    """A birth a woman living could have, before the abductions: a child born in captivity was
    born in 2014 or later, never in 1995. An age whose year is not said counts only when it is
    before 2014 whenever it was said (13 or more today): a count of 2 and a child of 2 read alike,
    and a column of girls' ages is left for the user to map by hand, its reason saying why."""
    return bool(d and d.earliest and d.latest and d.earliest.year >= today.year - MAX_AGE
                and d.latest.year < ABDUCTIONS_BEGAN)
