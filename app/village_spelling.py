"""Whether two village values that matching takes for one place are spellings of it, or only a
similar name (Hardann: a letter more than Hardan), for a filter that takes the village itself."""

from __future__ import annotations

import re
import unicodedata

from app.domain.script import has_arabic
from app.importing.values import village_key

# Arabic's article, written joined to the word (الحاتمية is حاتمية); Latin's, as it is typed
_AR_ARTICLE = re.compile(r"(?:(?<=\s)|^)ال(?=\S{3})")
_LATIN_ARTICLE = re.compile(r"(?:(?<=\s)|^)(?:al|el)[-\s](?=\S)")
_APART = re.compile(r"[\s\-‐–_'’ʿʾ`.]+")  # spaces, hyphens, apostrophes: no letters of it
# Arabic letters that a Latin spelling writes as a vowel or not at all (long vowels, hamza,
# ain, the final ta marbuta): not counted against a Latin spelling's consonants
_AR_UNCOUNTED = frozenset("اويىیۆێەءأإآؤئعة")
_LATIN_VOWELS = frozenset("aeiouyw")  # y, w too: Hatimiya's y is Arabic's ي, a long vowel
_ONE_SOUND = ("kh", "sh", "ch", "gh", "th", "dh", "zh")
# Kurmanji letters as English spelling writes them (Çiçek, Chichek; Xanke, Khanke)
_KURMANJI = str.maketrans({"ç": "ch", "ş": "sh", "x": "kh", "î": "i", "ê": "e", "û": "u"})


def _arabic(text: str) -> str:
    """Folded as the vault folds villages, without the article, spaces and hyphens."""
    return _APART.sub("", _AR_ARTICLE.sub("", village_key(text)))


def _latin(text: str) -> list[str]:
    """A Latin spelling's sounds in order: each consonant (kh, sh, ch... as one), each vowel as
    V, the article, spaces and hyphens gone, a final h after a vowel (Hatimiyah) too."""
    text = text.lower().translate(_KURMANJI)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _APART.sub("", _LATIN_ARTICLE.sub("", text))
    text = re.sub(r"(?<=[aeiou])h$", "", text)
    out, i = [], 0
    while i < len(text):
        if text[i:i + 2] in _ONE_SOUND:
            out.append(text[i:i + 2])
            i += 2
            continue
        out.append("V" if text[i] in "aeiou" else text[i])
        i += 1
    return out


# The Arabic letters each Latin consonant writes, as transliterators write them (the classes of
# app/text/keys.py: ق k/q/g, ص s, ط t, ض d...). A p is پ, not ب: Latin tells Rampusi from Rambusi,
# so Rampusi is not رمبوسي either (or Rambusi would be both and Rampusi one of them). The vault's
# folding writes پ as ب: it is kept apart as ٻ, which folding leaves alone, for this comparison.
_WRITES = {
    "b": "ب", "p": "ٻ", "t": "تطث", "th": "ثت", "d": "دضذ", "dh": "ذضد", "j": "جچژ",
    "ch": "چجش", "sh": "ش", "zh": "ژجز", "h": "حه", "kh": "خغ", "gh": "غق", "k": "كقک",
    "q": "قك", "g": "گكقغک", "c": "كقسج", "r": "ر", "z": "زظذض", "s": "سصث", "f": "فڤ",
    "v": "ڤف", "l": "ل", "m": "م", "n": "ن",
}


def _consonants(text: str) -> list[str]:
    """The consonants a spelling writes, in order: Arabic letters, or Latin sounds (kh as one)."""
    if has_arabic(text):
        key = _arabic(text.replace("پ", "ٻ"))
        key = key[:-1] if key.endswith("ه") else key  # a final ه is a vowel's, mostly
        return [c for c in key if c not in _AR_UNCOUNTED and c.isalpha()]
    return [s for s in _latin(text) if s != "V" and s not in _LATIN_VOWELS]


def _same_consonants(a: list[str], b: list[str]) -> bool:
    """Whether consonants of two scripts (Latin ones in a, Arabic ones in b) are one by one the
    same: Hatimiya, الحاتمية; not Hardam, حردان (m is no ن) nor Hardann (a letter more)."""
    return len(a) == len(b) and all(y in _WRITES.get(x, x) for x, y in zip(a, b, strict=True))


def _measures(a: str, b: str) -> tuple[object, object]:
    """What must agree for a and b to be one spelling, and by which they are told apart: in
    Arabic letters, the letters; in Latin letters, consonants and vowels in order (Til Qeseb,
    Tel Qasab); across scripts, the consonants (Hatimiya, الحاتمية)."""
    if has_arabic(a) and has_arabic(b):
        return _arabic(a), _arabic(b)
    if not has_arabic(a) and not has_arabic(b):
        return _latin(a), _latin(b)
    return _consonants(a), _consonants(b)


def spelt_alike(a: str, b: str) -> bool:
    """Whether a and b, which matching takes for one place, write it alike: the same letters
    but for the article, spaces and hyphens (حاتمية, الحاتمية; تلقصب, تل قصب), the same sounds
    but for the vowels written (Til Qeseb, Tel Qasab), or in two scripts the same consonants
    (Til Qeseb, تل قصب). Hardann is not Hardan nor حردان: a letter more."""
    x, y = _measures(a, b)
    if has_arabic(a) != has_arabic(b):
        return _same_consonants(y, x) if has_arabic(a) else _same_consonants(x, y)
    return x == y


def letters_more(typed: str, stored: str) -> int:
    """How many letters typed has more than stored (fewer: below 0), as spelt_alike counts
    them; 0 where they have as many but others."""
    x, y = _measures(typed, stored)
    return len(x) - len(y)
