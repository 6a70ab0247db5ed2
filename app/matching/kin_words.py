"""Words a text names a relative by (sister, أختها, xwişka) and given names that are ordinary words."""

from __future__ import annotations

import re

from app.matching.namesim import text_tokens

# A kinship word, in the languages reports are typed in. Arabic and Sorani take a pronoun
# after it (أختها, اخته, خوشکەکەی): matched by stem and ending below.
_LATIN_KIN = (
    "sister sisters brother brothers daughter daughters son sons mother father cousin cousins "
    "aunt uncle niece nephew wife husband sibling siblings relative relatives grandmother "
    "grandfather grandson granddaughter sister-in-law "
    # Kurmanji
    "xwişk xwişka xwişkê xwişkên bira birayê birayên keç keça keçê kur kurê dê dayik dayika "
    "bav bavê apo ap mam pismam dotmam jin jina mêr mêrê xal xaltî met meta"
)
_ARABIC_STEMS = (
    "أخت أخو أخ ابن ابنت ابنة بنت أم والد والدت عم عمت خال خالت زوج زوجت جد جدت قريب قريبت "
    # Sorani
    "خوشک برا کچ کوڕ دایک باوک ئامۆزا مام خاڵ پوور"
)
_ARABIC_ENDINGS = frozenset(("", "ه", "ها", "هم", "هن", "ي", "نا", "ك", "كم", "ته", "تها",
                             "كي", "ككي", "كه", "كان", "كاني", "مان", "تان", "يان", "م"))

# Given names that are also everyday words of the text's language: in a sentence they are
# mostly the word (في صباح يوم, "in the morning of"), so alone they name a relative only
# beside a kinship word ("her cousin Sabah", ابنة عمها صباح).
_COMMON = (
    "صباح أمل آمال نور حياة سلام وردة ورد نجمة قمر شمس هدى منى فرح سماء بشرى جميلة جميل سعيد "
    "سعيدة عادل حسن كريم ربيع خير وفاء رجاء إيمان أحلام نجاح بدر ريم سلوى غزال زهرة ندى "
    "بەهار ڕۆژ هیوا بەفر باران ژیان ئاشتی گوڵ "
    "baran roj hêvî bahar evîn berf jiyan aştî gul stêrk"
)


def _folded(words: str) -> frozenset[str]:
    return frozenset(t for w in words.split() for t in text_tokens(w))


LATIN_KIN = _folded(_LATIN_KIN)
ARABIC_KIN = _folded(_ARABIC_STEMS)
COMMON_WORDS = _folded(_COMMON)
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def is_kin_word(word: str) -> bool:
    """Whether a folded word of a text is a kinship word (sister, أختها, خوشکەکەی, xwişka)."""
    if not _ARABIC.search(word):
        return word in LATIN_KIN
    return any(word.startswith(stem) and word[len(stem):] in _ARABIC_ENDINGS
               for stem in ARABIC_KIN)
