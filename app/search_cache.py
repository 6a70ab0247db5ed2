"""The search postings held in memory for search-as-you-type: a common name has thousands of
postings, and summing them in Python sets is many times faster than in the encrypted database.

Filled from the vault's index a part at a time (SearchService.warm_step); kept in step by
re-reading the postings of persons saved since (after their transaction committed or rolled
back, the database holds the truth).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Set
from functools import cache

from app.matching.query import weighed
from app.matching.search_engine import Slots, WordSims

# Too many changed persons to patch one by one: read everything again on the next search.
RELOAD_ABOVE = 5000


class PostingCache:
    def __init__(self, rows: Iterable[tuple[str, int, str]]) -> None:
        """rows: (word, person id, part) postings; add_rows() takes more of them."""
        self.by_word: dict[str, dict[str, set[int]]] = {}
        self.by_person: dict[int, list[tuple[str, str]]] = {}
        self._pid: dict[int, int] = {}  # one object per person id
        self.add_rows(rows)

    def add_rows(self, rows: Iterable[tuple[str, int, str]]) -> None:
        for word, pid, part in rows:
            self._add(word, pid, part)

    def _add(self, word: str, pid: int, part: str) -> None:
        # Every row read from the vault brings its own copies of the word, the part and the id;
        # one shared object each keeps the postings of 100,000 persons to a fraction of the
        # memory.
        word, part = sys.intern(word), sys.intern(part)
        pid = self._pid.setdefault(pid, pid)
        self.by_word.setdefault(word, {}).setdefault(part, set()).add(pid)
        self.by_person.setdefault(pid, []).append((word, part))

    def replace(self, pid: int, rows: list[tuple[str, str]]) -> None:
        """The person's postings are now rows (word, part); [] when deleted or merged."""
        for word, part in self.by_person.pop(pid, []):
            self.by_word[word][part].discard(pid)
        for word, part in rows:
            self._add(word, pid, part)

    def best(self, per_word: WordSims, k: int, within: Set[int] | None = None) -> Slots:
        """The k persons (of within, when given) with the highest sum of best similarities, as
        SearchEngine wants."""
        summed, widest = _summed([self._fits(sims) for sims in per_word])
        return self._slots(per_word, _top(_narrowed(summed, widest, k, within), k))

    def best_apart(self, per_word: WordSims, k: int, passing: Set[int], k_out: int,
                   unrecorded: Set[int] = frozenset()) -> tuple[Slots, Slots, Slots]:
        """best() for the passing persons, the k_out best of those the filter leaves out, and
        apart from those the k_out best of the unrecorded ones (left out only for a value their
        record does not give): all from one summing of the postings (the costly part of a
        search as you type)."""
        summed, widest = _summed([self._fits(sims) for sims in per_word])
        only = cache(lambda: _best(widest))  # the widest word's persons, read once if needed
        shown = _top(_narrowed(summed, widest, k, passing, only=only), k)
        out = _top(_narrowed(summed, widest, k_out, without=(passing, unrecorded), only=only),
                   k_out)
        blank = (_top(_narrowed(summed, widest, k_out, unrecorded, only=only), k_out)
                 if unrecorded else [])
        return (self._slots(per_word, shown), self._slots(per_word, out),
                self._slots(per_word, blank))

    def count(self, per_word: WordSims, passing: set[int] | None = None) -> int:
        """How many persons (of passing, when given) have a word of per_word: set unions, a
        few milliseconds even for a half-typed letter that fits half the vault."""
        every: set[int] = set().union(*(pids for sims in per_word for w in sims
                                        for pids in self.by_word.get(w, {}).values()))
        return len(every if passing is None else every & passing)

    def _slots(self, per_word: WordSims, top: list[int]) -> Slots:
        out: Slots = {}
        for pid in top:
            slots = [(0.0, "", "")] * len(per_word)
            for word, part in self.by_person.get(pid, ()):
                for qi, sims in enumerate(per_word):
                    s = sims.get(word, 0.0)
                    if weighed(s, part) > weighed(slots[qi][0], slots[qi][2]):
                        slots[qi] = (s, word, part)
            out[pid] = slots
        return out

    def _fits(self, sims: dict[str, float]) -> Fits:
        """The persons one query word fits, by similarity as weighed in the name part, best
        first: the words of one similarity (every name a half-typed word begins) joined in
        one set union."""
        by_sim: dict[float, list[set[int]]] = {}
        for word, s in sims.items():
            for part, pids in self.by_word.get(word, {}).items():
                by_sim.setdefault(weighed(s, part), []).append(pids)
        return [(s, set().union(*by_sim[s])) for s in sorted(by_sim, reverse=True)]


# One query word: (similarity, the persons with a word that similar), best first.
Fits = list[tuple[float, set[int]]]


def _best(fits: Fits) -> dict[int, float]:
    """Person -> her best similarity to the query word."""
    best: dict[int, float] = {}
    for s, pids in reversed(fits):  # a better word of the same person overwrites
        best.update(dict.fromkeys(pids, s))
    return best


def _top(totals: dict[int, float], k: int) -> list[int]:
    """The k best persons of totals, best first (ties by id, so pages are stable)."""
    if len(totals) > k:
        # The k-th best total, found by sorting bare floats (fast); then only the persons
        # at or above it are ordered.
        kth = _kth(totals, k)
        above = {pid: s for pid, s in totals.items() if s > kth}
        tied = sorted(pid for pid, s in totals.items() if s == kth)[:k - len(above)]
        totals = {**above, **dict.fromkeys(tied, kth)}
    return [pid for pid, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def _summed(per_word: list[Fits]) -> tuple[dict[int, float], Fits]:
    """Person -> her best similarities summed over the query words, for every person the
    words other than the widest all fit; and the widest word's fits.

    A half-typed letter ("Nadia M") fits most of the vault: the persons only the widest word
    fits score at most its best similarity, and are added up only when fewer than k others
    beat that (_narrowed).
    """
    per_word = sorted(per_word, key=lambda fits: sum(len(p) for _, p in fits))
    widest = per_word.pop() if per_word else []
    totals: dict[int, float] = {}
    for fits in per_word:
        best = _best(fits)
        if not totals:
            totals = best
            continue
        for pid, s in best.items():
            totals[pid] = totals.get(pid, 0.0) + s
    done: set[int] = set()
    for s, pids in widest:  # set intersections: the loop runs only over the persons in both
        hit = (totals.keys() & pids) - done
        for pid in hit:
            totals[pid] += s
        done |= hit
    return totals, widest


def _narrowed(totals: dict[int, float], widest: Fits, k: int, within: Set[int] | None = None,
              without: tuple[Set[int], ...] = (),
              only: Callable[[], dict[int, float]] | None = None) -> dict[int, float]:
    """The summed totals of the persons of within (or of none of without) who can be among the
    k best (only: the widest word's _best, when already at hand). Set operations, not a test of
    each person: a common name has thousands of totals."""
    def kept(found: dict[int, float]) -> dict[int, float]:
        if within is None and not without:
            return found
        ids = found.keys() & within if within is not None else found.keys()
        for out in without:
            ids = ids - out
        return {pid: found[pid] for pid in ids}
    totals = kept(totals)
    if widest and (len(totals) < k or _kth(totals, k) <= widest[0][0]):
        totals = {**kept(only() if only is not None else _best(widest)), **totals}
    return totals


def _kth(totals: dict[int, float], k: int) -> float:
    return sorted(totals.values(), reverse=True)[k - 1]
