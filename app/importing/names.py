"""Splitting a full name written in one cell into given, father, grandfather and family names.

A name is given + father + grandfather (+ clan or family name). With four words or more the
order says it all: the fourth word and any after it are the family name. With two or three
words the last one is either the next forebear (father, grandfather) or a family name, and only
its form tells them apart.

The article ال alone says little. Many given names begin with the same two letters: الياس
(Elias, Ilyas), الهام (Ilham), الماس (Almas), الفت, الطاف. Reading every ال word as a clan made
'خليل الياس' (Khalil son of Elias) into Khalil of the clan Elias, with no father, and nobody in
the vault matched him. What does mark a clan or family name in these lists is the nisba ending
-ي (-ية, -ى; -اني, -وي among them): الحسكاني, القيراني, الجبوري, الدخي; Haskani, Qirani in Latin.
So:
  - an ال word with a nisba ending is a family name: الحسكاني, al-Jabouri, Aljabouri, El-Dakhy;
  - so is a word after آل or البو ("the family of"), and a Latin word with a written article
    (al-Khatib, Al Dakhi): a Latin writer marks al- on a clan, never on Elias or Ilham;
  - a word without the article is a clan name only in the -kani/-ani/-awi forms of Kurdish
    clans (Haskani, حسكاني, Zahawi), which are long; a plain -i is too common in given names
    (Basi, Hajji, Ali, Hani) to mean anything;
  - any other word is a person's name in its place (father, grandfather). A word with the
    article but without a nisba ending (الياس, but also الخطيب, a family name; Alkhatib glued
    in Latin) is the one real doubt. It is read as a name, unless the list says otherwise.
The list says otherwise in two ways. A Latin spelling of the same name in the same row: 'Elias'
(no article) says الياس is a name, 'al-Khatib' says الخطيب is a family name; both scripts are
then split alike, so one person never gets the same word as grandfather in one script and
family in the other. And the other rows: a word that stands elsewhere where only a name can
(the first word, the father of a longer name) is a name. A fourth word proves nothing: in a
four-part name (الاسم الرباعي) it is the great-grandfather as often as the clan, and a split
that changed with the other rows of a list would give an unchanged row of its next version
another identity. A doubt nothing settles is reported with the row, so a person sees it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from app.domain.person import FULL_NAME_ORDER, NamePart
from app.domain.script import is_arabic_script
from app.text.compounds import PREFIXES, SECOND_HALVES
from app.text.normalize import (
    fold_arabic,
    kinship_key,
    kinship_length,
    latin_letters,
    strip_invisible,
    word_breaks,
)

# Words that belong to the name after them: عبد الله, أبو بكر, Abdul Rahman, bin Laden, Al Dakhi;
# آل and البو ("the family of") begin a family name: آل حسكان, البو ناصر.
_JOIN_NEXT = PREFIXES | {"ابو", "أبو", "ابي", "أبي", "بن", "بنت", "ال", "آل", "البو", "abu", "bin",
                         "ibn", "bint", "al", "el", "ul", "abo"}
# ... of which these make the words a family name.
_FAMILY_HEADS = {"ال", "آل", "البو", "al", "el"}
# Second halves of compound given names (عز الدين, نور الهدى, خير الله; Izz al-Din, Nour El
# Din): they belong to the word before them, which is otherwise read as a name of its own.
_JOIN_PREVIOUS_AR = frozenset(w for w in SECOND_HALVES if is_arabic_script(w))  # folded
_JOIN_PREVIOUS_LATIN = SECOND_HALVES - _JOIN_PREVIOUS_AR
# A written Latin article: al-, el-, ul-, as- ... with a hyphen (not an apostrophe: As'ad).
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ul|il|ad|ar|as|ash|at|az|an|ed|er|es|et|ez)[-‐‑]")
_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640], None)

FAMILY, PERSON, EITHER = "family", "person", "either"


@lru_cache(maxsize=100_000)  # lists repeat names thousands of times
def _tokens(text: str) -> tuple[str, ...]:
    # a dash standing between names ("Nadia - Murad - Taha") is no name of its own
    words = [w for w in word_breaks(text).split() if w.strip("-–—")]
    keys = [kinship_key(w) for w in words]
    out: list[str] = []
    carry = ""
    skip = 0
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if carry:
            w, carry = f"{carry} {w}", ""
        elif out and (n := kinship_length(keys, i)):
            # "Xelîl kurê Hesen" is Xelîl son of Hesen: kurê read as the father's name made
            # Hesen the grandfather, and the row met no one. The word goes; the cell keeps it.
            skip = n - 1
            continue
        elif w.casefold() in _JOIN_NEXT:
            carry = w
            continue
        if out and _joins_previous(w):
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    if carry:
        out.append(carry)
    return tuple(out)


@lru_cache(maxsize=10_000)
def _joins_previous(word: str) -> bool:
    if is_arabic_script(word):
        return fold_arabic(word).replace(" ", "") in _JOIN_PREVIOUS_AR
    return latin_letters(word) in _JOIN_PREVIOUS_LATIN


def _is_family_head(token: str) -> bool:
    return token.split()[0].casefold() in _FAMILY_HEADS


def _nisba(stem: str, latin: bool) -> bool:
    """The -i ending of clan and family names (Arabic ي ية ى, folded; Latin i y ie ee iya)."""
    if latin:
        return stem.endswith(("i", "y", "ie", "ee", "iya", "iyah", "iyya", "iye"))
    return stem.endswith(("ي", "يه"))


def _clan_form(word: str, latin: bool) -> bool:
    """A Kurdish clan name without the article: Haskani, حسكاني, Qirani, Zahawi. Long enough
    that Hani, Amani or Kani, given names, stay names."""
    if latin:
        return len(word) >= 6 and word.endswith(("ani", "any", "anee", "awi", "awy", "awee"))
    return (len(word) >= 6 and word.endswith("اني")) or (len(word) >= 5 and word.endswith("اوي"))


# Given names whose first letters are alef and lam of the name itself, not the article: the
# prophets Ilyas (Elias: إلياس written without its hamza, as lists mostly write it) and
# al-Yasa' (Elisha: اليسع, also spelt اليشع), and Ilham, Altaf and Almas written without the
# hamza (إلهام, ألطاف, ألماس). Names of four letters (الان Alan, الفت Ulfat) are too short to
# be doubted at all.
_GIVEN_WITH_AL = frozenset(fold_arabic(w) for w in ("الياس", "اليسع", "اليشع", "الهام", "الطاف",
                                                    "الماس"))


@lru_cache(maxsize=100_000)
def reading(token: str) -> str:
    """How the last word of a two- or three-word name reads: FAMILY, PERSON or EITHER."""
    if " " in token:  # Al Dakhi, آل حسكان, البو ناصر; or عبد الله, Abu Bakr: a person's name
        return FAMILY if _is_family_head(token) else PERSON
    if is_arabic_script(token):
        bare = unicodedata.normalize("NFKC", strip_invisible(token)).translate(_MARKS)
        folded = fold_arabic(bare)
        # Only a plain alef starts the article: إلياس, ألماس, آلان are written as names.
        if folded in _GIVEN_WITH_AL:
            return PERSON
        if bare.startswith(("ال", "ٱل")) and len(folded) >= 5:
            return FAMILY if _nisba(folded, latin=False) else EITHER
        return FAMILY if _clan_form(folded, latin=False) else PERSON
    if _LATIN_ARTICLE.match(token.casefold()):
        # A Latin writer marks al- on a family name (al-Hassan, El-Sayed): read as her
        # grandfather, records of those family names were no longer certain. A record whose
        # family is al-Khalil is still read against one whose grandfather is Khalil
        # (score.py), asked about, never certain.
        return FAMILY
    letters = latin_letters(token)
    # A glued article (Aldakhi, Eljabouri) is told from Elias, Almas, Alan by length and ending.
    if letters[:2] in ("al", "el") and len(letters) >= 6:
        return FAMILY if _nisba(letters, latin=True) else EITHER
    return FAMILY if _clan_form(letters, latin=True) else PERSON


def _article_family(token: str) -> bool:
    """A family name by its article alone: al-Ayoubi, Al Ayoubi, Aljabouri, الأيوبي, آل حسكان.
    Not a clan form without one (Haskani): at the head of a name it is too close to a given
    name to move it."""
    if reading(token) != FAMILY:
        return False
    if " " in token:
        return True  # Al Dakhi, آل حسكان, البو ناصر
    if is_arabic_script(token):
        return strip_invisible(token).startswith(("ال", "ٱل"))
    return bool(_LATIN_ARTICLE.match(token.casefold())) or latin_letters(token)[:2] in ("al", "el")


def _in_capitals(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and not is_arabic_script(token) and all(ch.isupper() for ch in letters)


def _mixed_case(token: str) -> bool:
    return not is_arabic_script(token) and any(ch.islower() for ch in token)


ARTICLE, CAPITALS = "article", "capitals"
# Words with an article that are given names or titles, not family names (الهادي, Al-Mahdi, الحاج,
# Al-Sheikh), and words in capitals that are titles, kinship or what became of her (HAJI, MRS,
# UMM, MISSING), folded: never moved to the end as her family name.
_NOT_FAMILY = frozenset({
    "الهادي", "المهدي", "العربي", "الحجي", "الحاج", "الحاجي", "الشيخ", "الملا", "السيد",
    "alhadi", "elhadi", "almahdi", "elmahdi", "alarabi", "elarabi", "alhajj", "alhaj", "alhajji",
    "elhaj", "alsheikh", "elsheikh", "alshaikh", "almulla", "almala", "alsayed", "alsayyid",
    "alsaid", "haji", "hajji", "hajj", "haj", "hec", "heci", "mrs", "mr", "miss", "ms", "dr",
    "sheikh", "shaikh", "sheik", "mulla", "mullah", "mala", "sayed", "sayyid", "umm", "um",
    "abu", "bint", "bin", "ibn", "daughter", "son", "wife", "nn", "unk", "na", "missing",
    "rescued", "dead", "deceased", "killed", "unknown", "none", "idp", "widow", "child"})


def _folded(token: str) -> str:
    return fold_arabic(token.replace(" ", "")) if is_arabic_script(token) \
        else latin_letters(token)


@lru_cache(maxsize=50_000)
def family_leads(text: str, capitals: bool = False) -> tuple[str, str, str] | None:
    """(family name, the names after it, why) when a full name begins with its family name:
    "Al-Ayoubi Nadia Khalil", «الأيوبي نادية خليل حسن» (ARTICLE: a word only a family name
    is), "AYOUBI Nadia Khalil" (CAPITALS: official lists write the family name so, and the
    others not). None for a name in the usual order, and when the rest holds such a word too
    ("Al-Ayoubi Nadia Al-Haskani": which one is hers is not plain). Read in the order written,
    the family name became her given name, and no list of hers ever met her record.
    capitals: the word in capitals too, only where a comma after it says it is a family name
    ("AYOUBI, Nadia"): without one, a list that writes every given name in capitals ("NADIA
    Khalil Murad") looks just the same, and her father's name became her given name."""
    words = _tokens(" ".join(text.split()))
    if len(words) < 2 or _folded(words[0]) in _NOT_FAMILY:
        return None
    first, rest = words[0], words[1:]
    if _article_family(first) and not any(_article_family(w) for w in rest):
        why = ARTICLE
    elif capitals and _in_capitals(first) and all(_mixed_case(w) for w in rest):
        why = CAPITALS
    else:
        return None
    return first, " ".join(rest), why


@dataclass
class SplitName:
    """One full name split, and its last word when the reading of it is in doubt ("" when
    not: see notes.FAMILY_DOUBT)."""

    parts: dict[NamePart, str]
    doubt: str = ""
    # The fourth word of a four-part name, her great-grandfather's: not imported (the list's
    # row keeps it); "" when no word was left so.
    great_grandfather: str = ""


def _key(word: str) -> str:
    return fold_arabic(word) if is_arabic_script(word) else latin_letters(word)


@dataclass
class ListEvidence:
    """Doubtful words (see `reading`) where the list's other rows put them without doubt."""

    names: set[str] = field(default_factory=set)  # as a given, father's or grandfather's name

    def settle(self, word: str) -> str:
        """PERSON when the list puts the word where only a name stands; otherwise still in
        doubt (never FAMILY: see the module's notes), which only decides the warning."""
        return PERSON if _key(word) in self.names else EITHER


def list_evidence(texts: Sequence[str]) -> ListEvidence:
    """Where each doubtful word stands in the full names of a whole list."""
    ev = ListEvidence()
    for text in texts:
        words = _tokens(" ".join(text.split()))
        # The last word of a two- or three-word name is the doubtful place itself.
        sure = words[:-1] if len(words) in (2, 3) else words[:3]
        for w in sure:
            if reading(w) == EITHER:
                ev.names.add(_key(w))
    return ev


def _split(parts: Sequence[str], last_is_family: bool, four_parts: bool = False
           ) -> dict[NamePart, str]:
    if len(parts) == 1:
        return {NamePart.GIVEN: parts[0]}
    if len(parts) in (2, 3) and last_is_family:
        head = dict(zip(FULL_NAME_ORDER, parts[:-1], strict=False))
        head[NamePart.FAMILY] = parts[-1]
        return head
    out = dict(zip(FULL_NAME_ORDER[:3], parts[:3], strict=False))
    if four_parts and len(parts) == 4 and not last_is_family:
        return out  # the fourth is her great-grandfather: a record has no place for him
    if four_parts and len(parts) > 4:
        out[NamePart.FAMILY] = " ".join(parts[4:])  # after the great-grandfather: the clan
    elif len(parts) > 3:
        out[NamePart.FAMILY] = " ".join(parts[3:])
    return out


def split_full_names(texts: Sequence[str], evidence: ListEvidence | None = None,
                     four_parts: bool = False) -> list[SplitName]:
    """The full names of one row (often the same name in Arabic and in Latin script), split.

    Names of the same number of words are read alike: a family name in one script makes the
    last word a family name in all of them; otherwise it is a name, in doubt only when neither
    another script nor the rest of the list (evidence) settles it (see the module's notes).

    four_parts: the list's header says these are four-part names (الاسم الرباعي, with or
    without اللقب after it): given, father, grandfather and great-grandfather, as Iraqi usage
    has it. The fourth word is then her great-grandfather's, not imported (the list's row
    keeps it), unless it has the form only a clan name has (الحسكاني, al-Jabouri, Haskani:
    the list wrote three names and the clan under that header); a fifth word and any after it
    are her family name. Read as her clan, a great-grandfather made sisters of one clan look
    like strangers to a known woman of it."""
    tokens = [_tokens(" ".join(t.split())) for t in texts]
    readings = [reading(t[-1]) if len(t) in (2, 3) or four_parts and len(t) == 4 else ""
                for t in tokens]
    if evidence is not None:
        readings = [evidence.settle(t[-1]) if r == EITHER else r
                    for t, r in zip(tokens, readings, strict=True)]
    out = []
    for words, read in zip(tokens, readings, strict=True):
        if not words:
            out.append(SplitName({}))
            continue
        alike = {r for w, r in zip(tokens, readings, strict=True) if len(w) == len(words)}
        last_is_family = FAMILY in alike
        split = SplitName(_split(words, last_is_family, four_parts))
        if four_parts and (len(words) > 4 or len(words) == 4 and not last_is_family):
            split.great_grandfather = words[3]  # the fourth, left out as _split leaves it
        if read == EITHER and alike == {EITHER}:
            split.doubt = words[-1]  # may be a family name: the article, no clan ending
        out.append(split)
    return out


@lru_cache(maxsize=50_000)  # read for every father's and grandfather's cell of a list
def forebear_name(text: str) -> str:
    """A father's or grandfather's column's cell without the word before his name that says
    whose child she is: «بنت سمير», «ابنة سمير», «کچی سمیر», bint Samir, keça Samir, daughter of
    Samir -> his name alone. Kept, the words were read as his name, and an update that met her
    record made «نادية بنت سمير» a spelling of hers. A cell of the word alone stays as it is;
    the row keeps the cell as written."""
    words = text.split()
    if len(words) < 2:  # most cells: one name, nothing before it (read for every row)
        return text
    n = kinship_length([kinship_key(w) for w in words[:3]], 0, name_first=False)
    return " ".join(words[n:]) if n else text


def split_full_name(text: str) -> dict[NamePart, str]:
    """'خليل حسن علي الدخي' -> given, father, grandfather, family; 'خليل الياس' -> given,
    father; 'سارة خديدة الحسكاني' -> given, father, family (see the module's notes)."""
    return split_full_names([text])[0].parts
