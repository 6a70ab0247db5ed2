"""Kinship words a text names a relative by, function words, given names that are everyday words."""

from __future__ import annotations

import re

from app.matching.namesim import text_tokens

# A kinship word, in the languages reports are typed in. Arabic and Sorani take a pronoun
# after it (أختها, اخته, خوشکەکەی): matched by stem and ending below.
_LATIN_KIN = (
    "sister sisters brother brothers daughter daughters son sons mother father cousin cousins "
    "aunt uncle niece nephew wife husband sibling siblings relative relatives grandmother "
    "grandfather grandson granddaughter grandma grandmother grandpa granny grandparents "
    "grandchild grandchildren granddaughters grandsons aunts uncles nieces nephews mum mom "
    "dad mother's father's stepmother stepfather stepsister stepbrother stepdaughter stepson "
    "half-sister half-brother aunty "
    # Kurmanji
    "xwişk xwişka xwişkê xwişkên bira birayê birayên keç keça keçê kur kurê dê dayik dayika "
    "bav bavê apo ap mam pismam dotmam jin jina mêr mêrê xal xaltî met meta "
    # Kurmanji with the ezafe a name follows ("xaltiya wê Leyla", her aunt Leyla)
    "xaltiya xaltîka xalê apê metê pismamê pismama dotmama auntie "
    # Kurmanji: aunt, grandmother, grandfather, in-laws, grandchild, nephew and niece
    "metik metika metikê mete xaltîk xaltîkê dapîr dapîra dapîrê pîrik pîrika pîrikê bapîr "
    "bapîra bapîrê kalik kalikê jinbira jinbirayê jinap jinapê jinxal bûk bûka bûkê xwesû "
    "xwesiya xesû xezûr xezûrê zava zavayê nevî neviyê neviya birazî biraziya xwarzî xwarziya "
    "dotmam kurap kurapê kurxal keçap keçxal "
    # Kurmanji with the ezafe, the everyday forms (mamê wê, her uncle; kalê, diya wê)
    "mamê mama kal kalê kala dapîrka diya diyê dêya bavo"
)
_ARABIC_STEMS = (
    "أخت أخو أخ ابن ابنت ابنة بنت أم والد والدت عم عمت خال خالت زوج زوجت جد جدت قريب قريبت "
    # Sorani
    "خوشک برا کچ کوڕ دایک باوک ئامۆزا مام خاڵ پوور "
    # Sorani: cousins through the mother's brother or the aunt, grandparents, in-laws
    "خاڵۆزا پوورزا مامۆزا داپیر باپیر نەنک باپیرە داپیرە بووک خەسوو خەزوور زاوا ئامۆژن "
    "ژنبرا ژنمام ژنخاڵ هاوسەر مێرد نەوە نەنە کچەمام کوڕەمام کچەخاڵ کوڕەخاڵ "
    # Arabic: in-laws, grandchildren
    "حفيد حفيدت نسيب نسيبت عديل عمو شقيق شقيقت"
)
# Arabic kin words whose stem alone is another word (كنت, "I was"; أبو of a captor's kunya,
# أبو عمر): with a pronoun only (كنتها, حماتها, her mother-in-law; سلفتها; أبوها, أخيها)
_ARABIC_STEMS_WITH_PRONOUN = "كنت حمات سلفت أبو أبي أخي"
_ARABIC_ENDINGS = frozenset(("", "ه", "ها", "هم", "هن", "ي", "نا", "ك", "كم", "ته", "تها",
                             "كي", "ككي", "كه", "كان", "كاني", "مان", "تان", "يان", "م"))

# Given names that are also everyday nouns of Arabic script (صباح morning, نور light): after a
# word of time or place (في صباح يوم, "in the morning of"; على أمل, "in the hope") they are the
# word, not a relative's name. Only these, only so: elsewhere, and in Latin script (Bahar,
# Amal, Zahra), a relative's given name names her; a report kept back wrongly is seen by the
# team, one printed tells where she is.
_EVERYDAY = "صباح مساء نور حياة سلام أمل فرح ربيع سماء قمر شمس بدر"
_EVERYDAY_AFTER = "في ذات على كل حتى منذ هذا ذلك بعد قبل نحو"
# Function words of the languages reports are typed in, never read as a name word across
# scripts or in one: إلى would be Ali, في Fay. Not على: folded it is علي, Ali himself.
_STOP = (
    "إلى في من عن مع ثم أو أن إن قد لا ما هو هي هم التي الذي هذا هذه ذلك تلك عند بعد قبل منذ "
    "حتى كان كانت "
    "the and with from into onto for was were are has had her his him she they them this that "
    "who which near also but not then there where when "
    "li ji bi ku ev ew jî ya yê yên di de re "
    "لە بۆ لەگەڵ کە ئەو ئەم "
    "ماڵی"  # "the house of" (Sorani), Amal across scripts; Kurmanji mala is written small
)
# Everyday words of reports that the matcher's reading of a name part takes for a name
# (held: Khalida, brought: Barakat, married: Murad, wife: Wafaa, house: Hussein, the Kurmanji
# mala, "house of": Amal), found by reading realistic reports against 3,000 demo persons: beside
# a captor's name like a held woman's father's they held back report after report from court
# papers. Only for that reading (named_in_text.may_name): a word that is a name's very spelling
# still names her. Not the words that are names too (Said, Emir/Amir, Diya).
_EVERYDAY_NOT_NAMES = (
    "beat bought brought car check court first force guard head held house market married met "
    "release seen stayed syrian wife years "
    "mala aliye alikariya birin"
)


