"""The fields a list column can map to, and what people call them in English, Arabic and Kurdish."""

from __future__ import annotations

import json
import re
import unicodedata
from enum import StrEnum
from functools import lru_cache


class Field(StrEnum):
    FULL_NAME = "full_name"  # split into given / father / grandfather / family
    GIVEN = "given"
    FATHER = "father"
    GRANDFATHER = "grandfather"
    FAMILY = "family"
    MOTHER = "mother"
    NICKNAME = "nickname"
    ALIAS = "alias"
    SEX = "sex"
    BIRTH = "birth"
    AGE = "age"
    VILLAGE = "village"
    DISTRICT = "district"
    GOVERNORATE = "governorate"
    ABDUCTION_DATE = "abduction_date"
    ABDUCTION_PLACE = "abduction_place"
    STATUS = "status"
    RESCUE_DATE = "rescue_date"  # dates the row's "rescued" (a list's own column for it)
    STATUS_DATE = "status_date"  # dates the row's status, whatever it is ("Status date")
    LAST_KNOWN_LOCATION = "last_known_location"  # where she is now: a camp, a country, a town
    NOTES = "notes"
    CASE_NO = "case_no"
    # A number to call about her: each number in the cell becomes a family contact of hers,
    # with the list's row as its source; the two fields after it say whom it reaches.
    PHONE = "phone"
    CONTACT_NAME = "contact_name"
    CONTACT_RELATION = "contact_relation"
    SERIAL = "serial"  # the list's own running number: kept in provenance, not imported
    IGNORE = "ignore"


# The fields whose columns hold dates (an Excel date number among them is a day).
DATE_FIELDS = (Field.BIRTH, Field.ABDUCTION_DATE, Field.RESCUE_DATE, Field.STATUS_DATE)


def stored_columns(mapping_json: str) -> dict[str, Field]:
    """{column label: field} of a column mapping as a batch stores it (Mapping.to_json). Never
    an error: a damaged mapping gives nothing, a field this version does not know is left out;
    what a list held is only shown or compared with it."""
    try:
        columns = json.loads(mapping_json or "{}").get("columns", {})
    except (ValueError, AttributeError):
        return {}
    known = {f.value for f in Field}
    return {str(k): Field(v) for k, v in columns.items() if v in known} \
        if isinstance(columns, dict) else {}


