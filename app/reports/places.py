"""A known place named in a paper's own script: كوجو in Arabic, کۆچۆ in Sorani, where the vault
keeps the one spelling Kocho; so too the districts, governorates and towns a case names."""

from __future__ import annotations

from app.importing.values import known_place

# Each village of the villages' table (app/importing/values.py VILLAGES) as an Arabic and a
# Sorani paper write it, chosen here: that table holds every spelling a list may bring, some a
# list-reader's variant (حطمية for حاتمية), and the first of its Arabic-script forms printed
# حطمية on a court's paper. A village not here is printed as stored (tests pin the table whole).
_VILLAGE_WRITTEN: dict[str, tuple[str, str]] = {
    "Kocho": ("كوجو", "کۆچۆ"),
    "Tel Ezer": ("تل عزير", "تەل عەزیر"),
    "Siba Sheikh Khidir": ("سيبا شيخ خدر", "سیبا شێخ خدر"),
    "Solagh": ("صولاغ", "سۆلاغ"),
    "Hardan": ("حردان", "هەردان"),
    "Tel Qasab": ("تل قصب", "تل قصب"),  # no Sorani spelling known: the Arabic reads alike
    "Khanasor": ("خانصور", "خانەسۆر"),
    "Sinune": ("سنوني", "سنونی"),
    "Dohola": ("دهولا", "دهۆلا"),
    "Borek": ("بورك", "بۆرک"),
    "Gir Zerik": ("كرزرك", "گرزرک"),
    "Sinjar": ("سنجار", "شنگال"),
    "Zorava": ("زورافا", "زۆراڤا"),
    "Qiniyeh": ("قني", "قنیە"),
    "Hatimiya": ("حاتمية", "حاتمية"),  # as Tel Qasab: the Sorani spelling not checked yet
}
_WRITTEN = {(name, lang): forms[n] for name, forms in _VILLAGE_WRITTEN.items()
            for n, lang in enumerate(("ar", "ckb"))}


def _arabic_script(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


# Districts, governorates and towns a case names beside her village (where she was taken, held,
# last seen or rescued from), which the villages' table does not hold: the spellings a vault
# keeps in Latin letters, then how an Arabic and a Sorani paper write each. A place not here is
# printed as stored: a guess at a spelling on a paper for a court is worse than Latin letters.
_PLACES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("nineveh", "ninevah", "ninawa", "ninewa", "nineva", "ninava", "neinawa"), "نينوى", "نەینەوا"),
    (("duhok", "dohuk", "dahuk", "dihok", "dhok"), "دهوك", "دهۆک"),
    (("tel afar", "tal afar", "tal'afar", "tall afar", "telafar", "talafar"), "تلعفر", "تەلەعفەر"),
    (("mosul", "mousel", "mosel", "musil"), "الموصل", "موسڵ"),
    (("shekhan", "sheikhan", "shaykhan", "şêxan"), "الشيخان", "شێخان"),
    (("zakho", "zaxo"), "زاخو", "زاخۆ"),
    (("erbil", "arbil", "irbil", "hewler", "hewlêr"), "أربيل", "هەولێر"),
    (("sulaymaniyah", "sulaimaniya", "sulaymaniyya", "slemani", "silêmanî"), "السليمانية",
     "سلێمانی"),
    (("baaj", "ba'aj", "al-baaj", "al baaj"), "البعاج", "بەعاج"),
    (("sinjar mountain", "mount sinjar", "sinjar mountains", "shingal mountain"), "جبل سنجار",
     "چیای شنگال"),
    (("raqqa", "raqqah", "al-raqqa", "ar-raqqah", "al raqqa"), "الرقة", "ڕەققە"),
    (("deir ez-zor", "deir ezzor", "deir al-zour", "deir ez zor", "deir el-zor", "dayr az-zawr"),
     "دير الزور", "دێرەزوور"),
    (("al-hol", "al hol", "hol", "al-hawl"), "الهول", "هۆل"),
    (("baghuz", "al-baghuz", "baghouz"), "الباغوز", "باغووز"),
    (("idlib",), "إدلب", "ئیدلب"),
    (("iraq",), "العراق", "عێراق"),
    (("syria",), "سوريا", "سووریا"),
    (("turkey", "türkiye", "turkiye"), "تركيا", "تورکیا"),
    (("kurdistan region", "kurdistan"), "إقليم كوردستان", "هەرێمی کوردستان"),
)
_PLACE_WRITTEN = {(spelling, lang): got for spellings, ar, ckb in _PLACES
                  for spelling in spellings for lang, got in (("ar", ar), ("ckb", ckb))}

