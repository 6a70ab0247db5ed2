"""Names and places an earlier version's imports stored though they say none is known, cleared
once per vault.

Before lists' placeholders were read as blank (app/importing/not_known.py), «لا يوجد» in a
mother's column became her mother's name, «غير معروف» her father's, "-" or "N/A" her village:
printed on her papers as names, and set against the real name a later list gave (the row asked
about, her own list's next version no longer "the same row")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.errors import ValidationError
from app.domain.person import NamePart
from app.importing import notes
from app.importing.fields import Field
from app.importing.not_known import not_said
from app.importing.trail_said import set_by_import, trail
from app.set_right import SET_RIGHT
from app.text.normalize import fold_arabic
from db.repositories.placeholders import PlaceholderRepository

if TYPE_CHECKING:
    from app.session import VaultSession

PLACEHOLDER_MARK, PLACEHOLDER_RULE = "placeholders_cleared", "1"
_PARTS = {"father": Field.FATHER, "grandfather": Field.GRANDFATHER, "family": Field.FAMILY,
          "mother": Field.MOTHER, "nickname": Field.NICKNAME}
_PLACES = {"origin_village": Field.VILLAGE, "origin_district": Field.DISTRICT,
           "origin_governorate": Field.GOVERNORATE, "abduction_place": Field.ABDUCTION_PLACE,
           "last_known_location": Field.LAST_KNOWN_LOCATION}


# Words for "none" that are also names or the like: Sorani بەلا (Bela) folds to بلا; Kurmanji
# nenas, nizane may be a nickname. An import blanks them in their columns, with a warning the
# lawyer reads; a record keeps them.
_ALSO_NAMES = frozenset({"بلا", "بدون", "nenas", "nenase", "nizane", "nizanim", "tuneye"})


def _none(text: str, f: Field) -> bool:
    # only what says none is known: «متوفية» in a mother's name still tells something
    return not_said(text.strip(), f) == notes.NOT_KNOWN \
        and " ".join(text.strip().casefold().split()) not in _ALSO_NAMES \
        and fold_arabic(text.strip()) not in _ALSO_NAMES


def ensure_placeholders_cleared(session: VaultSession) -> list[str]:
    """Once per vault saved by an earlier version: each father's, grandfather's, family,
    mother's or nickname's spelling, and each place, of a live record that says only that none
    is known, is left blank, as an import of this version leaves it. Not in a record merged
    into another, nor in one others were merged into (a split gives back what the merge
    brought). Each record changed says so in her history (person.set_right, the rule
    'placeholders'), and the vault's trail names them all. Returns their case numbers."""
    meta = session.meta
    if int(meta.get(PLACEHOLDER_MARK) or 0) >= int(PLACEHOLDER_RULE):
        return []
    repo = PlaceholderRepository(session.db)
    changed: dict[str, list[dict]] = {}
    with session.db.transaction():
        names = [(p, v) for p, v in repo.name_values() if _none(v, _PARTS[p])]
        places = [(c, v) for c, v in repo.place_values() if _none(v, _PLACES[c])]
        ids = repo.holding(names, places) if names or places else []
        persons = session.persons
        for her in persons.get_many(ids):
            if her.merged_into is not None or persons.repo.merged_beneath(her.id):
                continue
            cleared = _clear(her, trail(persons.history(her.case_no)))
            if not cleared or not any(not t.is_blank for t in her.names.values()) \
                    and not any(a.strip() for a in her.aliases):
                continue  # a record of no other name keeps it: a record needs one
            try:
                persons.update(her, action=SET_RIGHT,
                               detail={"rule": "placeholders", "set_right": cleared})
            except ValidationError:
                continue  # kept as it is: never a reason the vault does not open
            changed[her.case_no] = cleared
        if changed:
            session.audit.append("vault.placeholders_cleared", "vault", detail={
                "rule": PLACEHOLDER_RULE, "changed": sorted(changed),
                "why": "an import of an earlier version stored words that say none is known "
                "(«لا يوجد», «غير معروف», N/A, -) as names and places: each is now blank, as "
                "an import of this version leaves it"})
        meta.set(PLACEHOLDER_MARK, PLACEHOLDER_RULE)
    return sorted(changed)


def _clear(her, entries: list[tuple[str, dict]]) -> list[dict]:
    """Her placeholders a list's import gave her (entries: her trail), left blank; what was
    cleared: {why, field, was} each."""
    out = []
    for part, f in _PARTS.items():
        text = her.names.get(NamePart(part))
        if text is None:
            continue
        for script in ("original", "latin"):
            was = getattr(text, script)
            if was.strip() and _none(was, f) and set_by_import(entries, f"{part}.{script}"):
                setattr(text, script, "")
                out.append({"why": "placeholder", "field": part, "was": was})
        if text.is_blank:
            del her.names[NamePart(part)]
    for column, f in _PLACES.items():
        was = getattr(her, column)
        if was.strip() and _none(was, f) and set_by_import(entries, column):
            setattr(her, column, "")
            out.append({"why": "placeholder", "field": f.value, "was": was})
    return out
