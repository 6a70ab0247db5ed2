"""How alike two name words or two name texts are, within one script or across scripts (0..1)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler, Levenshtein

from app.domain.script import has_arabic
from app.matching.brothers import arabic_two_names, brothers_sim
from app.text.compounds import short_form
from app.text.keys import VOWELS, as_kurdish_writes, consonants_of, glide_at, phonetic_variants, skeleton_of
from app.text.normalize import fold_arabic, readings, token_variants, tokens

# Arabic leaves short vowels unwritten and Latin spellings disagree on them (Hasan, Hassan,
# Hesen, حسن): a vowel costs less than a consonant. Sounds transliterators swap cost less too.
_VOWEL_COST = 0.4
# Relative cost of one vowel for another. e sits between a and i (Kurmanji Hesen = Hasan,
# English Elias = Ilyas); u against a is a different name (Hussein is not Hasan).
_VOWEL_SUB = {}
for _pair, _cost in (("ae", 0.4), ("ei", 0.4), ("ai", 1.2), ("iu", 1.4), ("eu", 1.6),
                     ("au", 2.0)):
    _VOWEL_SUB[_pair] = _VOWEL_SUB[_pair[::-1]] = _cost
_SHORT_VOWEL_COST = 0.15
_INSIDE_VOWEL_COST = 1.0  # see _costs


@lru_cache(maxsize=300_000)
def _keys(word: str) -> tuple[tuple[str, str, str], ...]:
    """(phonetic key, skeleton, consonants) of each reading of a word."""
    return tuple((p, skeleton_of(p), consonants_of(p)) for p in phonetic_variants(word))


def phonetic_sim(pa: str, sa: str, pb: str, sb: str, short_vowels_b: bool = False,
                 vowel_cost: float = _VOWEL_COST) -> float:
    """Sound-class similarity: vowel-tolerant edits, consonant skeleton, shared beginning.

    Weights chosen on the Arabic-English training pairs; see bench/bench_crossscript.py.
    """
    return (0.60 * vowel_tolerant_sim(pa, pb, short_vowels_b, vowel_cost)
            + 0.20 * vowel_tolerant_sim(sa, sb)
            + 0.20 * JaroWinkler.normalized_similarity(pa, pb))


_NEAR = {frozenset(p): 0.6 for p in ("sz", "td", "zj", "dz", "bf", "kh", "sS", "kj", "ts", "xh",
                                     "xk")}
# Arabic keyboards have no چ: Iraqi spellings write ج for the ch of Kocho (كوجو).
_NEAR[frozenset("jS")] = 0.3


# Names are told apart by their consonants: spellings change vowels and swap related sounds
# (_NEAR above; q, k, g and c are one class already), not one consonant for an unrelated one.
# Two short names (most Arabic and Kurdish names have three consonants) whose consonants
# differ in one place by unrelated sounds are two names: Qasim and Karim (ksm, krm), Samira
# and Sahira, Jalal and Dalal. They stay a little alike, as a typo can make one of the other,
# but below what search takes for a known name and what matching calls a partial agreement.
OTHER_NAME_SIM = 0.65
_ROOT_CONSONANTS = 3
# Sounds one Latin letter stands for in some spelling, besides _NEAR: ch is sh, k or kh
# (Zachary, Weichelt), c is k or s (Assuncao), j and x are kh (Maruja, Xabier) or sh (Sixun).
_READ_ALIKE = {*_NEAR, *map(frozenset, ("Sk", "Sx", "ks", "jx"))}


def _other_name(ca: str, cb: str) -> bool:
    """Whether two words' consonants (keys.consonants_of) are one short name with one
    consonant put for an unrelated one.

    A leading vowel (the 'a' there) and the glide y are half vowels, not consonants that tell
    names apart (Beriwan, Berivan).
    """
    if len(ca) != len(cb) or len(ca) - ca.startswith("a") > _ROOT_CONSONANTS:
        return False
    diff = [(x, y) for x, y in zip(ca, cb, strict=True) if x != y]
    return (len(diff) == 1 and not {"a", "y"} & set(diff[0])
            and frozenset(diff[0]) not in _READ_ALIKE)


@lru_cache(maxsize=100_000)
def gendered(a: str, b: str) -> bool:
    """Whether two one-word given names are a name and its feminine: Jamil and Jamila (جميل,
    جميلة), Adel and Adla (عادل, عدلة), Khalil and Khalila, Cemîl and Cemîle: a brother's
    name and a sister's.

    A final a after the name's last consonant marks the feminine (ة): of 12,877 real
    Arabic-English pairs, two end so on one side only. A final e does only in Kurmanji
    spelling (Cemîle, Ferîde, not the ê of Gulê), told by its letters; elsewhere it is mostly
    silent (Anne, آن).

    After a: ah and eh are the ending written out (Jamilah, Khaleelah, Jamileh), but a bare
    name ending in h decides nothing (Sabah, صباح: the h could be a consonant of the name).
    """
    ta, tb = text_tokens(a), text_tokens(b)
    if len(ta) != 1 or len(tb) != 1:
        return False
    ka, kb = _keys(ta[0]), _keys(tb[0])
    if not ka or not kb:
        return False
    pa, pb = ka[0][0], kb[0][0]  # the main reading of each
    return _feminine_of(pa, pb, _kurmanji(a)) or _feminine_of(pb, pa, _kurmanji(b))


# Letters only Kurmanji spelling uses for these names (x for خ and غ, where English has kh, gh).
_KURMANJI_LETTERS = frozenset("îêûçşx")


def _kurmanji(text: str) -> bool:
    """A Kurmanji spelling whose last letter is a plain e (Cemîle): ê is the ending any name
    takes when called by it (Gulê, Nazê, Şîrînê), no sister's name."""
    word = text.strip().lower()
    return word.endswith("e") and not _KURMANJI_LETTERS.isdisjoint(word)


