"""Sex, status and village values as people type them, mapped to the vault's values visibly."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from app.domain.errors import InputFileError
from app.domain.fuzzydate import DIGITS, FuzzyDate
from app.domain.person import Sex, Status
from app.importing.fields import fold_header
from app.importing.pieces import Quoted, Word, joined
from app.importing.refusals import NOT_A_VALUE, refused
from app.matching.places import vault_spelling
from app.text.normalize import fold

SEX_WORDS: dict[Sex, tuple[str, ...]] = {
    Sex.FEMALE: ("f", "female", "woman", "girl", "w", "انثى", "أنثى", "انثي", "ا", "بنت", "امراة",
                 "امرأة", "طفلة", "mê", "me", "jin", "keç", "kiç", "keçik", "mêyîn", "مێ", "ژن",
                 "کچ", "مێینە", "ئافرەت", "افرەت",
                 # the words of Iraqi official forms (the feminine, hamza written or not)
                 "مؤنث", "مونث"),
    Sex.MALE: ("m", "male", "man", "boy", "ذكر", "ذ", "ولد", "رجل", "طفل", "nêr", "ner", "mêr",
               "kur", "nêrîn", "نێر", "پیاو", "کوڕ", "نێرینە", "مذكر", "مذکر"),
    Sex.UNKNOWN: ("?", "unknown", "u", "غير معروف", "nayê zanîn", "نەزانراو",
                  # either gender of the Arabic adjective, as the cell agrees with her or not
                  "غير معروفة", "مجهول", "مجهولة", "غير معلوم", "غير معلومة", "غير محدد",
                  "nenas", "نەزانراوە"),
}
STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.MISSING: ("missing", "abducted", "kidnapped", "captive", "in captivity", "مفقود",
                     "مفقودة", "مختطف", "مختطفة", "مخطوف", "مخطوفة", "winda", "revandî",
                     "dîl", "بێسەروشوێن", "ڕفێنراو", "دیل",
                     # as whole phrases ("still" alone turns a status round: "still" + rescued)
                     "still missing", "still held", "still in captivity", "held by isis",
                     "in isis captivity", "مازالت مختطفة", "ما زالت مختطفة", "لا تزال مختطفة",
                     "لا تزال مفقودة", "ما زالت مفقودة", "في الاسر", "اسيرة", "ون", "ونە", "ونبوو",
                     "ون بووە", "ونبووە", "بزر", "بزر بووە", "بزربووە", "ڕفێنراوە", "winda ye",
                     "hê winda ye", "dîl e", "hê dîl e", "revandî ye",
                     # "fate unknown": what the families and the offices call the missing
                     "مجهولة المصير", "مجهول المصير", "مصيرها مجهول", "مصيره مجهول",
                     "fate unknown", "چارەنووسی نادیارە",
                     "چارەنووس نادیار", "çarenûsa wê nediyar e", "çarenûs nediyar"),
    Status.SIGHTED: ("sighted", "seen", "شوهد", "شوهدت", "مشاهدة", "تمت مشاهدتها", "hatiye dîtin",
                     "بینراوە"),
    # Where she is held is known ("found" is said so too); CaseKeeper's own words for it
    # (حُدد مكانها, شوێنی دۆزراوەتەوە, Cih hatiye dîtin) come back in lists it printed.
    Status.LOCATED: ("located", "found", "location known", "whereabouts known",
                     "information on her whereabouts", "information about her whereabouts",
                     "معروف المكان", "معروفة المكان", "مكانها معروف", "مكانه معروف",
                     "معلومات عن مكانها", "معلومات عن مكانه", "توجد معلومات عن مكانها",
                     "يوجد معلومات عن مكانها", "توجد معلومات عن مكانه", "معلومات عن مكان تواجدها",
                     "حدد مكانها", "حدد مكانه", "تم تحديد مكانها", "تم تحديد مكانه",
                     "hat dîtin", "cih hatiye dîtin", "cihê wê hatiye dîtin",
                     "cihê wî hatiye dîtin", "cihê wê diyar e", "cihê wê tê zanîn",
                     "دۆزرایەوە", "دۆزراوەتەوە", "دۆزراوە", "شوێنی دۆزراوەتەوە",
                     "شوێنەکەی دۆزراوەتەوە", "شوێنی زانراوە", "شوێنەکەی زانراوە"),
    Status.IN_NEGOTIATION: ("in negotiation", "negotiation", "تفاوض", "قيد التفاوض", "في التفاوض",
                            "danûstandin", "di danûstandinê de", "لە دانوستاندندا"),
    Status.RESCUED: ("rescued", "freed", "released", "survivor", "returned", "ناجي", "ناجية",
                     "محرر", "محررة", "مُحررة", "عائد", "عائدة", "rizgar", "rizgarbûyî",
                     "rizgar bûye", "rizgarkirî", "ڕزگارکراو", "رزگارکراو", "تم تحريرها",
                     "تم تحريره", "تحررت", "نجت", "تم انقاذها", "تم انقاذه", "عادت",
                     "hat rizgarkirin", "rizgar kirin", "rizgarkirin", "rizgar bû", "rizgarbû",
                     "هاتە ڕزگارکردن", "ڕزگارکرا", "ڕزگار کرا", "ڕزگاربوو", "ڕزگار بوو", "ڕزگاربووە",
                     "ڕزگار بووە", "ڕزگارکراوە", "hatiye rizgarkirin", "أُنقذ", "أُنقذت",
                     # she escaped: out of captivity by her own hand, as a rescue is
                     "escaped", "هربت", "هرب", "هاربة", "هارب", "نجت بنفسها", "نجا بنفسه",
                     "هربت من الاسر", "reviya", "xwe rizgar kir", "هەڵات", "هەڵاتووە",
                     # she came back (as عادت): Kurmanji and Sorani
                     "rizgarbûye", "vegeriya", "vegeriyaye", "vegeriyayî", "گەڕایەوە",
                     "گەڕاوەتەوە"),
    Status.REUNITED: ("reunited", "with family", "مع العائلة", "gihîşt malbatê", "returned home",
                      "back with her family", "returned to her family", "عادت الى اهلها",
                      "عادت الى عائلتها", "مع اهلها", "لدى عائلتها", "gihîşte malbata xwe",
                      "گەڕایەوە بۆ ماڵەوە", "گەڕاوەتەوە بۆ خێزان", "gihîştiye malbatê",
                      "عاد إلى عائلته", "عادت إلى عائلتها",
                      # back home, with her family: Kurmanji and Sorani as families write it
                      "vegeriya malbatê", "vegeriyaye malbatê", "vegeriya malê", "vegeriya mal",
                      "li cem malbatê", "li cem malbata xwe", "li cem malbata wê",
                      "li nav malbatê", "bi malbatê re", "لەگەڵ خێزانەکەی", "لای خێزانەکەی"),
    Status.DECEASED: ("deceased", "dead", "killed", "died", "remains identified", "متوفى",
                      "متوفاة", "متوفية", "شهيد", "شهيدة", "مقتول", "مقتولة", "mirî", "kuştî", "مردوو",
                      "کوژراو", "کۆچی دوایی کردووە", "miriye",
                      # killed, martyred, died: the verbs as lists write them (قُتلت read
                      # without its marks, قتيله with ه for ة, by fold_header)
                      "قتلت", "قتل", "قتيلة", "قتيل", "استشهدت", "استشهد", "توفيت", "توفي",
                      "ماتت", "hat kuştin", "hatiye kuştin", "şehîd", "کوژرا", "کوژراوە",
                      "شەهید", "شەهید بوو", "شەهیدبوو"),
    Status.UNKNOWN: ("unknown", "?", "غير معروف", "مجهول", "nayê zanîn", "نەزانراو"),
}

# (Every word CaseKeeper itself prints for a status, on screen and in documents, in each of its
# languages, is among the words above: tests/test_status_words_read_back.py.)

# Villages and towns of the Sinjar area under their usual spellings; the key is the spelling
# the vault keeps. A value not listed is kept as typed (variants of case and letter forms unified).
VILLAGES: dict[str, tuple[str, ...]] = {
    "Kocho": ("kocho", "kojo", "koço", "koco", "kuju", "كوجو", "کوجو", "کۆچۆ", "قرية كوجو"),
    "Tel Ezer": ("tel ezer", "til ezêr", "til ezer", "tal azir", "tel uzair", "تل عزير",
                 "تل عزیر", "تەل عەزیر"),
    "Siba Sheikh Khidir": ("siba sheikh khidir", "siba sheikh khider", "siba şêx xidir",
                           "siba", "سيبا شيخ خدر", "سيبا شيخ خضر", "سیبا شێخ خدر",
                           # with ص, as offices write it too (kept as typed, the English
                           # papers printed the village in Arabic letters: a tester's day)
                           "صيبا شيخ خدر", "صيبا شيخ خضر", "صیبا شێخ خدر",
                           # its short name in Arabic script, as the Latin "siba" above
                           "سيبا", "سیبا", "صيبا"),
    "Solagh": ("solagh", "sulagh", "صولاغ", "سولاغ", "سۆلاغ"),
    "Hardan": ("hardan", "herdan", "حردان", "هەردان"),
    "Tel Qasab": ("tel qasab", "til qesep", "تل قصب"),
    "Khanasor": ("khanasor", "xanesor", "خانصور", "خانەسۆر"),
    "Sinune": ("sinune", "snune", "sinûnê", "سنوني", "سنونی"),
    "Dohola": ("dohola", "duhola", "دهولا", "دهۆلا"),
    "Borek": ("borek", "borik", "بورك", "بۆرک"),
    "Gir Zerik": ("gir zerik", "girzerik", "كرزرك", "گرزرک"),
    "Sinjar": ("sinjar", "shingal", "şingal", "shengal", "سنجار", "شنكال", "شنگال"),
    "Zorava": ("zorava", "zorafa", "زورافا", "زۆراڤا"),
    "Qiniyeh": ("qiniyeh", "qiniye", "qine", "قني", "قنیە"),
    "Hatimiya": ("hatimiya", "hetimiye", "حطمية", "حاتمية"),
}


def _index(table: dict, key=fold_header) -> dict[str, object]:
    return {key(w): name for name, words in table.items() for w in words}


@lru_cache(maxsize=50_000)  # every name cell of a list is looked up (Converter.places)
def village_key(text: str) -> str:
    """A village value folded as names are (app/text/normalize.fold): Sorani letters as their
    Arabic counterparts (ۆ و, ێ ی, ڕ ر, ڵ ل, ە as Arabic writes it), Latin accents gone. So
    دهۆڵا is دهولا and بۆرەک is بورك, in one list and in the table above alike."""
    return fold_header(fold(text))


_SEX = _index(SEX_WORDS)
_STATUS = _index(STATUS_WORDS)
_VILLAGE = _index({k: (k, *v) for k, v in VILLAGES.items()}, village_key)


def checked_overrides(values: dict[str, dict[str, str]], origin: str) -> dict[str, dict[str, str]]:
    """A mapping file's value overrides with every sex and status target made the vault's own
    value ('Rescued', 'in negotiation', 'female' as people write them); a target that means
    nothing is an error naming the file, the value and what it may be."""
    out = {field: dict(table) for field, table in values.items()}
    for field, kind, read in (("sex", Sex, sex_of), ("status", Status, status_of)):
        for typed, target in out.get(field, {}).items():
            try:
                meant = kind(target)
            except ValueError:
                meant = read(target) if target.strip() else None
            if meant is None:
                raise InputFileError(refused(origin, NOT_A_VALUE, Word("field", field),
                                             Quoted(typed), Quoted(target),
                                             joined([v.value for v in kind])))
            out[field][typed] = meant.value
    return out


def sex_of(text: str, overrides: dict[str, str] | None = None) -> Sex | None:
    """The Sex a value means, or None when it is not recognised (blank gives UNKNOWN)."""
    if not text.strip():
        return Sex.UNKNOWN
    if overrides and text in overrides:
        return Sex(overrides[text])
    return _SEX.get(fold_header(text))  # type: ignore[return-value]


def status_of(text: str, overrides: dict[str, str] | None = None) -> Status | None:
    if overrides and text in overrides:
        return Status(overrides[text])
    return _STATUS.get(fold_header(text))  # type: ignore[return-value]


# Status words Arabic says only of a woman (the feminine ending ة, a verb's feminine ت): a list
# that gives no sex but writes مفقودة or ناجية says she is a woman. The masculine forms say
# nothing: lists write مفقود of everyone, women too, as Arabic's general form.
_SAID_OF_A_WOMAN = frozenset(fold_header(w) for w in (
    "مفقودة", "ناجية", "مختطفة", "مخطوفة", "محررة", "متحررة", "مسبية", "أسيرة", "اسيرة",
    "محتجزة", "متوفاة", "متوفية", "مقتولة", "قتيلة", "شهيدة", "قتلت", "استشهدت", "توفيت", "ماتت",
    "هربت", "شوهدت", "عادت", "اختطفت", "خطفت", "حررت", "تحررت", "نجت", "أنقذت", "انقذت"))


def said_of_a_woman(text: str) -> bool:
    """A status cell whose first word is one Arabic says only of a woman (مفقودة, ناجية 2017)."""
    words = text.split()
    return bool(words) and fold_header(words[0].rstrip(",;:-،")) in _SAID_OF_A_WOMAN


# A date as lists write it after a status: 2017, 03/2019, 12/03/2017, 2016-03, 2016-03-12.
_DATE = (r"\d{4}[/.\-]\d{1,2}(?:[/.\-]\d{1,2})?|(?:\d{1,2}[/.\-]){0,2}\d{4}")
# ... at the very end of the cell, perhaps in brackets: "freed 2017", "rescued (03/2019)".
_TRAILING_DATE = re.compile(rf"[\s(]\(?({_DATE})\)?$")


def status_and_date_of(text: str, overrides: dict[str, str] | None = None
                       ) -> tuple[Status | None, FuzzyDate]:
    """A status cell's status and, when it says one, the date of it ('freed 2017').

    The leading word(s) say the status ("شوهدت في الرقة 2017", "died in Baghuz 2019",
    "مختطفة لدى داعش"), a date at the very end says when; the whole cell stays in the note.
    Only when what follows says where, by whom or when: "released then re-abducted", "found
    dead", "ناجية سابقا ثم اختطفت", "negotiation failed" are left for the lawyer, never read
    from their first word.
    """
    status = status_of(text, overrides)
    if status is not None:
        return status, FuzzyDate()
    plain = re.sub(r"(?<=[^\W\d])-(?=\d)", " ", text.strip().translate(DIGITS))  # rescued-2017
    words = plain.split()
    for k in (3, 2, 1):
        lead = " ".join(words[:k]).rstrip(",;:-،")  # "freed, 2017"
        if len(words) > k and (status := status_of(lead, overrides)) is not None:
            if not _only_where_and_when(words[k:], overrides):
                return None, FuzzyDate()
            tail = _TRAILING_DATE.search(plain)
            try:
                return status, FuzzyDate.parse(tail[1]) if tail else FuzzyDate()
            except ValueError:
                return status, FuzzyDate()
    return None, FuzzyDate()


# Words that open a place, a captor or a time after a status word.
_WHERE_WHEN = {"in", "at", "on", "since", "from", "near", "by", "with", "في", "من", "الى", "إلى",
               "لدى", "عند", "منذ", "بيد", "مع", "عام", "سنة", "li", "ji", "sala", "sal", "de",
               "لە", "لای", "ساڵی",
               # the captor named after the status ("in captivity (ISIS)", "مختطفة داعش")
               "isis", "daesh", "داعش"}
# Words that turn a status round or doubt it.
_TURNING = {"then", "not", "no", "failed", "still", "again", "formerly", "previously", "but",
            "ثم", "لا", "غير", "لم", "فشل", "فشلت", "سابقا", "سابقاً", "مجددا", "مجدداً", "لكن",
            "dîsa", "lê", "ne", "نا", "دواتر", "پاشان"}


_WHERE_WHEN_F = {fold_header(w) for w in _WHERE_WHEN}
_TURNING_F = {fold_header(w) for w in _TURNING}


def _only_where_and_when(rest: list[str], overrides: dict[str, str] | None) -> bool:
    if not rest:
        return True
    folded = [fold_header(w) for w in rest]
    if folded[0] not in _WHERE_WHEN_F and not _TRAILING_DATE.fullmatch(" " + rest[0]):
        return False
    if any(w in _TURNING_F for w in folded) or any(w.casefold().startswith("re-") for w in rest):
        return False
    return not any(status_of(w, overrides) is not None for w in rest)


def known_place(text: str) -> str | None:
    """The usual spelling of a Sinjar place the table above knows text as (Siba: Siba Sheikh
    Khidir), or None."""
    known = _VILLAGE.get(village_key(text)) if text and text.strip() else None
    return known if isinstance(known, str) else None


def village_map(values: list[str], vault: Mapping[str, int] | None = None) -> dict[str, str]:
    """{as typed: as kept} for the village values of a file.

    Known places get their usual spelling; other variants that differ only in case, spacing or
    letter forms get the most frequent spelling among them. vault ({village: records}) holds
    the vault's own values: a spelling of one of its places (Solax for Solagh, as matching
    judges places) takes the vault's spelling, so one place is not kept two ways. Every value
    typed is a key, so the mapping can be shown to the user.
    """
    counts = Counter(v.strip() for v in values if v and v.strip())
    groups: dict[str, list[str]] = {}
    for v in counts:
        groups.setdefault(village_key(v), []).append(v)
    out: dict[str, str] = {}
    for key, variants in groups.items():
        known = _VILLAGE.get(key)
        target = known if isinstance(known, str) else max(variants, key=lambda v: (counts[v], v))
        if vault:
            target = vault_spelling((target, *variants), vault) or target
        for v in variants:
            out[v] = " ".join(target.split())
    return out


def kept_village(typed: str, vault: Mapping[str, int]) -> str:
    """The spelling one village value is kept under: village_map of it alone, as an import
    keeps a list's. Typed Kocho where the vault writes Koço (or كوجو), Koço: a village kept
    two ways is two villages in the lawyer's counts and its records sorted apart."""
    typed = typed.strip()
    return village_map([typed], vault)[typed] if typed else ""


def value_summary(values: list[str], mapper) -> dict[str, str]:
    """{as typed: what it becomes (or '?' when not recognised)} for a column, to show the user."""
    out = {}
    for v in sorted({v.strip() for v in values if v and v.strip()}):
        got = mapper(v)
        out[v] = str(got) if got is not None else "?"
    return out
