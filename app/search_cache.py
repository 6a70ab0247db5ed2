"""The search postings held in memory for search-as-you-type: a common name has thousands of
postings, and summing them in Python sets is many times faster than in the encrypted database.

Filled from the vault's index a part at a time (SearchService.warm_step); kept in step by
re-reading the postings of persons saved since (after their transaction committed or rolled
back, the database holds the truth).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

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

    def best(self, per_word: WordSims, k: int,
             allowed: Callable[[int], bool] | None = None) -> Slots:
        """The k persons with the highest sum of best similarities, as SearchEngine wants."""
        totals: dict[int, float] = {}
        for sims in per_word:
            best: dict[int, float] = {}
            # Lowest similarity first so a better word of the same person overwrites it.
            for word, s in sorted(sims.items(), key=lambda kv: kv[1]):
                for pids in self.by_word.get(word, {}).values():
                    best.update(dict.fromkeys(pids, s))
            if not totals:
                totals = best
            else:
                for pid, s in best.items():
                    totals[pid] = totals.get(pid, 0.0) + s
        if allowed is not None:
            totals = {pid: s for pid, s in totals.items() if allowed(pid)}
        if len(totals) > k:
            # The k-th best total, found by sorting bare floats (fast); then only the persons
            # at or above it are ordered (ties by id, so pages are stable).
            kth = sorted(totals.values(), reverse=True)[k - 1]
            above = {pid: s for pid, s in totals.items() if s > kth}
            tied = sorted(pid for pid, s in totals.items() if s == kth)[:k - len(above)]
            totals = {**above, **dict.fromkeys(tied, kth)}
        top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
        out: Slots = {}
        for pid, _ in top:
            slots = [(0.0, "", "")] * len(per_word)
            for word, part in self.by_person.get(pid, ()):
                for qi, sims in enumerate(per_word):
                    s = sims.get(word, 0.0)
                    if s > slots[qi][0]:
                        slots[qi] = (s, word, part)
            out[pid] = slots
        return out