def _feminine_of(fem: str, bare: str, kurmanji: bool) -> bool:
    """fem is bare, ending in a consonant, with a final a (or Kurmanji e) added, or ah, eh
    (Jamilah, Jamileh); not Jala for Jalal, whose consonants only look alike once a doubled
    letter is read as one."""
    if len(fem) >= 4 and fem[-1] == "h" and fem[-2] in "ae" and fem[-3] not in VOWELS:
        fem, kurmanji = fem[:-1], True  # the h only writes the ending out
    return (len(fem) >= 3 and (fem[-1] == "a" or kurmanji and fem[-1] == "e")
            and fem[-2] not in VOWELS and bare[-1] == fem[-2] and bare[-1] not in "hyw"
            and consonants_of(fem) == consonants_of(bare)
            and _consonant_count(fem) == _consonant_count(bare))


def _consonant_count(key: str) -> int:
    return sum(c not in VOWELS for c in key)


def _sub(a: str, b: str, vowel_cost: float) -> float:
    if a == b:
        return 0.0
    av, bv = a in VOWELS, b in VOWELS
    if av and bv:
        return vowel_cost * _VOWEL_SUB[a + b]
    if av or bv:
        return 1.0
    return _NEAR.get(frozenset((a, b)), 1.0)


def _costs(key: str, short_vowels: bool, vowel_cost: float) -> tuple[list[float], list[float]]:
    """What each letter of a key weighs, and what adding or dropping it costs.

    They differ for a vowel inside the word between two consonants (Bas-i-ma): as light as any
    vowel, but one spelling having it and the other not is a pattern of its own, not a vowel
    spelt otherwise (Basima, باسمة and Basma, بسمة are sisters' names). Not so at the start,
    where spellings drop vowels freely (Mhamed, Sleman, Brahim), nor before a last consonant
    (Khidr, Khidir), nor for the short vowels of a Latin spelling against Arabic script, which
    leaves them out (short_vowels).
    """
    last = len(key) - 1
    weights, drops = [], []
    for i, c in enumerate(key):
        if c not in VOWELS or glide_at(key, i):
            w = d = 1.0
        elif short_vowels and 0 < i < last:
            w = d = _SHORT_VOWEL_COST
        else:
            w = vowel_cost
            d = _INSIDE_VOWEL_COST if _inside(key, i) else w
        weights.append(w)
        drops.append(d)
    return weights, drops


def _inside(key: str, i: int) -> bool:
    """Key[i] sits between two consonants that have vowels further out on both sides."""
    return (1 < i < len(key) - 2 and key[i - 1] not in VOWELS and key[i + 1] not in VOWELS
            and any(c in VOWELS for c in key[:i - 1])
            and any(c in VOWELS for c in key[i + 2:]))


@lru_cache(maxsize=100_000)
def apart_unseen_across(a: str, b: str) -> bool:
    """Two one-word spellings in one script that differ only in what the other script does not
    write, as sisters' names do: a vowel inside the word in Latin letters (Basima, Basma), which
    Arabic script leaves out (باسمة reads as both); a long vowel inside the word in Arabic
    letters (باسمة, بسمة; سهيرة, ساهرة), which Latin does not tell apart from a short one
    (Basima, Sahira read as both), or an alif after a first ع (عامر, عمر: Amer, Umar)."""
    ta, tb = text_tokens(a), text_tokens(b)
    if len(ta) != 1 or len(tb) != 1 or has_arabic(ta[0]) != has_arabic(tb[0]):
        return False
    if short_form(ta[0]) or short_form(tb[0]):
        return False  # a compound's joining vowel (Nûredîn, Nourdin) is no sister's name
    if has_arabic(ta[0]):
        return (_long_vowels_apart(ta[0], tb[0]) or _long_after_lead(ta[0], tb[0])) \
            and not sorani_short(a, b)
    return any(_inside_vowel_apart(*_longer_first(pa, pb))
               for pa in phonetic_variants(ta[0]) for pb in phonetic_variants(tb[0]))


# Arabic script writes a long vowel inside a woman's name on purpose: سهيرة and ساهرة, سمرة and
# سميرة, بسيمة and بسمة are sisters' names, each of which Latin letters may spell as the
# other's (Sahira, Samira). Only names ending in ة (folded to ه): elsewhere a long vowel left
# out is most often one name written short (ابرهيم, اسمعيل, جهان, شرين); and a letter doubled
# (داود, داوود) is one name spelt two ways.
_LONG_VOWELS = frozenset("اوي")


def _long_vowels_apart(a: str, b: str) -> bool:
    """Two Arabic-script women's names (ending in ة) alike but for the long vowels inside
    them (not their first or last letter)."""
    if a == b or min(len(a), len(b)) < 3 or a[-1] != "ه" or b[-1] != "ه" \
            or _undoubled(a) == _undoubled(b):
        return False
    return _inner_consonants(a) == _inner_consonants(b)


