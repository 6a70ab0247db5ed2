"""Cross-script keys: Arabic-script and Latin spellings of a name folded onto one sound alphabet.

The alphabet is coarse on purpose: letters that transliterators confuse share one class
(k/q/g/c, ح/ه and h, ث/ت/ط and th/t, ذ/ض/د and dh/d, ش and sh/ch/sch, ج/چ and j, ف/ڤ and
f/v/ph, ب/پ and b/p; چ is folded to ج as Arabic keyboards type it, and so is Kurmanji ç, which
is only that sound; an English or French ch is read sh, near j); خ and kh/x stay "x", near h
and k, so Khidir is not Haidar. A v before a consonant is read b too: Kurmanji writes the ب of
عبد so (Evdal, عبدال). Vowels are a, e, i, u:
Kurmanji e is the Arabic a (Hesen, Hasan) and English e is often an i (Elias), so e sits between.
The "phonetic" key keeps vowels; the "skeleton" drops them and is what blocking uses. These rules
are general transliteration knowledge (Arabic, Kurmanji, English and French habits), not learnt
from any list of names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.script import has_arabic
from app.text.normalize import OPEN_E, fold_arabic, fold_latin_again, readings

VOWELS = frozenset("aeiu")

# Arabic letters (after fold_arabic) to classes; alef/ain start a vowel, ء was already dropped.
_AR = {
    "ا": "a", "ع": "a", "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x",
    "د": "d", "ذ": "d", "ض": "d", "ظ": "z", "ر": "r", "ز": "z", "س": "s", "ص": "s", "ش": "S",
    "غ": "k", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "u",
    "ي": "i", OPEN_E: "h",  # a bare ە at a word's start: as ه first (phonetic_variants)
}

# Latin spellings, longest first, to classes. Kurmanji: x = kh, c = j, j = zh, q = q.
_LATIN_MULTI = [
    ("tch", "S"), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("zh", "z"), ("dj", "j"), ("dzh", "j"),
    ("kh", "x"), ("gh", "k"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("qu", "k"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("ei", "i"), ("ey", "i"), ("ay", "ai"),
    ("aa", "a"), ("ea", "i"), ("ue", "u"),
]
_LATIN_ONE = {
    "a": "a", "e": "e", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u", "b": "b", "p": "b",
    "t": "t", "d": "d", "j": "j", "h": "h", "x": "x", "r": "r", "z": "z", "s": "s", "f": "f",
    "v": "f", "k": "k", "q": "k", "g": "k", "c": "k", "l": "l", "m": "m", "n": "n",
    "ç": "j",  # Kurmanji ç, as normalize.fold_latin keeps it: چ, folded to ج; never ش
}
# Kurdish has no ذ, ض nor ث: Sorani writes the Arabic names that hold them with ز and س (وضحة
# وەزحە, ذكرى زیکرا, كوثر کەوسەر, رمضان ڕەمەزان), Kurmanji with z and s (Zikra, Kewser).
_KURDISH_LETTERS = str.maketrans({"ذ": "ز", "ض": "ز", "ث": "س"})
_LATIN_MULTI_RE = re.compile("|".join(re.escape(a) for a, _ in _LATIN_MULTI))
_LATIN_MULTI_MAP = dict(_LATIN_MULTI)
# A c that is not part of ch/ck: English reads it k or s, Kurmanji without accents reads j.
_LONE_C = re.compile(r"c(?![hk])")
# A v that closes a syllable: after a vowel, before a consonant (Evdal, Evdo).
_V_BEFORE_CONSONANT = re.compile(r"(?<=[aeiouy])v(?=[bcçdfghjklmnpqrstxz])")


def _collapse(s: str) -> str:
    """One letter for each run of the same class (Hassan = Hasan, تت = ت)."""
    out = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=200_000)
def phonetic_word(word: str) -> str:
    """The sound-class string of one word in either script; '' for a word with no letters."""
    if has_arabic(word):
        return _arabic_phonetic(fold_arabic(word))
    return _latin_phonetic(word)


def _arabic_phonetic(w: str) -> str:
    w = w.replace("تش", "ش")  # how Arabic writes the ch of foreign names
    out = []
    n = len(w)
    for i, ch in enumerate(w):
        cls = _AR.get(ch)
        if cls is None:
            continue
        if ch == "ه" and i == n - 1 and i > 0:
            cls = "a"  # final heh is mostly the feminine -a (فاطمة, Fatima)
        elif ch in "وي" and (i == 0 or (out and out[-1] in VOWELS and i < n - 1)):
            cls = "u" if ch == "و" else "i"  # consonant w/y sound the same as the vowel class
        out.append(cls)
    return _collapse("".join(out))


def _latin_phonetic(word: str) -> str:
    w = fold_latin_again(word)  # turns visibly Kurmanji c/j into j/zh already
    w = re.sub(r"c(?=[eiy])", "s", w)
    out = []
    pos = 0
    while pos < len(w):
        m = _LATIN_MULTI_RE.match(w, pos)
        if m:
            out.append(_LATIN_MULTI_MAP[m.group()])
            pos = m.end()
            continue
        cls = _LATIN_ONE.get(w[pos])
        if cls:
            out.append(cls)
        pos += 1
    return _collapse("".join(out))


@lru_cache(maxsize=200_000)
def phonetic_variants(word: str) -> tuple[str, ...]:
    """Phonetic keys of a folded word and of its plausible other readings.

    Without a glued article (الدخي, Aldakhi) and, for Latin, without a final h after a vowel
    (Fatimah = Fatima; but Samah keeps its h in the first key). A word that begins with a
    bare ە has the keys of both its readings (normalize.readings: ەحمد as هحمد and احمد).
    """
    if word[:1] == OPEN_E and len(word) > 1:
        return tuple(dict.fromkeys(k for r in readings(word) for k in phonetic_variants(r)))
    keys = [phonetic_word(word)]
    if has_arabic(word):
        if word.startswith("ال") and len(word) > 3:
            keys.append(phonetic_word(word[2:]))
        if word.endswith("ه") and len(word) > 1 and keys[0].endswith("a"):
            keys.append(keys[0][:-1] + "h")  # final heh as a consonant: طه Taha, الله
            if len(word) == 2:
                # and طه (Taha) writes neither long a, the last one being the whole name's
                # own spelling, not a final ة: Latin's final a is no vowel Arabic wrote.
                keys.append(keys[0][:-1] + "ha")
            if word.endswith("اه") and len(word) > 2:
                # and a ة after a long a is read t, as its name is said (حياة Hayat, نجاة
                # Najat) and Sorani writes it (حەیات, نەجات): read as -a alone, Hayat
                # against حياة was 0.68 and shared no blocking key with it.
                keys.append(phonetic_word(word[:-1] + "ت"))
        elif word.endswith("ي") and len(word) > 2 and keys[0].endswith("i"):
            # final ى folded to ي is an -a: ليلى Layla. Read with its alef in its place, not the
            # key's last i made an a: in يحيى the ي before it had merged with it (Yahya read
            # as "iha", meeting neither Yahya nor Sorani یەحیا in blocking).
            keys.append(phonetic_word(word[:-1] + "ا"))
    else:
        if len(word) > 5 and word[:2] in ("al", "el"):
            keys.append(phonetic_word(word[2:]))
        if len(word) > 3 and word[-1] == "h" and word[-2] in "aeiou":
            keys.append(phonetic_word(word[:-1]))
        if _LONE_C.search(word):
            keys.append(phonetic_word(_LONE_C.sub("j", word)))  # Celal = Jalal = جلال
        if "zh" in word and "dzh" not in word:
            # zh is ژ: Kurmanji's j (Rojîn, folded so) or English's zh. But a list typed by
            # someone who learnt English spelling writes the j of جيهان, جميلة as English does
            # and still puts Kurmanji's î or ê on the vowels (Jîhan, Jamîla, Jasîm: Kurmanji
            # itself writes Cîhan), and that î makes the word read as Kurmanji, its j as zh.
            # Arabic writes a ژ as ج anyway (ژیلان, جيلان: Rozhin is روجين), so ج is the other
            # reading of every zh, as j is of a lone c (Celal): with zh alone, a list's Jîhan
            # Mirad shared no blocking key with جيهان مراد, and match offered nobody.
            keys.append(phonetic_word(word.replace("zh", "j")))
        if _V_BEFORE_CONSONANT.search(word):
            # Kurmanji writes the ب of Arabic عبد as v (Evdal for عبدال, Evdo for عبدو, Evdî,
            # Evdil): a ب closing a syllable. Read as f alone, such a v met ب only as a near
            # sound: Evdal keyed afdl, عبدال abdl, and the two never met in blocking (Evdila
            # and Evdilla are read as the compound عبد الله already, compounds.glue). A v
            # before a vowel stays ڤ or و alone (Viyan ڤیان, فيان; Avan, Berîvan, Dilovan):
            # read as b there, Şivan would near شعبان and Viyan بيان.
            keys.append(phonetic_word(_V_BEFORE_CONSONANT.sub("b", word)))
        if "x" in word:
            # Kurmanji has one common letter for خ and غ (ẍ is rarely typed): Xezal is غزال.
            keys.append(phonetic_word(word.replace("x", "gh")))
        if "dh" in word or "th" in word:
            # Wadha is وضحة (d + h), Fathi is فتحي: the pair may be two sounds, not one.
            keys.append(phonetic_word(word.replace("dh", "d_h").replace("th", "t_h")))
        if "ea" in word:
            # So may ea: an i and then an a across a hamza, ain or yeh (Weam is Wiam, وئام;
            # Rabea is ربيعة), where the i is the y that keeps Nadia from Nada. The one-i
            # reading stays first (Gatea is كاطع); with it alone Weam shared no key with Wiam.
            keys.append(phonetic_word(word.replace("ea", "ia")))
    return tuple(dict.fromkeys(k for k in keys if k))


def as_kurdish_writes(word: str) -> str:
    """An Arabic-script word with its ذ, ض, ث written as Kurdish writes them (ز, ز, س); the
    word itself where it has none. Not a reading of every Arabic spelling (ثامر Thamer and
    سامر Samer are two names to an Arabic writer), only against a Sorani or Latin spelling
    (namesim.text_sim; blocking reads the Kurdish side the other way)."""
    return word.translate(_KURDISH_LETTERS)


def skeleton_of(phonetic: str) -> str:
    """The consonants of a phonetic key; a leading vowel is kept as 'a' so Ali != Li.

    Coarser than the key: x (kh) joins h, so Halil and خليل still meet in blocking.
    """
    return _collapse(consonants_of(phonetic).replace("x", "h"))


def consonants_of(phonetic: str) -> str:
    """The skeleton with x (kh) still apart from h: what the start of a word being typed is
    matched on across scripts, where Kh means خ and not ح."""
    if not phonetic:
        return ""
    lead = "a" if phonetic[0] in VOWELS and not glide_at(phonetic, 0) else ""
    # An i before a vowel is the consonant y (Nadia, نادية): it stays, so Nada is another name.
    kept = ("y" if glide_at(phonetic, i) else ch for i, ch in enumerate(phonetic)
            if ch not in VOWELS or glide_at(phonetic, i))
    return lead + _collapse("".join(kept))


def glide_at(key: str, i: int) -> bool:
    """An i before another vowel is the consonant y (Nadia, Nadya, نادية; Rania, رانيا): one
    more or less is another name (Nada, ندى; Rana, رنا), not a vowel spelt otherwise."""
    return key[i] == "i" and i + 1 < len(key) and key[i + 1] in VOWELS


def skeleton_word(word: str) -> str:
    return skeleton_of(phonetic_word(word))


def _vowel_slots(phonetic: str) -> list[str]:
    """The vowels of a phonetic key between its consonants as consonants_of reads them (a glide
    i is the consonant y): slot 0 before the first consonant, slot n after the n-th."""
    slots, last = [""], ""
    for i, ch in enumerate(phonetic):
        if ch in VOWELS and not glide_at(phonetic, i):
            slots[-1] += ch
            continue
        cons = "y" if ch == "i" else ch
        if cons != last:  # consonants_of collapses a consonant met again across a vowel
            slots.append("")
        last = cons
    return slots


def _vowels_meet(a: str, b: str) -> bool:
    """Two written vowel classes that may be one vowel: the same, or e and a or i (e sits
    between them, see the module docstring)."""
    return a == b or (a == "e" and b in "ai") or (b == "e" and a in "ai")


def vowels_agree(start: str, key: str) -> bool:
    """Whether the phonetic key start (the beginning of a word being typed, its consonants
    already the start of key's) writes no vowel after a consonant that key writes otherwise.

    The consonants alone make ياس (Yas, الياس without its ال) the start of يوسف and Yousif:
    both Y-S. Arabic writes its long vowels, and a Latin spelling writes a vowel there too, so
    an a against a u between the same consonants is another name. A vowel one side leaves out
    (Arabic's short ones) agrees with any; so does a word's first vowel (alef or ain, Ismail
    for إسماعيل)."""
    mine, theirs = _vowel_slots(start), _vowel_slots(key)
    for a, b in zip(mine[1:], theirs[1:], strict=False):
        if a and b and not any(_vowels_meet(x, y) for x in a for y in b):
            return False
    return True
