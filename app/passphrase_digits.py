"""Digits in a passphrase: Arabic-Indic ٢٠١٤, Persian ۲۰۱۴ and Latin 2014 are other characters."""

from __future__ import annotations

import re

# Each is another character than the Latin 0-9, so a passphrase made with ٢٠١٤ does not open
# with 2014, and a keyboard switched between layouts types one or the other.
_EASTERN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")

EASTERN_WARNING = ("this passphrase has Arabic-Indic or Persian digits (٢٠١٤): type them the "
                   "same way every time; the same number in Latin digits (2014) is another "
                   "passphrase and will not open the vault")
REFUSED_HINT = ("digits must be typed as they were when the passphrase was made: Arabic-Indic "
                "digits (٢٠١٤), Persian digits (۲۰۱۴) and Latin digits (2014) are different "
                "characters")


def has_eastern_digits(text: str) -> bool:
    return bool(_EASTERN_DIGITS.search(text))


def has_digits(text: str) -> bool:
    """Any script's digits: a refused secret holding them may hold them in another script."""
    return any(ch.isdigit() for ch in text)
