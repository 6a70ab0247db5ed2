"""Of results that score alike, those whose names hold the query as it was typed come first."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from functools import lru_cache

from app.text.normalize import tokens, without_invisibles

# A name's words with their marks (Latin accents, harakat) and a Sorani word's inner joiner.
_WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670\u200c]+")


@lru_cache(maxsize=1 << 16)  # names repeat: read again for every search as you type
def written_words(text: str) -> tuple[str, ...]:
    """A name's words letter for letter: only what no one sees in them (direction marks,
    tatweel) taken out, and Latin capitals read as small."""
    return tuple(_WORD.findall(unicodedata.normalize("NFC", without_invisibles(text)).casefold()))


def holds(words: list[str] | tuple[str, ...], have: Collection[str], typing: bool) -> bool:
    """Whether have holds every word (the last of a query still being typed need only begin
    one of them)."""
    return bool(words) and all(w in have or (typing and i == len(words) - 1
                                             and any(h.startswith(w) for h in have))
                               for i, w in enumerate(words))


def typed_ranks(query: str, typing: bool, tied: list[list[int]],
                folded: Callable[[int], Collection[str]],
                written: Callable[[list[int]], dict[int, list[str]]]) -> dict[int, int]:
    """For the persons of each group that score alike (tied): 0 when her names hold every word
    of the query letter for letter, 1 when they do once folded (folded: her folded name
    words), 2 when neither. written (her names as stored) is read only for a group where more
    than one holds the query folded: the only ones the letters typed can tell apart.

    Folding makes نەسرین and نسرين one word, so every Arabic-spelled Nisreen scored as the
    Sorani-spelled one typed, and ties went by case number: the woman written as typed came
    8th of eight."""
    words = tokens(query, typing=typing)
    rank = {pid: 1 if holds(words, folded(pid), typing) else 2 for group in tied for pid in group}
    read = [pid for group in tied if sum(rank[p] == 1 for p in group) > 1
            for pid in group if rank[pid] == 1]
    if read:
        typed = written_words(query)
        for pid, texts in written(read).items():
            if holds(typed, {w for t in texts for w in written_words(t)}, typing):
                rank[pid] = 0
    return rank
