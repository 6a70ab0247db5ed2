"""The places a paper knows by name, whose words in a place typed are never a person's name."""

from __future__ import annotations

from functools import lru_cache

from app.importing.values import VILLAGES
from app.matching.place_words import PlaceNames
from app.reports.places import place_spellings

# Quarters of the towns where women were held whose name is also a woman's or a man's given
# name (Hay al-Zahra: a sister Zahra; Hay al-Nour: Nour): known whole, as the villages are, so
# that her own rescue "from Mosul, Hay al-Zahra" prints while her sister Zahra is held. Only by
# this table, not by a rule on the word after "Hay": each such rule tried let a held name
# through ("the same quarter as Zahra", حي الهام for a brother Ilham). Each in Latin and Arabic
# letters; other spellings as place matching reads them (Hay al-Zahraa, Hay Al Zahra).
_QUARTERS = (
    "Hay al-Zahra", "حي الزهراء", "Hay al-Nour", "حي النور", "Hay al-Zuhur", "حي الزهور",
    "Hay al-Salam", "حي السلام", "Hay al-Rahma", "حي الرحمة", "Hay al-Amal", "حي الأمل",
    "Hay al-Wahda", "حي الوحدة", "Hay al-Karama", "حي الكرامة", "Hay al-Noor", "Hay al-Zahraa",
)


@lru_cache(maxsize=1)  # the same for every paper: the tables only
def known_places() -> PlaceNames:
    """Every known spelling of the Sinjar villages (importing.values.VILLAGES), of the towns,
    camps, regions and countries papers write in their own script (reports.places), in Latin,
    Arabic, Sorani and Kurmanji letters. Not the vault's own village values: one typed into
    the village box of a woman's two records ("Kocho with Layla", her duplicate merged) made
    "with Layla" a place on every paper; a village these lack is read as any place typed.
    And the towns' quarters named like persons (_QUARTERS).
    PlaceNames keeps those of two words or more: Siba, Hardan, Kocho may be a person's name."""
    names = [*VILLAGES, *(w for words in VILLAGES.values() for w in words)]
    names += place_spellings()
    names += _QUARTERS
    return PlaceNames(names)
