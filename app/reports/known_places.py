"""The places a paper knows by name, whose words in a place typed are never a person's name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.importing.values import VILLAGES
from app.matching.place_words import PlaceNames
from app.reports.places import place_spellings

# A village value of the vault counts as a place's name where it reads as one: several records
# hold it, and it is a few words of letters only. One record's "Kocho (her sister Layla is
# still held)", typed into the village box, would otherwise hide Layla in every place.
_SHARED_BY = 2
_MOST_WORDS = 4
_WORDS_ONLY = re.compile(r"^[^\W\d_]+(?:[\s'’\-][^\W\d_]+)*$")


def known_places(vault_villages: Mapping[str, int]) -> PlaceNames:
    """Every known spelling of the Sinjar villages (importing.values.VILLAGES), of the towns,
    camps, regions and countries papers write in their own script (reports.places), in Latin,
    Arabic, Sorani and Kurmanji letters, and the vault's own village values (vault_villages:
    {value: records holding it}) held by several records."""
    names = [*VILLAGES, *(w for words in VILLAGES.values() for w in words)]
    names += place_spellings()
    names += [v for v, n in vault_villages.items()
              if n >= _SHARED_BY and len(v.split()) <= _MOST_WORDS
              and _WORDS_ONLY.match(v.strip())]
    return PlaceNames(names)