# Synonyms as people write them: Arabic, Sorani (Arabic script), Kurmanji (Latin), English.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.FULL_NAME: ("full name", "name in full", "name of the abducted", "name of abducted",
                      "abducted person", "name of the missing", "name of missing person",
                      "اسم المختطفة", "اسم المختطف", "اسم المخطوفة", "اسم المفقودة",
                      "اسم المفقود", "الاسم الكامل", "الاسم الثلاثي",
                      "الاسم الرباعي",
                      "الاسم الثلاثي واللقب", "الاسم الرباعي واللقب", "ناوی تەواو", "ناوی سیانی",
                      "ناوی چواری", "four-part name", "three-part name", "quadruple name",
                      "triple name", "name in four parts", "name in three parts",
                      "navê temam", "navê tevahî",
                      # "name and surname": one column, the whole name (ş as Kurmanji writes
                      # it, and the ș some keyboards give)
                      "nav û paşnav", "nav u paşnav", "nav u pasnav", "nav û pașnav", "navê û paşnavê",
                      "ناو و پاشناو", "ناو و نازناو", "ناو و ناوی بنەماڵە", "الاسم واللقب",
                      "الاسم و اللقب", "name and surname", "name & surname",
                      "name and family name", "first and last name", "full name and surname"),
    Field.GIVEN: ("name", "first name", "given name", "given", "forename", "الاسم", "اسم",
                  "الاسم الاول",
                  "nav", "navê", "navê yekem", "ناو", "ناوی", "ناوی یەکەم"),
    Field.FATHER: ("father", "father name", "father's name", "fathers name", "name of father",
                   "اسم الاب", "الاب", "bav", "navê bav", "navê bavê", "باوک", "ناوی باوک"),
    Field.GRANDFATHER: ("grandfather", "grandfather name", "grandfather's name", "اسم الجد", "الجد",
                        "bapîr", "navê bapîr", "باپیر", "ناوی باپیر"),
    Field.FAMILY: ("family", "family name", "surname", "last name", "clan", "tribe", "اللقب",
                   "العشيرة", "العائلة", "الكنية", "malbat", "paşnav", "eşîr", "بنەماڵە", "هۆز",
                   "تیرە", "ناوی خێزان", "ناوی خێزانی", "پاشناو", "ناوی بنەماڵە",
                   "navê malbatê", "navê malbata", "اسم العائلة"),
    Field.MOTHER: ("mother", "mother name", "mother's name", "mothers name", "name of mother",
                   "mother's full name", "mothers full name", "full name of mother",
                   "mother full name", "اسم الام", "الام", "للام", "اسم الام الثلاثي",
                   "الاسم الثلاثي للام", "الاسم الكامل للام", "اسم الوالدة", "الوالدة", "dayik",
                   "navê dayikê", "navê temam ê dayikê", "دایک", "ناوی دایک", "ناوی تەواوی دایک",
                   # "her mother's name": ناوی دایکی; Kurmanji navê dayika (wê), navê diya (wê)
                   "ناوی دایکی", "navê dayika", "navê diya", "navê diyê", "navê dê"),
    # نازناو is Sorani for a nickname (the desktop's own word for this field), not a surname
    Field.NICKNAME: ("nickname", "laqab", "known as", "الكنية الشعبية", "leqeb", "نازناو"),
    Field.ALIAS: ("alias", "aliases", "other names", "also known as", "aka", "اسماء اخرى"),
    Field.SEX: ("sex", "gender", "m/f", "الجنس", "zayend", "cins", "ڕەگەز", "رەگەز"),
    Field.BIRTH: ("birth", "born", "date of birth", "birth date", "dob", "year of birth",
                  "birth year", "تاريخ الميلاد", "التولد", "المواليد", "سنة الميلاد", "تولد",
                  # الولادة (birth) as Iraqi offices write it; not alone: مكان الولادة is a place
                  "تاريخ الولادة", "سنة الولادة",
                  "rojbûn", "dayikbûn", "sala jidayikbûnê", "dîroka jidayikbûnê", "jidayikbûn",
                  "ساڵی لەدایکبوون", "لەدایکبوون", "ڕێکەوتی لەدایکبوون",
                  # Kurmanji's other words for birth (bûyîn, zayîn); Sorani written apart, with
                  # ل for ڵ as an Arabic keyboard types it, and بەروار (date). "Sal" or "ساڵ"
                  # alone is only "year": mapping._year_of_birth reads its values. Zayîn and
                  # bûyîn may be a child's birth: birth_header judges them by their values first.
                  "sala bûyînê", "sala zayînê", "dîroka bûyînê", "dîroka zayînê",
                  "roja jidayikbûnê", "ساڵی لەدایک بوون", "لەدایک بوون", "سالی لەدایکبوون",
                  "بەرواری لەدایکبوون", "سالی لەدایک بوون"),
    Field.AGE: ("age", "age in 2014", "العمر", "temen", "تەمەن"),
    Field.VILLAGE: ("village", "town", "village/town", "place of origin", "origin",
                    "location of origin", "home location", "القرية",
                    "قرية", "المنطقة", "السكن", "gund", "gundê", "گوند", "شوێنی نیشتەجێبوون"),
    Field.DISTRICT: ("district", "القضاء", "qeza", "navçe", "قەزا"),
    Field.GOVERNORATE: ("governorate", "province", "المحافظة", "parêzgeh", "پارێزگا"),
    Field.ABDUCTION_DATE: ("date of abduction", "abduction date", "abducted", "date abducted",
                           "date missing", "date taken", "when taken",
                           "date kidnapped", "kidnapped on", "date of kidnapping",
                           "تاريخ الاختطاف", "تاريخ الخطف", "dîroka revandinê",
                           "roja revandinê", "ڕێکەوتی ڕفاندن", "رێکەوتی رفاندن",
                           # بەروار (date) as Sorani lists write it too
                           "بەرواری ڕفاندن", "بەرواری رفاندن", "بەرواری ڕفێندران"),
    Field.ABDUCTION_PLACE: ("place of abduction", "abduction place", "place abducted",
                            "location of abduction", "abduction location", "where abducted",
                            "where taken",
                            "مكان الاختطاف", "مكان الخطف", "cihê revandinê", "شوێنی ڕفاندن"),
    Field.STATUS: ("status", "current status", "situation", "situation now", "status now",
                   "الحالة", "الوضع", "المصير", "الحالة الان", "الوضع الحالي", "rewş", "rewşa niha",
                   "rewş niha", "دۆخ", "بارودۆخ", "دۆخی ئێستا", "باری ئێستا"),
    Field.RESCUE_DATE: ("rescue date", "date of rescue", "date rescued", "rescued on",
                        "date of liberation", "liberation date", "date freed", "freed on",
                        "date of release", "release date", "date released",
                        "تاريخ النجاة", "تاريخ الانقاذ", "تاريخ التحرير", "تاريخ التحرر",
                        "تاريخ الخلاص", "تاريخ الافراج", "تاريخ الاطلاق", "تاريخ التحرير او النجاة",
                        "dîroka rizgarbûnê", "dîroka rizgarkirinê", "roja rizgarbûnê",
                        "roja rizgarkirinê", "dîroka azadbûnê", "ڕێکەوتی ڕزگاربوون",
                        "رێکەوتی رزگاربوون", "ڕێکەوتی ڕزگارکردن", "بەرواری ڕزگاربوون",
                        "ڕێکەوتی ئازادبوون"),
    # the date of the status the row gives: left unread, her status was dated the import day
    Field.STATUS_DATE: ("status date", "date of status", "status as of", "status since",
                        "date of current status", "current status date", "status updated",
                        "تاريخ الحالة", "تاريخ الوضع", "تاريخ الحالة الحالية", "dîroka rewşê",
                        "roja rewşê", "dîroka rewşa niha", "ڕێکەوتی دۆخ", "رێکەوتی دۆخ",
                        "بەرواری دۆخ", "ڕێکەوتی بارودۆخ", "بەرواری بارودۆخ"),
    Field.LAST_KNOWN_LOCATION: ("current location", "last known location", "location now",
                                "current place", "whereabouts", "where she is now",
                                "مكان التواجد", "مكان التواجد الحالي", "المكان الحالي",
                                "مكان الوجود", "مكان وجودها", "مكانها الحالي", "الموقع الحالي",
                                "اخر مكان معروف", "شوێنی ئێستا", "شوێنی ئێستای",
                                "دوایین شوێنی زانراو", "cihê niha", "cih niha",
                                "cihê dawî yê naskirî", "cihê dawî",
                                # where an informant last saw her; not where she was held
                                # (مكان الاحتجاز): in a list of the rescued that is her past
                                "location", "last seen", "last seen at", "last seen in",
                                "place last seen", "where last seen", "الموقع",
                                "اخر مكان شوهدت فيه", "مكان اخر مشاهدة"),
    Field.NOTES: ("notes", "note", "remarks", "comments", "ملاحظات", "الملاحظات", "têbînî",
                  "nîşe", "تێبینی"),
    Field.PHONE: ("phone", "telephone", "mobile", "phone number", "phone no", "mobile number",
                  "whatsapp", "contact phone", "contact number", "family phone",
                  "هاتف", "الهاتف", "رقم الهاتف", "رقم هاتف", "موبايل", "الموبايل", "جوال",
                  "تلفون", "تەلەفۆن", "ژمارەی تەلەفۆن", "مۆبایل", "ژمارەی مۆبایل", "telefon",
                  "hejmara telefonê", "mobîl"),
    # Whom the number reaches: a contact person of her family. Never the one who reported
    # her (المبلغ, informant): see INFORMANT_WORDS.
    Field.CONTACT_NAME: ("contact", "contact name", "contact person", "name of contact",
                         "اسم صاحب الرقم"),
    Field.CONTACT_RELATION: ("relation", "relationship", "relation to her", "kinship",
                             "صلة القرابة", "القرابة", "خزمایەتی",
                             "پەیوەندی خزمایەتی", "merivatî", "xizmtî", "têkiliya merivatiyê"),
    # and as this program's own screens and papers head it in each language
    Field.CASE_NO: ("case no", "case number", "case", "case id", "رقم الحالة", "رقم القضية",
                    "رقم الملف", "ژمارەی دۆسیە", "hejmara dosyayê"),
    Field.SERIAL: ("no", "no.", "#", "n", "nr", "serial", "seq", "ت", "ر", "التسلسل", "تسلسل",
                   "الرقم", "رقم", "jimar", "hejmar", "ژمارە",
                   "ژ"),  # Sorani short for ژمارە, as ت is for التسلسل
}

