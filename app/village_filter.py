"""Which of the vault's village values a village filter takes: read loosely, or exactly."""

from __future__ import annotations

from collections.abc import Iterable

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
