"""Matching staged rows against the vault and against earlier rows of the same file.

Candidates come from blocks on the normalised given + father names (+ the grandfather's first
letters) within one script, ranked by a fast part-by-part score, so that 100,000 rows against
100,000 persons take seconds. The matching engine (app.matching.score) then scores the best
candidate and explains the verdict field by field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz.fuzz import ratio

from app.domain.person import NamePart, Person, Sex
from app.matching.score import score_persons

# On the matching engine's scale: given + father + grandfather + village agreeing is 0.979.
CERTAIN = 0.975
PROBABLE = 0.83  # the engine's own threshold for proposing a duplicate
PREFILTER = 0.75  # fast score below which the engine is not asked
_WEIGHTS = {NamePart.GIVEN: 0.35, NamePart.FATHER: 0.3, NamePart.GRANDFATHER: 0.2,
            NamePart.FAMILY: 0.15}
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و",
                          "ئ": "ي", "ک": "ك", "ی": "ي", "ە": "ه", "ڕ": "ر", "ڵ": "ل", "ۆ": "و",
                          "ێ": "ي", "ـ": None})
_AR_MARKS = re.compile("[\u064b-\u065f\u0670]")
_LAT_PARTICLE = re.compile(r"^(al|el|ul)[- ]?(?=\w{3})")
_PARTICLES = {"al", "el", "ul", "bin", "ibn", "bint", "abu", "ال"}
_DOUBLE = re.compile(r"([^\W\d_])\1+")  # letters only: "Given11" is not "Given1"


@lru_cache(maxsize=200_000)  # names repeat endlessly across a list: normalise each spelling once
def norm(text: str) -> str:
    """A name as a matching key: Arabic letter forms unified, Latin folded (never displayed)."""
    t = _AR_MARKS.sub("", unicodedata.normalize("NFC", text)).translate(_AR_FOLD)
    t = "".join(ch for ch in unicodedata.normalize("NFKD", t.casefold())
                if not unicodedata.combining(ch) or "\u0600" <= ch <= "\u06ff")
    words = [_LAT_PARTICLE.sub("", w) for w in t.split() if w not in _PARTICLES]
    words = [re.sub(r"^ال(?=\w{3})", "", w) for w in words]
    return _DOUBLE.sub(r"\1", re.sub(r"[^\w]+", " ", " ".join(words)).strip())


@dataclass(frozen=True)
class Keys:
    """The normalised name parts of a person, per script."""

    parts: dict[tuple[NamePart, str], str]
    sex: Sex
    birth: tuple[int, int] | None
    village: str

    @classmethod
    def of(cls, p: Person) -> Keys:
        parts = {}
        for part in _WEIGHTS:
            text = p.names.get(part)
            if text is None:
                continue
            for script in ("original", "latin"):
                value = norm(getattr(text, script))
                if value:
                    parts[(part, script)] = value
        birth = None
        if p.birth.earliest and p.birth.latest:
            birth = (p.birth.earliest.year, p.birth.latest.year)
        return cls(parts, p.sex, birth, norm(p.origin_village))

    @cached_property
    def blocks(self) -> list[str]:
        """Block keys per script: given | father | the grandfather's first letters.

        Without a grandfather in that script the key ends in "-s" when the record has no name in
        the other script (solo) and "-b" when it has: a record with both scripts is found
        through its other script's key, so the large "-b" blocks of common given + father
        names need not be searched for rows that also have that other script.
        """
        out = []
        scripts = {s for (_, s) in self.parts}
        for script in ("original", "latin"):
            g = self.parts.get((NamePart.GIVEN, script))
            if not g:
                continue
            f = self.parts.get((NamePart.FATHER, script), "")
            gf = self.parts.get((NamePart.GRANDFATHER, script), "")
            tail = gf[:3] if gf else ("-b" if len(scripts) > 1 else "-s")
            out.append(f"{script}|{g}|{f}|{tail}")
        return out

    def identity(self) -> str:
        """A stable text key of the name, for recognising the same row in a later version."""
        return ";".join(f"{p.value}.{s}={v}" for (p, s), v in sorted(self.parts.items()))


@dataclass(frozen=True)
class Match:
    score: float
    explain: str
    person_id: int | None = None  # a vault person
    row_number: int | None = None  # an earlier row of the same file


def score(a: Keys, b: Keys, explain: bool = True) -> tuple[float, str]:
    """Weighted agreement of the name parts both sides have, lowered by conflicts; explained."""
    total = weight = 0.0
    notes = []
    bp = b.parts
    for key, value in a.parts.items():
        other = bp.get(key)
        if other is None:
            continue
        sim = 1.0 if value == other else ratio(value, other) / 100
        w = _WEIGHTS[key[0]]
        total += w * sim
        weight += w
        if explain:
            notes.append(f"{key[0].value} {sim:.2f}")
    if weight < _WEIGHTS[NamePart.GIVEN] + _WEIGHTS[NamePart.FATHER] - 1e-9:
        return 0.0, "too few name parts in common"
    s = total / weight
    if weight < 0.8:  # only given + father compared: never certain on that alone
        s = min(s, 0.96)
    if a.sex != b.sex and Sex.UNKNOWN not in (a.sex, b.sex):
        s *= 0.5
        notes.append("sex differs")
    if a.birth and b.birth and (a.birth[0] > b.birth[1] + 2 or b.birth[0] > a.birth[1] + 2):
        s *= 0.8
        notes.append("birth years differ")
    if a.village and b.village and a.village != b.village:
        s *= 0.95
        notes.append("village differs")
    return s, ", ".join(notes)


class Index:
    """Blocks of candidates; add persons (vault) or rows (file) and ask for the best match."""

    MAX_WIDE = 300  # candidates looked at across the blocks of one given + father

    def __init__(self) -> None:
        self.blocks: dict[str, list[tuple[Keys, int]]] = {}
        self.wide: dict[str, list[str]] = {}  # "script|given|father|" -> its block keys

    def add(self, keys: Keys, ref: int) -> None:
        for b in keys.blocks:
            if b not in self.blocks:
                self.blocks[b] = []
                self.wide.setdefault(b[:b.rindex("|") + 1], []).append(b)
            self.blocks[b].append((keys, ref))

    def _candidates(self, keys: Keys):
        for b in keys.blocks:
            prefix = b[:b.rindex("|") + 1]
            if b.endswith("-b"):  # others with both scripts meet through the other script
                yield from self.blocks.get(prefix + "-s", ())
            elif b.endswith("-s"):  # no grandfather and no other script: look wider, bounded
                yield from self._bounded(self.wide.get(prefix, ()))
            else:  # the same grandfather's letters, or no grandfather at all
                yield from self.blocks.get(b, ())
                yield from self._bounded((prefix + "-s", prefix + "-b"))

    def _bounded(self, block_keys):
        n = 0
        for key in block_keys:
            for c in self.blocks.get(key, ()):
                n += 1
                if n > self.MAX_WIDE:
                    return
                yield c

    def best(self, keys: Keys) -> tuple[float, str, int] | None:
        best = None
        seen = set()
        for other, ref in self._candidates(keys):
            if ref in seen:
                continue
            seen.add(ref)
            s, _ = score(keys, other, explain=False)
            if best is None or s > best[0]:
                best = (s, other, ref)
        if best is None:
            return None
        s, why = score(keys, best[1])
        return s, why, best[2]


class RowMatcher:
    """Matches each row against the vault and the rows before it in the same file.

    The fast same-script blocks above find candidates; the matching engine's record score
    (app.matching.score, with its per-field explanation) decides for the best of them.
    """

    def __init__(self, vault: Iterable[Person]) -> None:
        self.vault = Index()
        self.vault_persons: dict[int, Person] = {}
        for p in vault:
            self.vault.add(Keys.of(p), p.id)
            self.vault_persons[p.id] = p
        self.file = Index()
        self.file_persons: dict[int, Person] = {}

    def _judge(self, person: Person, found, others: dict[int, Person]) -> tuple[float, str] | None:
        if found is None or found[0] < PREFILTER:
            return None
        ms = score_persons(person, others[found[2]])
        return ms.score, ms.summary()

    def match(self, person: Person, row_number: int) -> tuple[Keys, Match | None]:
        keys = Keys.of(person)
        best = None
        in_vault = self.vault.best(keys)
        judged = self._judge(person, in_vault, self.vault_persons)
        if judged and judged[0] >= PROBABLE:
            best = Match(judged[0], judged[1], person_id=in_vault[2])
        in_file = self.file.best(keys)
        judged = self._judge(person, in_file, self.file_persons)
        if judged and judged[0] >= PROBABLE and (best is None or judged[0] > best.score):
            best = Match(judged[0], judged[1], row_number=in_file[2])
        self.file.add(keys, row_number)
        self.file_persons[row_number] = person
        return keys, best
