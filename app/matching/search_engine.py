"""Ranked name search over any store of name words: vocabulary lookup by sound and by prefix,
then persons scored by how well their names fit every typed word.

The store is reached through a callable that returns the best candidates, so the same ranking
runs over the vault (SQL in db/) and over plain dictionaries (benchmarks, tests of the ranking).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.matching.namesim import (
    PREFIX_SIM,
    is_sorani,
    orthographies_sim,
    prefix_sim,
    word_sim,
)
from app.matching.query import PART_ORDER, WordFinder, rank_score, siblings_name_slot, weighed
from app.text.normalize import tokens

# Per query word: the vocabulary words it may mean, with their similarity.
WordSims = list[dict[str, float]]
# person -> per query word: (similarity, stored word, name part) of its best match, as weighed.
Slots = dict[int, list[tuple[float, str, str]]]
# Given the word similarities and k: the k persons with the highest sum of best similarities,
# each weighed by the name part it is found in (see query.weighed).
Candidates = Callable[[WordSims, int], Slots]
# Person ids -> each one's (word, name part) postings: the first page's names, read whole.
WordsOf = Callable[[list[int]], dict[int, list[tuple[str, str]]]]
# Given the word similarities, k and k_out: the k best candidates the filters let through, the
# k_out best they leave out for a value her record gives, and the k_out best they leave out
# only for a value her record does not give (no abduction date, sex unknown), from one ranking
# of the unfiltered postings.
Apart = Callable[[WordSims, int, int], tuple[Slots, Slots, Slots]]

# Given the word similarities: how many persons the filters let through have a word among them
# (every one a high enough --limit would list).
Count = Callable[[WordSims], int]

# The best of those the filters leave out, looked at for one better than the best shown.
LEFT_OUT_LOOKED_AT = 30
# Words of a query word's candidates kept for the posting lookup (most similar first).
WORDS_PER_QUERY_WORD = 12
MIN_WORD_SIM = 0.62
CLOSE_WORD_SIM = 0.7
SUBSTRING_SIM = 0.85
# How many times wider a page is read for a query holding one word twice.
REPEATED_WIDER = 5
# Begins with the same sounds in the other script: less sure than the same letters (M may be
# the start of مراد or of a name an Arabic list spells otherwise).
SOUND_PREFIX_SIM = 0.9


@dataclass(frozen=True)
class Hit:
    person_id: int
    score: float
    matched: tuple[str, ...]  # the stored name words that matched, for highlighting


@dataclass(frozen=True)
class Told:
    """A search's page of hits, and what it did not show (SearchEngine.search_told)."""

    hits: list[Hit]
    closer: list[Hit]  # left out by the filters, scoring higher than the best shown, best first
    # Left out by the filters only for a value her record does not give, that would otherwise
    # be on the page (as good as its last, or any when it has room), best first.
    unrecorded: list[Hit]
    unrecorded_all: bool  # every one of those is in unrecorded; else there may be more
    more: int  # matched but not shown for the limit: that many, or at least that many
    more_exact: bool  # more is their number
    next_score: float | None = None  # the best score past the limit


def words_of_postings(postings: dict[str, list[tuple[int, str]]]) -> WordsOf:
    """WordsOf for postings held in memory (benchmarks and tests of the ranking)."""
    by_person: dict[int, list[tuple[str, str]]] = {}
    for w, held in postings.items():
        for pid, part in held:
            by_person.setdefault(pid, []).append((w, part))
    return lambda ids: {pid: by_person.get(pid, []) for pid in ids}


def aggregate(postings: dict[str, list[tuple[int, str]]], per_word: WordSims, k: int,
              allowed: Callable[[Iterable[int]], set[int]] | None = None) -> Slots:
    """Candidates from postings held in memory (benchmarks and tests of the ranking)."""
    found: Slots = {}
    for qi, sims in enumerate(per_word):
        for w, s in sims.items():
            for pid, part in postings.get(w, ()):
                slots = found.setdefault(pid, [(0.0, "", "")] * len(per_word))
                if weighed(s, part) > weighed(slots[qi][0], slots[qi][2]):
                    slots[qi] = (s, w, part)
    ids = set(found) if allowed is None else allowed(found)
    top = sorted(ids, key=lambda pid: (-sum(weighed(s, p) for s, _, p in found[pid]), pid))[:k]
    return {pid: found[pid] for pid in top}