# A Kurmanji paper writes in Latin letters too, but Kurmanji spellings: Şingal, not Sinjar.
# Only the places whose Kurmanji name is sure (the villages' own Kurmanji spellings above,
# the towns and countries as Kurmanji writes them); any other is printed as stored. A place
# with "district" or "governorate" stays as stored: Kurmanji bends the name after such a word
# (Parêzgeha Neynewayê), which a table of names cannot do.
_KURMANJI = {
    # villages, by the vault's spelling (their Kurmanji forms are among VILLAGES' spellings)
    "Kocho": "Koço", "Tel Ezer": "Til Ezêr", "Siba Sheikh Khidir": "Siba Şêx Xidir",
    "Hardan": "Herdan", "Tel Qasab": "Til Qesep", "Khanasor": "Xanesor", "Sinune": "Sinûnê",
    "Dohola": "Duhola", "Sinjar": "Şingal", "Hatimiya": "Hetimiye", "Solagh": "Solax",
    # towns, regions and countries, by any spelling _PLACES knows
    "nineveh": "Neynewa", "duhok": "Dihok", "tel afar": "Telafer", "mosul": "Mûsil",
    "shekhan": "Şêxan", "zakho": "Zaxo", "erbil": "Hewlêr", "sulaymaniyah": "Silêmanî",
    "sinjar mountain": "Çiyayê Şingal", "raqqa": "Reqa", "deir ez-zor": "Dêra Zorê",
    "syria": "Sûriye", "turkey": "Tirkiye", "kurdistan region": "Herêma Kurdistanê",
    "iraq": "Iraq", "idlib": "Idlib",
}
_KURMANJI_PLACE = {spelling: _KURMANJI[spellings[0]] for spellings, _, _ in _PLACES
                   if spellings[0] in _KURMANJI for spelling in spellings}


def _kurmanji(value: str) -> str | None:
    """A place as a Kurmanji paper writes it, or None where it is not known here."""
    key = " ".join(value.split())
    if not key or _arabic_script(key):
        return None
    village = known_place(key)
    return _KURMANJI.get(village) if village else _KURMANJI_PLACE.get(key.casefold())


def _one_place(value: str, lang: str) -> str | None:
    key = " ".join(value.split())
    if _arabic_script(key):  # already in a script of the paper's kind: as stored
        return None
    village = known_place(key)  # Koço, kojo: the vault's Kocho
    known = _WRITTEN.get((village or key, lang)) or _PLACE_WRITTEN.get((key.casefold(), lang))
    if known:
        return known
    # "Sinjar district", "Nineveh Governorate": the place in script, the word in the paper's
    for word, ar, ckb in (("district", "قضاء", "قەزای"), ("governorate", "محافظة", "پارێزگای"),
                          ("province", "محافظة", "پارێزگای"), ("camp", "مخيم", "کەمپی")):
        head, _, tail = key.rpartition(" ")
        if tail.casefold() == word and head:
            place = _one_place(head, lang)
            return place and f"{ar if lang == 'ar' else ckb} {place}"
    return None


def place_written(value: str, lang: str) -> str:
    """A place as a paper in lang writes it: Kocho, Sinjar, Nineveh, "Hardan, Sinjar" in the
    paper's script for Arabic and Sorani, in Kurmanji spelling for Kurmanji (Koço, Şingal),
    when every part of it is a place known here; anything else (a street, a house, a place
    not known) as stored, whole."""
    if lang not in ("ar", "ckb", "kmr") or not value.strip():
        return value
    parts = [p.strip() for p in value.replace("،", ",").split(",")]
    if lang == "kmr":
        kurmanji = [_kurmanji(p) for p in parts]
        return value if any(k is None for k in kurmanji) else ", ".join(kurmanji)
    written = [_one_place(p, lang) for p in parts]
    if any(w is None for w in written):
        return value
    return "، ".join(w for w in written if w)


def place_spellings() -> list[str]:
    """Every spelling of a place this module writes or reads: the villages' Arabic and Sorani
    forms, the towns', regions' and countries' spellings and forms, the Kurmanji ones."""
    return [*(w for forms in _VILLAGE_WRITTEN.values() for w in forms),
            *(w for spellings, ar, ckb in _PLACES for w in (*spellings, ar, ckb)),
            *_KURMANJI.values()]
