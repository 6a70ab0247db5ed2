"""Free-text search against names: which vocabulary words a query word may mean, and how well a
typed query fits one person's names (for ranking search results)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from app.domain.person import FULL_NAME_ORDER, NamePart, NameText, Person
from app.domain.script import has_arabic, is_arabic_char
from app.matching.namesim import (
    apart_unseen_across,
    gendered,
    is_sorani,
    prefix_sim,
    text_tokens,
    word_sim,
)
from app.matching.score import GENDER_APART_SIM, VOWEL_APART_SIM
from app.text.keys import consonants_of, phonetic_variants, skeleton_of, vowels_agree
from app.text.normalize import readings, token_variants, tokens

# Name parts searched besides the full name, with the script slots they come in.
SEARCH_PARTS = (*FULL_NAME_ORDER, NamePart.MOTHER, NamePart.NICKNAME)


# Each part's name as the postings store it, worked out once: a list's 100,000 persons are
# indexed as they are written, and most hold no mother's or nickname part.
_SEARCH_PART_NAMES = tuple((part, str(part)) for part in SEARCH_PARTS)


def person_words(p: Person) -> list[tuple[str, str]]:
    """(part, folded word) for every word of every name part and alias, both scripts."""
    out: list[tuple[str, str]] = []
    names = p.names
    for part, name in _SEARCH_PART_NAMES:
        nt = names.get(part)
        if nt is None:  # a part not held has no words
            continue
        for text in (nt.original, nt.latin):
            if text:
                out.extend((name, w) for w in text_tokens(text))  # cached: names repeat
    for alias in p.aliases:
        out.extend(("alias", w) for w in text_tokens(alias))
    return out


def sorani_words(p: Person) -> set[str]:
    """The folded words of p's names and aliases that are written as Sorani spells (its
    vowels written: ئیلیاس), which folding alone no longer tells from Arabic spelling."""
    texts = [nt.original for part in SEARCH_PARTS if (nt := p.names.get(part)) is not None]
    return {w for t in (*texts, *p.aliases) if t and is_sorani(t) for w in text_tokens(t)}


def names_found_in(p: Person, words: tuple[str, ...]) -> list[tuple[str, str]]:
    """(part, the name as stored) of p's names that hold the words a search matched, in the
    order of her name (given, father, grandfather, family, mother, nickname, alias): a word in
    her family name and in an alias is her family name's. Each name once, in the spelling that
    holds the word (her mother's شيرين, the alias Xelîl Ilyas that holds both words typed)."""
    held: dict[str, list[str]] = {}
    for part, word in sorted(person_words(p), key=lambda pw: _PART_ORDER.get(pw[0], 99)):
        held.setdefault(word, []).append(part)
    by_part: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        if word in held:
            by_part.setdefault(held[word][0], []).append(word)
    out: list[tuple[str, str]] = []
    for part in sorted(by_part, key=lambda x: _PART_ORDER.get(x, 99)):
        texts = _texts_of(p, part)
        left = by_part[part]
        while left:  # the spelling holding most of the words left, until none is left
            text = max(texts, key=lambda t: sum(w in text_tokens(t) for w in left))
            if not any(w in text_tokens(text) for w in left):
                break
            out.append((part, text))
            left = [w for w in left if w not in text_tokens(text)]
    return out


def _texts_of(p: Person, part: str) -> list[str]:
    """The texts person_words reads for part: her aliases, or the name part's two spellings."""
    if part == "alias":
        return list(p.aliases)
    nt = p.names.get(NamePart(part), NameText())
    return [t for t in (nt.original, nt.latin) if t]


def query_words(query: str) -> list[str]:
    return tokens(query)


_PART_ORDER = {str(p): i for i, p in enumerate((*SEARCH_PARTS, "alias"))}
# The order of name parts in her name, for others reading it (search_engine).
PART_ORDER = _PART_ORDER
# A word that fits only her mother's name says less about her than one that fits her own, her
# father's or her grandfather's: "Khaleel Elias" should not rank Matto Elias, whose mother is
# Khalida, above the Khalils. Parts not named count in full.
PART_FACTORS = {str(NamePart.MOTHER): 0.8}
# Her mother's name word for word counts more than one that fits it partly: families often
# know a woman by her mother, and "Şemê" put the one woman whose mother is Şemê 21st, below
# twenty whose father's Shamo it fits partly (0.87 in the end). 0.91 puts it just above such a
# father (0.88) and still well below her own name (1.0, by more than 0.1): forty women whose
# mother is Amsha must not crowd out the Nadia whose own alias is Amsha.
EXACT_PART_FACTORS = {str(NamePart.MOTHER): 0.91}
# A similarity this high is the word itself (its spellings folded alike).
EXACT = 0.999


def weighed(sim: float, part: str) -> float:
    """What a word's similarity counts for in the name part it was found in."""
    factor = PART_FACTORS.get(part, 1.0)
    return sim * (EXACT_PART_FACTORS.get(part, factor) if sim >= EXACT else factor)


def rank_score(sims: list[float], parts: list[str], held: set[str] | None = None) -> float:
    """Ranking score from each query word's best similarity and the name part it hit.

    A first word that hits the given name, and words that hit parts in written order, rank a
    little higher: people type "given father grandfather". Parts next to each other in her name
    rank higher still: "Wafa Samir" is more often Wafa, Samir's daughter, than Wafa whose
    grandfather is Samir; enough higher that a father's name spelt another way (Nisrin Ilyas
    for "Nisreen Elias") is not put below a grandfather's spelt alike. held: the name parts her
    record holds, when known: a part she lacks skips nothing (given and grandfather are next to
    each other in a record without a father's name).

    An alias is her whole name spelt another way, so a word found in one is her own name in
    whatever place the words around it fit: its first word is her given name, and it breaks no
    order. Without this, "Wafa Samir" put Wafaa Biso Samir (Samir her grandfather) above Wafaa
    Samir, whose alias "Wafa Sameer" fit the first word exactly but scored as out of order.
    """
    if not sims:
        return 0.0
    base = sum(weighed(s, p) for s, p in zip(sims, parts, strict=True)) / len(sims)
    given_first = sims[0] >= 0.85 and parts[0] in (str(NamePart.GIVEN), "alias")
    order = [_PART_ORDER.get(p, 99) for p in parts if p != "alias"]
    pairs = list(zip(order, order[1:], strict=False))
    ordered = all(a < b for a, b in pairs) and (len(parts) == 1 or len(order) < len(parts)
                                                or len(order) > 1)
    between = ({_PART_ORDER[p] for p in held if p in _PART_ORDER} if held is not None
               else set(_PART_ORDER.values()))
    next_to = ordered and all(not any(a < i < b for i in between) for a, b in pairs)
    return base * (0.91 + 0.03 * given_first + 0.015 * ordered + 0.045 * next_to)


# The parts that hold her own name, not a relative's: a query word a vowel apart from one of them
# in the same script is a sister's name (Basima against Basma; بسيمة against بسمة).
OWN_NAME_PARTS = frozenset({str(NamePart.GIVEN), str(NamePart.NICKNAME), "alias"})
# One query word: (similarity, stored word, name part) of its best match in one person's names.
Slot = tuple[float, str, str]


def siblings_name_slot(q: str, sims: dict[str, float], words: list[tuple[str, str]],
                       slot: Slot, typing: bool = False, typed: str = "") -> Slot:
    """The query word q's best match in one person's (word, part) words once a sister's or a
    brother's name is read as matching reads it (score.forms_sim, given):

    - when one of her own names in q's script is q a vowel apart, that spelling agrees no more
      than partly (VOWEL_APART_SIM), and her own names in the other script do not count for q,
      for they cannot tell the two names apart (Basma's بسمة reads as Basima too);
    - a brother's name for his sister's, or the reverse (Basim, باسم for Basima), agrees no more
      than partly (GENDER_APART_SIM), in whichever of her names it is found: her mother's
      Ghazala is no nearer "Ghazal" than her own Ghazala is.

    Otherwise slot, as the store found it. typing: q is still being typed, so a name it
    begins is not taken for a sister's, nor is any name for a brother's (Basim may be on the
    way to Basima, بسيمة). typed: q as it was typed, when known: a Kurmanji feminine ending is
    told by its accents, which folding drops (Besîme).

    Without this a Latin query "Basima Khalaf" put Basma Khalaf (Latin letters throughout), or
    her brother Basim Khalaf, above Basima, whose record held only Arabic: بسمة fits Basima
    almost as well as بسيمة does, and Latin Khalaf fits the query better than خلف. And with the
    brother's name capped in her own names only, "Ghazal Naif" put the sons of a Ghazala whose
    father is Naif above Ghazala Naif herself: their mother's Ghazala kept its full likeness to
    Ghazal (0.94), which her smaller weight (PART_FACTORS) brought only to 0.75, above her own
    capped 0.7."""
    if slot[0] <= GENDER_APART_SIM:
        return slot  # already no better than a sibling's name
    # Any part's words, not only her own: Ghazal and Ghazala are two names wherever they are
    # written. Only a word q fits better than the cap can be lowered by it.
    gender = set() if typing else {w for w, _ in words if sims.get(w, 0.0) > GENDER_APART_SIM
                                   and gendered(typed or q, w)}
    if slot[2] not in OWN_NAME_PARTS and slot[1] not in gender:
        return slot  # a relative's name that stays the best fit: her own can only be lowered
    ar = _arabic_word(q)
    own = [w for w, part in words if part in OWN_NAME_PARTS and w != q
           and not (typing and w.startswith(q))]
    apart = {w for w in own if _arabic_word(w) == ar and apart_unseen_across(q, w)}
    if not apart and not gender:
        return slot
    best: Slot = (0.0, "", "")
    best_key = (0.0, 0.0)
    for w, part in words:
        s = sims.get(w, 0.0)
        if apart and part in OWN_NAME_PARTS and _arabic_word(w) != ar:
            continue
        if w in apart:
            s = min(s, VOWEL_APART_SIM)
        if w in gender:
            s = min(s, GENDER_APART_SIM)
        # Of spellings capped alike, the one nearest q is the name she was found by (Ghazala,
        # not غزالة, for "Ghazal").
        key = (weighed(s, part), sims.get(w, 0.0))
        if s and key > best_key:
            best, best_key = (s, w, part), key
    return best


def _arabic_word(word: str) -> bool:
    """Whether a folded word is in Arabic script: each is in one script (normalize.fold splits
    the runs), so its first letter says (has_arabic over every letter of every name of the first
    page took longer than the search)."""
    return bool(word) and is_arabic_char(word[0])


def query_score(qwords: list[str], pwords: list[tuple[str, str]], typing: bool = True) -> float:
    """How well the typed words fit one person's (part, word) list (0..1), order-free."""
    if not qwords or not pwords:
        return 0.0
    sims, parts = [], []
    for i, q in enumerate(qwords):
        last = typing and i == len(qwords) - 1
        best, best_part = 0.0, ""
        for part, w in pwords:
            s = prefix_sim(q, w) if last else word_sim(q, w)
            if s > best:
                best, best_part = s, part
        sims.append(best)
        parts.append(best_part)
    return rank_score(sims, parts)


@dataclass
class WordFinder:
    """The name vocabulary of a collection, for finding the words a query word may mean.

    Sound keys are searched with rapidfuzz (cross-script and spelling variants); folded words
    (and their forms without a glued article) are kept sorted for finding every word that
    begins with what is typed so far, and so are their consonants, for the words of the other
    script that begin with the same sounds.
    """

    words: list[str] = field(default_factory=list)
    _keys: list[str] = field(default_factory=list)
    _key_word: list[int] = field(default_factory=list)
    _forms: list[tuple[str, str]] = field(default_factory=list)  # (form, word), sorted
    # Arabic script (True) or not -> (consonants of a sound key, the key, word), sorted.
    _sounds: dict[bool, list[tuple[str, str, str]]] = field(
        default_factory=lambda: {True: [], False: []})
    _known: set[str] = field(default_factory=set)
    # Words that came from a Sorani spelling (SearchEngine reads them against Arabic ones).
    sorani: set[str] = field(default_factory=set)
    _by_skeleton: dict[str, list[int]] = field(default_factory=dict)

    def add(self, word: str, sorani: bool = False) -> None:
        if sorani:
            self.sorani.add(word)
        if word in self._known:
            return
        self._known.add(word)
        idx = len(self.words)
        self.words.append(word)
        for k in phonetic_variants(word):
            self._keys.append(k)
            self._key_word.append(idx)
            self._by_skeleton.setdefault(skeleton_of(k), []).append(idx)
        # Without a glued article, which sounds like the start of Ali and Elias: الدخي begins
        # with D (and الياس, whose ال is no article, with Y: a small loss).
        for k in phonetic_variants(token_variants(word)[-1]):
            bisect.insort(self._sounds[has_arabic(word)], (consonants_of(k), k, word))
        for form in token_variants(word):
            bisect.insort(self._forms, (form, word))

    def starting_with(self, prefix: str) -> list[str]:
        """Every vocabulary word that begins with prefix, or does without its glued article
        (D: Dakhil and al-Dakhi), or as either reading of a bare ە it begins with (ەح: هحمد,
        احمد)."""
        return _starting(self._forms, list(dict.fromkeys([prefix, *readings(prefix)])))

    def sounding_like_start(self, prefix: str) -> list[str]:
        """Words of the other script that begin with the sounds prefix begins with: Mu for
        مراد and مصطفى, م for Murad and Mahmoud; Kh for خليل but not حسن."""
        found: dict[str, None] = {}
        sounds = self._sounds[not has_arabic(prefix)]
        for start in phonetic_variants(prefix):
            c = consonants_of(start)
            if not c:
                continue
            i = bisect.bisect_left(sounds, (c,))
            while i < len(sounds) and sounds[i][0].startswith(c):
                # The same consonants with another long vowel between them are another name:
                # الياس read without its ال (Y-S) is not the start of Yousif.
                if vowels_agree(start, sounds[i][1]):
                    found[sounds[i][2]] = None
                i += 1
        return list(found)

    def similar(self, qword: str, limit: int = 40, cutoff: float = 0.5) -> list[str]:
        """Vocabulary words that may be what qword means by their sound, most likely first."""
        found: dict[str, None] = {}
        if qword in self._known:
            found[qword] = None
        for key in phonetic_variants(qword):
            for _, _, i in process.extract(key, self._keys, limit=limit, score_cutoff=cutoff,
                                           scorer=Levenshtein.normalized_similarity):
                found[self.words[self._key_word[i]]] = None
        # Arabic keys lack short vowels, so a Latin key is far from them by plain edits; the
        # consonant skeleton meets them directly (Hasan / حسن -> "hsn").
        for key in phonetic_variants(qword):
            for i in self._by_skeleton.get(skeleton_of(key), ()):
                found[self.words[i]] = None
        return list(found)


def _starting(pairs: list[tuple[str, str]], prefixes: list[str]) -> list[str]:
    """The words of sorted (key, word) pairs whose key begins with one of prefixes."""
    found: dict[str, None] = {}
    for prefix in prefixes:
        i = bisect.bisect_left(pairs, (prefix,))
        while i < len(pairs) and pairs[i][0].startswith(prefix):
            found[pairs[i][1]] = None
            i += 1
    return list(found)
