"""Matching staged rows against the vault and against earlier rows of the same file.

A small, explainable scorer used until the matching engine (app/matching) is wired in: names are
normalised per script (TEXT.md), compared part by part with rapidfuzz, and candidates are found
through a block on the normalised given + father names so 100,000 rows against 100,000 persons
stay fast. Birth years that cannot agree and opposite sexes lower the score.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from app.domain.person import NamePart, Person, Sex

CERTAIN = 0.97
PROBABLE = 0.85
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

    def blocks(self) -> list[str]:
        """Block keys: script, given, father and the grandfather's first letter ('-' if none).

        The grandfather's letter splits the large blocks of common given + father names
        (100,000 rows of a common name stock made blocks of ~70 and matching quadratic).
        """
        out = []
        for script in ("original", "latin"):
            g = self.parts.get((NamePart.GIVEN, script))
            f = self.parts.get((NamePart.FATHER, script))
            if g:
                gf = self.parts.get((NamePart.GRANDFATHER, script), "")
                out.append(f"{script}|{g}|{f or ''}|{gf[:1] or '-'}")
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

    MAX_WIDE = 500  # candidates looked at for a name without grandfather (all grandfathers)

    def __init__(self) -> None:
        self.blocks: dict[str, list[tuple[Keys, int]]] = {}
        self.wide: dict[str, list[str]] = {}  # "script|given|father|" -> its block keys

    def add(self, keys: Keys, ref: int) -> None:
        for b in keys.blocks():
            if b not in self.blocks:
                self.blocks[b] = []
                self.wide.setdefault(b[:-1], []).append(b)
            self.blocks[b].append((keys, ref))

    def _candidates(self, keys: Keys):
        for b in keys.blocks():
            yield from self.blocks.get(b, ())
            if b.endswith("|-"):  # no grandfather here: anyone with the same given + father
                n = 0
                for other in self.wide.get(b[:-1], ()):
                    if other != b:
                        for c in self.blocks[other]:
                            n += 1
                            if n > self.MAX_WIDE:
                                return
                            yield c
            else:  # a grandfather here: also those whose grandfather is not known
                yield from self.blocks.get(b[:-1] + "-", ())

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
    """Matches each row against the vault and the rows before it in the same file."""

    def __init__(self, vault: Iterable[Person]) -> None:
        self.vault = Index()
        for p in vault:
            self.vault.add(Keys.of(p), p.id)
        self.file = Index()

    def match(self, person: Person, row_number: int) -> tuple[Keys, Match | None]:
        keys = Keys.of(person)
        found = None
        in_vault = self.vault.best(keys)
        in_file = self.file.best(keys)
        if in_vault and in_vault[0] >= PROBABLE:
            found = Match(in_vault[0], in_vault[1], person_id=in_vault[2])
        if in_file and in_file[0] >= PROBABLE and (found is None or in_file[0] > found.score):
            found = Match(in_file[0], in_file[1], row_number=in_file[2])
        self.file.add(keys, row_number)
        return keys, found
