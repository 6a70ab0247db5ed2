"""Compound names read as one word, written apart or together: عبد الله = عبدالله, Abd al-Karim
= Abdulkarim, Khair Allah = Khairullah, نور الدين = نورالدين.

Without this, "عبد الله خليل" has three words and "عبدالله خليل" two: search ranks another
person first, and the given name of one lines up with the father's name of the other.
Works on folded words (see normalize.fold), after particles are taken out.
"""

from __future__ import annotations

from functools import lru_cache

from app.domain.script import is_arabic_char

# Words that belong to the word after them ("servant of ..."): Arabic folded, and the Latin
# and Kurmanji spellings of it (Ebdul Kerîm). Only spellings that are never a name on their
# own: Abdal (Evdal) is a Yazidi name, Abdu the usual Latin for عبده, Evdil a Kurmanji name.
PREFIXES = frozenset({"عبد", "abd", "abdul", "abdel", "ebd", "ebdul", "evd"})
# Second halves that belong to the word before them (خير الله, عز الدين, نور الهدى).
SECOND_HALVES = frozenset({
    "الله", "الدين", "الرحمن", "الهدي", "الزمان", "الاسلام",
    "allah", "ullah", "illah", "din", "deen", "aldin", "eldin", "uddin", "eddin", "addin",
    "aldeen", "eldeen", "uddeen", "eddeen", "alhuda", "elhuda", "alhouda", "elhouda", "alhoda",
    "elhoda", "alzaman", "elzaman", "alislam", "elislam",
    # French-style spellings of the Maghreb and the ul of South Asian ones (Nour Eddine,
    # Noor Ul Huda): the import read Eddine and Ul Huda as a father's name
    "eddine", "aldine", "eldine", "uddine", "ulhuda", "ulhouda", "ulhoda",
})
# A second half is glued without its article, in either script: Latin writes it al-, el-,
# ud-, ad- or not at all (Saif al-Din, Saifuddin, Nour Din), Arabic always
# ال. Kept, the Arabic سيفالدين held two letters most Latin spellings lack, and Saif al-Din
# scored 0.74 against it. الله and الرحمن keep theirs: عبدالله, عبدالرحمن are read whole by
# the Abd rule, and خير الله as Khairullah.
_KEEPS_ARTICLE = ("الله", "الرحمن")
_ARABIC_ENDS = tuple(h for h in SECOND_HALVES
                     if h.startswith("ال") and h not in _KEEPS_ARTICLE)
_ARABIC_BARE = frozenset(h[2:] for h in _ARABIC_ENDS)
# Not Kurmanji's e of Nûredîn, Ezedîn: cut there, Izzedin left Ezedîn (0.94 before, 0.80),
# and its spellings already meet the Arabic ones. Not -dine: Claudine, Geraldine, Sardine.
_LATIN_HALF_LINKS = ("al", "el", "ul", "ud", "ad", "ed")
_LATIN_BARE = ("din", "deen", "huda", "houda", "hoda", "zaman", "islam")
# Names ending in the l that a compound written as one word shares with its article: جمالدين
# and Jamaldin are Jamal al-Din, not جم الدين and Jam al-Din
_OWN_L = ("جمال", "كمال", "جلال", "بلال", "هلال",
          "jamal", "kamal", "jalal", "bilal", "hilal", "jemal", "kemal", "jelal", "cemal", "celal")
# The endings of a Latin compound written as one word (Saifuddin, Nurelhuda, Noorulhuda)
_LATIN_ENDS = tuple(sorted({link + bare for link in _LATIN_HALF_LINKS for bare in _LATIN_BARE},
                           key=len, reverse=True))
# What a compound ends with as glue() leaves it, for short_form: the bare halves, and the
# halves that keep their article
_BARE = _ARABIC_BARE | set(_LATIN_BARE)
_ENDS = {"الله", "الرحمن", "allah", "ullah", "illah"} | _BARE


def bare_half(half: str) -> str:
    """A second half without its article: الدين -> دين, aldin and uddin -> din; الله,
    الرحمن and allah as they are."""
    if half.startswith("ال"):
        return half if half in _KEEPS_ARTICLE else half[2:]
    return next((half[len(x):] for x in _LATIN_HALF_LINKS
                 if half.startswith(x) and half[len(x):] in _LATIN_BARE), half)


