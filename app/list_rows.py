"""Reading a list of names to match (CSV, UTF-8, a header row) into person records.

Headers in English, Arabic or Kurdish name the columns; a cell goes to the Arabic-script or
Latin slot of its name part by its script, so one column may mix both. Nothing is written.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InputFileError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.domain.script import is_arabic_script
from app.text.normalize import fold

# Folded header words -> the field they name. Checked in order: "father" before "name".
_HEADERS: list[tuple[str, tuple[str, ...]]] = [
    ("mother", ("mother", "mothers name", "اسم الام", "الام", "ناوی دایک", "navê dayikê")),
    ("grandfather", ("grandfather", "grand father", "grandfathers name", "اسم الجد", "الجد",
                     "ناوی باپیر", "navê bapîr")),
    ("father", ("father", "fathers name", "اسم الاب", "الاب", "ناوی باوک", "navê bav")),
    ("family", ("family", "family name", "surname", "last name", "clan", "tribe", "اللقب",
                "العشيره", "العائله", "ناوی خیزان", "paşnav")),
    ("alias", ("alias", "aliases", "nickname", "known as", "الكنيه", "الشهره")),
    ("sex", ("sex", "gender", "الجنس", "ڕەگەز", "zayend")),
    ("birth", ("birth", "born", "date of birth", "dob", "birth year", "year of birth",
               "المواليد", "تاريخ الميلاد", "التولد", "سنه الميلاد", "لەدایکبوون")),
    ("village", ("village", "origin", "place of origin", "القريه", "المنطقه", "گوند", "gund")),
    ("abduction", ("abduction", "abduction date", "date of abduction", "abducted",
                   "تاريخ الاختطاف", "تاريخ الخطف")),
    ("given", ("given", "first name", "given name", "name", "full name", "الاسم",
               "الاسم الكامل", "الاسم الثلاثي", "ناو", "nav")),
]
_GIVEN_PARTS = {"given": NamePart.GIVEN, "father": NamePart.FATHER,
                "grandfather": NamePart.GRANDFATHER, "family": NamePart.FAMILY,
                "mother": NamePart.MOTHER}
_SEX = {"f": Sex.FEMALE, "female": Sex.FEMALE, "woman": Sex.FEMALE, "girl": Sex.FEMALE,
        "انثى": Sex.FEMALE, "انثي": Sex.FEMALE, "مي": Sex.FEMALE, "jin": Sex.FEMALE,
        "m": Sex.MALE, "male": Sex.MALE, "man": Sex.MALE, "boy": Sex.MALE, "ذكر": Sex.MALE,
        "نێر": Sex.MALE, "mêr": Sex.MALE, "mer": Sex.MALE}


@dataclass
class ListRow:
    line: int          # line of the file, header = 1
    person: Person


def mixed_name(p: Person) -> str:
    """The row's full name as written, each part in whichever script the list gave it."""
    words = []
    for part in (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY):
        text = p.names.get(part)
        if text is not None:
            words += [t for t in (text.original, text.latin) if t]
    return " ".join(words) or "(no name)"


def _field_of(header: str) -> str | None:
    h = re.sub(r"[^\w ]+", "", fold(header)).strip()
    h = re.sub(r"\s+", " ", h)
    for field, names in _HEADERS:
        if h in {re.sub(r"[^\w ]+", "", fold(n)).strip() for n in names}:
            return field
    return None


def read_list(path: str | Path) -> list[ListRow]:
    """Rows of a CSV list as persons, in file order. Raises InputFileError naming file and row."""
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputFileError(f"{name}: cannot read the file ({e.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise InputFileError(f"{name}, line {line}: not UTF-8 text; save the list as "
                             "CSV UTF-8") from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if not header:
        raise InputFileError(f"{name}: the file is empty; a header row is needed")
    fields = [_field_of(h) for h in header]
    if not any(f in _GIVEN_PARTS for f in fields):
        raise InputFileError(f"{name}, line 1: no name column in the header (expected e.g. "
                             "given, father, grandfather, family or name)")
    rows = []
    for n, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        rows.append(ListRow(n, _person(cells, fields, header, name, n)))
    return rows


def _person(cells: list[str], fields: list[str | None], header: list[str], name: str,
            line: int) -> Person:
    p = Person()
    for col, (value, field) in enumerate(zip(cells, fields, strict=False)):
        value = value.strip()
        if not value or field is None:
            continue
        if field in _GIVEN_PARTS:
            slot = p.name(_GIVEN_PARTS[field])
            taken = slot.original if is_arabic_script(value) else slot.latin
            if taken:
                p.aliases.append(value)  # a second column of the same part and script
            else:
                slot.put(value)
        elif field == "alias":
            p.aliases += [a.strip() for a in re.split(r"[;|،]", value) if a.strip()]
        elif field == "sex":
            p.sex = _SEX.get(fold(value), Sex.UNKNOWN)
        elif field == "village":
            p.origin_village = value
        elif field in ("birth", "abduction"):
            try:
                date = FuzzyDate.parse(value)
            except ValueError:
                raise InputFileError(f"{name}, line {line}, column {col + 1} "
                                     f"({header[col].strip()}): not a date") from None
            if field == "birth":
                p.birth = date
            else:
                p.abduction_date = date
    return p