# Sorani spelling writes vowels Arabic spelling leaves out: ە for a short a or e (dropped when
# folded, as in حەسەن), and ی, و for a short i or u as for a long one (خالیدە Khalida, حوسێن
# Husein), where Arabic writes خالدة, حسين. Letters only Kurdish uses mark a Sorani spelling,
# and so does the Kurdish yeh ی unless an Arabic letter (ة, ي, ى, ك) says the word was typed
# as Arabic on a Kurdish keyboard (سهیرة).
_SORANI_LETTERS = frozenset("ەۆێڕڵ")
_ARABIC_LETTERS = frozenset("ةيىك")
_SHORT_IN_SORANI = frozenset("يو")  # folded ی, ۆ, ێ, و


@lru_cache(maxsize=100_000)
def is_sorani(text: str) -> bool:
    """Whether an Arabic-script text is spelt as Sorani writes (its vowels written)."""
    return not _SORANI_LETTERS.isdisjoint(text) or (
        "ی" in text and _ARABIC_LETTERS.isdisjoint(text))


@lru_cache(maxsize=100_000)
def sorani_short(a: str, b: str) -> bool:
    """One word in Sorani spelling and one in Arabic spelling that is the Sorani one without
    some ی or و inside the word: the short vowels Arabic does not write (خالیدە, خالدة).
    Not an alef: Sorani writes a short a as ە, so its ا is long, as in Arabic (ساهیرە, سهيرة);
    nor both و of a وو. A ێ or ۆ left out is read so too (ڕۆستەم, رستم; نێرگز, نركز: Kurdish
    names Arabic clerks write without the vowel) unless the pair is sorani_long_apart."""
    pair = _sorani_and_arabic(a, b)
    if pair is None or _one_spelling(pair):
        return False
    sorani, arabic, _ = pair
    kept = _kept_letters(sorani, arabic)
    return kept is not None and _long_kept(sorani, kept, frozenset()) \
        and _as_arabic_writes(a, b) is None


@lru_cache(maxsize=100_000)
def sorani_long_apart(a: str, b: str) -> bool:
    """One word in Sorani spelling and one in Arabic spelling that is the Sorani one without a
    long vowel Arabic writes as well (ێ, ۆ, or both و of وو), whatever short ones it also
    leaves out, where the Sorani one as Arabic writes it and the Arabic one are two known
    names (brothers.arabic_two_names): سلێمان (Sleman, سليمان) against سلمان (Salman), حوسێن
    (Husein, حسين) against حسن (Hasan). Read as a short vowel left out, سلێمان met سلمان at
    0.97, a father's name agreeing. Only known names: Arabic clerks often leave a Kurdish
    name's ê or o out (رستم for Rostam, نركز for Nergiz), and those are one name."""
    return _as_arabic_writes(a, b) is not None


@lru_cache(maxsize=100_000)
def _as_arabic_writes(a: str, b: str) -> tuple[str, str] | None:
    """Of a pair sorani_long_apart: the Sorani word without the short vowels the Arabic one
    leaves out, its long ones kept (حوسێن: حسين), and the Arabic word; None for another pair."""
    pair = _sorani_and_arabic(a, b)
    if pair is None:
        return None
    sorani, arabic, long_ = pair
    kept = _kept_letters(sorani, arabic)
    if kept is None or _long_kept(sorani, kept, long_):
        return None
    long_u = {k for i in range(len(sorani) - 1) if sorani[i] == sorani[i + 1] == "و"
              for k in (i, i + 1)}
    written = "".join(c for i, c in enumerate(sorani) if kept[i] or i in long_ or i in long_u)
    return (written, arabic) if arabic_two_names(written, arabic) else None


def same_name_two_spellings(a: str, b: str) -> bool:
    """One word in Sorani spelling and one in Arabic spelling that write one name each as its
    language does: the same letters once Sorani's final ت after an alef is the ة (حەیات,
    حياة), its final ا the ى (یەحیا, يحيى), and a doubled letter is one (مەحموود, محمود:
    Sorani's long u; موحەممەد, محمد: the shadda Arabic leaves unwritten)."""
    pair = _sorani_and_arabic(a, b)
    return pair is not None and _one_spelling(pair)


def _one_spelling(pair: tuple[str, str, frozenset[int]]) -> bool:
    return _undoubled(pair[0]) == _undoubled(pair[1])


@lru_cache(maxsize=100_000)
def _sorani_and_arabic(a: str, b: str) -> tuple[str, str, frozenset[int]] | None:
    """Of a one-word name in Sorani spelling and one in Arabic spelling: the Sorani one folded,
    its ending written as the Arabic one writes it where the two differ only in how their
    languages write it (the ت of حەیات for the ة of حياة, the ا of یەحیا for the ى of يحيى);
    the Arabic one folded; and where the Sorani one writes ێ or ۆ (long vowels, folded to ي,
    و). None for any other pair."""
    if is_sorani(a) == is_sorani(b) or not (has_arabic(a) and has_arabic(b)):
        return None
    sorani, arabic = (a, b) if is_sorani(a) else (b, a)
    ts, tr = text_tokens(sorani), text_tokens(arabic)
    if len(ts) != 1 or len(tr) != 1:
        return None
    s, r = ts[0], tr[0]
    long_ = _long_places(sorani.strip(), s)
    if len(s) > 2 and s.endswith("ات") and r.endswith("اه"):
        s = s[:-1] + "ه"  # Sorani writes the t heard, Arabic the ة (folded ه)
    elif len(s) > 2 and s.endswith("ا") and r.endswith("ي") and _last_letter(arabic) == "ى" \
            and (s[-2] == "ي") == (r[-2] == "ي"):
        # an -a: Sorani writes ا, Arabic ى (folded ي). Only the final letters made one: the ي
        # made must not merge with a ی before it (_undoubled), which Arabic does not write
        # there. سامیا (Samia) is no سامى, an Arabic list's final ى typed for the man's ي of
        # Sami; يحيى writes its ي before the ى, as یەحیا does.
        s = s[:-1] + "ي"
    return s, r, long_


