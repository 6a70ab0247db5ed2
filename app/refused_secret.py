"""What a refused passphrase is told: the keyboard it was typed on, digits by script, the code."""

from __future__ import annotations

from app.passphrase_digits import REFUSED_HINT, has_digits

# The two usual slips on a laptop switched between Arabic, Kurdish and English: Caps Lock,
# and the keyboard left in another language (the same keys type other letters). "Not correct"
# alone left her trying the same passphrase again; the recovery code is the way back in.
# The one wording: the desktop says this sentence (ui/passphrase_fields.keyboard_hint), the
# command line says it as a clause of its one line (KEYBOARD_HINT).
KEYBOARD_SENTENCE = ("Check the keyboard: Caps Lock off, and set to the language the passphrase "
                     "was typed in when it was made (English, Arabic or Kurdish).")
KEYBOARD_HINT = KEYBOARD_SENTENCE[0].lower() + KEYBOARD_SENTENCE[1:].removesuffix(".")
FORGOTTEN_HINT = ("forgotten: `casekeeper passwd --recovery` opens the vault with the recovery "
                  "code and sets a new passphrase")


# A backup opens with the secrets of its day: the vault's recovery code of now may not open it.
BACKUP_FORGOTTEN_HINT = ("forgotten: `casekeeper restore BACKUP --recovery` opens it with the "
                         "recovery code the vault had when the backup was made")


# A passphrase the environment gave was typed on no keyboard now: Caps Lock and the keyboard's
# language sent her to check what was not the cause. The variable is named, never its value.
FROM_ENV_HINT = "the passphrase from %s was refused: check what it holds (%s)"
# Set but holding nothing (`CASEKEEPER_PASSPHRASE=`, an empty file): "check what it holds" sent
# her to look for a slip in a passphrase that is not there.
EMPTY_FROM_ENV_HINT = "the passphrase from %s is empty: put the passphrase in it (%s)"
# A passphrase set from a Notepad file by a version that kept the file's byte-order mark as its
# first character (invisible: it can be typed neither at the prompt nor on the desktop). That
# file still opens it, and she is told how to set it again without the mark. %1: the vault or
# the backup.
MARKED_OPENED = ("%1 opened only with the invisible mark that begins the file "
                 "CASEKEEPER_PASSPHRASE_FILE names (a byte-order mark, put there by Windows "
                 "Notepad) read as the passphrase's first character, as versions before this one "
                 "read it: such a passphrase cannot be typed. Set it again without the mark, with "
                 "the same file: CASEKEEPER_NEW_PASSPHRASE_FILE=<that file> casekeeper passwd")
# What unsetting it does (app/cli/secrets.instead_of): the prompt on a terminal only, and with
# both set the file's passphrase, not the prompt, is read next.
ASKED_INSTEAD = "unset it to be asked for the passphrase instead"
FILE_INSTEAD = "unset it and the passphrase in the file %s names is used instead"
NO_TERMINAL_INSTEAD = "with no terminal here, unset, it is not asked for: give the right one in it"


def refused_said(message: str, typed: str, way_back: str = FORGOTTEN_HINT,
                 from_env: str | None = None, instead: str = ASKED_INSTEAD) -> str:
    """The refusal of a passphrase typed, with what to check: digits of another script where
    it holds digits (٢٠١٤ and 2014 are other characters), the keyboard (or, given by from_env,
    the environment variable it came from, and what unsetting it does: instead), and the way
    back in."""
    hint = EMPTY_FROM_ENV_HINT if not typed else FROM_ENV_HINT
    check = hint % (from_env, instead) if from_env else KEYBOARD_HINT
    return "; ".join([message, *([REFUSED_HINT] if has_digits(typed) else []), check, way_back])
