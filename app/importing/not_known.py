"""Cells that say nothing is known, or that there is none («لا يوجد», «غير معروف», "N/A", "-"),
and cells of a name column that say the person died («متوفية»): read as blank and said, never
stored as a mother's name, a village or a date, where they set her apart from her own record.
So are the words a program writes for an empty cell ("nan", "None") and a spreadsheet's error
values ("#REF!"), in any column."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.domain.script import is_arabic_script
from app.importing import notes
from app.importing.fields import Field
from app.text.normalize import kinship_key

# Read as blank when a whole cell says it (folded word by word, as kinship_key folds).
_NONE_WORDS = (
    # Arabic: there is none, not known, unknown, does not know, not stated
    "لا يوجد", "لايوجد", "لا توجد", "لاتوجد", "لا يوجد اسم", "لا شيء", "لاشيء", "بدون",
    "غير معروف", "غير معروفة", "غير معلوم", "غير معلومة", "مجهول", "مجهولة", "غير محدد",
    "غير محددة", "غير مذكور", "غير متوفر", "لا يعرف", "لا تعرف", "لا نعرف", "لا اعرف",
    "ماكو", "ماكو معلومات", "لا يوجد معلومات", "لا توجد معلومات", "لم يذكر", "لم تذكر",
    "بلا", "غير معروف حاليا",
    # Sorani, and Sorani typed with Arabic letters
    "نازانرێت", "نازانرێ", "نەزانراو", "نازانم", "نییە", "نیە", "نەناسراو", "دیار نییە",
    "نادیار", "نازانریت", "نيه",
    # Kurmanji
    "nayê zanîn", "nizanim", "nizane", "nenas", "nenase", "tuneye", "tune ye", "ne diyar",
    "nediyar", "nayê zanîn e",
    # English
    "unknown", "not known", "unk", "n/a", "n.a.", "none", "null", "nothing", "not available",
    "not given", "not stated", "dont know", "don't know",
)
# Short words that say none in a place or date column, but could be a name in a name column
# (a given name "Na", a Kurmanji "Tune").
_SHORT_WORDS = ("na", "no", "x", "nil", "tune", "nîne", "لا")
# In a name column only: the person is dead, which is no name (a mother's «متوفية»).
_DIED_WORDS = (
    "متوفي", "متوفى", "متوفية", "متوفاة", "متوفيه", "متوفاه", "المرحوم", "المرحومة",
    "مرحوم", "مرحومة", "مردوو", "کۆچی کردووە", "mirî", "miriye", "mirye", "deceased", "dead",
    "died",
)
# In a place column only: where she is from was left for what became of her («نازحة»).
_NO_PLACE_WORDS = ("نازحة", "نازح", "نازحه", "displaced", "idp", "koçber", "ئاوارە")


# Around the words, not part of what they say: "(unknown)", «-لا يوجد-», "N.A."
_AROUND = " .:;؟?!،,()[]{}«»\"'-–—_*"


def _key(text: str) -> str:
    """Arabic-script words folded as kinship_key folds them; Latin ones lower-cased without
    accents (nayê zanin, Naye Zanîn), their inner marks kept, for "n/a" is no "na"."""
    return " ".join(kinship_key(w) if is_arabic_script(w) else _latin(w)
                    for w in text.strip(_AROUND).replace("_", " ").split())


def _latin(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold())
                   if not unicodedata.combining(c))


_NONE = frozenset(map(_key, _NONE_WORDS))
_SHORT = frozenset(map(_key, _SHORT_WORDS))
_DIED = frozenset(map(_key, _DIED_WORDS))
_NO_PLACE = frozenset(map(_key, _NO_PLACE_WORDS))
# A cell longer than every word above with room for brackets and spaces says something else.
_LONGEST = 2 * max(map(len, (*_NONE_WORDS, *_DIED_WORDS, *_NO_PLACE_WORDS, *_SHORT_WORDS)))

# The name columns other than given and full name (whose cells name_cells.read_cell reads for
# «مجهولة الاسم» and the like), the places, and the dates and ages read from cells.
NAME_COLUMNS = frozenset({Field.GIVEN, Field.FULL_NAME, Field.FATHER, Field.GRANDFATHER,
                          Field.FAMILY, Field.MOTHER, Field.NICKNAME, Field.ALIAS,
                          Field.CONTACT_NAME})
PLACE_COLUMNS = frozenset({Field.VILLAGE, Field.DISTRICT, Field.GOVERNORATE,
                           Field.ABDUCTION_PLACE, Field.LAST_KNOWN_LOCATION})
CHECKED = NAME_COLUMNS | PLACE_COLUMNS | {Field.BIRTH, Field.AGE, Field.ABDUCTION_DATE,
                                         Field.CONTACT_RELATION}


@lru_cache(maxsize=50_000)  # a list writes the same villages, years and «لا يوجد» again and again
def not_said(text: str, f: Field) -> str | None:
    """The note (notes.NOT_KNOWN, notes.SAID_NOT_NAMED) when a cell of column field f holds
    nothing that column is for; None when it holds something to read."""
    if f not in CHECKED or len(text) > _LONGEST:
        return None
    if not any(c.isalnum() for c in text):
        return notes.NOT_KNOWN  # "-", "?", "--", "/": no letter or digit
    key = _key(text)
    if key in _NONE or key in _SHORT and f not in NAME_COLUMNS:
        return notes.NOT_KNOWN
    if f in NAME_COLUMNS and key in _DIED or f in PLACE_COLUMNS and key in _NO_PLACE:
        return notes.SAID_NOT_NAMED
    return None


# What a spreadsheet shows for a formula it could not work out: Excel's and Google Sheets' error
# values, as a CSV saved from the sheet writes them and as a workbook's error cell holds them
# (workbook.py puts those back, which python-calamine reads as blank). Excel in another language
# writes its own word between # and ! or ? (#BEZUG!, #مرجع!, #اسم؟), LibreOffice "Err:502".
_ERRORS = frozenset({"#N/A", "#NV", "#N/D", "#GETTING_DATA", "#NULL!", "#DIV/0!", "#VALUE!",
                     "#REF!", "#NAME?", "#NUM!"})
_ERROR = re.compile(r"#[^\W\d_][^\s#]{0,24}[!?؟]|Err:\d{3}")


def spreadsheet_error(text: str) -> bool:
    """Whether a whole cell is a spreadsheet's error value ('#REF!', '#N/A', 'Err:502'): a
    broken formula in the sender's file, no name or value of the person."""
    text = text.strip()
    return text[:1] in "#E" and (text in _ERRORS or _ERROR.fullmatch(text) is not None)


# What a program writes for an empty cell (pandas' "nan", "NaN", "<NA>" and "NaT"; Python's
# "None"; "null" of JSON and of databases), as Kobo and pandas exports hold them: the whole
# cell as written, so that "Nan" or "Nana", a name, stays a name.
_PROGRAM_BLANK = frozenset({"nan", "NaN", "<NA>", "NaT", "None", "null", "NULL"})


def program_blank(text: str) -> bool:
    """Whether a whole cell is a program's word for an empty cell ('nan', 'None', 'null')."""
    return text.strip() in _PROGRAM_BLANK