def _long_places(raw: str, folded: str) -> frozenset[int]:
    """Where folded (raw's one word, folded) has the ي of a ێ or the و of a ۆ: the same folding
    with those two read as another letter tells which they are."""
    if not {"ێ", "ۆ"} & set(raw) or fold_arabic(raw) != folded:
        return frozenset()
    marked = fold_arabic(raw.replace("ێ", "ب").replace("ۆ", "ب"))
    if len(marked) != len(folded):
        return frozenset()
    return frozenset(i for i, (x, y) in enumerate(zip(folded, marked, strict=True)) if x != y)


def _last_letter(text: str) -> str:
    return next((c for c in reversed(text) if unicodedata.category(c).startswith("L")), "")


def _less_inner_vowels(long_: str, short: str, keep: frozenset[int] = frozenset()) -> bool:
    """short is long_ with one or more of its ي, و inside the word (not first or last) left
    out, and nothing else changed. A doubled وو is Sorani's long u, which Arabic writes too:
    one و of it stays (مەحموود is محمود, never محمد). A doubled consonant is Sorani's way of
    writing what Arabic marks with a shadda it leaves unwritten: one of the two may be left
    out (موحەممەد is محمد). keep: places of long_ that hold a long vowel (ێ, ۆ), which stay."""
    kept = _kept_letters(long_, short)
    return kept is not None and _long_kept(long_, kept, keep)


def _kept_letters(long_: str, short: str) -> list[bool] | None:
    """Which letters of long_ short keeps, where short is long_ less some ي, و inside the word
    or one of a doubled consonant; None where it is not."""
    if len(short) >= len(long_) or long_[0] != short[0] or long_[-1] != short[-1]:
        return None
    j = 0
    kept = [False] * len(long_)
    for i, c in enumerate(long_):
        if j < len(short) and c == short[j]:
            j += 1
            kept[i] = True
        elif not (c in _SHORT_IN_SORANI and 0 < i < len(long_) - 1) and not (
                0 < i and c == long_[i - 1] and kept[i - 1] and c not in _SHORT_IN_SORANI):
            return None
    return kept if j == len(short) else None


def _long_kept(long_: str, kept: list[bool], keep: frozenset[int]) -> bool:
    """Every long vowel of long_ (one و of each وو, each place in keep) is in kept."""
    long_u = [i for i in range(len(long_) - 1) if long_[i] == long_[i + 1] == "و"]
    return all(kept[i] or kept[i + 1] for i in long_u) and all(kept[i] for i in keep)


def orthographies_sim(a: str, b: str, a_sorani: bool, b_sorani: bool) -> float:
    """Of two folded Arabic-script words, one from a Sorani spelling and one not (the folding
    drops what tells them apart): their likeness read as sorani_short reads a pair, the Sorani
    one's inner ی and و the short vowels Arabic leaves unwritten (ئیلیاس, الياس: 0.95 where
    the letters alone gave 0.83). 0.0 for any other pair, which word_sim alone judges."""
    if a_sorani == b_sorani or not (has_arabic(a) and has_arabic(b)):
        return 0.0
    sorani, arabic = (a, b) if a_sorani else (b, a)
    if not _less_inner_vowels(sorani, arabic):
        return 0.0
    return brothers_sim(arabic, sorani, _spelling_sim(arabic, sorani, vowels_written=True))


@lru_cache(maxsize=100_000)
def long_vowel_unseen(a: str, b: str) -> bool:
    """A woman's name in Arabic letters (ending in ة) that writes a long vowel inside the word,
    against a Latin spelling with no vowel at all in that place: Salma and سليمة, Basma and
    بسيمة, Amna and أمينة are sisters' names. Arabic letters leave a short vowel out, so a
    Latin vowel with no Arabic letter says nothing (Basima may be بسمة); but Latin letters
    write every vowel heard, so a long one written in Arabic and missing in Latin is the other
    name (Salma against سليمة scored 0.89, a given-name match, and a list's Salma became her
    sister Salima's record)."""
    ta, tb = text_tokens(a), text_tokens(b)
    if len(ta) != 1 or len(tb) != 1 or has_arabic(ta[0]) == has_arabic(tb[0]):
        return False
    arabic, latin = (ta[0], tb[0]) if has_arabic(ta[0]) else (tb[0], ta[0])
    if len(arabic) < 3 or arabic[-1] != "ه" or short_form(arabic) or short_form(latin):
        return False
    written = phonetic_variants(arabic)[0]
    return any(_vowel_unseen(written, key) for key in phonetic_variants(latin))