# Headers that name something CaseKeeper does not import but contain a field's word: "Marital
# status" is not the status of her case, "Family status" not her family name. They take no
# field, so a column holding "married" or "عزباء" never takes the place of the real one.
NOT_FIELDS: dict[str, tuple[str, ...]] = {
    "marital status": ("marital status", "civil status", "social status", "family status",
                       "family situation", "status marital", "الحالة المدنية",
                       "الحالة الاجتماعية", "الحالة الزوجية", "الوضع الاجتماعي", "الوضع العائلي",
                       "الحالة العائلية", "بارودۆخی خێزانی", "باری خێزانی", "دۆخی خێزانی",
                       "باری کۆمەڵایەتی", "rewşa malbatî", "rewş malbatî", "rewşa civakî",
                       "rewşa zewacê", "barê malbatî"),
    "health status": ("health status", "health", "medical status", "الحالة الصحية",
                      "الوضع الصحي", "دۆخی تەندروستی", "باری تەندروستی", "rewşa tenduristiyê"),
    "number of family members": ("family members", "number of family members",
                                 "عدد افراد العائلة", "عدد افراد الاسرة", "افراد العائلة"),
}

# When two synonyms of equal length match, the more specific field wins (father over name).
_PRIORITY = [Field.FATHER, Field.GRANDFATHER, Field.MOTHER, Field.FULL_NAME, Field.ABDUCTION_DATE,
             Field.RESCUE_DATE, Field.STATUS_DATE, Field.ABDUCTION_PLACE, Field.BIRTH, Field.FAMILY,
             Field.NICKNAME, Field.ALIAS, Field.GIVEN]

