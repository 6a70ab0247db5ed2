"""The words of a place a user typed that stand in a known place's name: never a person's there."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from app.matching.namesim import text_tokens
from app.matching.places import one_place
from app.text.normalize import token_variants

# Arabic letters glued before a place's article: بالرقة (in Raqqa), والموصل, للرقة's ل
_GLUED = "وبلفك"
# Where a place typed is cut into parts: "Hardan, Sinjar" is two places
_PARTS = re.compile(r"[,،;؛\n]+")


def _variants(word: str) -> set[str]:
    """The folded word, without a glued article (الرقه: رقه), and without a glued
    preposition or conjunction before the article (بالرقه: الرقه, رقه)."""
    out = set(token_variants(word))
    if len(word) > 4 and word[0] in _GLUED and word[1:3] == "ال":
        out.update(token_variants(word[1:]))
    return out


@lru_cache(maxsize=50_000)
def _one_place(typed: str, known: str) -> bool:
    return one_place(typed, known)


class PlaceNames:
    """Known places' names of two words or more, each a run of folded words (Siba Sheikh
    Khidir: siba sheikh khidir), found only whole, in any spelling matching takes for that
    place (Siba Shaikh Khidir, Siba Sh. Khidir: places.one_place), beside any word: no one
    is called a village of three words. Sheikh Khidir alone is a man's name (the sheikhs'
    caste writes it so). A place of one word (Siba, Hardan, Kurdistan, Shingal) is never
    one here: those are women's and men's names too, and no list of the words beside which
    it is a person ("house of Hardan", "where Siba is kept", عند سيبا, li mala Sîba) is ever
    complete. The rare village of one word that is a held relative's name is held back: a
    place held back costs a line, a person printed may cost a life."""

    def __init__(self, spellings: Iterable[str]) -> None:
        runs = {words for s in spellings if len(words := text_tokens(s)) > 1}
        # by each variant of each word: (the run, where the word stands in it)
        self._by_word: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for run in runs:
            for j, word in enumerate(run):
                for v in token_variants(word):
                    self._by_word.setdefault(v, []).append((run, j))

    def spans(self, words: tuple[str, ...]) -> list[range]:
        """Where a known place's name of two words or more stands whole in words (folded by
        text_tokens), kinship word beside it or not: "her father's house, Siba Sheikh Khidir"
        is her village, and a brother Khidir is no part of it."""
        found: set[range] = set()
        for i, word in enumerate(words):
            for v in _variants(word):
                for run, j in self._by_word.get(v, ()):
                    start = i - j
                    if start < 0 or start + len(run) > len(words):
                        continue
                    window = words[start:start + len(run)]
                    if all(_variants(w) & set(token_variants(r))
                           for w, r in zip(window, run, strict=True)) or _one_place(
                            " ".join(window), " ".join(run)):
                        found.add(range(start, start + len(run)))
        return list(found)

    def at(self, words: tuple[str, ...]) -> set[int]:
        """The positions of words (folded by text_tokens) that stand in a known place's name
        (spans)."""
        return {i for span in self.spans(words) for i in span}

    def whole(self, typed: str) -> bool:
        """Whether each part of a place typed ("Tal Afar, Siba Sheikh Khidir") is one known
        place's name of two words or more, whole: nothing in it to read as a name. "Hardan,
        Sinjar" is read: Hardan may be a brother."""
        parts = [words for p in _PARTS.split(typed) if (words := text_tokens(p))]
        return bool(parts) and all(range(len(words)) in self.spans(words) for words in parts)