# Arabic letters leave out a short vowel, but a woman's name of the pattern فاعلة, CāCiCa (an
# alif after the first letter, two more letters, ة), says one: باسمة is Basima, عادلة Adila,
# خالدة Khalida, فاطمة Fatima; and one of the pattern فعلة, CaCCa (three letters, ة), says
# there is none: بسمة is Basma, رحمة Rahma. Latin letters write every vowel heard.
_LONG_LETTERS = frozenset("اويى")
# ع and the hamza's letters inside a name: Latin writes them as a vowel or an apostrophe (نعمة
# Ni'ma, Nima), and the keys leave ع out, so the place of a vowel cannot be told there.
_GLOTTAL = frozenset("عءأإؤئآ")
# Names whose Kurdish and Turkish Latin spelling drops the vowel, by their consonants: Fatma and
# Fatme are how those languages write فاطمة itself (فاتمە in Sorani letters), not a sister's
# name (measured: the synthetic lists' Kurmanji Fatme against فاطمة, three true pairs, were
# lost without this).
_SAID_SHORT = frozenset({"ftm"})
# A Latin spelling's ending h after a vowel (Basmah, Adleh) is the ة, not a consonant.
_END_H = re.compile(r"(?<=[aeiouAEIOU])h$")


@lru_cache(maxsize=100_000)
def pattern_apart(a: str, b: str) -> bool:
    """A woman's name in Arabic letters of the pattern CāCiCa (باسمة) against a Latin spelling
    with no vowel between its last two consonants (Basma, Adla for عادلة), or of the pattern
    CaCCa (بسمة) against one with a vowel there (Basima): sisters' names, as they are when
    both are in one script (apart_unseen_across). An English list's Basma was a certain match
    to her sister باسمة, known only in Arabic letters, and marked her rescued. Not Fatma or
    Fatme for فاطمة: Kurdish and Turkish write her name so (_SAID_SHORT)."""
    ta, tb = text_tokens(a), text_tokens(b)
    if len(ta) != 1 or len(tb) != 1 or has_arabic(ta[0]) == has_arabic(tb[0]):
        return False
    arabic, latin = (ta[0], tb[0]) if has_arabic(ta[0]) else (tb[0], ta[0])
    if arabic[-1] != "ه" or short_form(latin):
        return False
    inner = arabic[:-1]
    if _GLOTTAL & set(inner[1:]):  # first, it is no vowel's place (عادلة Adila, Adla)
        return False
    if len(inner) == 4 and inner[1] == "ا" and not _LONG_LETTERS & {inner[0], inner[2], inner[3]}:
        vowel_there = False  # CāCiCa: a Latin spelling without the i is the other name
    elif len(inner) == 3 and not _LONG_LETTERS & set(inner):
        vowel_there = True  # CaCCa: a Latin spelling with a vowel there is the other name
    else:
        return False
    ca, _ = _gaps(phonetic_variants(arabic)[0])
    latin = _END_H.sub("", latin)
    raw = _latin_gaps(latin)
    if raw is None or len(ca) < 2 or not raw[-1] or ca in _SAID_SHORT:
        return False
    said = [bool(gb[len(ca) - 2]) == vowel_there
            for cb, gb in map(_gaps, phonetic_variants(text_tokens(latin)[0]))
            if cb == ca and len(raw) == len(gb)]
    return bool(said) and all(said) and bool(raw[len(ca) - 2]) == vowel_there


# Long vowels a Latin spelling writes: ee, ei, ey, ai, ay (Saeed, Hussein, Husayn) and
# Kurmanji's î, ê for an Arabic ي; oo, ou for an Arabic و (Mahmoud).
# A single i, e, u or o says nothing: Latin writes the short vowels Arabic leaves out too; nor
# does an ou after the first letter, French spelling's short u (Mourad, مراد; Mounir, منير).
_LONG_I = ("ee", "ei", "ey", "ai", "ay", "ii", "iy", "I")
_LONG_U = ("oo", "ou", "uu", "U")
# Kurmanji's û is not among them: Arabic letters write a Kurdish name's u as often without و
# as with it (Xûdêda, خديدة).
_LATIN_LONG = str.maketrans({"î": "I", "ê": "I", "ī": "I", "ē": "I", "ū": "U"})
_ONE_CONSONANT = ("kh", "sh", "th", "dh", "gh", "ch", "zh")
_LATIN_VOWELS = frozenset("aeiouIU")


@lru_cache(maxsize=100_000)
def long_vowel_apart(a: str, b: str) -> bool:
    """One word in Arabic letters and one in Latin letters, the same consonants in the same
    order, one of which writes a long vowel the other has not there: حسين against Hassan, محمود
    against Muhammad, سعيد against Saad (an Arabic ي or و where the Latin has no i, e, u or o);
    حسن against Hussein or Husên, محمد against Mahmoud, سعد against Saeed (a Latin long vowel
    where Arabic writes none). Those are other names, a cousin's father's, and they scored as
    one name (Hussein against حسن 0.88, a match), so a Latin list made her cousin's row a
    certain update of her record. Only where every reading of the Latin word says so."""
    ta, tb = text_tokens(a), text_tokens(b)
    if len(ta) != 1 or len(tb) != 1 or has_arabic(ta[0]) == has_arabic(tb[0]):
        return False
    arabic, latin = (ta[0], b) if has_arabic(ta[0]) else (tb[0], a)
    if len(latin.split()) != 1:
        return False
    readings = phonetic_variants(arabic)
    if not readings:  # a Latin word with an Arabic-Indic digit glued to it (Raqqa٣): no reading
        return False
    ca, ga = _gaps(readings[0])
    raw = _latin_gaps(latin)
    said = [_long_apart(ga, gb, raw) for cb, gb in map(_gaps, phonetic_variants(
        text_tokens(latin)[0])) if cb == ca and raw is not None and len(raw) == len(gb) == len(ga)]
    return bool(said) and all(said)


