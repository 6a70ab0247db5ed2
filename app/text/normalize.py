"""Fold names for matching: Arabic/Sorani letters, Kurmanji and English Latin, particles.

Never for display: what was typed is kept by the caller; these forms are derived.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.domain.script import is_arabic_char, is_arabic_script
from app.text.compounds import glue

# Invisible characters that sneak in from Word, Excel and phone keyboards: zero-width space,
# joiners, direction marks and embeddings/isolates, BOM, soft hyphen, Arabic letter mark.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x061C, 0xFEFF, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)

_JOINERS = "\u200c\u200d"
_INVISIBLE_NOT_JOINERS = {k: v for k, v in _INVISIBLE.items() if chr(k) not in _JOINERS}
_STRAY_JOINER = re.compile(r"(?<![\u0600-\u06ff])[\u200c\u200d]|[\u200c\u200d](?![\u0600-\u06ff])")


def word_breaks(text: str) -> str:
    """text with a zero-width (non-)joiner that parts two words turned into a space
    ("Layla\u200cKhidir"); one between two Arabic-script letters is inside a Sorani word
    (شه‌ماڵ) and stays."""
    return _STRAY_JOINER.sub(" ", text) if any(j in text for j in _JOINERS) else text


def without_invisibles(text: str) -> str:
    """A name as typed without what no one sees in it and a dossier should not carry: direction
    marks, zero-width spaces, a BOM, tatweel (نـــادية). A zero-width non-joiner between two
    Arabic-script letters stays (Persian and Sorani spell with it: شه‌ماڵ); at a word's edge
    it parts words, as a space ("Gulê\u200c", "Layla\u200cKhidir"). Harakat stay: they are how
    it was written."""
    if text.isascii():
        return text
    text = word_breaks(text.translate(_INVISIBLE_NOT_JOINERS).replace("\u0640", ""))
    return text.strip()


# Harakat, superscript alef, Quranic annotation marks and tatweel carry no identity.
_ARABIC_MARKS = dict.fromkeys(
    [*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE), *range(0x0610, 0x061B)],
    None)

# Letter forms people write interchangeably; Persian/Sorani letters folded onto the Arabic ones
# an Arabic keyboard would produce, so a Sorani and an Arabic spelling of a name meet.
_ARABIC_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ھ": "ه", "ہ": "ه",
    "ى": "ي", "ی": "ي", "ێ": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ؤ": "و", "ۆ": "و", "ۇ": "و", "ۊ": "و", "ۋ": "و",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڭ": "ك",
    "ڕ": "ر", "ڵ": "ل", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    "ء": None,
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8",
    "٩": "9", "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7",
    "۸": "8", "۹": "9",
})

# Latin letters whose base letter alone would lose the sound (Kurmanji ş = sh; č = ch).
_LATIN_SPECIAL = str.maketrans({
    "ş": "sh", "ș": "sh", "š": "sh", "č": "ch", "ı": "i", "ğ": "g", "ḧ": "h",
    "ẍ": "gh", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th",
    "ʿ": None, "ʾ": None, "'": None, "’": None, "‘": None, "`": None, "´": None,
})

# Words that say "son of", "the" and similar: they are not part of what identifies a person.
LATIN_PARTICLES = frozenset({"al", "el", "ul", "il", "bin", "ibn", "bint", "ben", "bn",
                             "abu", "abou", "abo", "a", "de", "d"})
ARABIC_PARTICLES = frozenset({"ال", "بن", "ابن", "بنت", "ابو", "ابي"})
# Words that say "son of" or "daughter of" between two names, folded: Kurmanji kurê, kurî, keça,
# keçê, qîza (with or without their accents); Sorani کوڕی, کچی; Arabic بن, ابن, بنت, ابنة (folded
# ابنه); English bin, ibn, bint. Never a name of their own in these lists, but a name part may still be
# written so (Kurê, Bin alone): only a word with a name after it is taken for one.
KINSHIP_WORDS = frozenset({"kure", "kuri", "kecha", "keca", "keche", "kece", "qiza", "qize",
                           "kicha", "kica", "kiche", "kice",  # kiça, kiçê: spoken forms of keça
                           "bin", "ibn", "bint", "binti", "binte", "كوري", "كجي", "بن", "ابن", "بنت",
                           "ابنه"})
# Of those, the spoken kiçê (Kiche, Kice, Kîçê) is also a woman's name, common among Yazidis
# (Kiçê Şemo). First in a name it is hers: "Kiçê Şemo" was read as "daughter of Şemo", a row
# of her was rejected and a search for her counted only her father's name, her sister first.
# After a name it is "daughter of" (Vîyan kiçê Xelîl), and so in a father's column (kiçê
# Samir). keça, kiça, keçê are no name in these lists: "daughter of" wherever they stand.
NAME_OR_KINSHIP = frozenset({"kiche", "kice"})
# English lists' short forms, d/o and s/o (daughter of, son of), read as bint and bin.
_SLASH_KINSHIP = re.compile(r"(?<!\w)([ds])\s?/\s?o\.?(?!\w)", re.IGNORECASE)
# ... and in two words: "son of", "daughter of".
KINSHIP_PAIRS = frozenset({("son", "of"), ("daughter", "of")})
# Glued articles: al-Dakhi, el-Khudr, ul-Haq; the hyphen or apostrophe says it is an article.
_LATIN_ARTICLE = re.compile(r"\b(?:al|el|ul|il|ad|ar|as|ash|at|az|an|ed|er|es|et|ez)[-‐‑]")
# The second half of a compound with its article, hyphened or apart (Saif al-Din, Saif ud Din,
# Nour al-Huda, Noor el Houda): one word, so that glue() joins it to the name before it as
# Arabic's سيف الدين is joined. Huda only after Nour: "Al Huda" after another name is a family
# name, and Huda alone a woman's own.
_HALF_WITH_ARTICLE = re.compile(
    r"\b(?:al|el|ul|ud|ad|ed)[-‐‑ ]+(din|deen|zaman|islam)\b"
    r"|\b(nour|noor|nur) +(?:al|el|ul)[-‐‑ ]+(huda|houda|hoda)\b")
# "Mother of" before a child's name (a kunya), folded, in the spellings lists write it
_MOTHER_OF = frozenset({"umm", "um", "oum", "dayka", "دايكي"})
# "Wife of" before her husband's name, folded (kinship_key; tokens folds them alike): Arabic
# زوجة, formal حرم, Sorani ژنی, English "wife of". The one list of them: name_cells reads a
# list's cell by it, tokens and named_for a name she is known by. Kurmanji jina is not among
# them: Jina is a woman's name too.
WIFE_OF_WORDS = (("wife", "of"), ("زوجه",), ("حرم",), ("زني",))
# Words between "wife of" and his name that are no name of his, folded: the late, the martyr
# (الشهید folds to الشهيد, Sorani شەهید to شهيد), the murdered, the abducted (المخطوف is the
# everyday word, المختطف the written one), Hajji, Sheikh (a Yazidi caste). They stay in her
# nickname («زوجة المرحوم سعيد حسن»); taken as his first name, every "wife of the late ..."
# was asked about every other, and the wife of the abducted Jamil Khalaf never about the wife
# of Jamil Khalaf.
HUSBAND_TITLES = (("the", "late"), ("the", "martyr"), ("the", "sheikh"),
                  ("المرحوم",), ("الشهيد",), ("شهيد",), ("المغدور",), ("المختطف",),
                  ("المخطوف",), ("الحاج",), ("الحجي",), ("الشيخ",), ("الشيخه",))
# ... and those that say she is the wife of his brother («زوجة أخ سعيد», «زوجة شقيق سعيد»,
# Sorani «ژنی برای سەعید», "wife of (the) brother of Saeed"), or of his son in the everyday
# ولد («زوجة ولد سعيد خضر», as ابن is): the row names another man than her husband, and is
# held (name_cells).
HUSBANDS_KIN = (("the", "brother", "of"), ("brother", "of"), ("اخ",), ("اخو",), ("شقيق",),
                ("براي",), ("ولد",))
# The one spelling tokens gives each: a woman known only as «زوجة جميل خلف» is found, and
# met, by "wife of Jamil Khalaf" (named_for).
MOTHER_OF, WIFE_OF = "ام", "زوجه"
# A word-initial ئ, with the alef after it when there is one: Sorani writes an initial a as ئا
# where Arabic writes آ or ا (ئاسیا, آسيا), so ئا folds to one alef, not two.
_INITIAL_YEH_HAMZA = re.compile(r"(?<![\u0600-\u06FF])ئا?")
# Sorani writes Allah at a name's end as ڵڵا, joined by the u of Abdu-llah (عەبدوڵڵا,
# خەیروڵڵا): Arabic's الله (عبدالله, خيرالله), as compounds.glue reads it.
_SORANI_ALLAH = re.compile(r"و?ڵڵا(?![\u0600-\u06FF])")
# A Latin word with a letter only Kurmanji uses (ê î û ş ç ẍ ḧ).
_KURMANJI_WORD = re.compile(r"\w*[êîûşçẍḧ]\w*")
_SPLIT = re.compile(r"[^\w]+", re.UNICODE)


def strip_invisible(text: str) -> str:
    return text.translate(_INVISIBLE)


def fold_arabic(text: str) -> str:
    """Arabic-script text folded: no marks or tatweel, one alef, one yeh, ta marbuta as heh."""
    text = unicodedata.normalize("NFKC", strip_invisible(text)).translate(_ARABIC_MARKS)
    text = _sorani_vowel_e(_SORANI_ALLAH.sub("الله", text) if "ڵڵا" in text else text)
    # Sorani (and some Arabic typists) write a word-initial vowel as ئ; Arabic writes أ/ا there.
    text = _INITIAL_YEH_HAMZA.sub("ا", text)
    return text.translate(_ARABIC_LETTERS)


def _sorani_vowel_e(text: str) -> str:
    """Sorani writes the vowel e as ە; Arabic leaves short vowels out, except a final -a/-e.

    So ە inside a word is dropped (حەسەن meets حسن) and a final ە becomes ه (as ة does).

    A bare ە at a word's start is kept as it is, for it is read two ways (token_variants,
    keys.phonetic_variants): as the ه a Kurdish keyboard types for it (ەيفاء for هيفاء,
    Haifa), and as the vowel of a Sorani word whose ئ was left out (ەحمەد for ئەحمەد, Ahmed).
    Read as an alef alone, "Haifa" did not find ەيفاء; as ه alone, احمد did not find ەحمەد.
    Inside a word ە stays a vowel even where the word keeps an Arabic ة or ء (جەمیلة,
    ئەسماء): Sorani typists write those too.
    """
    if "ە" not in text:
        return text
    out = []
    for i, ch in enumerate(text):
        if ch == "ە":
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if not (nxt and is_arabic_char(nxt) and unicodedata.category(nxt).startswith("L")):
                out.append("ه")
            elif i == 0 or not is_arabic_char(text[i - 1]):
                out.append(ch)  # OPEN_E: ه or a vowel
            continue
        out.append(ch)
    return "".join(out)


def fold_latin(text: str) -> str:
    """Latin text casefolded, accents gone (ş -> sh first), apostrophes dropped.

    Kurmanji ç stays ç: it is only the ch of church (چ, which Arabic keyboards type ج), never
    the sh an English or French ch may be (Chaker, شاكر), so keys.phonetic_word must still see
    it. Every ç is in a word _KURMANJI_WORD takes for Kurmanji (Turkish uses it alike)."""
    text = unicodedata.normalize("NFKC", strip_invisible(text)).casefold()
    text = _KURMANJI_WORD.sub(_kurmanji_consonants, text)
    text = text.translate(_LATIN_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(
        ch for i, ch in enumerate(text)
        if not unicodedata.combining(ch) or (ch == _CEDILLA and text[i - 1:i] == "c")))


_CEDILLA = "\u0327"  # after c: ç, which NFKD takes apart


def fold_latin_again(word: str) -> str:
    """fold_latin of a word that may be folded already (jeçen, from Ceçen): its ç does not make
    it Kurmanji once more, whose j would then be read zh a second time."""
    return fold_latin(word.replace("ç", _HELD)).replace(_HELD, "ç")


_HELD = "\ue000"  # a private-use character: no name holds one


def _kurmanji_consonants(m: re.Match[str]) -> str:
    """In a word that is visibly Kurmanji, c is the j of Jamil (Cemîl) and j is zh (Rojîn)."""
    return m.group().replace("j", "zh").replace("c", "j")


def latin_letters(text: str) -> str:
    """fold_latin's a-z letters only, ç written ch as English does (keça -> kecha)."""
    return re.sub(r"[^a-z]", "", fold_latin(text).replace("ç", "ch"))


