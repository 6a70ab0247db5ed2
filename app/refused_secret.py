"""What a refused passphrase is told: the keyboard it was typed on, digits by script, the code."""

from __future__ import annotations

from app.passphrase_digits import REFUSED_HINT, has_digits

# The two usual slips on a laptop switched between Arabic, Kurdish and English: Caps Lock,
# and the keyboard left in another language (the same keys type other letters). "Not correct"
# alone left her trying the same passphrase again; the recovery code is the way back in.
KEYBOARD_HINT = ("check the keyboard: Caps Lock off, and set to the language the passphrase was "
                 "typed in when it was made (English, Arabic or Kurdish)")
FORGOTTEN_HINT = ("forgotten: `casekeeper passwd --recovery` opens the vault with the recovery "
                  "code and sets a new passphrase")


def refused_said(message: str, typed: str) -> str:
    """The refusal of a passphrase typed, with what to check: digits of another script where
    it holds digits (٢٠١٤ and 2014 are other characters), the keyboard, and the way back in."""
    return "; ".join([message, *([REFUSED_HINT] if has_digits(typed) else []), KEYBOARD_HINT,
                      FORGOTTEN_HINT])
