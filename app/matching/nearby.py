"""The records a few rows can meet in blocking, found through the search index's name words
instead of reading the whole vault: New person's check at 100,000 persons reads thousands.

Exact, not approximate: every record sharing a blocking key with a row is among those found,
so the rows' blocks (and so their candidates and scores) are what the whole vault gives.
Why that holds: every blocking key is made of the skeletons of two or more of a record's
name words in distinct places (given with father, grandfather or family; a word may be cut to
its first consonant, or past a y read as the hamza's seat, but two stay whole), except the
weak key of a given name with no father's name. So a record sharing a key shares whole
skeletons with the row in two of its
name words: two postings (word, part) in the index, or one word repeated in one name cell
(read word by word), whose skeletons then fall in two of the row's places. The other exception,
her given name alone (blocking.ALONE), pairs only a record holding nothing but a given name: a
record whose one shared word is a given name, and that has no father's, grandfather's or family
name, is read too (RowReach.given_alone holds those to ask the index about). The third, her
kunya (blocking.KUNYA: أم خالد), pairs records known by one: every record whose nickname or
alias holds a word of the skeleton of the child a row's kunya names is read (kunya_word_ids).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from app.domain.person import FULL_NAME_ORDER, NamePart, Person
from app.matching.blocking import WEAK, _sequences, _word_skeletons, kunyas, person_keys

# Only these parts make blocking keys (mother words do not; nickname and alias words only a
# kunya's, KUNYA_PARTS).
KEYED_PARTS = tuple(str(p) for p in FULL_NAME_ORDER)
GIVEN, BEYOND_GIVEN = KEYED_PARTS[0], KEYED_PARTS[1:]
KUNYA_PARTS = (str(NamePart.NICKNAME), "alias")


class Vocabulary:
    """Skeleton -> ids of the index's words that have it; grown as words are added."""

    def __init__(self) -> None:
        self.by_skeleton: dict[str, list[int]] = defaultdict(list)
        self.skeletons: dict[int, frozenset[str]] = {}
        self.last_id = 0

    def add(self, words: Iterable[tuple[int, str]]) -> None:
        for wid, word in words:
            sks = frozenset(_word_skeletons(word))
            self.skeletons[wid] = sks
            for sk in sks:
                self.by_skeleton[sk].append(wid)
            self.last_id = max(self.last_id, wid)


class RowReach:
    """What one row can meet: the words to look up, and which records' postings qualify."""

    def __init__(self, row: Person, vocabulary: Vocabulary) -> None:
        self.readings = [{slot: frozenset(sks) for slot, sks in r.items()}
                         for r in _sequences(row)]
        elements = {sk for r in self.readings for sks in r.values() for sk in sks}
        self.word_ids = sorted({w for sk in elements for w in vocabulary.by_skeleton.get(sk, ())})
        self._skeletons = vocabulary.skeletons
        # A row with a given name and no father's name keys "~given|": one word is enough.
        self.one_word_enough = any(k.startswith(WEAK) and k.endswith("|")
                                   for k in person_keys(row))
        self.given_alone: set[int] = set()

    def _two_places(self, wid: int) -> bool:
        """One word of a record can stand in two places only when repeated in one cell: then
        its skeletons meet two of the row's places in one reading."""
        sks = self._skeletons[wid]
        return any(sum(1 for place in r.values() if place & sks) >= 2 for r in self.readings)

    def records(self, postings: Iterable[tuple[int, int, str]]) -> set[int]:
        """The person ids among postings (word id, person id, part) that may share a key."""
        mine = set(self.word_ids)
        hits: dict[int, set[tuple[int, str]]] = defaultdict(set)
        for wid, pid, part in postings:
            if wid in mine:
                hits[pid].add((wid, part))
        if self.one_word_enough:
            return set(hits)
        found = {pid for pid, got in hits.items()
                 if len(got) >= 2 or self._two_places(next(iter(got))[0])}
        # Her given name alone keys her with a record that holds nothing but it: those among
        # the rest whose shared word is a given name are worth asking the index about.
        self.given_alone = {pid for pid, got in hits.items()
                            if pid not in found and all(part == GIVEN for _, part in got)}
        return found


def kunya_word_ids(rows: Iterable[Person], vocabulary: Vocabulary) -> list[int]:
    """The index's words a record known by one of the rows' kunyas holds in her nickname or
    alias: those of the skeletons of the children the kunyas name."""
    return sorted({w for row in rows for child in kunyas(row) for sk in _word_skeletons(child)
                   for w in vocabulary.by_skeleton.get(sk, ())})
