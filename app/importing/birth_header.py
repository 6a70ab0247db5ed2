"""Headers that say birth but not whose (Kurmanji Zayîn, Bûyîn): her birth only by their values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from app.domain.fuzzydate import ABDUCTIONS_BEGAN, DIGITS, MAX_AGE, FuzzyDate
from app.importing.fields import Field, field_for_header, fold_header

# Kurmanji zayîn and bûyîn are birth as much as giving birth, and Arabic الولادة as much as a
# delivery: in a list of the abducted a column so headed may be of the children born in
# captivity (2, "1 kur", "du zarok", their names, erê/na), which read as her birth would invent
# an age or a year of hers. Such a column is her birth only when its values are dates or years
# people were born in. "Jidayikbûn", لەدایکبوون, المواليد, تاريخ الولادة say her own birth, as
# Iraqi papers write it, and are read so (ages and short years under them included), but not
# beside a word of children, captivity or a count ("Children born in captivity", عدد المواليد).
_BIRTH_OR_BIRTHS = frozenset(fold_header(w) for w in ("الولادة", "ولادة"))
_KURMANJI_BIRTH = frozenset(fold_header(w) for w in ("zayîn", "zayînê", "bûyîn", "bûyînê"))
# "Cihê zayînê" is where she was born
_PLACE = frozenset(fold_header(w) for w in ("cih", "cihê", "der", "gund", "bajar", "place",
                                             "مكان", "محل", "شوێن", "شوێنی"))
_CHILDREN_OR_CAPTIVITY = frozenset(fold_header(w) for w in (
    "child", "children", "childs", "kids", "baby", "babies", "son", "sons", "daughter",
    "daughters", "captivity", "captive", "count", "number", "طفل", "اطفال", "الاطفال", "ابناء",
    "الابناء", "الاسر", "اسر", "السبي", "عدد", "منداڵ", "منداڵی", "منداڵەکان", "منداڵان",
    "کۆرپە", "دیلی", "دیلیدا", "دیل", "ژمارە", "ژمارەی", "zarok", "zarokê", "zarokên", "zarokan",
    "kur", "keç", "êsîr", "êsîrî", "êsîriyê", "dîl", "dîlî", "dîliyê", "dîlgirtin",
    "dîlgirtinê", "hejmar", "hejmara"))
BIRTH_YEARS = 0.8  # the share of its values that must be years or days of birth
_FOUR_DIGITS = re.compile(r"\d{4}")


@lru_cache(maxsize=4096)  # asked of every cell of a column left out, by the import's report
def says_birth_or_births(label: str) -> bool:
    """Whether a header says birth, hers or a child's: Zayîn, Dîroka zayînê, "Dîrok / Zayîn",
    الولادة alone, or a header of her birth beside a word of children, captivity or a count."""
    words = set(fold_header(label).split())
    if fold_header(label) in _BIRTH_OR_BIRTHS or (words & _KURMANJI_BIRTH and not words & _PLACE):
        return True
    hit = field_for_header(label)
    return hit is not None and hit[0] is Field.BIRTH and bool(words & _CHILDREN_OR_CAPTIVITY)


def born_in(text: str) -> bool:
    """Whether text is a year (or day) a person living could be born in before the abductions:
    1998, about 1998, 03/05/1998; not 98 (an age as much as a year), 2014 or later."""
    if not _FOUR_DIGITS.search(text.translate(DIGITS)):
        return False
    try:
        d = FuzzyDate.parse(text)
    except ValueError:
        return False
    return bool(d.earliest and d.latest and d.earliest.year >= date.today().year - MAX_AGE
                and d.latest.year < ABDUCTIONS_BEGAN)


def birth_share(texts: Iterable[str]) -> tuple[int, int]:
    """(how many of the cells with a value are years or days of birth, how many have one)."""
    filled = [t for t in texts if t.strip()]
    return sum(map(born_in, filled)), len(filled)
