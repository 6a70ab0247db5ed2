"""The currencies a ledger line may be in: ISO 4217 codes, the words people write for those paid
in Iraq (English, Arabic, Sorani, Kurmanji), and the code nearest a mistyped one."""

from __future__ import annotations

import unicodedata

# The currencies paid in Iraq, in the order the desktop's box offers them and a refusal names them.
PAID_IN_IRAQ = ("USD", "IQD", "EUR", "TRY", "SYP", "GBP")

# ISO 4217's codes of currencies in use (2025), and gold and silver, which ransoms are paid in
# too. Fund, test and accounting codes (XTS, XXX, XDR, BOV...) are no money paid. Kept here, not
# read from anywhere: the program never goes to the network.
ISO_4217 = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL XAU XAG
""".split())


def key(text: str) -> str:
    """A word as it is looked up: letters of one shape (أ إ آ ا, ي ی ى, ك ک, ة ه), no marks
    (î, harakat), no tatweel, lower case, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c) and c != "\u0640")
    for shapes, one in (("أإآٱ", "ا"), ("ىیۍ", "ي"), ("ک", "ك"), ("ة", "ه")):
        for shape in shapes:
            text = text.replace(shape, one)
    return " ".join(text.split())


# What people write for the currencies paid in Iraq, read as their codes ("$" and دينار had
# totals of their own beside USD and IQD; "dinar" was refused). In English, Arabic, Sorani and
# Kurmanji; keys are looked up through key().
_WORDS = {
    "USD": ("$", "us$", "dollar", "dollars", "us dollar", "us dollars", "american dollar",
            "american dollars", "دولار", "دولارات", "دولار امريكي", "دولار أمريكي", "دۆلار",
            "دۆلاری ئەمریکی", "dolar", "dolarên amerîkî", "dolarê amerîkî", "dolar amerîkî"),
    "IQD": ("dinar", "dinars", "iraqi dinar", "iraqi dinars", "id", "دينار", "دنانير",
            "دينار عراقي", "د.ع", "دینار", "دیناری عێراقی", "dînar", "dînarên iraqî",
            "dînarê iraqî", "dinarê iraqî", "dinar iraqî"),
    "EUR": ("€", "euro", "euros", "يورو", "ئیورۆ", "یۆرۆ", "ewro", "yoro"),
    "TRY": ("₺", "tl", "turkish lira", "turkish liras", "ليرة تركية", "لیرەی تورکی",
            "lîreya tirkî", "lira tirkî"),
    "SYP": ("syrian pound", "syrian pounds", "syrian lira", "ليرة سورية", "لیرەی سووری",
            "lîreya sûrî", "lira sûrî"),
    "GBP": ("£", "sterling", "pound sterling", "pounds sterling", "british pound",
            "british pounds", "جنيه استرليني", "جنيه إسترليني", "پاوەندی ستەرلینی",
            "sterlîn"),
}
WORDS = {key(word): code for code, words in _WORDS.items() for word in words}

# Words of two currencies: a lira is Turkish or Syrian, a pound British or Syrian; جنيه alone is
# in Arabic mostly the Egyptian pound, and sterling in جنيه استرليني (Syrians say ليرة). Never
# guessed, as an amount that may be read two ways is not.
_TWO_WAYS = {
    ("TRY", "SYP"): ("lira", "liras", "lire", "ليرة", "ليرات", "لیرە", "lîre", "lîra", "lira"),
    ("GBP", "SYP"): ("pound", "pounds", "پاوەند"),
    ("EGP", "GBP"): ("جنيه", "جنيهات"),
}
TWO_WAYS = {key(word): codes for codes, words in _TWO_WAYS.items() for word in words}