def _written_together(word: str) -> str:
    """A compound written as one word in the form glue() gives it written apart: نورالدين ->
    نوردين, Saifuddin -> saifdin, Nurelhuda -> nurhuda (its own name two letters at least in
    Arabic script, three in Latin). A word of the Abd rule (عبدالرحمن) is not one: its own
    joint is read there."""
    if not word or word.startswith(("عبد", "abdul")):
        return word
    arabic = is_arabic_char(word[0])
    if any(word.startswith(n) and word[len(n):] in _BARE for n in _OWN_L):
        return word  # جمالدين: جمال and دين, as glue() writes جمال الدين
    if arabic and word.endswith("هدين") and len(word) >= 6:
        return word[:-4] + "دين"  # Sorani's link ە: جەمالەدین, نورەدین
    least = 2 if arabic else 3  # Aladdin's al is no name: read whole, it is Ala al-Din's
    end = next((e for e in (_ARABIC_ENDS if arabic else _LATIN_ENDS)
                if word.endswith(e) and len(word) >= len(e) + least), "")
    return word[:-len(end)] + bare_half(end) if end else word


_LATIN_ROOTS = ("abd", "ebd", "evd")
_GOD_ENDS = ("a", "ah")  # what is left of -illa, -ullah once the link's l is taken off
_LATIN_LINKS = ("ul", "el", "al", "ol", "il", "u", "e", "a", "i", "o")
_ARABIC_LINKS = ("ال", "ول")  # Sorani writes the article's vowel: عەبدولکەریم


def glue(words: list[str]) -> list[str]:
    """Words with each compound run together in one spelling (abd- forms as abdul-)."""
    out: list[str] = []
    carry = ""
    for w in words:
        if carry:
            out.append(_abd_form(carry + w, glued=True))
            carry = ""
        elif w in PREFIXES:
            carry = w
        elif out and w in SECOND_HALVES and out[-1] not in SECOND_HALVES:
            out[-1] += bare_half(w)
        else:
            out.append(_written_together(_abd_form(w, glued=False)))
    if carry:
        out.append(carry)  # "Abdul" alone, or typed so far: a name (or a prefix) as it is
    return out


def _abd_form(word: str, glued: bool) -> str:
    """One spelling of the "Abd" joint: Abdelkarim, Abd Karim, Evdilkerim -> abdulkarim;
    عبد كريم, عبدولكريم -> عبدالكريم. Abdo, Abdali, عبده, عبدلي stay as they are: names of
    their own, not a joint with a name after it.
    """
    least = 1 if glued else 2  # letters after the joint, so a short name is not cut apart
    if word.startswith("عبد"):
        rest = word[3:]
        if rest.startswith(_ARABIC_LINKS):
            rest = rest[2:]
        return "عبدال" + rest if glued or len(rest) > least else word
    if not word.startswith(_LATIN_ROOTS):
        return word
    rest = word[3:]
    link = next((x for x in _LATIN_LINKS if rest.startswith(x)), "")
    after = rest[len(link):]
    if link.endswith("l") and after in _GOD_ENDS:
        # Allah's double l written once (Evdila, Abdilah, Abdulah): the link's l is its first
        # l too, and the word is Evdilla, Abdullah. Left whole, Evdila was no compound, its v
        # read as f: a list's "Viyan Evdila Hecî" never met the vault's فيان عبد الله حجي.
        after = "l" + after
    if len(after) < least or not (glued or link):
        return word
    return "abdul" + after


# Letters a compound's own name keeps once its joint is taken off: Arabic script leaves out
# short vowels (عز of عز الدين), Latin writes them (Nour of Nour al-Din).
_SHORT_LEAST = {True: 2, False: 3}
_GOD = frozenset({"له", "لله", "lah", "llah", "lla", "la"})  # Abdullah is called by none


@lru_cache(maxsize=100_000)  # asked of every word compared; lists repeat their words
def short_form(word: str) -> str | None:
    """The name a compound is called by for short, as lists write it: Karim for Abd al-Karim
    (كريم for عبد الكريم), Nour for Nour al-Din, Khair for Khairullah; None for a word that is
    no compound. Works on a word as glue() leaves it."""
    arabic = bool(word) and is_arabic_char(word[0])
    if word.startswith("عبدال"):
        rest = word[5:]
    elif word.startswith("abdul"):
        rest = word[5:]
    else:
        half = max((h for h in _ENDS if word.endswith(h) and len(word) > len(h)),
                   key=len, default="")
        rest = word[:-len(half)] if half else ""
    if rest in _GOD:
        return None  # Abdullah is called by no part of it
    return rest if len(rest) >= _SHORT_LEAST[arabic] else None