def fold(text: str) -> str:
    """Fold each run of text by its own script, so a field mixing scripts keeps both halves."""
    if not text:
        return ""
    text = strip_invisible(text)
    out = []
    for run, arabic in _script_runs(text):
        out.append(fold_arabic(run) if arabic else fold_latin(run))
    return " ".join(" ".join(out).split())


def _script_runs(text: str) -> list[tuple[str, bool]]:
    """Split text where it changes between Arabic and other letters (خليلKhalil -> two runs)."""
    runs: list[tuple[str, bool]] = []
    cur: list[str] = []
    cur_ar: bool | None = None
    for ch in text:
        if unicodedata.category(ch).startswith(("L", "M")) or ch in "\u0640":
            ar = is_arabic_char(ch)
            if cur_ar is not None and ar != cur_ar:
                runs.append(("".join(cur), cur_ar))
                cur = []
            cur_ar = ar
        cur.append(ch)
    if cur:
        runs.append(("".join(cur), bool(cur_ar)))
    return runs


@lru_cache(maxsize=50_000)  # every word of every name cell of a list (name_cells.read_cell)
def kinship_key(word: str) -> str:
    """A written word in the folded form KINSHIP_WORDS and KINSHIP_PAIRS hold it in."""
    if is_arabic_script(word):
        return fold_arabic(word).replace(" ", "")
    if m := _SLASH_KINSHIP.fullmatch(word.strip()):
        return "bint" if m.group(1) in "dD" else "bin"
    return latin_letters(word)


