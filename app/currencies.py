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

# Words of two currencies paid in Iraq: a lira is Turkish or Syrian, a pound British or Syrian.
# Never guessed, as an amount that may be read two ways is not.
_TWO_WAYS = {
    ("TRY", "SYP"): ("lira", "liras", "lire", "ليرة", "ليرات", "لیرە", "lîre", "lîra", "lira"),
    ("GBP", "SYP"): ("pound", "pounds", "جنيه", "پاوەند"),
}
TWO_WAYS = {key(word): codes for codes, words in _TWO_WAYS.items() for word in words}


def code_of(text: str) -> str | None:
    """The ISO 4217 code typed, or the one a word names ($, dinar, دينار, dînar); None when
    it names none, or two (TWO_WAYS)."""
    word = key(text)
    if word.upper() in ISO_4217 and word.isascii():
        return word.upper()
    return WORDS.get(word)


def codes_of_word(text: str) -> tuple[str, ...]:
    """The currencies a word may mean when it may mean two (lira: TRY, SYP); else none."""
    return TWO_WAYS.get(key(text), ())


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
