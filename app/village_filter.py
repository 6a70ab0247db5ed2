"""Which of the vault's village values a village filter takes: read loosely, or exactly."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.errors import Listed, ValidationError
from app.importing.values import known_place, village_key
from app.matching.places import spellings_of


def villages_like(typed: str, stored: Iterable[str]) -> tuple[str, ...]:
    """Every stored value that is a spelling of the place typed, as matching judges places
    (Hardann takes Hardan; Kocho takes Koço and كوجو), and of the known place a short name
    stands for (Siba: Siba Sheikh Khidir, as an import of "Siba" recorded it); sorted. What
    `person list` and `search` take for --village."""
    stored = [v for v in stored if v and v.strip()]
    found = set(spellings_of(typed, stored))
    if known := known_place(typed):
        found.update(spellings_of(known, stored))
        found.update(v for v in stored if known_place(v) == known)
    return tuple(sorted(found))


def villages_exact(typed: str, stored: Iterable[str]) -> tuple[str, ...]:
    """The stored values that are the village typed itself, folded as the vault folds the
    villages it keeps (case, accents, Sorani letters: village_key) or one known place
    written in another script or spelling (Kocho = Koço = كوجو, Hardan = Herdan = حردان);
    never a merely similar name (Hardann is not Hardan). Sorted."""
    key, known = village_key(typed), known_place(typed)
    return tuple(sorted({v for v in stored if v and v.strip() and (
        village_key(v) == key or (known is not None and known_place(v) == known))}))


def villages_split(typed: str, stored: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the stored values that are the village typed, villages_exact; those only like it)."""
    stored = [v for v in stored if v and v.strip()]
    exact = villages_exact(typed, stored)
    return exact, tuple(v for v in villages_like(typed, stored) if v not in exact)


def villages_chosen(typed: str, stored: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """villages_split for a filter that takes the village itself (a search, the Persons
    list's village box): refused, naming what it could mean, when the vault writes no village
    as typed but one like it: Hardann's women were answered with Hardan's, without a word."""
    exact, like = villages_split(typed, stored)
    if like and not exact:
        # said in pieces: the desktop's village box says it in the interface's language
        raise ValidationError.saying(
            'no village of the vault is written "%1" (in any script or spelling of that '
            "place); it could mean %2: give the village meant", typed.strip(), Listed(like))
    return exact, like