_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                              "ئ": "ي", "ؤ": "و", "ك": "ک", "ي": "ی", "ـ": None})
_PUNCT = re.compile(r"[\s_\-:./()\[\]،؛*]+")


@lru_cache(maxsize=50_000)  # also folds sex and status values, which repeat on every row
def fold_header(text: str) -> str:
    """Lower-case, strip accents and Arabic diacritics, unify letter forms, squeeze punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(ch for ch in text if not ("\u064b" <= ch <= "\u065f" or ch == "\u0670"))
    text = text.translate(_ARABIC_FOLD).replace("'", "").replace("’", "")
    return _PUNCT.sub(" ", text).strip()


_FOLDED: list[tuple[str, Field]] = sorted(
    ((fold_header(s), f) for f, words in SYNONYMS.items() for s in words),
    key=lambda p: (-len(p[0]), _PRIORITY.index(p[1]) if p[1] in _PRIORITY else len(_PRIORITY)))
# Every heading word as folded: a cell that is one word for word is what field_for_header
# finds by its exact match, without the search for a synonym inside it (120 µs a cell).
HEADING_WORDS = frozenset(syn for syn, _ in _FOLDED)


# Each folded synonym's spellings as the vocabulary writes them: a reason quotes the word so,
# not folded («الحاله», «القریه» with a Persian ya read as a typo to an Arabic reader).
_WRITTEN: dict[str, list[str]] = {}
for _words in SYNONYMS.values():
    for _w in _words:
        _WRITTEN.setdefault(fold_header(_w), []).append(_w)


def written(syn: str, header: str) -> str:
    """A folded synonym as a person writes it: the spelling the header itself uses where it is
    one of the vocabulary's ('الحالة' matches 'الحالة'), else the vocabulary's first ('الحاله'
    matches 'الحالة'); a word that is no synonym (a two-row header's label), as folded."""
    spellings = _WRITTEN.get(syn, [])
    padded = f" {_PUNCT.sub(' ', unicodedata.normalize('NFKC', header).casefold())} "
    return next((w for w in spellings if f" {_PUNCT.sub(' ', w.casefold())} " in padded),
                spellings[0] if spellings else syn)


_FOLDED_NOT: list[tuple[str, str]] = sorted(
    ((fold_header(s), what) for what, words in NOT_FIELDS.items() for s in words),
    key=lambda p: -len(p[0]))


def not_a_field(header: str) -> str | None:
    """What a header names when that is no field (e.g. 'marital status'), or None."""
    padded = f" {fold_header(header)} "
    return next((what for phrase, what in _FOLDED_NOT if f" {phrase} " in padded), None)


# Words naming whoever reported the row (an informant, the reporter, the source, the head of
# the household who gave the names), not her nor her family: a column so headed feeds none of
# her fields and no family contact (mapping.suggest). An informant's number filed as a
# relative's would put the informants' network on her page and on papers: what gets people
# killed. Whole words of the folded header: "Informant phone", "هاتف المخبر", "رقم المبلغ".
INFORMANT_WORDS = (
    "informant", "informants", "informer", "reporter", "reporters", "reported by",
    "reporting person",
    "source", "source of information", "household head", "head of household",
    "head of the household", "head of family", "head of the family",
    "المخبر", "مخبر", "المبلغ", "مبلغ", "اسم المبلغ", "رقم المبلغ", "هاتف المخبر",
    "مصدر المعلومات", "المصدر", "مصدر", "رب الاسرة", "رب الأسرة", "رب العائلة", "رب الاسره",
    "سەرچاوە", "سەرچاوەی", "سەرچاوەی زانیاری", "ئاگادارکەرەوە", "ئاگادارکەرەوەی",
    "سەرۆکی خێزان", "سەرۆک خێزان",
    "çavkanî", "çavkaniya", "cavkani", "agahdar", "agahdarê", "ragihîner", "ragihînerê",
    "serokê malê", "seroke male", "serokê malbatê")
_INFORMANT: tuple[str, ...] = tuple(sorted({fold_header(w) for w in INFORMANT_WORDS}, key=len,
                                           reverse=True))


def names_informant(header: str) -> str | None:
    """The word by which a header names whoever reported the row rather than her ("Informant
    phone": 'informant'), or None ("Phone")."""
    padded = f" {fold_header(header)} "
    return next((w for w in _INFORMANT if f" {w} " in padded), None)


# The parts of a name in their order, as a name group's labels may number them
# ("Name" over 1st / 2nd / 3rd, "الاسم" over الاول / الثاني / الثالث).
# A fifth part ends a four-part name and surname (الاسم الرباعي واللقب): her family name. The
# fourth of a four-part name is her great-grandfather's (mapping.py); of a name that says
# nothing of its parts (Full name over four columns) it stays the family.
_BY_ORDER = (Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY, Field.FAMILY)

# Words that say a header's name ends with a surname: 'الاسم الرباعي واللقب', 'and surname'.
_SURNAME = ("لقب", "surname", "family name", "پاشناو", "paşnav", "pașnav")
# Words that say it is the four-part name (الاسم الرباعي, ناوی چواری): in Iraqi usage given,
# father, grandfather and great-grandfather; the clan is a fifth part, there only when named.
_FOUR_PARTS = tuple(fold_header(w) for w in ("رباعي", "چواری", "four-part", "four parts",
                                             "quadruple"))


def names_surname(label: str) -> bool:
    """Whether a name's header says a surname ends it (the four-part name and the surname)."""
    folded = label.casefold()
    return any(w in folded for w in _SURNAME)


def four_part_name(label: str) -> bool:
    """Whether a name's header is the four-part name, whose fourth part is the
    great-grandfather's, and no surname after it."""
    return names_four_parts(label) and not names_surname(label)


def names_four_parts(label: str) -> bool:
    """Whether a name's header names the four-part name, with or without the surname after
    it ('الاسم الرباعي', 'الاسم الرباعي واللقب'): its fourth word is the great-grandfather's."""
    folded = fold_header(label)
    return any(w in folded for w in _FOUR_PARTS)


_ORDINALS = {fold_header(w): i for i, words in enumerate((
    ("1st", "first", "1", "الاول", "الأول", "یەکەم", "yekem"),
    ("2nd", "second", "2", "الثاني", "دووەم", "duyem", "diduyan"),
    ("3rd", "third", "3", "الثالث", "سێیەم", "sêyem"),
    ("4th", "fourth", "4", "الرابع", "چوارەم", "çarem"),
    ("5th", "fifth", "5", "الخامس", "پێنجەم", "pêncem"))) for w in words}


def ordinal(label: str) -> int | None:
    """0 for '1st' / 'الاول', 1 for '2nd' / 'الثاني' ...; None for any other label."""
    return _ORDINALS.get(fold_header(label))


def by_order(label: str) -> Field | None:
    """The name part a numbering label stands for: given for 'الاول', father for '2nd'."""
    nth = ordinal(label)
    return None if nth is None else _BY_ORDER[nth]


# A group over two header rows whose word names a field only with the label under it: the
# date of an event ("Date" over Abduction | Rescue, «التاريخ» over الاختطاف | التحرير, "Dîrok"
# over Revandin | Rizgarkirin, «بەروار» over ڕفاندن | ڕزگاربوون), or the event over its date and
# place ("Abduction" over Date | Place). Neither word alone is the field: "Date" says not of
# what, and "Rescue" alone could be a column of yes and no.
_DATE_WORDS = ("date", "dates", "day", "year", "التاريخ", "تاريخ", "التواريخ", "تواريخ", "السنة",
               "سنة", "dîrok", "dîroka", "dîrokên", "tarîx", "roj", "roja", "sal", "sala",
               "ڕێکەوت", "ڕێکەوتی", "رێکەوت", "رێکەوتی", "بەروار", "بەرواری", "مێژوو", "مێژووی",
               "ساڵ", "ساڵی")
_PLACE_WORDS = ("place", "location", "where", "المكان", "مكان", "الموقع", "cih", "cihê", "der",
                "شوێن", "شوێنی")
_EVENTS: dict[Field, tuple[str, ...]] = {
    Field.ABDUCTION_DATE: ("abduction", "abducted", "kidnapping", "kidnapped", "capture",
                           "captured", "taken", "الاختطاف", "اختطاف", "الخطف", "خطف", "الاسر",
                           "revandin", "revandinê", "revandî", "dîlgirtin", "dîlgirtinê",
                           "ڕفاندن", "رفاندن", "ڕفاندنی", "ڕفێندران"),
    Field.RESCUE_DATE: ("rescue", "rescued", "liberation", "liberated", "release", "released",
                        "freed", "التحرير", "تحرير", "التحرر", "النجاة", "نجاة", "الانقاذ",
                        "انقاذ", "الخلاص", "الافراج", "الاطلاق", "rizgarkirin", "rizgarkirinê",
                        "rizgarbûn", "rizgarbûnê", "azadbûn", "azadbûnê", "azadkirin",
                        "ڕزگاربوون", "رزگاربوون", "ڕزگارکردن", "رزگارکردن", "ئازادبوون",
                        "ئازادکردن"),
    Field.BIRTH: ("birth", "born", "الميلاد", "ميلاد", "الولادة", "ولادة", "التولد", "jidayikbûn",
                  "jidayikbûnê", "bûyîn", "bûyînê", "zayîn", "zayînê", "لەدایکبوون",
                  "لەدایک بوون"),
}
_DATES = frozenset(fold_header(w) for w in _DATE_WORDS)
_PLACES = frozenset(fold_header(w) for w in _PLACE_WORDS)
_EVENT_OF = {fold_header(w): f for f, words in _EVENTS.items() for w in words}


def paired_field(group: str, label: str) -> Field | None:
    """The field a label of a two-row header names together with its group's word, neither
    naming it alone: the abduction date for "Date" over "Abduction" (or "Abduction" over
    "Date"), its place for "Abduction" over "Place"; None for any other pair."""
    g, lb = fold_header(group), fold_header(label)
    for date, event in ((g, lb), (lb, g)):
        if date in _DATES and event in _EVENT_OF:
            return _EVENT_OF[event]
        if date in _PLACES and _EVENT_OF.get(event) is Field.ABDUCTION_DATE:
            return Field.ABDUCTION_PLACE
    return None


# Name parts a header may name beside a telephone: which of the two, its values decide.
_NAMES = (Field.FULL_NAME, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY,
          Field.MOTHER, Field.NICKNAME)
_PHONE_WORDS: list[str] = sorted((fold_header(s) for s in SYNONYMS[Field.PHONE]), key=len,
                                 reverse=True)


# What joins two things a header names ("Status/date", "Status (date)", "الحالة والتاريخ"); a
# two-row header's " / " is left out: "Status / Date" may be the date column under "Status".
_JOINS = re.compile(r"(?<! )/|/(?! )|[()&+,|،]| and | with | û | و")


def field_for_header(header: str, joined: bool = True) -> tuple[Field, str] | None:
    """The field a header names and the synonym that matched, or None. A header naming the
    status and its date ("Status/date", "Status (date)") is the status column, whose cells say
    both ("rescued 2018-02-01"), as before the status date column: read as a date alone, the
    rescue was dropped."""
    hit = _field_for_header(header)
    if joined and hit is not None and hit[0] is Field.STATUS_DATE:
        parts = [p for p in _JOINS.split(unicodedata.normalize("NFKC", header).casefold())
                 if fold_header(p)]
        status = next((h for p in parts if len(parts) > 1
                       and (h := _field_for_header(p)) is not None and h[0] is Field.STATUS), None)
        if status is not None:
            return status
    return hit


def _field_for_header(header: str) -> tuple[Field, str] | None:
    """The field a header names and the synonym that matched, or None.

    An exact match wins; otherwise the longest synonym found as whole words in the header
    ("Father (Latin)" -> father; "اسم الاب" -> father, not name), once the words that name
    something else are taken out ("Marital status" names no field).
    """
    # A two-row header under a name group reads "الاسم / الأب", "Name / Father": the label says
    # which part of the name; the group word would make every column under it the given name.
    # The group speaks only when the label names nothing ("Name / 1st").
    group, sep, label = header.rpartition(" / ")
    if sep and (paired := paired_field(group, label)) is not None:
        # "Date / Abduction", "التاريخ / التحرير": the date of that event (paired_field)
        return paired, fold_header(label)
    if sep and group.strip() and (under := field_for_header(group)) is not None and (
            under[0] in (Field.GIVEN, Field.FULL_NAME)):
        if (nth := ordinal(label)) is not None:  # "Name / 2nd": her name's second part
            return _BY_ORDER[nth], fold_header(label)
        return field_for_header(label) or under
    # Any other "A / B" ("Date of birth / Age", "Mother / Name") is read whole, as before:
    # its longest word decides, and a group naming a person (Mother) keeps the column hers.
    folded = fold_header(header)
    if not folded:
        return None
    for syn, f in _FOLDED:
        if folded == syn:
            return f, syn
    padded = f" {folded} "
    for phrase, _ in _FOLDED_NOT:
        padded = padded.replace(f" {phrase} ", " ")
    for syn, f in _FOLDED:
        if len(syn) > 1 and f" {syn} " in padded:
            # "Contact phone" is the number, not whom it reaches; a name
            # beside a phone ("Family phone", "Name and phone") is judged by its values
            # (mapping._from_header)
            if f in (Field.CONTACT_NAME, Field.CONTACT_RELATION) and (
                    phone := _phone_word(padded)):
                return Field.PHONE, phone
            if f is Field.PHONE and (name := next(
                    ((n, g) for n, g in _FOLDED if g in _NAMES and len(n) > 1
                     and f" {n} " in padded), None)):
                return name[1], name[0]
            return f, syn
    return None


def _phone_word(padded: str) -> str | None:
    return next((w for w in _PHONE_WORDS if f" {w} " in padded), None)


def names_phone(header: str) -> bool:
    """Whether a header names a telephone among other words ("Family phone", "هاتف العائلة")."""
    return _phone_word(f" {fold_header(header)} ") is not None


_AGE_WORDS = tuple(fold_header(w) for w in SYNONYMS[Field.AGE])


def names_age(header: str) -> bool:
    """Whether a header names an age, alone or beside another field ("Date of birth / Age")."""
    padded = f" {fold_header(header)} "
    return any(f" {w} " in padded for w in _AGE_WORDS)
