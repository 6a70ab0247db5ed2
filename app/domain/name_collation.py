"""The one order of names: the printed summary's, the lists' and `person list --sort name`'s."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from app.domain.script import is_arabic_script

# Letters Sorani, Persian and the Arabic of Iraq add, and the forms of one letter: sorted with
# the letter they come from, just after it (پ after ب, گ after ك, ێ after ي), as dictionaries
# of those languages place them. By code point they would all come after ي.
_BESIDE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ء": "ا",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڕ": "ر", "ڤ": "ف", "ڵ": "ل",
    "ک": "ك", "گ": "ك", "ە": "ه", "ة": "ه", "ھ": "ه",
    "ۆ": "و", "ۇ": "و", "ؤ": "و", "ی": "ي", "ى": "ي", "ێ": "ي", "ئ": "ي",
}

# The orders by a name column, each the column (names_shown's index) it sorts by first:
# "name" the Latin one, "name_original" the Arabic-script one.
NAME_ORDERS = {"name": 1, "name_original": 0}


def letters(name: str) -> str:
    """A name's sort text: its letters as their base letters first (أ آ إ as ا, گ as ك, Latin
    letters without case or accents: Kurmanji ç, ş, ê as c, s, e), then, after a \x01 that sorts
    before any letter, its letters as written, for names of the same base letters only (أمل
    beside امل, not after every other name in ا); tatweel and vowel marks left out. Word by
    word, each kept: the words recur (fathers', clans')."""
    words = [_word(w) for w in name.split(" ")]
    return " ".join(w[0] for w in words) + "\x01" + " ".join(w[1] for w in words)


@lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str, str]:
    """(its base letters, its letters as written, casefolded), marks left out."""
    kept = [ch for ch in unicodedata.normalize("NFD", word.casefold())
            if not unicodedata.combining(ch) and ch != "\u0640"]
    return "".join(_BESIDE.get(ch, ch) for ch in kept), "".join(kept)


def sort_text(shown: tuple[str, str], first: int) -> str:
    """The names as shown ((Arabic script, Latin), without a mark) as one text whose code-point
    order is the order of names: those named in column first by that name, then those named
    only in the other script by theirs, then those with no name. Stored with each person
    (persons.sort_latin, sort_original) so that an index holds the order; the same text sorts a
    search's results and the printed summary, so all three agree."""
    names = (shown[first].strip(), shown[1 - first].strip())
    which = next((i for i, n in enumerate(names) if n), 2)
    return "2" if which == 2 else str(which) + letters(names[which])


def known_as_shown(known_as: str) -> tuple[str, str]:
    """What she is known as (Person.known_as) in the name column of its script, where she has no
    name: a record known only as أم خالد is shown and sorted by it."""
    return (known_as, "") if is_arabic_script(known_as) else ("", known_as)
