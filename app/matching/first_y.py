"""Two given names, one beginning with a written consonant y, the other with a written alif."""

from app.domain.script import has_arabic

# Arabic ي and Sorani ی, not the hamza's seat ئ: a consonant no alif is written for. Arabic
# writes a name's first vowel on an alif (ا أ إ آ ٱ): يسرى (Yusra) and إسراء (Israa) are two
# names, often sisters', though their letters differ in no more than that and the ending.
_Y_ARABIC = "يی"
_ALIF = "اأإآٱ"
# Latin: Yusra, Yisra against Israa, Esraa.
_I_LATIN = "ie"
# An Arabic ي against a Latin first I, Î, E or A (يسرى against a record's only Israa) is capped
# too: a sister certainly merged is graver than a typo asked about, so Ibrahim against a typed
# يبراهيم, Îman against يمان, Ezdan against يزدان are asked. Not Ê: Kurmanji writes the ye of
# يزدا, يزيد so (Êzda, Êzîd), one name. Nor O, U: a y left out of Yusuf (Usif, Ûsiv).
_ALIF_LATIN = "iîea"
_LATIN_VOWELS = "aeiouâêîôûáéíóúàèìòù"


def _first(name: str) -> str:
    return next((c for c in name if c.isalpha()), "")


def _y_and_alif(y: str, other: str) -> bool:
    first, theirs = _first(y), _first(other)
    if not theirs:
        return False
    if has_arabic(y):
        return first in _Y_ARABIC and (theirs in _ALIF if has_arabic(other)
                                       else theirs.lower() in _ALIF_LATIN)
    return first.lower() == "y" and (theirs in _ALIF or theirs.lower() in _I_LATIN and not has_arabic(other))


def y_against_alif(a: str, b: str) -> bool:
    """One name begins with a written y (ي, ی, Latin Y) and the other with a written alif
    (ا أ إ آ), Latin Y against Latin I or E, or Arabic ي against Latin I, Î, E or A: another
    name, not another spelling of it."""
    return _y_and_alif(a, b) or _y_and_alif(b, a)


def arabic_y_against_alif(a: str, b: str, fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    """y_against_alif in Arabic letters on both sides (a of fa, b of fb): they decide, however
    alike a Latin spelling of one reads to the other (Israa to يسرى, 0.97); unless the record
    of the ي spells the name in Latin with a first vowel, so its ي was typed for an alif
    (يمان beside IMAAN, for إيمان)."""
    if not (has_arabic(a) and has_arabic(b) and y_against_alif(a, b)):
        return False
    hers = fa if _first(a) in _Y_ARABIC else fb
    return not any(not has_arabic(t) and _first(t).lower() in _LATIN_VOWELS for t in hers)