def _long_apart(ga: list[str], gb: list[str], raw: list[str]) -> bool:
    for k in range(len(ga) - 1):  # between two consonants, not after the last
        # the vowels as written too: a reading may drop one (Yaqub read iakb, u after q)
        said = set(gb[k]) | set(raw[k].lower())
        if "i" in ga[k] and not {"i", "e", "y"} & said or "u" in ga[k] and not {"u", "o"} & said:
            return True
        # an ai or ay against an Arabic ع (a) is a and then i (Mutaib, متعب), not a long i
        if "i" not in ga[k] and any(m in raw[k] for m in _LONG_I if not ga[k] or m[0] != "a") \
                or "u" not in ga[k] and any(m in raw[k] for m in _LONG_U if k or m != "ou"):
            return True
    return False


def _latin_gaps(word: str) -> list[str] | None:
    """The vowels after each consonant of a Latin word as written (Hussein: u, ei, ''), its
    long vowels kept (Kurmanji's î, ê as I, û as U); None for a word with other letters."""
    word = word.lower().translate(_LATIN_LONG)  # lower first: SILO's I is no î
    word = "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c) and c not in "'’ʿʾ-")
    if not word.isascii() or not word.isalpha():
        return None
    gaps: list[str] = []
    i = 0
    while i < len(word):
        c = word[i]
        # y is a vowel but before a vowel or another y (Hayat, Sayyar: the consonant)
        vowel = c in _LATIN_VOWELS or c == "y" and not (
            i + 1 < len(word) and (word[i + 1] in _LATIN_VOWELS or word[i + 1] == "y"))
        if vowel:
            if gaps:
                gaps[-1] += c
            i += 1
            continue
        n = 2 if word[i:i + 2] in _ONE_CONSONANT else 1
        if not (gaps and gaps[-1] == "" and word[i - 1] == c):  # a doubled consonant: one
            gaps.append("")
        i += n
    return gaps


def _gaps(key: str) -> tuple[str, list[str]]:
    """A key's consonants (an i before a vowel is the consonant y) and the vowels after each."""
    consonants, gaps = "", []
    for i, c in enumerate(key):
        if c not in VOWELS or glide_at(key, i):
            consonants += "y" if c == "i" else c
            gaps.append("")
        elif gaps:
            gaps[-1] += c
    return consonants, gaps


def _vowel_unseen(written: str, latin: str) -> bool:
    """written (an Arabic spelling's key) has a vowel between two of its consonants where
    latin, with the very same consonants, has none."""
    ca, ga = _gaps(written)
    cb, gb = _gaps(latin)
    return ca == cb and any(ga[k] and not gb[k] for k in range(len(ca) - 1))


def _inner_consonants(word: str) -> str:
    return word[0] + "".join(c for c in word[1:-1] if c not in _LONG_VOWELS) + word[-1]


def _undoubled(word: str) -> str:
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _longer_first(a: str, b: str) -> tuple[str, str]:
    return (a, b) if len(a) > len(b) else (b, a)


def _inside_vowel_apart(long_: str, short: str) -> bool:
    """long_ less one vowel inside the word is short, but for how the other vowels are spelt."""
    return len(long_) == len(short) + 1 and any(
        _inside(long_, i) and _shape(long_[:i] + long_[i + 1:]) == _shape(short)
        for i in range(len(long_)))


def _shape(key: str) -> str:
    return "".join("V" if c in VOWELS else c for c in key)


@lru_cache(maxsize=500_000)
def vowel_tolerant_sim(a: str, b: str, short_vowels_b: bool = False,
                       vowel_cost: float = _VOWEL_COST) -> float:
    """1 - weighted edit distance / weighted length of the longer key.

    short_vowels_b: a is Arabic script and b Latin, so b's vowels inside the word missing from a
    are most likely short vowels Arabic never writes, and cost little (a final or first vowel
    Arabic does write).
    """
    if not a or not b:
        return 0.0
    weight_b, drop_b = _costs(b, short_vowels_b, vowel_cost)
    weight_a, drop_a = _costs(a, False, vowel_cost)
    prev = [0.0]
    for c in drop_b:
        prev.append(prev[-1] + c)
    for ca, da in zip(a, drop_a, strict=True):
        cur = [prev[0] + da]
        for j, cb in enumerate(b):
            cur.append(min(prev[j] + _sub(ca, cb, vowel_cost), prev[j + 1] + da,
                           cur[j] + drop_b[j]))
        prev = cur
    total = max(sum(weight_a), sum(weight_b))
    return max(0.0, 1.0 - prev[-1] / total)


# A compound and the short name it is called by (Abd al-Karim and Karim, Nour al-Din and Nour)
# agree partly: lists write either for one man, yet they are not one spelling of a name.
SHORT_FORM_SIM = 0.80
# Two spellings of one short name agree at least this well (Karim, Kerim 0.95; Nur, Nour
# 0.97), where a name with a letter more does not (Sham of Shamdin and Shami, 0.90).
SAME_NAME_SIM = 0.95


ACROSS_SAME_NAME = 0.93


