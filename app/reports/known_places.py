"""The places a paper knows by name, whose words in a place typed are never a person's name."""

from __future__ import annotations

from functools import lru_cache

from app.importing.values import VILLAGES
from app.matching.place_words import PlaceNames
from app.reports.places import place_spellings


@lru_cache(maxsize=1)  # the same for every paper: the tables only
def known_places() -> PlaceNames:
    """Every known spelling of the Sinjar villages (importing.values.VILLAGES), of the towns,
    camps, regions and countries papers write in their own script (reports.places), in Latin,
    Arabic, Sorani and Kurmanji letters. Not the vault's own village values: one typed into
    the village box of a woman's two records ("Kocho with Layla", her duplicate merged) made
    "with Layla" a place on every paper; a village these lack is read as any place typed.
    PlaceNames keeps those of two words or more: Siba, Hardan, Kocho may be a person's name."""
    names = [*VILLAGES, *(w for words in VILLAGES.values() for w in words)]
    names += place_spellings()
    return PlaceNames(names)