def _folded(words: str) -> frozenset[str]:
    return frozenset(t for w in words.split() for t in text_tokens(w))


LATIN_KIN = _folded(_LATIN_KIN)
ARABIC_KIN = _folded(_ARABIC_STEMS)
_ARABIC_KIN_WITH_PRONOUN = _folded(_ARABIC_STEMS_WITH_PRONOUN)
EVERYDAY_WORDS = _folded(_EVERYDAY)
_AFTER = _folded(_EVERYDAY_AFTER)
STOP_WORDS = _folded(_STOP)
EVERYDAY_NOT_NAMES = _folded(_EVERYDAY_NOT_NAMES)
_ARABIC = re.compile(r"[\u0600-\u06ff]")

# Function words of the languages reports are typed in whose folded form is a given name's
# (على, "on", folds to علي, Ali; said to Saeed; hemû, "all", to Hamo): never a name alone,
# as typed only. علي with its ya is Ali, and "Said" with its capital is a name; "said" and
# على are the words. Those folded out of every name already are STOP_WORDS.
_TYPED_FUNCTION = re.compile(
    r"(?<![\w\u0600-\u06ff])(?:على|لدى|حتى|هەموو|گوتی"
    r"|said|says|will|may|can|yes|hemû|got)(?![\w\u0600-\u06ff])")
_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # vowel marks and tatweel: عَلى is على
# a word no name is, standing for a function word while a text is folded (kept as one word)
_FUNCTION_MARK = "qxfunctionqx"


# an in-law written whole ("sister-in-law", "her in-laws"): text_tokens splits it, and "in"
# alone is no kinship word
_IN_LAW = re.compile(r"(?<![\w])(?:\w+-)?in-laws?(?![\w])", re.IGNORECASE)


def has_in_law(typed: str) -> bool:
    """Whether a text as typed has an in-law in it, hyphenated whole (sister-in-law)."""
    return bool(_IN_LAW.search(typed))


def is_kin_word(word: str) -> bool:
    """Whether a folded word of a text is a kinship word (sister, أختها, خوشکەکەی, xwişka)."""
    if not _ARABIC.search(word):
        return word in LATIN_KIN
    return any(word.startswith(stem) and word[len(stem):] in _ARABIC_ENDINGS
               for stem in ARABIC_KIN) \
        or any(word.startswith(stem) and word[len(stem):] in _ARABIC_ENDINGS - {""}
               for stem in _ARABIC_KIN_WITH_PRONOUN)


def is_everyday_use(words: tuple[str, ...], span: range) -> bool:
    """Whether a given name at span of a text's folded words is an everyday word there: an
    Arabic-script everyday noun right after a word of time or place, no kinship word beside it
    (ابنة عمها صباح is her cousin)."""
    if not all(_ARABIC.search(words[i]) and words[i] in EVERYDAY_WORDS for i in span):
        return False
    if span.start == 0 or words[span.start - 1] not in _AFTER:
        return False
    return not kin_word_beside(words, span)


def kin_word_beside(words: tuple[str, ...], span: range) -> bool:
    """Whether a kinship word stands within two words of span, outside it: "her aunt Layla",
    "Layla, her aunt", "خالتها ليلى"."""
    near = range(max(0, span.start - 2), min(len(words), span.stop + 2))
    return any(is_kin_word(words[i]) for i in near if i not in span)


def function_words_at(typed: str, words: tuple[str, ...]) -> set[int]:
    """The positions in words (typed folded by text_tokens) of a function word as typed there
    (_TYPED_FUNCTION); none where the folded text does not line up word for word."""
    plain = _MARKS.sub("", typed)
    marked = _TYPED_FUNCTION.sub(f" {_FUNCTION_MARK} ", plain)
    if marked == plain:
        return set()
    folded = text_tokens(marked)
    at = {i for i, w in enumerate(folded) if w == _FUNCTION_MARK}
    if len(folded) != len(words) or any(folded[i] != w for i, w in enumerate(words)
                                        if i not in at):
        return set()
    return at