@lru_cache(maxsize=1_000_000)
def word_sim(a: str, b: str) -> float:
    """Similarity of two folded words (see normalize.tokens) in any scripts."""
    if a == b:
        return 1.0
    best = _spelling_sim(a, b)
    if ("ç" in a or "ç" in b) and not has_arabic(a) and not has_arabic(b):
        # In Latin letters Kurmanji ç is what English spelling writes ch (Çîçek, Chichek):
        # against Arabic script it stays چ/ج alone (keys), so Chaker's sh (شاكر) is no ç.
        best = max(best, word_sim(a.replace("ç", "ch"), b.replace("ç", "ch")))
    short_a, short_b = short_form(a), short_form(b)
    if bool(short_a) != bool(short_b) and best < SHORT_FORM_SIM:
        compound, plain = (short_a, b) if short_a else (short_b, a)
        # Across scripts a name's own spellings score a little lower (Jamal against جمال
        # 0.947): Jamal met جمال الدين at 0.60 while Nour met نور الدين at 0.80.
        same = SAME_NAME_SIM if has_arabic(compound) == has_arabic(plain) else ACROSS_SAME_NAME
        if _spelling_sim(compound, plain) >= same:
            best = SHORT_FORM_SIM
    return brothers_sim(a, b, best)  # Hesen and Hussein: two brothers' names, not two spellings


def _spelling_sim(a: str, b: str, vowels_written: bool = False) -> float:
    """word_sim of two words as spellings of one name. vowels_written: a is in Arabic
    spelling and b in Sorani, read as a Latin spelling is read against a (see sorani_short)."""
    if a == b:
        return 1.0
    best = 0.0
    if has_arabic(a) == has_arabic(b) and not vowels_written:
        # Same script: the spelling itself is the strongest evidence (typos, one letter).
        for va in token_variants(a):
            for vb in token_variants(b):
                best = max(best, Levenshtein.normalized_similarity(va, vb))
        if best == 1.0:
            return 1.0
    ar_a, ar_b = has_arabic(a), has_arabic(b)
    if ar_b and not ar_a:
        a, b = b, a  # Arabic first, so Latin short vowels are the cheap ones
    cross = ar_a != ar_b or vowels_written
    # Within Arabic script the letters were compared already and a written vowel letter is a
    # real difference (حسن, حسين): sounds count for less there, and vowels as much as consonants.
    both_ar = ar_a and ar_b and not vowels_written
    trust, vowel_cost = (0.9, 0.8) if both_ar else (1.0, _VOWEL_COST)
    keys_a, keys_b = _keys(a), _keys(b)
    if keys_a and keys_b and _other_name(keys_a[0][2], keys_b[0][2]):
        best = min(best, OTHER_NAME_SIM)  # one letter apart as written: Kasim, Karim
    # عامر (Amer) and عمر (Umar): the keys read the first ع as a, and the written alif after it
    # merges into it; in Arabic letters on both sides that alif is a long vowel one name
    # writes and the other does not (brothers Umar and Amer were one name, a merge of the two
    # records refused nothing).
    if both_ar and _long_after_lead(a, b):
        return best  # the letters' likeness: their sounds, so read, are one
    for pa, sa, ca in keys_a:
        for pb, sb, cb in keys_b:
            if pa == pb:
                # Same sounds, different letters (Khalil / Xelîl / خليل): near-certain.
                return max(best, 0.97 * trust)
            sim = trust * phonetic_sim(pa, sa, pb, sb, cross, vowel_cost)
            best = max(best, min(sim, OTHER_NAME_SIM) if _other_name(ca, cb) else sim)
    if cross and not vowels_written and (read := _lead_as_unwritten(a, b)):
        best = max(best, _spelling_sim(a, read))
    return best


def _long_after_lead(a: str, b: str) -> bool:
    """Two Arabic-script words one letter apart: an alif written after the first ع of one of
    them only (عامر Amer, عمر Umar; عادل, عدل; عارف, عرف). Not a ي or و after a first alif:
    ايفين and افين (Evîn), اوميد and اميد (Omîd) are one name written with and without its
    first vowel; nor an alif typed twice (اابتسام)."""
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    return len(long_) == len(short) + 1 >= 3 and long_[0] == short[0] == "ع" \
        and long_[1] == "ا" and long_[2:] == short[1:]


# An Arabic-script word that begins with an alef or an ain writes no vowel after it (عمر is
# Umar, أسامة Usama, عثمان Uthman), and the keys read it a. A Latin spelling writes that vowel,
# often u or o (Omar, Umar, Osama, Othman, Uday), which against the a cost as Hussein's u costs
# against Hasan's a: Omar and عمر agreed 0.72, a given name only partly alike, weighing against
# one person. Such a first vowel is read as the vowel between a and i, as Kurmanji writes it
# (Emer for عمر; Imad and عماد agree already). Only before a consonant: Ouda's ou is a long u.
_UNWRITTEN_LEAD = frozenset("اع")
_LATIN_LEAD_U = frozenset("ou")
_LATIN_VOWEL_LETTERS = frozenset("aeiouyw")


def _lead_as_unwritten(arabic: str, latin: str) -> str | None:
    """The Latin word with its first o or u read as e, where the Arabic one begins with an
    alef or an ain; None for any other pair."""
    if any(r[:1] in _UNWRITTEN_LEAD for r in readings(arabic)) and len(latin) > 2 \
            and latin[0] in _LATIN_LEAD_U and latin[1].isalpha() and latin[1] not in _LATIN_VOWEL_LETTERS:
        return "e" + latin[1:]
    return None


# A half-typed word fits every name it begins as well as any other: the rest is not typed yet.
PREFIX_SIM = 0.95


def prefix_sim(query_word: str, word: str) -> float:
    """For search-as-you-type: a half-typed word matches the start of a longer word."""
    full = word_sim(query_word, word)
    if len(word) > len(query_word) >= 1 and has_arabic(word) == has_arabic(query_word):
        for v in token_variants(word):
            if any(v.startswith(q) for q in readings(query_word)):  # ەح: هح or اح
                return max(full, PREFIX_SIM)
    return full


