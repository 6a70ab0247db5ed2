"""Candidate generation: only records that share a blocking key are ever scored.

A key is two consonant skeletons from a full name (given|father, given|grandfather,
father|grandfather, given|family) in the cross-script alphabet, so خليل الياس and Khaleel Elias
share "hl|als". A typo in one name part still leaves another pair of parts to meet on.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.domain.errors import Cancelled
from app.domain.person import FULL_NAME_ORDER, NameText, Person
from app.matching.score import MatchScore, score_persons
from app.text.keys import phonetic_variants, skeleton_of
from app.text.normalize import tokens

# Which token pairs of a full name make a key: (0, 1) is given|father.
_KEY_PAIRS = ((0, 1), (0, 2), (1, 2), (0, 3), (1, 3), (2, 3))
# A block larger than this is a very common pair of names; pairs inside it are still found
# through the person's other keys, and scoring a 2,000-member block would cost 2 million pairs.
MAX_BLOCK = 400
DUPLICATE_THRESHOLD = 0.83

Progress = Callable[[int, int], None]


def _word_skeletons(word: str) -> list[str]:
    return list(dict.fromkeys(s for s in map(skeleton_of, phonetic_variants(word)) if s))


def _sequences(p: Person) -> list[list[list[str]]]:
    """Per script: the full name as a list of words, each a list of its skeleton readings."""
    out = []
    for script in ("original", "latin"):
        words: list[list[str]] = []
        for part in FULL_NAME_ORDER:
            for w in tokens(getattr(p.names.get(part, NameText()), script)):
                sk = _word_skeletons(w)
                if sk:
                    words.append(sk)
        if words:
            out.append(words)
    return out


def person_keys(p: Person) -> set[str]:
    """The blocking keys of one record (both scripts)."""
    keys: set[str] = set()
    for words in _sequences(p):
        if len(words) == 1:
            keys.update(words[0])  # a lone given name: weak, but better than never meeting
            continue
        for i, j in _KEY_PAIRS:
            if j < len(words):
                keys.update(f"{a}|{b}" for a in words[i] for b in words[j])
        # A letter lost at the end of both given and father's name (نوة, ديل): their first two
        # consonants still meet.
        keys.update(f"{a[:2]}:{b[:2]}" for a in words[0] for b in words[1])
    return keys


@dataclass
class Candidate:
    id: int
    score: MatchScore


class BlockIndex:
    """Blocking keys of a collection of records, for matching new records against it."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[int]] = defaultdict(list)
        self.persons: dict[int, Person] = {}

    def add(self, pid: int, person: Person, keys: Iterable[str] | None = None) -> None:
        self.persons[pid] = person
        for k in person_keys(person) if keys is None else keys:
            self.blocks[k].append(pid)

    def candidate_ids(self, person: Person, limit: int = 60) -> list[int]:
        """Records sharing keys with person, those sharing the most keys first."""
        hits: Counter[int] = Counter()
        for k in person_keys(person):
            members = self.blocks.get(k)
            if members and len(members) <= MAX_BLOCK * 5:
                hits.update(members)
        return [pid for pid, _ in hits.most_common(limit)]

    def best_matches(self, person: Person, limit: int = 5, min_score: float = 0.5,
                     exclude: Callable[[int], bool] | None = None) -> list[Candidate]:
        """Scored candidates for one incoming record, best first."""
        out = []
        for pid in self.candidate_ids(person):
            if exclude and exclude(pid):
                continue
            s = score_persons(person, self.persons[pid])
            if s.score >= min_score:
                out.append(Candidate(pid, s))
        out.sort(key=lambda c: -c.score.score)
        return out[:limit]


def candidate_pairs(keyed: Iterable[tuple[int, set[str]]]) -> Iterator[tuple[int, int]]:
    """Every pair of records that share a key, each pair once (lower id first)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for pid, keys in keyed:
        for k in keys:
            blocks[k].append(pid)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        members = sorted(set(members))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield a, b


def find_duplicates(persons: dict[int, Person], threshold: float = DUPLICATE_THRESHOLD,
                    is_excluded: Callable[[int, int], bool] | None = None,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> list[tuple[int, int, MatchScore]]:
    """Likely duplicate pairs inside one collection, best first."""
    keyed = [(pid, person_keys(p)) for pid, p in persons.items()]
    pairs = list(candidate_pairs(keyed))
    out = []
    for n, (a, b) in enumerate(pairs):
        if cancel is not None and n % 1000 == 0 and cancel.is_set():
            raise Cancelled("the duplicate search was cancelled")
        if progress is not None and n % 5000 == 0:
            progress(n, len(pairs))
        if is_excluded is not None and is_excluded(a, b):
            continue
        s = score_persons(persons[a], persons[b])
        if s.score >= threshold:
            out.append((a, b, s))
    if progress is not None:
        progress(len(pairs), len(pairs))
    out.sort(key=lambda t: -t[2].score)
    return out
