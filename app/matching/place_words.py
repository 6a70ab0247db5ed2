"""The words of a place a user typed that stand in a known place's name: never a person's there."""

from __future__ import annotations

from collections.abc import Iterable

from app.matching.namesim import text_tokens
from app.text.normalize import token_variants

# Arabic letters glued before a place's article: بالرقة (in Raqqa), والموصل, للرقة's ل
_GLUED = "وبلفك"


def _variants(word: str) -> set[str]:
    """The folded word, without a glued article (الرقه: رقه), and without a glued
    preposition or conjunction before the article (بالرقه: الرقه, رقه)."""
    out = set(token_variants(word))
    if len(word) > 4 and word[0] in _GLUED and word[1:3] == "ال":
        out.update(token_variants(word[1:]))
    return out


class PlaceNames:
    """Known places' names, each a run of folded words (Siba Sheikh Khidir: siba sheikh
    khidir), and the two words or more in a row of a longer one (Sheikh Khidir). A village is
    named after a saint or a man (Khidir), and read as a person's name her own village Siba
    Sheikh Khidir was held back from her paper for a brother Khidir still held."""

    def __init__(self, spellings: Iterable[str]) -> None:
        runs: set[tuple[str, ...]] = set()
        for spelling in spellings:
            words = text_tokens(spelling)
            runs.update(words[i:j] for i in range(len(words))
                        for j in range(i + (1 if i == 0 and len(words) == 1 else 2),
                                       len(words) + 1))
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for run in runs:
            for v in token_variants(run[0]):
                self._by_first.setdefault(v, []).append(run)

    def at(self, words: tuple[str, ...]) -> set[int]:
        """The positions of words (folded by text_tokens) that stand in a known place's name."""
        found: set[int] = set()
        for i, word in enumerate(words):
            for v in _variants(word):
                for run in self._by_first.get(v, ()):
                    if i + len(run) <= len(words) and all(
                            _variants(words[i + j]) & set(token_variants(w))
                            for j, w in enumerate(run[1:], 1)):
                        found.update(range(i, i + len(run)))
        return found
