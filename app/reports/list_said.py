"""What each list said of a person, cut down to the fields a document's profile may show.

A list row is kept whole in provenance (every column, as read). A document shows only the
cells of columns the import mapped to a field, and only where the profile allows that field:
a column left unmapped or ignored (a family's phone number, an informant's name) can hold
anything and is never shown, nor is a mapped column the profile leaves out (notes for a court).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection

from app.domain.fuzzydate import (
    DIGITS,
    FuzzyDate,
    likely_excel_day,
    plain_text,
    year_shown_as_day,
)
from app.importing.date_order import DAY_FIRST
from app.importing.date_order import read as read_in_order
from app.importing.fields import DATE_FIELDS, Field
from app.importing.new_year import is_new_year
from app.importing.sex_said import with_sex_read
from app.reports.profiles import Profile, allows

# A day or month written with the day or month first (3/8/2014, 3.8.14, 08/2014): many readers
# abroad read the other order, so a document quoting it adds the day it was read as.
_ORDERED = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}(?:\d{2})?|\d{1,2}[/.\-]\d{4}")

# Each field a list column can feed: (the profile field that must be allowed, the label key).
# None: never shown (the list's running number; a column the user chose not to import).
SHOWN_AS: dict[Field, tuple[str, str] | None] = {
    Field.FULL_NAME: ("names", "name_full"),
    Field.GIVEN: ("names", "name_given"),
    Field.FATHER: ("names", "name_father"),
    Field.GRANDFATHER: ("names", "name_grandfather"),
    Field.FAMILY: ("names", "name_family"),
    Field.MOTHER: ("mother_name", "name_mother"),
    Field.NICKNAME: ("nickname", "name_nickname"),
    Field.ALIAS: ("aliases", "aliases"),
    Field.SEX: ("sex", "sex"),
    Field.BIRTH: ("birth", "born"),
    Field.AGE: ("birth", "age"),
    Field.VILLAGE: ("origin", "village"),
    Field.DISTRICT: ("origin", "district"),
    Field.GOVERNORATE: ("origin", "governorate"),
    Field.ABDUCTION_DATE: ("abduction_date", "abducted"),
    Field.ABDUCTION_PLACE: ("abduction_place", "abduction_place"),
    # the list's own words for her status ("محررة - Sharya camp"): a note, as the timeline's
    Field.STATUS: ("status_notes", "status"),
    Field.RESCUE_DATE: ("current_status", "rescue_date"),
    # the date of the list's status cell: shown where that cell is, never alone beside nothing
    Field.STATUS_DATE: ("status_notes", "status_date"),
    Field.LAST_KNOWN_LOCATION: ("last_known_location", "last_known_location"),
    Field.NOTES: ("notes", "notes"),
    Field.CASE_NO: ("case_no", "case_no"),
    # Her family's numbers and whom they reach are her family contacts, shown (or not) by the
    # profile's "contacts": never quoted from a list's row, where a court's paper would show them.
    Field.PHONE: None,
    Field.CONTACT_NAME: None,
    Field.CONTACT_RELATION: None,
    Field.SERIAL: None,
    Field.IGNORE: None,
}

# The label keys of the place cells a list wrote (SHOWN_AS), read for the names of others
# still held as her place fields are (service._list_places_naming)
PLACE_CELLS = frozenset(("village", "district", "governorate", "abduction_place"))


def rows_naming(records, person, merged) -> list[dict]:
    """Every list row that named her (records.provenance_for), hers first, then those of each
    record merged into her in the order matching.merged_records gives (merged), each with
    "merged_case_no": the case number of the merged record it came with, None for her own.
    Her dossier and her page show them in this one order."""
    entries = [{**e, "merged_case_no": None} for e in records.provenance_for(person.id)]
    for m in merged:
        entries += [{**e, "merged_case_no": m.person.case_no}
                    for e in records.provenance_for(m.person.id)]
    # each with "sex_read": what its sex cell was read as (a Kurmanji M is female)
    return with_sex_read(records, entries)


def said(raw_json: str, columns: dict[str, Field], profile: Profile,
         sex_read: dict[str, str] | None = None, orders: dict[str, str] | None = None,
         date1904: bool = False,
         new_years: set[str] | None = None,
         typed_numbers: Collection[str] = ()) -> list[tuple[str, str, str]]:
    """(label key, cell as the list wrote it, what it was read as) for the row's filled cells
    the profile may show, in the list's column order; a date given as an Excel date number
    with the day after it (when it is a day the date can be), and so a day or month written
    day or month first, in the order its column was read in (orders: {column: date_order
    kind} of a column not read day first), and a year typed into a date cell (1905-06-21)
    with the year (date1904: the workbook counted its days from 1904; date_order.
    batch_reading). What a cell was read as is given for a sex (sex_read: {column: the
    sex its cell was read as}): a Kurmanji list's M is mê, female, and quoted bare a court
    reads that the list calls her male. A 1 January of a column that writes it for the year
    only (new_years: those columns, new_year.batch_new_years) is given with the year it was
    read as. A number of a column whose numbers the import kept as typed (typed_numbers:
    those columns, serial_columns.batch_typed_numbers: 20014 among years) is given no day.
    "" for any other cell."""
    try:
        raw = json.loads(raw_json or "{}")
    except ValueError:
        return []
    out = []
    for column, value in raw.items() if isinstance(raw, dict) else ():
        field = columns.get(column, Field.IGNORE)
        shown = SHOWN_AS.get(field)
        text = "" if value is None else str(value).strip()
        birth = field is Field.BIRTH
        if field in DATE_FIELDS and column not in typed_numbers and (
                day := likely_excel_day(text, birth)):
            # an Excel date number (33970): no reader of the document can count it out; a
            # slip (365 as a birth: 1900-12-30) is given no day, as the import gave it none
            text = f"{text} ({day.isoformat()})"
        elif field in DATE_FIELDS and (year := _year_typed(text, birth, date1904)):
            text = f"{text} ({year})"  # 1999 typed into a date cell, shown 1905-06-21
        elif column in (new_years or ()) and (year := _new_year(text)):
            text = f"{text} ({year})"  # 01/01/1998 of a list that knows the year only
        elif field in DATE_FIELDS and (reading := read_in_order(
                text, (orders or {}).get(column, DAY_FIRST), birth)):
            # 8/3/2014 of a list written month first (2014-08-03), or of one written both
            # ways, its year only (2014): as the import read it, never 8 March
            text = f"{text} ({reading.date.plain()})"
        elif field in DATE_FIELDS and _ORDERED.fullmatch(text.translate(DIGITS)) and (
                (day := plain_text(text)) != text):
            text = f"{text} ({day})"  # 3/8/2014 (2014-08-03), as the vault read it
        if shown and text and allows(profile, shown[0]):
            read = (sex_read or {}).get(column, "U") if field is Field.SEX else ""
            out.append((shown[1], text, read))
    return out


def _new_year(text: str) -> int | None:
    """The year of a text that is 1 January of it, as the import read it (new_year.py)."""
    try:
        d = FuzzyDate.parse(text)
    except ValueError:
        return None
    return d.earliest.year if is_new_year(d) else None


def _year_typed(text: str, birth: bool, date1904: bool) -> int | None:
    """The year a day of the list's row stands for, typed into a cell formatted as a date
    (fuzzydate.year_shown_as_day), as the import read it."""
    try:
        d = FuzzyDate.parse(text)
    except ValueError:
        return None
    if d.earliest is None or d.earliest != d.latest or likely_excel_day(text, birth):
        return None
    return year_shown_as_day(d.earliest, birth, date1904=date1904)
