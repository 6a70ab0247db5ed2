"""Which of the vault's village values a village filter takes: read loosely, or exactly."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.errors import Listed, ValidationError
from app.importing.values import known_place, village_key
from app.matching.places import one_place, spellings_of
from app.village_spelling import letters_more, spelt_alike


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
    villages it keeps (case, accents, Sorani letters: village_key), one known place written
    in another script or spelling (Kocho = Koço = كوجو, Hardan = Herdan = حردان), or any
    spelling of the place matching takes it for (one_place) that writes it alike: the Arabic
    article, spaces and hyphens aside (حاتمية, الحاتمية; تلقصب, تل قصب), its vowels aside
    (Til Qeseb, Tel Qasab), its consonants across scripts (Til Qeseb, تل قصب; Hatimiya,
    الحاتمية) (app/village_spelling.py); never a merely similar name (Hardann is not Hardan:
    a letter more). Sorted."""
    key, known = village_key(typed), known_place(typed)
    return tuple(sorted({v for v in stored if v and v.strip() and (
        village_key(v) == key or (known is not None and known_place(v) == known)
        or (one_place(typed.strip(), v) and spelt_alike(typed.strip(), v.strip())))}))


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
        # said in pieces: the desktop's village box says it in the interface's language; why
        # the nearest is a similar name and not a spelling: its letters, counted
        typed = typed.strip()
        more = letters_more(typed, like[0])
        raise ValidationError.saying(
            SIMILAR_MORE if more > 0 else SIMILAR_FEWER if more < 0 else SIMILAR_OTHER,
            typed, Listed(like), abs(more), like[0])
    return exact, like


# The refusal of a village the vault writes only like it, and why the nearest is no spelling
# of it (ui/error_words.py says them in the interface's language)
_SIMILAR = ('no village of the vault is written "%1" (in any script or spelling of that place); '
            "it could mean %2: give the village meant (")
SIMILAR_MORE = _SIMILAR + '"%1" has %3 letter(s) more than %4: a similar name, not a spelling)'
SIMILAR_FEWER = _SIMILAR + '"%1" has %3 letter(s) fewer than %4: a similar name, not a spelling)'
SIMILAR_OTHER = _SIMILAR + '"%1" has other letters than %4: a similar name, not a spelling)'
