"""A known village named in a paper's own script: كوجو in Arabic, کۆچۆ in Sorani, where the vault
keeps the one spelling Kocho."""

from __future__ import annotations

from app.importing.values import VILLAGES

# Letters Arabic does not write; the more of the first group a spelling has, the more surely it
# is Sorani (ۆ ێ ە ڕ ڵ ڤ), the second group being shared with Persian spellings (ک ی گ چ پ ژ).
_SORANI = set("ۆێەڕڵڤ")
_PERSO = set("کیگچپژ")


def _arabic_script(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _pick(forms: tuple[str, ...], lang: str) -> str | None:
    scripts = [f for f in forms if _arabic_script(f) and not f.startswith("قرية")]
    if lang == "ar":
        return next((f for f in scripts if not set(f) & (_SORANI | _PERSO)), None)
    sorani = [f for f in scripts if set(f) & (_SORANI | _PERSO)]
    if not sorani:
        return _pick(forms, "ar")  # no Sorani spelling known: the Arabic one reads alike
    return max(sorani, key=lambda f: (len(set(f) & _SORANI), len(set(f) & _PERSO),
                                      -sorani.index(f)))


_WRITTEN = {(name, lang): got for name, forms in VILLAGES.items() for lang in ("ar", "ckb")
            if (got := _pick(forms, lang))}


def village_written(value: str, lang: str) -> str:
    """The village as a paper in lang writes it: a known place the vault keeps in Latin letters
    (Kocho) in the paper's script for Arabic and Sorani; any other value as stored."""
    return _WRITTEN.get((value.strip(), lang), value)
