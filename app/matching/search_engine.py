"""Ranked name search over any store of name words: vocabulary lookup by sound and by prefix,
then persons scored by how well their names fit every typed word.

The store is reached through two callables so the same ranking runs over the vault (db/) and
over plain dictionaries (benchmarks, tests of the ranking itself).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.matching.namesim import prefix_sim, word_sim
from app.matching.query import WordFinder, rank_score
from app.text.normalize import tokens

# word -> [(person id, name part)] for the words asked for.
Postings = Callable[[list[str]], dict[str, list[tuple[int, str]]]]

# Words of a query word's candidates kept for the posting lookup (most similar first).
WORDS_PER_QUERY_WORD = 30
MIN_WORD_SIM = 0.62
SUBSTRING_SIM = 0.85


@dataclass(frozen=True)
class Hit:
    person_id: int
    score: float
    matched: tuple[str, ...]  # the stored name words that matched, for highlighting


class SearchEngine:
    def __init__(self, finder: WordFinder, postings: Postings,
                 substring: Callable[[str], list[str]] | None = None) -> None:
        self.finder = finder
        self.postings = postings
        self.substring = substring  # words containing a fragment (the vault's FTS5 trigram)

    def search(self, query: str, limit: int = 20, typing: bool = True,
               allowed: Callable[[Iterable[int]], set[int]] | None = None) -> list[Hit]:
        """Persons whose names fit the query, best first.

        typing: the last word may be half typed (search as you type).
        allowed: narrows candidate ids (filters on status, village, age ...), applied before
        ranking so a filter never empties the first page.
        """
        qwords = tokens(query)
        if not qwords:
            return []
        # For every query word: the vocabulary words it may mean, with their similarity.
        per_word: list[dict[str, float]] = []
        for i, q in enumerate(qwords):
            last = typing and i == len(qwords) - 1
            sims: dict[str, float] = {}
            for w in self.finder.similar(q, prefix=last):
                s = prefix_sim(q, w) if last else word_sim(q, w)
                if s >= MIN_WORD_SIM:
                    sims[w] = s
            if self.substring is not None and len(q) >= 3:
                # Part of a word (a clan name's ending, a name without its article).
                for w in self.substring(q):
                    sims[w] = max(sims.get(w, 0.0), SUBSTRING_SIM, word_sim(q, w))
            best = sorted(sims.items(), key=lambda kv: -kv[1])[:WORDS_PER_QUERY_WORD]
            per_word.append(dict(best))
        wanted = sorted({w for d in per_word for w in d})
        if not wanted:
            return []
        posting = self.postings(wanted)
        # person -> per query word: (best similarity, matched word, matched part)
        found: dict[int, list[tuple[float, str, str]]] = {}
        for qi, sims in enumerate(per_word):
            for w, s in sims.items():
                for pid, part in posting.get(w, ()):
                    slots = found.setdefault(pid, [(0.0, "", "")] * len(qwords))
                    if s > slots[qi][0]:
                        slots[qi] = (s, w, part)
        ids = set(found)
        if allowed is not None:
            ids = allowed(ids)
        hits = []
        for pid in ids:
            slots = found[pid]
            score = rank_score([s for s, _, _ in slots], [p for _, _, p in slots])
            hits.append(Hit(pid, score, tuple(w for _, w, _ in slots if w)))
        hits.sort(key=lambda h: (-h.score, h.person_id))
        return hits[:limit]
