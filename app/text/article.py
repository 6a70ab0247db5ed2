"""The Arabic article as Latin letters write it: al-, el-, and its sun-letter forms (ash-, ad-)."""

from __future__ import annotations

import re

# The hyphens a list writes after it: ASCII, Unicode's hyphen and its non-breaking hyphen (Word).
# Not an apostrophe: As'ad, Sa'ad are names.
HYPHENS = "-\u2010\u2011"
# The article before a sun letter is written as that letter (الشمري ash-Shammari, الصالح
# as-Saleh, الدخي ad-Dakhi), so the word after it begins with it: as-Saleh, as-Shammari,
# ad-Dhahab, but not Ez-Eddin or Ad-Aldin (given names written with a hyphen). Its vowel is
# a, e or u (es-Sayed, ud-Din). Only with a hyphen: Ad, An, Az, Ar, Es begin real names
# (Adnan, Anwar, Azad, Arif, Esmat), and "As Saleh" could be English. al-, el-, ul- and il-
# go before any letter.
_HYPHENED = (rf"(?:[aeiu]l[{HYPHENS}]"
             rf"|[aeu](?P<sun>th|dh|sh|[tdrzsn])[{HYPHENS}](?=(?P=sun)))")
HYPHENED = re.compile(_HYPHENED, re.IGNORECASE)
# A word holding one: at its start, or after a space, a hyphen or any other non-letter.
IN_TEXT = re.compile(rf"\b{_HYPHENED}", re.IGNORECASE)
# The article as a word of its own, before the name it belongs to: Al Dakhi, El Sayed.
APART = frozenset({"al", "el"})
# The article glued to the word (Aldakhi, Elsayed): only a word of this many letters or more,
# since Alan, Almas, Elias, Elham begin with the same letters.
GLUED = ("al", "el")
GLUED_LENGTH = 6


def after_hyphened(word: str) -> str | None:
    """What follows a written article at the start of word (as-Saleh -> Saleh, al-Khalil ->
    Khalil), None when word does not begin with one (Ez-Eddin, Adnan, Al Dakhi). word: a Latin
    word, folded or not (ş as sh: Eş-Şemmerî is written as-Shammari only once folded)."""
    m = HYPHENED.match(word)
    return word[m.end():] if m else None


def after_glued(letters: str) -> str | None:
    """letters without the article glued to their start (aldakhi -> dakhi), None when they are
    too short to hold one (alan, almas, elias) or do not begin with it. letters: folded Latin."""
    if len(letters) >= GLUED_LENGTH and letters.startswith(GLUED):
        return letters[2:]
    return None
