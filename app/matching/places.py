"""Which stored village spellings name one place, as matching judges places (same_place)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from app.matching.namesim import text_sim, text_tokens
from app.matching.score import PARTIAL_AT, same_place
from app.text.normalize import fold

# What a village's name never holds: a clause's punctuation or a number. A value with it is more
# than a name ("Kocho, Siba's captor lives here"; "Khanke camp 2"), and another record's value
# that resembles it is that record's text, not a spelling of hers.
_MORE_THAN_A_NAME = re.compile(r"[,،;؛:()\[\]{}/\\|?!؟.\"«»0-9٠-٩۰-۹]")
# The longest names the vaults hold have four words (مجمع سيبا شيخ خدر); a longer value is a
# sentence, whose words a spelling matcher would take for another sentence's.
_NAME_WORDS = 4


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


def _letters(text: str) -> tuple[str, ...]:
    """text's words as folding writes them: case, accents, Sorani letter forms, punctuation gone."""
    return tuple(re.findall(r"\w+", fold(text).casefold()))


def _a_name(text: str) -> bool:
    """Whether text reads as a village's name: a few words, no clause, no number."""
    return not _MORE_THAN_A_NAME.search(text) and 0 < len(text_tokens(text)) <= _NAME_WORDS


def _words_alike(a: str, b: str) -> bool:
    """Each word of a, in order, alike to b's word in its place (Siba Shaikh Khidir, Siba Sheikh
    Khidir), not most of them the same and one another name (Kocho Layla, Kocho Siba: the whole
    agrees 0.93). Partly is enough for a word, the whole agreeing: Ezer and Uzair, Hidir and
    Khider agree 0.70 and 0.83, Layla and Siba 0.28. The words as written first, so a Sorani
    word is read as Sorani; where they are as many only once folded (Hay al-Zahra, Hay al
    Zahra), folded; words run together (Gir Zerik, Girzerik) are left to one_place."""
    for wa, wb in ((a.split(), b.split()), (text_tokens(a), text_tokens(b))):
        if len(wa) == len(wb):
            return len(wa) == 1 or all(text_sim(x, y) >= PARTIAL_AT - 1e-9
                                       for x, y in zip(wa, wb, strict=True))
    return True


def spelling_of(typed: str, value: str) -> bool:
    """Whether the stored value is typed written another way, to be kept as the vault writes it:
    the same letters but for case, spacing and letter forms; or, both being a village's name, one
    place to matching word by word (Solax, Solagh; Tel Qassab, Tel Qasab; Kojo, كوجو). Never a
    longer text that only resembles hers: "Kocho, Layla's captor lives here" is not "Kocho, Siba's
    captor lives here", nor "Kocho Layla" "Kocho Siba". In doubt, what she typed is kept."""
    if _letters(typed) == _letters(value):
        return True
    return _a_name(typed) and _a_name(value) and one_place(typed, value) \
        and _words_alike(typed, value)


def vault_spelling(typed: Iterable[str], stored: Mapping[str, int]) -> str | None:
    """The vault's spelling of the place a list writes as any of typed (Solax: Solagh), or None.

    stored maps each village value in the vault to its number of records. A value the vault
    already holds stays as it is; otherwise the spelling most records use wins (then the
    closest), so a vault keeps one spelling per place where it has one. Only a spelling of the
    name (spelling_of): another record's value is never put in place of a text it merely
    resembles.
    """
    forms = {t.strip() for t in typed if t.strip()}
    folded = {t.casefold() for t in forms}
    best: tuple[bool, int, float, str] | None = None
    for value, count in stored.items():
        value = value.strip()
        if not value or not any(spelling_of(t, value) for t in forms):
            continue
        key = (value.casefold() in folded, count, max(text_sim(t, value) for t in forms), value)
        best = key if best is None or key > best else best
    return None if best is None else best[3]
