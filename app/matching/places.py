"""Which stored village spellings name one place, as matching judges places (same_place)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.matching.namesim import text_sim, text_tokens
from app.matching.score import same_place


def one_place(a: str, b: str) -> bool:
    """same_place, without taking a name for the longer name that holds it: Tel Qasab is not
    Tel Qasab Sharqi, Sheikh Khidir not Siba Sheikh Khidir, Khanke not Khanke camp. Words run
    together still count (Gir Zerik = Girzerik)."""
    if not same_place(a, b):
        return False
    ta, tb = text_tokens(a), text_tokens(b)
    return len(ta) == len(tb) or text_sim("".join(ta), "".join(tb)) >= 0.85


def spellings_of(place: str, stored: Iterable[str]) -> tuple[str, ...]:
    """The stored values that are spellings of place (Kojo: Kocho, Koço, كوجو), sorted.

    A vault holds a few hundred distinct village values at most, so each is judged in turn.
    """
    place = place.strip()
    if not place:
        return ()
    return tuple(sorted({v for v in stored if v.strip() and one_place(place, v)}))


def vault_spelling(typed: Iterable[str], stored: Mapping[str, int]) -> str | None:
    """The vault's spelling of the place a list writes as any of typed (Solax: Solagh), or None.

    stored maps each village value in the vault to its number of records. A value the vault
    already holds stays as it is; otherwise the spelling most records use wins (then the
    closest), so a vault keeps one spelling per place where it has one.
    """
    forms = {t.strip() for t in typed if t.strip()}
    folded = {t.casefold() for t in forms}
    best: tuple[bool, int, float, str] | None = None
    for value, count in stored.items():
        value = value.strip()
        if not value or not any(one_place(t, value) for t in forms):
            continue
        key = (value.casefold() in folded, count, max(text_sim(t, value) for t in forms), value)
        best = key if best is None or key > best else best
    return None if best is None else best[3]
