"""A summary sorted by name, in the order of the names its readers read: Arabic script first in an
Arabic or Sorani document, Latin letters first in an English or Kurmanji one."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from app.domain.person import Person, person_names_shown
from app.reports.labels import is_rtl

# Letters Sorani, Persian and the Arabic of Iraq add, and the forms of one letter: sorted with
# the letter they come from, just after it (پ after ب, گ after ك, ێ after ي), as dictionaries
# of those languages place them. By code point they would all come after ي.
_BESIDE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ء": "ا",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڕ": "ر", "ڤ": "ف", "ڵ": "ل",
    "ک": "ك", "گ": "ك", "ە": "ه", "ة": "ه", "ھ": "ه",
    "ۆ": "و", "ۇ": "و", "ؤ": "و", "ی": "ي", "ى": "ي", "ێ": "ي", "ئ": "ي",
}


def _letters(name: str) -> tuple:
    """A name's sort key: each letter as its base letter, then which form of it; Latin letters
    without case or accents (Kurmanji ç, ş, ê after c, s, e), tatweel and vowel marks left out."""
    key = []
    for ch in unicodedata.normalize("NFD", name.casefold()):
        if unicodedata.combining(ch) or ch == "\u0640":
            continue
        base = _BESIDE.get(ch, ch)
        key.append((base, ch != base, ch))
    return tuple(key)


def name_order(lang: str) -> Callable[[Person], tuple]:
    """The sort key for lang's document: the persons named in the script its readers read
    first, by that name; then those named only in the other script, by theirs (that column of
    the table is blank for them); then those with no name at all."""
    first = 0 if is_rtl(lang) else 1

    def key(p: Person) -> tuple:
        # by her names as the paper prints them: Xezal, her given name in Latin letters only,
        # under Xezal in the Arabic-script column too, not under her father's الياس; a name
        # whose given name is unknown in both scripts by its words, not by its mark
        shown = person_names_shown(p, template="{name}")
        names = [shown[first].strip(), shown[1 - first].strip()]
        which = next((i for i, n in enumerate(names) if n), len(names))
        return (which, _letters(names[which]) if which < len(names) else (), p.case_no)

    return key