class SearchEngine:
    def __init__(self, finder: WordFinder, candidates: Candidates,
                 substring: Callable[[str], list[str]] | None = None,
                 words_of: WordsOf | None = None, apart: Apart | None = None,
                 count: Count | None = None) -> None:
        self.finder = finder
        self.count = count  # asked only when more matched than were ranked
        self.candidates = candidates
        # With filters: the candidates on both sides of them, so a closer match the filters
        # hide can be said (a sister rescued, her sister missing: one taken for the other).
        self.apart = apart
        self.substring = substring  # words containing a fragment (the vault's FTS5 trigram)
        # Without it a sister's or brother's name counts as much as its sounds (see
        # query.siblings_name_slot).
        self.words_of = words_of

    def word_sims(self, query: str, typing: bool = True) -> WordSims:
        """For every query word: the vocabulary words it may mean, with their similarity."""
        words = tokens(query, typing=typing)
        # Folding leaves no trace of Sorani spelling: each word is told by the words typed.
        typed_sorani = {w for typed in query.split() if is_sorani(typed)
                        for w in tokens(typed, typing=typing)}
        sorani = self.finder.sorani
        per_word: WordSims = []
        for i, q in enumerate(words):
            last = typing and i == len(words) - 1
            q_sorani = q in typed_sorani
            sims: dict[str, float] = {}
            if len(q) >= 3 and len(set(q)) == 1:
                # One letter held down ("qqqqqqqq", "xxxx") is no name: read by its sound it
                # was the letter alone, and found every قاسم at 0.87.
                per_word.append(sims)
                continue
            for w in self.finder.similar(q):
                s = prefix_sim(q, w) if last else word_sim(q, w)
                # A Sorani spelling against an Arabic one (ئیلیاس, الياس): its written short
                # vowels are cheap, as the matching engine reads them (namesim.sorani_short).
                s = max(s, orthographies_sim(q, w, q_sorani, w in sorani))
                if s >= MIN_WORD_SIM:
                    sims[w] = s
            if self.substring is not None and len(q) >= 3:
                # Part of a word (a clan name's ending, a name without its article).
                for w in self.substring(q):
                    sims[w] = max(sims.get(w, 0.0), SUBSTRING_SIM, word_sim(q, w),
                                  orthographies_sim(q, w, q_sorani, w in sorani))
            # A half-typed word of two letters sounds like hundreds of names: keep the closest.
            cap = WORDS_PER_QUERY_WORD if len(q) > 2 else WORDS_PER_QUERY_WORD // 3
            ranked = sorted(sims.items(), key=lambda kv: -kv[1])[:cap]
            if ranked and ranked[0][1] >= 0.95:
                # The word is a name we know: far variants (Khalaf for Khalil) only add noise
                # and thousands of postings.
                ranked = [(w, x) for w, x in ranked if x >= CLOSE_WORD_SIM]
            sims = dict(ranked)
            if last and (len(q) > 1 or len(words) > 1):
                # Every name the half-typed word begins, however many: "Nadia M" must lift every
                # Nadia with an M name, not a few of them. One letter alone would fit half the
                # vault; after another word it narrows.
                for w in self.finder.starting_with(q):
                    sims[w] = max(sims.get(w, 0.0), 1.0 if w == q else PREFIX_SIM)
                # A list from an Arabic office has no Latin letters to begin with M.
                for w in self.finder.sounding_like_start(q):
                    sims[w] = max(sims.get(w, 0.0), SOUND_PREFIX_SIM)
            per_word.append(sims)
        return per_word

    def search(self, query: str, limit: int = 20, typing: bool = True) -> list[Hit]:
        """Persons whose names fit the query, best first (typing: the last word may be half
        typed). The store ranks by summed similarity; the first page is ranked again here with
        the name parts hit (given name first, words in written order)."""
        return self.search_apart(query, limit, typing)[0]

    def search_apart(self, query: str, limit: int = 20, typing: bool = True
                     ) -> tuple[list[Hit], list[Hit]]:
        """search(), and the persons the filters leave out who score higher than the best
        shown (best first; all those looked at when none is shown). Without apart, none."""
        told = self.search_told(query, limit, typing, counted=False)
        return told.hits, told.closer

    def search_told(self, query: str, limit: int = 20, typing: bool = True,
                    counted: bool = True) -> Told:
        """search_apart(), and what else it did not show: the persons left out only for a value
        their record does not give, and how many more matched than the limit let through
        (counted: in the store when more matched than were ranked; else at least so many)."""
        per_word = self.word_sims(query, typing)
        if not per_word or not any(per_word):
            return Told([], [], [], True, 0, True)
        k = max(limit * 3, 30)
        if self.words_of is not None and _repeats(query, typing):
            # The store sums each word's best match, so a name typed twice (بشار بشار, Bashar
            # son of Bashar) sums alike for him and for every Bashar: only the page, read
            # whole, tells them apart (_twice_apart). Read a wider page, so he is on it.
            k *= REPEATED_WIDER
        if self.apart is None:
            found, outside, blank = self.candidates(per_word, k), {}, {}
        else:
            found, outside, blank = self.apart(per_word, k, LEFT_OUT_LOOKED_AT)
        ranked = self._ranked(query, per_word, found, typing)
        hits = ranked[:limit]
        best = hits[0].score if hits else 0.0
        outside = _reaching(outside, best, len(per_word))
        closer = [h for h in self._ranked(query, per_word, outside, typing) if h.score > best]
        # A record with no abduction date is not one taken at another time: one that would
        # have been on the page is said, not dropped without a word.
        cut = hits[-1].score if len(hits) == limit else 0.0
        looked, blank = len(blank), _reaching(blank, cut, len(per_word))
        unrecorded = [h for h in self._ranked(query, per_word, blank, typing) if h.score >= cut]
        # The store gives every candidate it has when it has fewer than asked for: then the
        # ones past the limit are counted; else they are counted in the store, or there are
        # at least that many.
        more, exact = len(ranked) - len(hits), len(found) < k
        if counted and not exact and self.count is not None:
            more, exact = max(self.count(per_word) - len(hits), more), True
        return Told(hits, closer, unrecorded,
                    looked < LEFT_OUT_LOOKED_AT or len(unrecorded) < looked, more, exact,
                    ranked[limit].score if len(ranked) > limit else None)

    def _ranked(self, query: str, per_word: WordSims, found: Slots, typing: bool) -> list[Hit]:
        if not found:
            return []
        names = None
        if self.words_of is not None:
            names = self.words_of(list(found))
            found = self._siblings_apart(query, per_word, found, typing, names)
        twice = None
        if names is not None and _repeats(query, typing):
            words = tokens(query, typing=typing)
            twice = [words.count(w) > 1 for w in words]
        hits = []
        for pid, slots in found.items():
            held = None if names is None else {part for _, part in names.get(pid, ())}
            score = rank_score([s for s, _, _ in slots], [p for _, _, p in slots], held)
            if twice is not None:
                # A word typed twice lifts one who holds it in two names (Bashar son of
                # Bashar) and costs no one else: a namesake who holds it once, or a word
                # doubled by mistake (Samira Samira Elias), keeps the score it had.
                two = _twice_apart(per_word, slots, names.get(pid, []), twice)
                lifted = rank_score([s for s, _, _ in two], [p for _, _, p in two], held)
                if lifted > score:
                    score, slots = lifted, two
            hits.append(Hit(pid, score, tuple(w for _, w, _ in slots if w)))
        hits.sort(key=lambda h: (-h.score, h.person_id))
        return hits

    def _siblings_apart(self, query: str, per_word: WordSims, found: Slots,
                        typing: bool, names: dict[int, list[tuple[str, str]]]) -> Slots:
        """The first page's slots with sisters' and brothers' names read as matching reads
        them. The store's sums never counted them so; this only lowers a sibling, so no one
        left off the page belonged on it for this reason."""
        words = tokens(query, typing=typing)
        typed = {tuple(tokens(w)): w for w in query.split()}  # each word as typed, if one
        last = len(words) - 1
        return {pid: [siblings_name_slot(q, sims, names.get(pid, []), slot, typing and i == last,
                                         typed.get((q,), ""))
                      for i, (q, sims, slot) in enumerate(zip(words, per_word, slots,
                                                              strict=True))]
                for pid, slots in found.items()}