# Words that say whose currency it is, as they go with its name (دولار أميركي, الدينار العراقي,
# دنانير عراقية, US $, dolarê amerîkî): they pick one of a name's two currencies (ليرة تركية)
# and refuse a name they do not go with (دولار عراقي).
_WHOSE = {
    "USD": ("us", "u.s", "u.s.", "american", "امريكي", "اميركي", "امريكيه", "اميركيه",
            "ئەمریکی", "amerîkî"),
    "IQD": ("iraqi", "عراقي", "عراقيه", "عێراقی", "iraqî"),
    "TRY": ("turkish", "تركي", "تركيه", "تورکی", "tirkî"),
    "SYP": ("syrian", "سوري", "سوريه", "سووری", "sûrî"),
    "GBP": ("british", "sterling", "استرليني", "إسترليني", "ستەرلینی", "sterlîn"),
    "EGP": ("egyptian", "مصري", "مصريه", "میسری", "misrî"),
}
WHOSE = {key(word): code for code, words in _WHOSE.items() for word in words}
# A name's one word, and the currencies it may be
_NAMES = {**{w: (c,) for w, c in WORDS.items() if " " not in w}, **TWO_WAYS}
# Endings a name takes in Sorani (دۆلاری, دینارەکە) and Kurmanji (dînarê, read through key() as
# dinare), taken off when the word is no name with them
_ENDINGS = tuple(key(e) for e in ("ی", "ەکە", "ەکان", "ê", "ên", "a"))


def _word_read(word: str) -> tuple[tuple[str, ...], bool] | None:
    """The currencies one word may say, and whether it names one (a whose-word does not): with
    the Arabic article (الدولار) or a Kurdish ending (دۆلاری, dolarê) taken off where the word
    is neither with them; None when it is neither."""
    forms = [word] + ([word[2:]] if word.startswith("ال") and len(word) > 4 else [])
    forms += [f[:-len(e)] for f in forms for e in _ENDINGS if f.endswith(e) and len(f) > len(e) + 2]
    for form in forms:
        if form in _NAMES:
            return _NAMES[form], True
        if form in WHOSE:
            return (WHOSE[form],), False
    return None


def _codes_read(text: str) -> tuple[str, ...]:
    """The currencies a name, as people write it, may be: those all its words say (ليرة تركية:
    TRY; الدولار: USD; دولار عراقي: none); none without a name among them (تركي)."""
    word = key(text).rstrip(".").strip()
    if word.upper() in ISO_4217 and word.isascii():
        return (word.upper(),)
    if word in WORDS:
        return (WORDS[word],)
    read = [_word_read(w) for w in word.split()]
    if not read or None in read or not any(named for _, named in read):
        return ()
    first = next(codes for codes, named in read if named)
    return tuple(c for c in first if all(c in codes for codes, _ in read))


def code_of(text: str) -> str | None:
    """The ISO 4217 code typed, or the one a name says ($, dinar, دينار, الدولار, dînarê,
    دولار أميركي); None when it names none, or two (TWO_WAYS)."""
    codes = _codes_read(text)
    return codes[0] if len(codes) == 1 else None


def codes_of_word(text: str) -> tuple[str, ...]:
    """The currencies a name may mean when it may mean two (lira, الليرة: TRY, SYP); else none."""
    codes = _codes_read(text)
    return codes if len(codes) > 1 else ()


def is_known(code: str) -> bool:
    """Whether a stored code is a currency's: one an earlier version took unchecked (UDS) is
    marked where totals are shown, so the total of its own it makes is seen."""
    return code in ISO_4217


# how a total in a code no currency has is marked (rescue show)
NOT_KNOWN = "not a known currency code"


def near_code(text: str) -> str | None:
    """The code a mistyped one is most likely (UDS: USD, IDQ: IQD): two letters swapped or one
    letter wrong; one paid in Iraq first. None when none is near."""
    typed = key(text).upper()
    if len(typed) != 3 or not typed.isascii() or not typed.isalpha():
        return None
    swapped = {typed[1] + typed[0] + typed[2], typed[0] + typed[2] + typed[1]}
    one_wrong = {c for c in ISO_4217 if sum(a != b for a, b in zip(c, typed, strict=True)) == 1}
    for near in (swapped, one_wrong):
        found = [c for c in PAID_IN_IRAQ if c in near] or sorted(near & ISO_4217)
        if found:
            return found[0]
    return None