@lru_cache(maxsize=200_000)
def text_tokens(text: str) -> tuple[str, ...]:
    """Folded words of a name text; cached because lists repeat the same names endlessly."""
    return tuple(tokens(text))


def tokens_sim(ta: tuple[str, ...], tb: tuple[str, ...]) -> float:
    """Two multi-word texts (a compound name, a family name with its clan): order-free best pairs,
    plus the words run together (Abd al-Rahman = Abdulrahman)."""
    if not ta or not tb:
        return 0.0
    if len(ta) == 1 and len(tb) == 1:
        return word_sim(ta[0], tb[0])
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    pairs = sum(max(word_sim(w, v) for v in long_) for w in short) / len(short)
    # Extra words on one side weaken the match a little (a clan name added, not a different name).
    pairs *= 0.9 + 0.1 * len(short) / len(long_)
    joined = word_sim("".join(ta), "".join(tb))
    return max(pairs, joined)


# A j that is not part of dj (Latin text: English and Arabic read it ج, Kurmanji ژ).
_LONE_J = re.compile(r"(?<![dD])[jJ]")


@lru_cache(maxsize=500_000)
def text_sim(a: str, b: str) -> float:
    if same_name_two_spellings(a, b):
        # Sorani's حەیات and Arabic's حياة: one name, each written as its language writes it
        # (the two read as Arabic spellings of two names agreed 0.75, given partial)
        return 1.0
    sim = tokens_sim(text_tokens(a), text_tokens(b))
    if written := _as_arabic_writes(a, b):
        # حوسێن against حسن: as Arabic's حسين against حسن (brothers, 0.74), its short و no
        # letter of another name
        sim = max(sim, word_sim(*written))
    if ("ژ" in a and _LONE_J.search(b)) or ("ژ" in b and _LONE_J.search(a)):
        # A Latin j facing ژ is Kurmanji typed without its accents (Rojda, ڕۆژدا; only a word
        # with ê, î, û, ş or ç reads j as zh by itself). Only then: Jalal is no Dalal.
        latin, arabic = (b, a) if "ژ" in a else (a, b)
        sim = max(sim, tokens_sim(text_tokens(_LONE_J.sub("zh", latin)), text_tokens(arabic)))
    for kurdish, other in ((a, b), (b, a)):
        if "ژ" in kurdish and has_arabic(other) and "ژ" not in other:
            # Arabic has no zh: it writes a Kurdish ژ as ج (ژیلان, جيلان; ڕۆژ, روج), where
            # folding reads ژ as ز.
            sim = max(sim, tokens_sim(text_tokens(kurdish.replace("ژ", "ج")),
                                      text_tokens(other)))
    for sorani, other in ((a, b), (b, a)):
        if "ڵڵا" in sorani and other.strip() and not has_arabic(other):
            # Sorani's ڵڵا folds to Arabic's الله (عەبدوڵڵا, عبدالله), whose reading against
            # Latin letters is weaker: read as written too (Abdulla, Evdila 0.97, not 0.86).
            sim = max(sim, tokens_sim(text_tokens(sorani.replace("ڵ", "ل")), text_tokens(other)))
        if "خ" in sorani and is_sorani(sorani):
            # Where Arabic writes غ, Kurdish often says and writes x (Kurmanji Xezal is غزال,
            # Solax سولاغ; keys.phonetic_variants reads a Latin x both ways); in Arabic letters
            # that is خ (سۆلاخ). Only in a Sorani spelling: Arabic spelling keeps them apart.
            sim = max(sim, tokens_sim(text_tokens(sorani.replace("خ", "غ")), text_tokens(other)))
    if sorani_short(a, b):  # read as Latin letters are against Arabic: its short vowels cheap
        (sorani, arabic) = (a, b) if is_sorani(a) else (b, a)
        ta, tb = text_tokens(arabic)[0], text_tokens(sorani)[0]
        # a Sorani حسێن against حسن is Hussein's, not Hasan's: as word_sim bounds it
        sim = max(sim, brothers_sim(ta, tb, _spelling_sim(ta, tb, vowels_written=True)))
    if sim < KURDISH_READING_SIM:
        for arabic, other in ((a, b), (b, a)):
            if (kurdish := as_kurdish_writes(arabic)) != arabic and as_kurdish_writes(other) == other \
                    and (not has_arabic(other) or is_sorani(other)):
                # A Sorani or Latin spelling may write her Arabic ذ, ض, ث as Kurdish does
                # (وەزحە, Kewser), or be another name (سەنا is سناء Sanaa as well as ثناء Thanaa,
                # Samer is سامر): partly alike at most, so she is asked about, neither taken for
                # her sister nor passed by. Two Arabic spellings tell the letters apart.
                sim = max(sim, min(KURDISH_READING_SIM, text_sim(kurdish, other)))
    return sim


# Below score.MATCH_AT (0.85), above its PARTIAL_AT (0.70): see text_sim.
KURDISH_READING_SIM = 0.80


def positional_sims(ta: list[str], tb: list[str]) -> list[float]:
    """Word by word similarity of two full names read in order (given father grandfather ...).

    Catches a name typed across the wrong columns (all of it in the first); a part missing in
    the middle is left to the part-by-part comparison.
    """
    return [word_sim(a, b) for a, b in zip(ta, tb, strict=False)]
