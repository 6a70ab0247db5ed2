"""Pairs of names brothers are given (Hasan and Hussein) that Latin spellings make look alike."""

from __future__ import annotations

import re
from functools import lru_cache

from app.text.normalize import tokens

# Each family: name -> its Arabic spellings (folded, normalize.tokens) and a pattern of its
# folded Latin spellings. Two names of one family are two men, often brothers (Hasan and
# Hussein are given as a pair), whose daughters share a grandfather and a clan: a Kurmanji
# list's Hesen (حسن: e is a short a there) scored 0.91 against حسين and 0.95 against
# Hisên, a match, and a cousin's row became a certain update of her record. Only the
# spellings each name is written in: a word neither pattern reads is left to the sounds.
_FAMILIES: dict[str, dict[str, tuple[frozenset[str], re.Pattern[str]]]] = {
    "hasan": {
        # Hasan, Hassan, Hesen, Hasen, Hesan, Hessen, Hacen (Maghrebi)
        "hasan": (frozenset({"حسن"}), re.compile(r"h[ae](?:s{1,2}|c)[ae]n")),
        # Hussein, Husein, Husain, Husayn, Hüseyin, Hosein, Houssein, Husên, Hussen, Hisên
        # (Kurmanji), Husin: Hussein's second vowel is written. Not Husn, Hisan, Hussan: one
        # a there is Hasan's vowel (or another name), never Hussein's.
        "hussein": (frozenset({"حسين", "حوسين"}), re.compile(
            r"h(?:u|o|ou|i)s{1,2}(?:e|i|ee|ai|ay|ei|ey|ie|eyi|ayi)n")),
    },
    "saad": {
        "saad": (frozenset({"سعد"}), re.compile(r"saa?d|se'?d")),
        # Saeed, Said, Sa'id, Seîd, Saiid (not Saed, which lists write for either)
        "saeed": (frozenset({"سعيد"}), re.compile(r"sa'?(?:ee|i|ii|ei|ie)d|sei{1,2}d")),
    },
    "muhammad": {
        # Muhammad, Mohammed, Mohamed, Mouhamad, Mihemed and Mhemed (Kurmanji), Mehmed and
        # Mehmet (Turkish); موحەممەد in Sorani letters
        "muhammad": (frozenset({"محمد", "موحممد", "محممد"}),
                     re.compile(r"m(?:[aeiou]|ou)?h[ae]m{1,2}[ae]d|mehme[dt]")),
        # Mahmoud, Mahmood, Mahmud, Mehmûd (Kurmanji), Mahmut (Turkish), Mahmout; مەحموود
        "mahmoud": (frozenset({"محمود", "محموود"}), re.compile(r"m[ae]hm(?:ou|oo|u|o|uu)[dt]")),
    },
    "karam": {
        # Karam, Kerem (Kurmanji), Keram
        "karam": (frozenset({"كرم"}), re.compile(r"k[ae]r[ae]m")),
        # Karim, Kareem, Kerîm (Kurmanji), Kerim
        "karim": (frozenset({"كريم"}), re.compile(r"k[ae]r(?:i|ee|ii|ie)m")),
    },
}

# As far apart as Hussein and Hasan themselves (0.75): partly alike, so a row is asked about,
# never taken as hers unseen; and no longer a match in a search for the other name.
BROTHERS_SIM = 0.74
# Two spellings of one of these names, however far apart their letters (Hisên and Hussein
# 0.84, Mehmed and Muhammad 0.75): one name, as across scripts (namesim.ACROSS_SAME_NAME).
ONE_NAME_SIM = 0.93


@lru_cache(maxsize=100_000)
def _name_of(word: str) -> tuple[str, str] | None:
    """(family, name) of a folded word that is a spelling of one of the names above."""
    for family, names in _FAMILIES.items():
        for name, (arabic, latin) in names.items():
            if word in arabic or latin.fullmatch(word):
                return family, name
    return None


def brothers_sim(a: str, b: str, sim: float) -> float:
    """sim of two folded words, bounded where both spell names of one family: at most
    BROTHERS_SIM for two names (Hesen and Hussein, Mehmûd and محمد: two men, not one name
    spelt two ways), at least ONE_NAME_SIM for one (Hisên and Hussein)."""
    na, nb = _name_of(a), _name_of(b)
    if na is None or nb is None or na[0] != nb[0]:
        return sim
    return max(sim, ONE_NAME_SIM) if na[1] == nb[1] else min(sim, BROTHERS_SIM)


# Arabic spellings (folded) of two names a long vowel apart that are not in a family above,
# since their Latin spellings seldom meet: Sleman (سليمان) and Salman (سلمان).
_ARABIC_TWO_NAMES = frozenset({frozenset({"سليمان", "سلمان"})})


def arabic_two_names(a: str, b: str) -> bool:
    """Two folded Arabic-script words that spell two known names: of one family above (حسين
    and حسن) or a pair of _ARABIC_TWO_NAMES (سليمان and سلمان)."""
    if frozenset({a, b}) in _ARABIC_TWO_NAMES:
        return True
    na, nb = _name_of(a), _name_of(b)
    return na is not None and nb is not None and na[0] == nb[0] and na[1] != nb[1]


def one_name(a: str, b: str) -> bool:
    """Two name texts of one word each that spell the same one of these names (Hisên and
    حوسێن): a check that reads them as two names by their vowels is wrong about them."""
    ta, tb = tokens(a), tokens(b)
    if len(ta) != 1 or len(tb) != 1:
        return False
    na = _name_of(ta[0])
    return na is not None and na == _name_of(tb[0])
