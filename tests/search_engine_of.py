"""A search engine over a few persons' name parts held in memory, as the vault's store feeds it."""

from __future__ import annotations

from collections import defaultdict

from app.matching.query import WordFinder
from app.matching.search_engine import SearchEngine, aggregate, words_of_postings
from app.text.normalize import tokens


def engine_of(people: dict[int, list[tuple[str, str]]]) -> SearchEngine:
    """people: person id -> [(name part, text)]; each word posted under its part."""
    finder, post = WordFinder(), defaultdict(list)
    for pid, parts in people.items():
        for part, text in parts:
            for w in tokens(text):
                finder.add(w)
                post[w].append((pid, part))
    return SearchEngine(finder, lambda per_word, k: aggregate(post, per_word, k),
                        words_of=words_of_postings(post))
