"""Which writing system a piece of text is in, so a name lands in the right slot."""

import unicodedata


def is_arabic_char(ch: str) -> bool:
    cp = ord(ch)
    return (0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF
            or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF)


def has_arabic(text: str) -> bool:
    return any(is_arabic_char(ch) for ch in text)


def is_arabic_script(text: str) -> bool:
    """True when most letters of text are Arabic-script letters (Arabic or Sorani)."""
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    if not letters:
        return False
    arabic = sum(1 for ch in letters if is_arabic_char(ch))
    return arabic * 2 > len(letters)


def both_scripts(text: str) -> bool:
    """Letters of Arabic script and Latin letters (Kurmanji's ş, î, ê among them) in one value:
    two spellings typed in one place, which no one name slot holds."""
    letters = [c for c in text if c.isalpha()]
    return any(is_arabic_char(c) for c in letters) and \
        any(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def in_other_scripts_box(original: str, latin: str) -> str | None:
    """Which of a name's two boxes holds a spelling of the other script: "original" when the
    Arabic-script box holds Latin letters, "latin" when the Latin box holds Arabic script, else
    None. The rule `person add` places a spelling by (is_arabic_script); a box of no letters is
    in neither script."""
    if any(c.isalpha() for c in original) and not is_arabic_script(original):
        return "original"
    if is_arabic_script(latin):
        return "latin"
    return None