def slash_kinship(text: str) -> str:
    """text with d/o and s/o written as bint and bin: split at the slash, "d/o" left an "o"
    among her names."""
    return _SLASH_KINSHIP.sub(lambda m: " bint " if m.group(1) in "dD" else " bin ", text)


def kinship_length(words: list[str], i: int, name_first: bool = True) -> int:
    """How many of words, from i, say "son of" or "daughter of" before a name (0, 1 or 2).
    words: folded (kinship_key). name_first: the first word is her name where it may be one
    (Kiçê, NAME_OR_KINSHIP); False for a father's cell, which names no woman."""
    if i + 2 < len(words) and (words[i], words[i + 1]) in KINSHIP_PAIRS:
        return 2
    if i == 0 and name_first and words[0] in NAME_OR_KINSHIP:
        return 0
    return 1 if i + 1 < len(words) and words[i] in KINSHIP_WORDS else 0


def _half_glued(m: re.Match) -> str:
    return f" al{m[1]}" if m[1] else f"{m[2]} al{m[3]}"


def tokens(text: str, typing: bool = False) -> list[str]:
    """Folded words of a name with particles (al-, bin, ibn, abu, ...) taken out, and each
    compound name as one word (عبد الله = عبدالله, Abd al-Karim = Abdulkarim).

    A glued article (الدخي, Aldakhi) stays: names such as الياس really begin with ال, so
    comparison tries both forms through `token_variants`.

    typing: the last word is still being typed, so it stays even when it reads as a particle
    so far (A and Al begin Ali and Abbas, D begins Dakhil).
    """
    folded = _LATIN_ARTICLE.sub(" ", _HALF_WITH_ARTICLE.sub(_half_glued, fold(slash_kinship(text))))
    words = [w for w in _SPLIT.split(folded) if w and not w.isdigit()]
    out = []
    skip = 0
    # folded words keep Kurmanji's letters (keça): kinship words are held as latin_letters
    # spells them (kecha)
    keys = [w if w.isascii() else kinship_key(w) for w in words] if len(words) > 1 else words
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        # kurê, کچی, son of: a part written "کچی خەلەف" is her father Khalaf's name
        if n := kinship_length(keys, i):
            skip = n - 1
            continue
        if (w in LATIN_PARTICLES or w in ARABIC_PARTICLES) and not (
                typing and i == len(words) - 1):
            continue
        out.append(w)
    if len(out) > 1 and out[0] in _MOTHER_OF:
        # Umm Khalid, Oum Khalid, Kurmanji Dayka Xalid, Sorani دایکی خالید: أم خالد's "mother
        # of" in one spelling. Read by its sound, Umm met ام at 0.59, and a search for "Umm
        # Khalid" put her at 0.44, below every list.
        out[0] = MOTHER_OF
    if (n := phrase_length(out, 0, WIFE_OF_WORDS)) and len(out) > n:
        out = [WIFE_OF, *out[n:]]
    # A name of nothing but particles ("Abu") is still a name: keep it rather than lose it.
    return glue(out) if out else [w for w in words]