def _reaching(found: Slots, score: float, words: int) -> Slots:
    """The candidates whose rank score can reach score: it is at most their weighed
    similarities' mean (rank_score's factors are 1 at most; a sibling's name only lowers a
    slot), so the others need not be read and ranked."""
    return {pid: slots for pid, slots in found.items()
            if sum(weighed(s, p) for s, _, p in slots) / words >= score - 1e-9}


def _repeats(query: str, typing: bool) -> bool:
    """Whether the query holds one folded word more than once (بشار بشار)."""
    words = tokens(query, typing=typing)
    return len(set(words)) < len(words)


def _twice_apart(per_word: WordSims, slots: list[tuple[float, str, str]],
                 names: list[tuple[str, str]], twice: list[bool]) -> list[tuple[float, str, str]]:
    """slots with no name of hers taken by two query words: each word typed twice (twice)
    takes her best name no earlier word took, the earliest in her name of those alike (her own
    Bashar, then her father's), or none.
    Without this "بشار بشار" ranked Bashar son of Bashar below every Bashar son of another:
    both words found each one's given name alike. A name is a name part (its two scripts are
    one name), or one alias word."""
    used: set[tuple[str, str]] = set()
    out = []
    for sims, slot, again in zip(per_word, slots, twice, strict=True):
        if again:
            best: tuple[float, str, str] = (0.0, "", "")
            key = (0.0, 0)
            for w, part in names:
                s = sims.get(w, 0.0)
                k = (weighed(s, part), -PART_ORDER.get(part, 99))
                if s and _name_of(w, part) not in used and k > key:
                    best, key = (s, w, part), k
            slot = best
        if slot[1]:
            used.add(_name_of(slot[1], slot[2]))
        out.append(slot)
    return out


def _name_of(word: str, part: str) -> tuple[str, str]:
    return (word, part) if part == "alias" else ("", part)
