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


def _sequences(p: Person) -> list[dict[int, tuple[str, ...]]]:
    """The full name as slot -> skeleton readings (0 given, 1 father, 2 grandfather, 3 family):
    once per script, and once mixed (each part in whichever script it has) for a row that is
    half Arabic, half Latin. When a part holds several words (a whole name typed in the first
    column) the words are read in order instead.
    """
    out: list[dict[int, tuple[str, ...]]] = []
    for scripts in (("original",), ("latin",), ("original", "latin")):
        parts = []
        for part in FULL_NAME_ORDER:
            text = p.names.get(part, NameText())
            got = next((t for s in scripts if (t := getattr(text, s).strip())), "")
            parts.append([sk for w in text_tokens(got) if (sk := _word_skeletons(w))])
        if all(len(words) <= 1 for words in parts):
            slots = {i: words[0] for i, words in enumerate(parts) if words}
        else:
            flat = [sk for words in parts for sk in words]
            slots = dict(enumerate(flat[:4]))
        if slots and slots not in out:
            out.append(slots)
    return out


def _join(*alternatives: tuple[str, ...]) -> set[str]:
    keys = {""}
    for alts in alternatives:
        keys = {f"{k}|{a}" if k else a for k in keys for a in alts}
    return keys


def filled(p: Person) -> int:
    """Which of given, father, grandfather, family the record has, as bits."""
    mask = 0
    for slots in _sequences(p):
        for i in slots:
            mask |= 1 << i
    return mask


def _weak_pair_needed(mask_a: int, mask_b: int) -> bool:
    """Two records that share fewer than three name parts cannot meet on a strong key."""
    return (mask_a & mask_b).bit_count() < 3


def person_keys(p: Person) -> set[str]:
    """The blocking keys of one record (both scripts); weak ones start with WEAK."""
    keys: set[str] = set()
    for slots in _sequences(p):
        if 0 not in slots:
            continue  # no given name: nothing specific enough to block on
        keys.update(WEAK + k for k in _join(slots[0], slots.get(1, ("",))))
        # Given name plus two more parts (father, grandfather, family alone are what sisters
        # share). For given, father, grandfather also each word cut to its first consonant, for
        # a misspelt word (not with the family name: a clan is shared by thousands, and those
        # blocks would be huge).
        for i, j in ((1, 2), (1, 3), (2, 3)):
            if i in slots and j in slots:
                tag = f"{i}{j}"
                keys.update(tag + k for k in _join(slots[0], slots[i], slots[j]))
                if (i, j) != (1, 2):
                    continue
                cut = {n: tuple({sk[0] for sk in slots[n]}) for n in (0, i, j)}
                keys.update(tag + "a" + k for k in _join(cut[0], slots[i], slots[j]))
                keys.update(tag + "b" + k for k in _join(slots[0], cut[i], slots[j]))
                keys.update(tag + "c" + k for k in _join(slots[0], slots[i], cut[j]))
    return keys


@dataclass
class Candidate:
    id: int
    score: MatchScore


@dataclass
class _Entry:
    prepared: Prepared
    filled: int


class BlockIndex:
    """Blocking keys of a collection of records, for matching new records against it."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[int]] = defaultdict(list)
        self.entries: dict[int, _Entry] = {}

    def add(self, pid: int, person: Person) -> None:
        self.entries[pid] = _Entry(prepare(person), filled(person))
        for k in person_keys(person):
            self.blocks[k].append(pid)

    def candidate_ids(self, person: Person, limit: int = 25) -> list[int]:
        """Records sharing keys with person, those sharing the most keys first."""
        hits: Counter[int] = Counter()
        mask = filled(person)
        for k in person_keys(person):
            members = self.blocks.get(k)
            if not members or len(members) > MAX_BLOCK * 4:
                continue
            if k.startswith(WEAK):
                members = [m for m in members
                           if _weak_pair_needed(mask, self.entries[m].filled)]
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

    keyed: (id, keys, filled parts). A weak key pairs only records that share fewer than three
    name parts (the others meet on strong keys).
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    mask: dict[int, int] = {}
    for pid, keys, m in keyed:
        mask[pid] = m
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
                if weak and not _weak_pair_needed(mask[a], mask[b]):
                    continue
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield a, b


def find_duplicates(persons: dict[int, Person], threshold: float = DUPLICATE_THRESHOLD,
                    is_excluded: Callable[[int, int], bool] | None = None,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> list[tuple[int, int, MatchScore]]:
    """Likely duplicate pairs inside one collection, best first, with explanations."""
    keyed = [(pid, person_keys(p), filled(p)) for pid, p in persons.items()]
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
