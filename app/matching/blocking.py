"""Candidate generation: only records that share a blocking key are ever scored.

Keys are built from the consonant skeletons of a full name's words in the cross-script alphabet,
so خليل الياس حسن and Khaleel Elias Hassan share "hl|als|hsn". Three words make a key: two
would put every pair of sisters (same father and grandfather) or every pair of namesakes in one
block, and at 100,000 persons that is millions of pairs. One word may be misspelt: keys are made
from every three of the first four words that include the given name, and from the first three
with one of them cut to its first consonant, and also past a leading y that may be the hamza's
seat before a long a (ياواز for ئاواز, Yawaz for Awaz; _SEAT_Y). Records of one or two words meet
others on weaker keys, used only for them.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from app.domain.errors import Cancelled
from app.domain.person import FULL_NAME_ORDER, NamePart, NameText, Person
from app.domain.script import has_arabic
from app.matching.given_clan import (
    GIVEN_FAMILY,
    clan_pairs_shown,
    given_and_family,
    given_and_family_asks,
)
from app.matching.namesim import is_sorani, text_tokens
from app.matching.score import (
    GIVEN_ALONE,
    MatchScore,
    Prepared,
    beyond_names,
    given_alone,
    given_alone_asks,
    given_rules_out,
    more_agrees,
    prepare,
    same_kunya,
    same_kunya_asks,
    same_kunya_note,
    score_at_most,
    score_prepared,
    score_read_at_most,
)
from app.text.compounds import short_form
from app.text.keys import phonetic_variants, skeleton_of
from app.text.normalize import named_for

# A block larger than this is a very common combination of names; its pairs are still found
# through the records' other keys.
MAX_BLOCK = 300
DUPLICATE_THRESHOLD = 0.87
MAX_TIED = 25  # candidates scored at most when many share as many keys as the last one kept
# Weak keys (two words, or one) carry this mark: pairs from them are scored only when one of the
# two records is that short.
WEAK = "~"
# Her given name alone, a key every record with a given name has: it pairs a record that holds
# nothing else of her name (a list's «شيرين», Kocho, age 25) with every record of that given
# name, and nothing else. Such a record met only others as short, so a list's given name alone
# became a second record of a known woman, and `duplicates` never found the two.
ALONE = WEAK + "0"
GIVEN_ONLY = 0b0001  # the name-part mask of a record with a given name and nothing more
# Her father's and grandfather's names, a key every record with both has: it pairs a record
# without a given name (a list's «مجهولة الاسم بنت الياس حسن», her name not known) with the
# daughters of that father, and nothing else. Keyed only by given names, such a row met no one
# and became a new nameless person beside the woman she may be.
# Her given name and clan (family name), a key of every record holding both (_keys: WEAK "3"):
# read whole for a row of those two names alone (BlockIndex.clan_members).
CLAN = WEAK + "3"
FOREBEARS = WEAK + "#"  # not a letter: a weak key of a given name may begin with any
# Her kunya (أم خالد, Umm Khalid, Dayka Xalid: the mother of Khalid), a key of every record
# known by one: paired as the forebears key is, only where a record has no given name. A
# list's row that is only «أم خالد» (her given name not in the list, read as her nickname)
# met no one and was a new person at every list, beside the woman known by it.
KUNYA = FOREBEARS + "@"
_GIVEN = 1 << 0  # the given name's bit in a record's mask of name parts (_mask)
# A given name alone is compared with at most this many records of that name, once those its
# village, birth or mother does not agree with are set aside (score.more_agrees): more than
# that and the row is too common a name to tell who she is by.
ALONE_AT_MOST = MAX_TIED
# `duplicates` shows a pair of a given name alone below its threshold when it would be asked
# about on import (score.given_alone_asks: 0.71 at most, under the 0.87 default), but only
# where that record fits at most ALONE_PAIRED namesakes (more, and it cannot be told which),
# and at most ALONE_PAIRS such pairs, the best first: a vault holding hundreds of given names
# alone would otherwise bury the likely pairs under them.
ALONE_PAIRED = 3
ALONE_PAIRS = 100

Progress = Callable[[int, int], None]
# score_at_most adds the same weights in another order than scoring: a pair is skipped only
# when its bound is below the threshold by more than that can make of it.
_ROUNDING = 1e-9


@lru_cache(maxsize=200_000)
def _word_skeletons(word: str) -> tuple[str, ...]:
    # A compound also keys as the short name it is called by (Abd al-Karim as Karim).
    words = (word, short) if (short := short_form(word)) else (word,)
    return tuple(dict.fromkeys(s for w in words for s in map(skeleton_of, phonetic_variants(w))
                               if s))


def _may_write_arabic_letters_as_kurdish(text: str) -> bool:
    """A name in Latin letters or in Sorani spelling: Kurdish has no ذ, ض, ث and writes them
    z/ز and s/س (Wadha وەزحە, Kewser کەوسەر); an Arabic spelling tells them apart."""
    return bool(text) and (not has_arabic(text) or is_sorani(text))


@lru_cache(maxsize=200_000)
def _as_arabic_letters(skeletons: tuple[str, ...]) -> tuple[str, ...]:
    """A word's skeletons, and each read with its z as the d class (ذ, ض) and its s as the t
    class (ث), one and both: a Sorani list's وەزحە shared no key with the vault's وضحة (azh,
    adh), and the same woman was made twice with nothing asked. Only on the Kurdish side, so
    two Arabic spellings (ثامر, سامر: cousins' fathers) meet no more than before."""
    out = list(skeletons)
    for sk in skeletons:
        if "z" in sk:
            out.append(sk.replace("z", "d"))
        if "s" in sk:
            out.append(sk.replace("s", "t"))
            if "z" in sk:
                out.append(sk.replace("z", "d").replace("s", "t"))
    return tuple(dict.fromkeys(out))


def _sequences(p: Person) -> list[dict[int, tuple[str, ...]]]:
    """The full name as slot -> skeleton readings (0 given, 1 father, 2 grandfather, 3 family):
    once per script, and once mixed (each part in whichever script it has) for a row that is
    half Arabic, half Latin. When a part holds several words (a whole name typed in the first
    column) the words are read in order instead.
    """
    return list({tuple(sorted(slots.items())): slots for slots, _ in _readings(p)}.values())


# A reading's slots whose word's y may be the hamza's seat, each with the letters past that y.
SeatCuts = dict[int, frozenset[str]]
_NO_CUT: frozenset[str] = frozenset()


def _readings(p: Person) -> list[tuple[dict[int, tuple[str, ...]], SeatCuts]]:
    """_sequences, each with its seat cuts (_text_seat_cuts): kept apart from the skeletons, as
    a seat is read past only in a key where one word is cut and two others stay whole."""
    out: list[tuple[dict[int, tuple[str, ...]], SeatCuts]] = []
    texts = [p.names.get(part) or NameText() for part in FULL_NAME_ORDER]
    also_given = _one_word_aliases(p) if p.aliases else ()
    # The mixed reading differs from both only when some parts lack the Arabic-script form
    # and others have it.
    have = {bool(t.original.strip()) for t in texts if not t.is_blank}
    readings = (("original",), ("latin",), ("original", "latin")) if len(have) > 1 \
        else (("original",), ("latin",))
    for scripts in readings:
        parts, seats = [], []
        for text in texts:
            got = next((t for s in scripts if (t := getattr(text, s).strip())), "")
            parts.append(_text_skeletons(got))
            seats.append(_text_seat_cuts(got))
        if all(len(words) <= 1 for words in parts):
            slots = {i: words[0] for i, words in enumerate(parts) if words}
            cuts = {i: words[0] for i, words in enumerate(seats) if words and words[0]}
            if also_given and 0 in slots:
                slots[0] = tuple(dict.fromkeys((*slots[0], *also_given)))
        else:
            flat = [sk for words in parts for sk in words]
            slots = dict(enumerate(flat[:4]))
            cuts = {i: c for i, c in enumerate([c for words in seats for c in words][:4]) if c}
        if slots and (slots, cuts) not in out:
            out.append((slots, cuts))
    return out


@lru_cache(maxsize=100_000)  # a list writes the same names again and again
def _text_skeletons(got: str) -> tuple[tuple[str, ...], ...]:
    """The skeleton readings of each word of one name part's text, in order."""
    words = [sk for w in text_tokens(got) if (sk := _word_skeletons(w))]
    if _may_write_arabic_letters_as_kurdish(got):
        words = [_as_arabic_letters(sk) for sk in words]
    if "ژ" in got:
        # Arabic writes a Kurdish ژ as ج (ژیلان, جيلان): read both ways, the keys of each word
        # together (folding alone reads ژ as ز).
        alt = [_word_skeletons(w) for w in text_tokens(got.replace("ژ", "ج"))]
        if len(alt) == len(words):
            words = [tuple(dict.fromkeys((*sk, *other)))
                     for sk, other in zip(words, alt, strict=True)]
    return tuple(words)


# A word's leading y that may be the hamza's seat before a long a: Arabic and Sorani يا (ياواز,
# یاواز for ئاواز, آواز: folding drops the seat ئ), Latin yaa, or ya before one consonant and a
# vowel (Yawaz, Yara). Not ya before two consonants (Yasra, Yasmin: a short a, or a name whose
# y every spelling keeps), nor a y before another vowel (Yusra, Yeman, Younis, Yousif).
_SEAT_Y = re.compile(r"(?:يا|yaa|ya(?:[sckgztd]h|[b-df-hj-np-tv-xz])[aeiou])")


@lru_cache(maxsize=100_000)
def _text_seat_cuts(got: str) -> tuple[frozenset[str], ...]:
    """For each word of _text_skeletons(got): the letters its skeletons begin with past a
    leading y that may be the hamza's seat (_SEAT_Y), or none."""
    words = [w for w in text_tokens(got) if _word_skeletons(w)]
    return tuple(frozenset(sk[1] for sk in sks if sk[0] == "y" and len(sk) > 1)
                 if _SEAT_Y.match(w) else frozenset()
                 for w, sks in zip(words, _text_skeletons(got), strict=True))


def _one_word_aliases(p: Person) -> tuple[str, ...]:
    """The skeletons of her aliases of one word: another given name or another spelling of it
    («نادية/شيرين الياس حسن» keeps شيرين). Keyed in her given name's place too, for a list that
    names her by it («شيرين الياس حسن», Shirin Elias Hasan) met no key of hers and was a new
    person, though scoring reads such an alias as her given name."""
    return tuple(dict.fromkeys(sk for a in p.aliases if len(words := text_tokens(a)) == 1
                               for sk in _word_skeletons(words[0])))


def filled(p: Person) -> int:
    """Which of given, father, grandfather, family the record has, as bits."""
    return _mask(_sequences(p))


def _mask(sequences: list[dict[int, tuple[str, ...]]]) -> int:
    mask = 0
    for slots in sequences:
        for i in slots:
            mask |= 1 << i
    return mask


def _weak_pair_needed(mask_a: int, mask_b: int) -> bool:
    """Two records that share fewer than three name parts cannot meet on a strong key."""
    return (mask_a & mask_b).bit_count() < 3


def _alone_pair_needed(mask_a: int, mask_b: int) -> bool:
    """A given-name-alone key pairs only a record holding nothing but a given name."""
    return GIVEN_ONLY in (mask_a, mask_b)


def _forebears_pair_needed(mask_a: int, mask_b: int) -> bool:
    """A forebears key pairs only a record without a given name."""
    return not mask_a & mask_b & _GIVEN


def person_keys(p: Person) -> set[str]:
    """The blocking keys of one record (both scripts); weak ones start with WEAK."""
    return keys_and_mask(p)[0]


def keys_and_mask(p: Person) -> tuple[set[str], int]:
    """person_keys and filled in one pass."""
    readings = _readings(p)
    sequences = [slots for slots, _ in readings]
    keys = _keys(tuple((tuple(sorted(s.items())), seats) for s, seats in readings))
    if _mask(sequences) in _THREE_PARTS:
        keys |= _left_out_keys(sequences)
    for child in kunyas(p):
        keys.update(f"{KUNYA}{sk}" for sk in _word_skeletons(child))
    return keys, _mask(sequences)


def kunyas(p: Person) -> set[str]:
    """The folded names of the children her kunyas name (أم خالد: خالد), nickname and aliases,
    and the first name of the husband a name "wife of" names (زوجة المرحوم جميل خلف: جميل),
    and the last word but one of his name: a title no list holds read as his first name
    («زوجة حجي جميل خلف») still meets the wife of Jamil Khalaf (score._same_tail)."""
    nick = p.names.get(NamePart.NICKNAME) or NameText()
    texts = (nick.original, nick.latin, *p.aliases) if p.aliases or not nick.is_blank else ()
    named = [who[1] for t in texts if (who := named_for(text_tokens(t)))]
    return {w[0] for w in named} | {w[-2] for w in named if len(w) > 2}


# Given and father with one of grandfather or family: the shape of a list that may have left
# out the father's name (score.py reads such a record that way too).
_THREE_PARTS = (0b0111, 0b1011)


def _left_out_keys(sequences: list[dict[int, tuple[str, ...]]]) -> set[str]:
    """The given-grandfather-family key a record would have if its father's column held the
    grandfather and its last part the family: "Nadia Taha Haji" meets Nadia Murad Taha Haji."""
    keys = set()
    for slots in sequences:
        g, b = slots.get(0), slots.get(1)
        c = slots.get(2) or slots.get(3)
        if g and b and c:
            keys.update(f"23{x}|{y}|{z}" for x in g for y in b for z in c)
    return keys


def _keys(readings: tuple[tuple[tuple[tuple[int, tuple[str, ...]], ...], SeatCuts], ...]
          ) -> set[str]:
    keys: set[str] = set()
    for items, seats in readings:
        slots = dict(items)
        keys.update([f"{FOREBEARS}{b}|{c}" for b in slots.get(1, ()) for c in slots.get(2, ())])
        g = slots.get(0)
        if not g:
            continue  # no given name: nothing more specific to block on
        keys.update([f"{ALONE}{a}" for a in g])
        keys.update([f"{WEAK}{a}|{b}" for a in g for b in slots.get(1, ("",))])
        # A record without the father's name meets one with it through the other parts.
        keys.update([f"{WEAK}2{a}|{b}" for a in g for b in slots.get(2, ())])
        keys.update([f"{CLAN}{a}|{b}" for a in g for b in slots.get(3, ())])
        # Given name plus two more parts (father, grandfather, family alone are what sisters
        # share). For given, father, grandfather also each word cut to its first consonant, for
        # a misspelt word (not with the family name: a clan is shared by thousands, and those
        # blocks would be huge).
        for i, j in ((1, 2), (1, 3), (2, 3)):
            b_alts, c_alts = slots.get(i), slots.get(j)
            if not b_alts or not c_alts:
                continue
            tag = f"{i}{j}"
            keys.update([f"{tag}{a}|{b}|{c}" for a in g for b in b_alts for c in c_alts])
            if (i, j) != (1, 2):
                continue
            # The clan written under "grandfather", or the two columns swapped (score.py reads
            # such a record that way too): each also keyed in the other's place.
            for put_as, alts in (("13", c_alts), ("12", slots.get(3, ()))):
                keys.update([f"{put_as}{a}|{b}|{c}" for a in g for b in b_alts for c in alts])
            cut_a, cut_b, cut_c = (_cuts(g) | seats.get(0, _NO_CUT), _cuts(b_alts) | seats.get(i, _NO_CUT),
                                   _cuts(c_alts) | seats.get(j, _NO_CUT))
            keys.update([f"{tag}a{a}|{b}|{c}" for a in cut_a for b in b_alts for c in c_alts])
            keys.update([f"{tag}b{a}|{b}|{c}" for a in g for b in cut_b for c in c_alts])
            keys.update([f"{tag}c{a}|{b}|{c}" for a in g for b in b_alts for c in cut_c])
    return keys


def _cuts(skeletons: tuple[str, ...]) -> set[str]:
    """A possibly misspelt word cut to its first consonant, past a leading vowel: a lost
    leading alef or vowel (دريس for ادريس, Brahim for Îbrahîm) leaves the same cut. A y that
    may be the hamza's seat is cut past too (_text_seat_cuts, added by _keys). (A cut to the
    last consonant too was measured and not taken: BENCHMARKS.md, duplicate detection.)"""
    return {(x[1:] if x[0] == "a" and len(x) > 1 else x)[0] for x in skeletons}


def _by_hits_then_id(item: tuple[int, int]) -> tuple[int, int]:
    return -item[1], item[0]


def merged_found_note(merged_case: str, kept_case: str) -> str:
    """Said of a candidate found by a record merged into hers: her own names may be spelt
    otherwise than the row: 'found as SNJ-00002, a record merged into SNJ-00001'."""
    return f"found as {merged_case}, a record merged into {kept_case}"


_MERGED_FOUND = re.compile(r"^found as (\S+), a record merged into (\S+)$")


def merged_found_from(note: str) -> tuple[str, str] | None:
    """(the merged record, the record kept) of a merged_found_note, for saying it in another
    language; None for any other note."""
    m = _MERGED_FOUND.match(note)
    return (m[1], m[2]) if m else None


@dataclass
class Candidate:
    id: int
    score: MatchScore


@dataclass
class _Entry:
    person: Person
    filled: int
    prepared: Prepared | None = None  # worked out when first scored: most never are

    def ready(self) -> Prepared:
        if self.prepared is None:
            self.prepared = prepare(self.person)
        return self.prepared


class BlockIndex:
    """Blocking keys of a collection of records, for matching new records against it."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[int]] = defaultdict(list)
        # Weak keys pair only records short of names, so their members are kept by which
        # name parts they have: a full record's query skips the other full records whole,
        # instead of testing each of hundreds of namesakes.
        self.weak: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.entries: dict[int, _Entry] = {}
        self._namesakes: tuple[Prepared, tuple[list[int], int]] | None = None  # the last asked
        self._facts: dict[str, dict[tuple, list[int]]] = {}  # see _by_facts
        # A record merged into another -> the record she is kept as. Merged records are
        # matched too (a list spelling her as the record merged into hers must find her),
        # and one woman is one candidate however many of her records fit.
        self.kept: dict[int, int] = {}

    def kept_as(self, pid: int) -> int:
        """The record a candidate stands for: the one it is merged into, or itself."""
        return self.kept.get(pid, pid)

    def clan_members(self, keys: set[str]) -> Iterator[int]:
        """The records of the clan blocks (CLAN) among keys, whatever else they hold; one
        record may come more than once."""
        for k in keys:
            if k.startswith(CLAN):
                yield from chain.from_iterable(self.weak.get(k, {}).values())

    def add(self, pid: int, person: Person, keyed: tuple[set[str], int] | None = None,
            prepared: Prepared | None = None) -> None:
        """keyed (keys_and_mask) and prepared, when the caller has them already."""
        keys, mask = keyed or keys_and_mask(person)
        self.entries[pid] = _Entry(person, mask, prepared)
        self._namesakes = None
        for k in keys:
            if k.startswith(ALONE):
                self._facts.pop(k, None)
        for k in keys:
            if k.startswith(WEAK):
                self.weak[k][mask].append(pid)
            else:
                self.blocks[k].append(pid)

    def candidate_ids(self, person: Person, limit: int = 25,
                      keyed: tuple[set[str], int] | None = None,
                      me: Prepared | None = None) -> list[int]:
        """Records sharing keys with person, those sharing the most keys first. me: person
        prepared, when the caller has it."""
        keys, mask = keyed or keys_and_mask(person)
        if mask == GIVEN_ONLY:
            # Her given name is all there is: every record of it shares that one key, so none
            # ranks above another; they are narrowed by what else she has instead.
            return self.namesakes(me or prepare(person), keys)[0]
        hits: Counter[int] = Counter()
        alone: set[int] = set()
        for k in keys:
            if k.startswith(WEAK):
                members = self._weak_members(k, mask)
            else:
                members = self.blocks.get(k)
            if members and len(members) <= MAX_BLOCK * 4:
                hits.update(members)
                if k.startswith(ALONE):
                    alone.update(members)
        # Most shared keys first; among equals the older record (lower id) first, so that the
        # same list gives the same result in every run (set order varies between processes).
        ranked = sorted(hits.items(), key=_by_hits_then_id)
        if len(ranked) > limit:
            # Namesakes share every key: take all tied with the last one kept (up to a bound),
            # so the person herself is not left out behind others of the same name.
            last = ranked[limit - 1][1]
            limit = max(limit, min(MAX_TIED, sum(1 for _, n in ranked if n >= last)))
        kept = [pid for pid, _ in ranked[:limit]]
        # A record holding only her given name shares one key with anyone, so it ranks below
        # every namesake: it is scored all the same (they are few; none in most vaults).
        return kept + sorted(alone.difference(kept))

    def namesakes(self, me: Prepared, keys: set[str]) -> tuple[list[int], int]:
        """For a record holding only a given name: the records of that name whose village,
        birth or mother agrees with hers and none disagrees (ids ascending), and 0; or none and
        how many there were, when more than ALONE_AT_MOST (too common a name to compare).
        Every namesake was once scored and explained (a list of 300 such rows against 1,100
        نادية took 15 s), and past 1,200 the name was dropped and the row silently new. The
        last answer is kept: the caller asks again of the same row to say why."""
        memo = self._namesakes
        if memo is not None and memo[0] is me:
            return memo[1]
        found: set[int] = set()
        for k in keys:
            if k.startswith(ALONE) and k in self.weak:
                for group in self._by_facts(k).values():
                    if more_agrees(me, self.entries[group[0]].ready()):
                        found.update(group)
        agree = sorted(found)
        out = (agree, 0) if len(agree) <= ALONE_AT_MOST else ([], len(agree))
        self._namesakes = (me, out)
        return out

    def _by_facts(self, key: str) -> dict[tuple, list[int]]:
        """The members of a given-name-alone block grouped by what more_agrees reads (village,
        birth, mother): a few hundred groups for a thousand namesakes, each judged once."""
        groups = self._facts.get(key)
        if groups is None:
            groups = self._facts[key] = defaultdict(list)
            for pid in chain.from_iterable(self.weak[key].values()):
                p = self.entries[pid].ready()
                groups[(p.village, p.birth_key, p.forms.get(NamePart.MOTHER))].append(pid)
        return groups

    def _weak_members(self, key: str, mask: int) -> list[int] | None:
        """Members of a weak block that a record with these name parts needs to meet, in the
        order they were added (ids ascending); None when the block is too common to use."""
        groups = self.weak.get(key)
        if not groups:
            return None
        if key.startswith((ALONE, FOREBEARS)):
            # Bounded by the members wanted, not the block: a full record's query wants only
            # the few records holding nothing but this given name, or no given name at all.
            needed = _alone_pair_needed if key.startswith(ALONE) else _forebears_pair_needed
            wanted = [g for m, g in groups.items() if needed(mask, m)]
            if sum(map(len, wanted)) > MAX_BLOCK * 4:
                return None
        elif sum(map(len, groups.values())) > MAX_BLOCK * 4:
            return None
        else:
            wanted = [g for m, g in groups.items() if _weak_pair_needed(mask, m)]
        if len(wanted) <= 1:
            return wanted[0] if wanted else None
        return sorted(chain.from_iterable(wanted))

    def best_matches(self, person: Person, limit: int = 5, min_score: float = 0.5,
                     exclude: Callable[[int], bool] | None = None,
                     keyed: tuple[set[str], int] | None = None,
                     prepared: Prepared | None = None, looked_at: int = 25) -> list[Candidate]:
        """Scored candidates for one incoming record, best first, with explanations.

        looked_at: how many of the records sharing the most keys are scored."""
        me = prepared or prepare(person)
        scored = self.scores(me, person, min_score, exclude, keyed, looked_at)
        return [self.explain(me, pid) for _, pid in scored[:limit]]

    def scores(self, me: Prepared, person: Person, min_score: float = 0.5,
               exclude: Callable[[int], bool] | None = None,
               keyed: tuple[set[str], int] | None = None,
               looked_at: int = 25,
               keep: Callable[[Prepared, Prepared, MatchScore | None], bool] | None = None
               ) -> list[tuple[float, int]]:
        """(score, id) of the candidates at or above min_score, best first, not explained:
        for a caller that explains only the one it keeps. keep(me, other, scored): a
        candidate it says yes to is kept below min_score too; scored is the pair's score when
        it was scored, None when a bound put it below min_score unscored (the bound holds for
        the score before any squeeze too, MatchScore.unsqueezed), so keep need not score it
        again."""
        scored = []
        for pid in self.candidate_ids(person, limit=looked_at, keyed=keyed, me=me):
            if exclude and exclude(pid):
                continue
            other = self.entries[pid].ready()
            if given_rules_out(me, other, min_score):
                continue  # a sister: the given names alone keep her below min_score
            # Bounded first: namesakes born years apart, most candidates of a long list (their
            # number grows with the list), fall below min_score whatever their other names
            # say, and are scored only when keep wants them (the same pairs kept, the same
            # scores). The birth, village and sex are weighed once for both. Namesakes of
            # another father pass the first bound, which takes every forebear as agreeing; the
            # second weighs the names as they are.
            beyond = beyond_names(me, other)
            wanted = None  # keep's answer, asked once of a pair
            if score_at_most(me, other, beyond) < min_score - _ROUNDING \
                    or score_read_at_most(me, other, beyond) < min_score - _ROUNDING:
                wanted = keep is not None and keep(me, other, None)
                if not wanted:
                    continue
            found = score_prepared(me, other, explain=False, beyond=beyond)
            s = found.score
            if s >= min_score or (keep is not None and keep(me, other, found) if wanted is None
                                  else wanted):
                scored.append((s, pid))
        scored.sort(key=lambda t: (-t[0], t[1]))
        if self.kept:  # her best-fitting record only: two of hers are no tie between two women
            seen: set[int] = set()
            scored = [t for t in scored
                      if (k := self.kept_as(t[1])) not in seen and not seen.add(k)]
        return scored

    def explain(self, me: Prepared, pid: int) -> Candidate:
        """One candidate scored with the reason field by field."""
        return Candidate(pid, score_prepared(me, self.entries[pid].ready()))


def candidate_pairs(keyed: Iterable[tuple[int, set[str], int]]) -> Iterator[tuple[int, int]]:
    """Every pair of records that share a key, each pair once (lower id first).

    keyed: (id, keys, filled parts). A weak key pairs only records that share fewer than three
    name parts (the others meet on strong keys).
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    mask: dict[int, int] = {}
    for pid, keys, m in keyed:
        mask[pid] = m
        for k in keys:
            blocks[k].append(pid)
    seen: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if key.startswith(ALONE):
            yield from _alone_pairs(members, mask, seen)
            continue
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        if key.startswith(FOREBEARS):
            yield from _forebears_pairs(members, mask, seen)
            continue
        members = sorted(set(members))
        weak = key.startswith(WEAK)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if weak and not _weak_pair_needed(mask[a], mask[b]):
                    continue
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield a, b


def _forebears_pairs(members: list[int], mask: dict[int, int],
                     seen: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The pairs of a forebears block: each record without a given name with every other
    member (a block of a family's daughters; nothing when all have a given name)."""
    nameless = sorted({pid for pid in members if not mask[pid] & _GIVEN})
    yield from _each_with_all(nameless, sorted(set(members)), seen)


def _alone_pairs(members: list[int], mask: dict[int, int],
                 seen: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The pairs of a given-name-alone block: each record holding only that given name with
    every other member. Bounded by those short records, not the block: a name shared by
    thousands costs nothing until one of them is that short."""
    short = sorted({pid for pid in members if mask[pid] == GIVEN_ONLY})
    if not short:
        return
    others = sorted(set(members))
    if len(short) * len(others) > MAX_BLOCK * MAX_BLOCK:
        return  # a common name many short records hold: their pairs would swamp the rest
    yield from _each_with_all(short, others, seen)


def _each_with_all(short: list[int], others: list[int],
                   seen: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each of short paired with each of others (itself apart), each pair once."""
    for a in short:
        for b in others:
            pair = (a, b) if a < b else (b, a)
            if a != b and pair not in seen:
                seen.add(pair)
                yield pair


def find_duplicates(persons: dict[int, Person], threshold: float | None = None,
                    is_excluded: Callable[[int, int], bool] | None = None,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None, left_out: list[int] | None = None
                    ) -> list[tuple[int, int, MatchScore]]:
    """Likely duplicate pairs inside one collection scoring threshold or more, best first,
    with explanations. threshold None: DUPLICATE_THRESHOLD, and after those the pairs of a
    given name alone (labelled GIVEN_ALONE), a given name and clan (given_clan.
    clan_pairs_shown) or one kunya or husband's name with no given name (SAME_KUNYA,
    SAME_HUSBAND) that import asks about below it, together best first; left_out, when
    given, receives how many of the last were not shown (_few_namesakes). A threshold
    given is kept to: `--threshold 0.95` listed a 0.71 pair below a 0.42 one."""
    asked_below = threshold is None
    threshold = DUPLICATE_THRESHOLD if threshold is None else threshold
    keyed = [(pid, *keys_and_mask(p)) for pid, p in persons.items()]
    prepared = {pid: prepare(p) for pid, p in persons.items()}
    pairs = list(candidate_pairs(keyed))
    out, alone, clans, kunyas = [], [], [], []
    for n, (a, b) in enumerate(pairs):
        if n % 2000 == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled("the duplicate search was cancelled")
            if progress is not None:
                progress(n, len(pairs))
        if is_excluded is not None and is_excluded(a, b):
            continue
        pa, pb = prepared[a], prepared[b]
        if given_rules_out(pa, pb, threshold):
            continue
        clan = asked_below and given_and_family(pa, pb)
        kunya = asked_below and same_kunya(pa, pb)
        if score_at_most(pa, pb) < threshold - _ROUNDING \
                and not (asked_below and given_alone(pa, pb)) and not clan and not kunya:
            continue
        if score_prepared(pa, pb, explain=False).score >= threshold:
            out.append((a, b, score_prepared(pa, pb)))
        elif not asked_below:
            continue
        # the cheap tests first: only a pair they pass is explained
        elif given_alone(pa, pb) and more_agrees(pa, pb) \
                and given_alone_asks(pa, pb, explained := score_prepared(pa, pb)):
            alone.append((a, b, replace(explained, note=GIVEN_ALONE)))
        elif clan and more_agrees(pa, pb) \
                and given_and_family_asks(pa, pb, explained := score_prepared(pa, pb)):
            clans.append((a, b, explained))
        elif kunya and same_kunya_asks(pa, pb, explained := score_prepared(pa, pb)):
            # «زوجة جميل خلف» and «زوجة الشهيد جميل خلف» entered by hand: asked at import, and
            # so listed here, not only at --threshold 0.05
            kunyas.append((a, b, replace(explained, note=same_kunya_note(pa, pb))))
    if progress is not None:
        progress(len(pairs), len(pairs))
    out.sort(key=_best_first)
    masks = {pid: m for pid, _, m in keyed}
    below = _few_alone(alone, masks) + clan_pairs_shown(
        clans, {pid: m == GIVEN_FAMILY for pid, m in masks.items()}, ALONE_PAIRED, ALONE_PAIRS) \
        + (shown := _few_namesakes(kunyas, {pid for pid, p in prepared.items()
                                             if NamePart.GIVEN not in p.forms}))
    if left_out is not None:
        left_out.append(len(kunyas) - len(shown))
    return out + sorted(below, key=_best_first)


def _best_first(t: tuple[int, int, MatchScore]) -> tuple[float, int, int]:
    """Best first by score alone. A pair a merge would refuse is marked where it is listed, not
    moved: most such pairs are one woman whose father is spelt two ways (Eido/Eeedo), and listed
    last they sat below every 0.87 pair."""
    return -t[2].score, t[0], t[1]


def _few_alone(alone: list[tuple[int, int, MatchScore]], mask: dict[int, int]
               ) -> list[tuple[int, int, MatchScore]]:
    """The given-name-alone pairs shown: those of a record fitting at most ALONE_PAIRED
    namesakes, at most ALONE_PAIRS of them, best first."""
    return _few_namesakes(alone, {pid for pid, m in mask.items() if m == GIVEN_ONLY})


def _few_namesakes(pairs: list[tuple[int, int, MatchScore]], short: set[int]
                   ) -> list[tuple[int, int, MatchScore]]:
    """Of pairs, those where each record of short (those of a given name alone, or no given
    name beside a kunya or husband's name) fits at most ALONE_PAIRED of them, at most
    ALONE_PAIRS, best first: ten mothers of a Khalid in one village are 45 pairs, and which
    of them it is, only more than the kunya can tell."""
    fits = Counter(pid for a, b, _ in pairs for pid in (a, b) if pid in short)
    kept = [t for t in pairs if all(fits[pid] <= ALONE_PAIRED for pid in t[:2] if pid in short)]
    return sorted(kept, key=_best_first)[:ALONE_PAIRS]
