"""Synthetic persons with known duplicates: families (siblings share father, grandfather, family
and mother), several records of one person spelt as different lists spell them."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from bench.synth_names import FAMILY, FEMALE, MALE, VILLAGES

_HARAKAT = "\u064e\u064f\u0650\u0651\u0652"
_KURMANJI = set("êîûşçÊÎÛŞÇ")


@dataclass
class Persona:
    id: int
    sex: Sex
    given: int
    father: int
    grandfather: int
    family: int
    mother: int
    birth_year: int
    village: int
    abducted: date | None


def personas(n: int, rng: random.Random) -> list[Persona]:
    """n people in households of 1-5 children of one father, grandfather and mother."""
    out: list[Persona] = []
    while len(out) < n:
        father, grandfather = rng.randrange(len(MALE)), rng.randrange(len(MALE))
        family, mother = rng.randrange(len(FAMILY)), rng.randrange(len(FEMALE))
        village = rng.randrange(len(VILLAGES))
        taken: set[tuple[Sex, int]] = set()
        abducted = date(2014, 8, 3) + timedelta(days=rng.choice([0, 0, 0, 1, 2, 5, 12]))
        for _ in range(rng.randint(1, 5)):
            sex = rng.choice([Sex.FEMALE, Sex.FEMALE, Sex.MALE])
            given = rng.randrange(len(FEMALE if sex == Sex.FEMALE else MALE))
            if (sex, given) in taken:
                continue  # parents do not give two children one name
            taken.add((sex, given))
            out.append(Persona(len(out), sex, given, father, grandfather, family, mother,
                               rng.randint(1975, 2012), village, abducted))
    return out[:n]


def _arabic(spellings: list[str], rng: random.Random, noise: float) -> str:
    w = rng.choice(spellings)
    if rng.random() < noise:
        kind = rng.randrange(6)
        if kind == 0:  # vowel marks as a careful typist adds them
            w = "".join(c + (rng.choice(_HARAKAT) if rng.random() < 0.4 else "") for c in w)
        elif kind == 1 and w[0] == "ا":
            w = rng.choice("أإ") + w[1:]
        elif kind == 2 and len(w) > 2:
            i = rng.randrange(1, len(w) - 1)
            w = w[:i] + "\u0640" + w[i:]  # tatweel
        elif kind == 3:
            w = w.replace("ة", "ه").replace("ى", "ي").replace("ي", "ى", 1 if w.endswith("ي") else 0)
        elif kind == 4:
            w = w + "\u200c"
        elif len(w) > 3:
            i = rng.randrange(len(w))
            w = w[:i] + w[i + 1:]  # a letter lost in copying
    return w


def _latin(spellings: list[str], rng: random.Random, kurmanji: bool, noise: float) -> str:
    pool = [s for s in spellings if bool(_KURMANJI & set(s)) == kurmanji] or spellings
    w = rng.choice(pool)
    if not kurmanji and _KURMANJI & set(w):
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    if rng.random() < noise / 3 and len(w) > 3:
        i = rng.randrange(1, len(w) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            w = w[:i] + w[i + 1:]
        elif kind == 1:
            w = w[:i] + w[i] + w[i:]
        else:
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if rng.random() < 0.1:
        w = w.upper()
    return w


def render(pa: Persona, rng: random.Random, style: str | None = None,
           noise: float = 0.25, first: bool = True, complete: bool = False) -> Person:
    """One list's record of a persona; later records (first=False) lose more detail.

    complete: all four name parts, none dropped or run together (for search tests).
    """
    style = style or rng.choice(["arabic", "arabic", "english", "kurmanji", "both"])
    # Iraqi lists nearly always carry the three-part name; clan and mother's name come and go.
    drop = 0.0 if complete else 0.08 if first else 0.2
    given_list = FEMALE if pa.sex == Sex.FEMALE else MALE
    parts = [(NamePart.GIVEN, given_list[pa.given]), (NamePart.FATHER, MALE[pa.father])]
    if rng.random() > drop:
        parts.append((NamePart.GRANDFATHER, MALE[pa.grandfather]))
    if complete or rng.random() > (0.4 if first else 0.6):
        parts.append((NamePart.FAMILY, FAMILY[pa.family]))
    if rng.random() < 0.4:
        parts.append((NamePart.MOTHER, FEMALE[pa.mother]))
    p = Person(synthetic=True)
    kurmanji = style == "kurmanji"
    for part, (ar, la) in parts:
        nt = p.name(part)
        if style in ("arabic", "both"):
            nt.original = _arabic(ar, rng, noise)
        if style in ("english", "kurmanji", "both"):
            nt.latin = _latin(la, rng, kurmanji, noise)
    if not complete and rng.random() < 0.04 and len(parts) >= 3:
        # The whole name typed into the first column.
        for slot in ("original", "latin"):
            words = [getattr(p.name(pt), slot) for pt, _ in parts[:3]]
            setattr(p.name(NamePart.GIVEN), slot, " ".join(w for w in words if w))
            for pt, _ in parts[1:3]:
                setattr(p.name(pt), slot, "")
    p.sex = pa.sex if rng.random() < 0.85 else Sex.UNKNOWN
    if rng.random() < 0.6:
        year = pa.birth_year + (0 if first or rng.random() < 0.7 else rng.choice([-1, 1]))
        p.birth = FuzzyDate.parse(f"about {year}" if rng.random() < 0.2 else str(year))
    if rng.random() < 0.7:
        ar, la = VILLAGES[pa.village]
        p.origin_village = rng.choice(ar) if style == "arabic" else rng.choice(la)
    if pa.abducted and rng.random() < 0.5:
        p.abduction_date = FuzzyDate.exact(pa.abducted)
    return p


def records(n_personas: int, seed: int = 7, dup_rate: float = 0.2, noise: float = 0.25
            ) -> tuple[list[Person], list[int]]:
    """Records and, for each, the persona it describes; about dup_rate of people appear twice
    or three times, in different scripts and spellings."""
    rng = random.Random(seed)
    out: list[Person] = []
    owner: list[int] = []
    for pa in personas(n_personas, rng):
        out.append(render(pa, rng, noise=noise))
        owner.append(pa.id)
        if rng.random() < dup_rate:
            for _ in range(1 if rng.random() < 0.8 else 2):
                out.append(render(pa, rng, noise=noise, first=False))
                owner.append(pa.id)
    order = list(range(len(out)))
    rng.shuffle(order)
    return [out[i] for i in order], [owner[i] for i in order]
