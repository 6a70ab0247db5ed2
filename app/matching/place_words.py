"""The words of a place a user typed that stand in a known place's name: never a person's there."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from app.matching.kin_words import kin_word_beside
from app.matching.namesim import text_tokens
from app.matching.places import one_place
from app.text.normalize import token_variants

# Arabic letters glued before a place's article: بالرقة (in Raqqa), والموصل, للرقة's ل
_GLUED = "وبلفك"
# A place's name right after one of these is a person's as likely: "with Hardan", مع سيبا
_WITH = frozenset(t for w in ("with", "w/", "مع", "ومع", "digel", "ligel", "bi", "لەگەڵ",
                              "لگەل", "tevî") for t in text_tokens(w))
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
    """Known places' names, each a run of folded words (Siba Sheikh Khidir: siba sheikh
    khidir), found only whole, as the place is named: Sheikh Khidir alone is a man's name
    (the sheikhs' caste writes it so), Siba, Hardan and Kurdistan are women's and men's too.
    A name of two words or more is found in any spelling matching takes for that place
    (Siba Shaikh Khidir, Siba Sh. Khidir: places.one_place); one of a word only as spelt.
    A read as a place held back a freed woman's own village, Siba Sheikh Khidir, for a
    brother Khidir; read wrongly, "with her sister Siba" printed where a sister is held."""

    def __init__(self, spellings: Iterable[str]) -> None:
        runs = {words for s in spellings if (words := text_tokens(s))}
        # by each variant of each word: (the run, where the word stands in it)
        self._by_word: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for run in runs:
            for j, word in enumerate(run if len(run) > 1 else run[:1]):
                for v in token_variants(word):
                    self._by_word.setdefault(v, []).append((run, j))

    def spans(self, words: tuple[str, ...]) -> list[range]:
        """Where a known place's name stands whole in words (folded by text_tokens), unless a
        kinship word stands within two words of it or "with" right before it: "her sister
        Siba", "مع اختها سيبا", "with Hardan" name a person as likely, and a place held back
        costs a line where a person printed may cost a life."""
        found: set[range] = set()
        for i, word in enumerate(words):
            for v in _variants(word):
                for run, j in self._by_word.get(v, ()):
                    start = i - j
                    if start < 0 or start + len(run) > len(words):
                        continue
                    window = words[start:start + len(run)]
                    if all(_variants(w) & set(token_variants(r))
                           for w, r in zip(window, run, strict=True)) or (
                            len(run) > 1 and _one_place(" ".join(window), " ".join(run))):
                        found.add(range(start, start + len(run)))
        return [s for s in found if not kin_word_beside(words, s)
                and not (s.start and words[s.start - 1] in _WITH)]

    def at(self, words: tuple[str, ...]) -> set[int]:
        """The positions of words (folded by text_tokens) that stand in a known place's name
        (spans)."""
        return {i for span in self.spans(words) for i in span}

    def whole(self, typed: str) -> bool:
        """Whether each part of a place typed ("Hardan, Sinjar") is one known place's name,
        whole: nothing in it to read as a name. "Siba Hardan", two places' names with no comma
        between, is also a woman Siba daughter of Hardan: read."""
        parts = [words for p in _PARTS.split(typed) if (words := text_tokens(p))]
        return bool(parts) and all(range(len(words)) in self.spans(words) for words in parts)
