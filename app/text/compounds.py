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
})
# A second half is glued with its article, as Arabic writes it (سيف الدين: سيفالدين): a Latin
# spelling writes the article al-, el-, ud-, ad- or not at all (Saif al-Din, Saifuddin, Nour
# Din), and each is read as al (saifaldin). Before, the Latin half lost its article and the
# Arabic kept it, and Saif al-Din scored 0.74 against سيف الدين.
_LATIN_HALF_LINKS = ("al", "el", "ul", "ud", "ad", "ed")
_LATIN_BARE = ("din", "deen", "huda", "houda", "hoda", "zaman", "islam")
# The endings of a Latin compound written as one word (Saifuddin, Nurelhuda, Noorulhuda)
_LATIN_ENDS = tuple(sorted({link + bare for link in _LATIN_HALF_LINKS for bare in _LATIN_BARE},
                           key=len, reverse=True))


def with_article(half: str) -> str:
    """A Latin second half in one spelling, its article as al: din, uddin, eldin -> aldin;
    elhouda -> alhouda. Arabic halves, allah and its forms as they are."""
    if half in ("din", "deen"):
        return "al" + half
    link = next((x for x in _LATIN_HALF_LINKS if half.startswith(x)), "")
    return "al" + half[len(link):] if link and half[len(link):] in _LATIN_BARE else half


def _written_together(word: str) -> str:
    """A Latin compound written as one word in the form glue gives it written apart:
    Saifuddin -> saifaldin, Nurelhuda -> nuralhuda, Aladdin -> alaldin (its own name two
    letters at least). Nardin, a name of its own, has no link before din and stays."""
    if not word or is_arabic_char(word[0]):
        return word
    end = next((e for e in _LATIN_ENDS if word.endswith(e) and len(word) >= len(e) + 2), "")
    return word[:-len(end)] + with_article(end) if end else word


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
            out[-1] += with_article(w)
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
        half = max((h for h in SECOND_HALVES if word.endswith(h) and len(word) > len(h)),
                   key=len, default="")
        rest = word[:-len(half)] if half else ""
    if rest in _GOD:
        return None  # Abdullah is called by no part of it
    return rest if len(rest) >= _SHORT_LEAST[arabic] else None