def phrase_length(words: list[str] | tuple[str, ...], i: int,
                  phrases: tuple[tuple[str, ...], ...]) -> int:
    """How many of words (folded), from i, one of phrases is; 0 when none is there."""
    for phrase in phrases:
        if tuple(words[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def titles_length(words: list[str] | tuple[str, ...], i: int) -> int:
    """How many of words (folded), from i, are titles before a husband's name (HUSBAND_TITLES:
    the late, the martyr, Hajji), one after another."""
    n = i
    while k := phrase_length(words, n, HUSBAND_TITLES):
        n += k
    return n - i


def named_for(words: tuple[str, ...] | list[str]) -> tuple[str, tuple[str, ...]] | None:
    """For the words (tokens) of a name she is known by that names someone else, the mother of
    Khalid («أم خالد») or the wife of Jamil Khalaf («زوجة جميل خلف»): MOTHER_OF or WIFE_OF, and
    the words of that child's or husband's name, every one (Jamil Khalaf is not Jamil Hasan),
    the titles before his left out (the late, the martyr); None for any other name, and for
    the wife of a man's brother, whose name it does not give."""
    if len(words) == 2 and words[0] == MOTHER_OF:
        return MOTHER_OF, (words[1],)
    if not words or words[0] != WIFE_OF:
        return None
    n = 1 + titles_length(words, 1)
    if n >= len(words) or phrase_length(words, n, HUSBANDS_KIN):
        return None
    return WIFE_OF, tuple(words[n:])


def wife_of(text: str) -> bool:
    """Whether a name she is known by says whose wife she is («زوجة جميل», "wife of Jamil")."""
    words = tokens(text)
    return len(words) > 1 and words[0] == WIFE_OF


# What a folded word keeps of a bare ە at its start: ه or the vowel an alef writes
# (_sorani_vowel_e); readings() gives both.
OPEN_E = "ە"


def readings(word: str) -> tuple[str, ...]:
    """A folded word as the letters it may stand for: itself, or for a word that begins with
    a bare ە, that ە read as ه and as an alef (ەحمد: هحمد, احمد)."""
    if word[:1] != OPEN_E or len(word) < 2:
        return (word,)
    return ("ه" + word[1:], "ا" + word[1:])


def token_variants(word: str) -> list[str]:
    """The folded word plus its form without a glued article (Aldakhi -> dakhi, الياس -> ياس),
    and for a word that begins with a bare ە, the forms of each of its readings."""
    if word[:1] == OPEN_E and len(word) > 1:
        return list(dict.fromkeys([word, *(v for r in readings(word) for v in token_variants(r))]))
    out = [word]
    if word.startswith("ال") and len(word) > 3:
        out.append(word[2:])
    elif len(word) > 5 and word[:2] in ("al", "el"):
        out.append(word[2:])
    return out


def normalize(text: str) -> str:
    """One string of the folded name words, for indexing and same-script comparison."""
    return " ".join(tokens(text))
