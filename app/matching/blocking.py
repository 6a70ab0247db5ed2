"""Candidate generation: only records that share a blocking key are ever scored.

Keys are built from the consonant skeletons of a full name's words in the cross-script alphabet,
so خليل الياس حسن and Khaleel Elias Hassan share "hl|als|hsn". Three words make a key: two
would put every pair of sisters (same father and grandfather) or every pair of namesakes in one
block, and at 100,000 persons that is millions of pairs. One word may be misspelt: keys are made
from every three of the first four words that include the given name, and from the first three
with one of them cut to its first consonant. Records of one or two words meet others on
weaker keys, used only for them.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from app.domain.errors import Cancelled
from app.domain.person import FULL_NAME_ORDER, NameText, Person
from app.matching.namesim import text_tokens
from app.matching.score import MatchScore, Prepared, given_rules_out, prepare, score_prepared
from app.text.keys import phonetic_variants, skeleton_of

# A block larger than this is a very common combination of names; its pairs are still found
# through the records' other keys.
MAX_BLOCK = 300
DUPLICATE_THRESHOLD = 0.87
# Weak keys (two words, or one) carry this mark: pairs from them are scored only when one of the
# two records is that short.
WEAK = "~"

Progress = Callable[[int, int], None]


@lru_cache(maxsize=200_000)
def _word_skeletons(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in map(skeleton_of, phonetic_variants(word)) if s))


def _sequences(p: Person) -> list[list[tuple[str, ...]]]:
    """The full name as a list of words, each as its skeleton readings: once per script, and
    once mixed (each part in whichever script it has) for a row that is half Arabic, half Latin.
    """
    out = []
    for scripts in (("original",), ("latin",), ("original", "latin")):
        words = []
        for part in FULL_NAME_ORDER:
            text = p.names.get(part, NameText())
            got = next((t for s in scripts if (t := getattr(text, s).strip())), "")
            for w in text_tokens(got):
                sk = _word_skeletons(w)
                if sk:
                    words.append(sk)
        if words and words not in out:
            out.append(words)
    return out


def _join(*alternatives: tuple[str, ...]) -> set[str]:
    keys = {""}
    for alts in alternatives:
        keys = {f"{k}|{a}" if k else a for k in keys for a in alts}
    return keys


def name_length(p: Person) -> int:
    return max((len(w) for w in _sequences(p)), default=0)


def person_keys(p: Person) -> set[str]:
    """The blocking keys of one record (both scripts); weak ones start with WEAK."""
    keys: set[str] = set()
    for words in _sequences(p):
        n = len(words)
        if n == 1:
            keys.update(WEAK + k for k in words[0])
            continue
        keys.update(WEAK + k for k in _join(words[0], words[1]))
        if n < 3:
            continue
        # Every three of the first four words that include the given name (father, grandfather
        # and family alone are what sisters share).
        for i, j, k in combinations(range(min(n, 4)), 3):
            if i == 0:
                keys.update(_join(words[i], words[j], words[k]))
        # One misspelt word among the first three: that word by its first consonant only.
        first = [tuple({s[0] for s in w}) for w in words[:3]]
        keys.update("1" + k for k in _join(first[0], words[1], words[2]))
        keys.update("2" + k for k in _join(words[0], first[1], words[2]))
        keys.update("3" + k for k in _join(words[0], words[1], first[2]))
    return keys


@dataclass
class Candidate:
    id: int
    score: MatchScore


@dataclass
class _Entry:
    prepared: Prepared
    length: int


class BlockIndex:
    """Blocking keys of a collection of records, for matching new records against it."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[int]] = defaultdict(list)
        # Weak keys of short records only: what a complete incoming name may still meet.
        self.short_blocks: dict[str, list[int]] = defaultdict(list)
        self.entries: dict[int, _Entry] = {}

    def add(self, pid: int, person: Person) -> None:
        n = name_length(person)
        self.entries[pid] = _Entry(prepare(person), n)
        for k in person_keys(person):
            self.blocks[k].append(pid)
            if n < 3 and k.startswith(WEAK):
                self.short_blocks[k].append(pid)

    def candidate_ids(self, person: Person, limit: int = 25) -> list[int]:
        """Records sharing keys with person, those sharing the most keys first."""
        hits: Counter[int] = Counter()
        short = name_length(person) < 3
        for k in person_keys(person):
            members = (self.blocks if short or not k.startswith(WEAK) else self.short_blocks
                       ).get(k)
            if members and len(members) <= MAX_BLOCK * 4:
                hits.update(members)
        return [pid for pid, _ in hits.most_common(limit)]

    def best_matches(self, person: Person, limit: int = 5, min_score: float = 0.5,
                     exclude: Callable[[int], bool] | None = None) -> list[Candidate]:
        """Scored candidates for one incoming record, best first, with explanations."""
        me = prepare(person)
        scored = []
        for pid in self.candidate_ids(person):
            if exclude and exclude(pid):
                continue
            s = score_prepared(me, self.entries[pid].prepared, explain=False).score
            if s >= min_score:
                scored.append((s, pid))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [Candidate(pid, score_prepared(me, self.entries[pid].prepared))
                for _, pid in scored[:limit]]


def candidate_pairs(keyed: Iterable[tuple[int, set[str], int]]) -> Iterator[tuple[int, int]]:
    """Every pair of records that share a key, each pair once (lower id first).

    keyed: (id, keys, name length). A weak key pairs only records where one side is short.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    length: dict[int, int] = {}
    for pid, keys, n in keyed:
        length[pid] = n
        for k in keys:
            blocks[k].append(pid)
    seen: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        members = sorted(set(members))
        weak = key.startswith(WEAK)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if weak and length[a] >= 3 and length[b] >= 3:
                    continue
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield a, b


def find_duplicates(persons: dict[int, Person], threshold: float = DUPLICATE_THRESHOLD,
                    is_excluded: Callable[[int, int], bool] | None = None,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> list[tuple[int, int, MatchScore]]:
    """Likely duplicate pairs inside one collection, best first, with explanations."""
    keyed = [(pid, person_keys(p), name_length(p)) for pid, p in persons.items()]
    prepared = {pid: prepare(p) for pid, p in persons.items()}
    pairs = list(candidate_pairs(keyed))
    out = []
    for n, (a, b) in enumerate(pairs):
        if n % 2000 == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled("the duplicate search was cancelled")
            if progress is not None:
                progress(n, len(pairs))
        if is_excluded is not None and is_excluded(a, b):
            continue
        if given_rules_out(prepared[a], prepared[b], threshold):
            continue
        if score_prepared(prepared[a], prepared[b], explain=False).score >= threshold:
            out.append((a, b, score_prepared(prepared[a], prepared[b])))
    if progress is not None:
        progress(len(pairs), len(pairs))
    out.sort(key=lambda t: (-t[2].score, t[0], t[1]))
    return out
