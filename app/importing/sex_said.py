"""A list's sex as it is quoted: the cell as the list wrote it, with what the importer read it as.

A Kurmanji list writes M for mê (female) and N for nêr (male). Quoted bare, its M reads as male
to a court; the letter it was read as (M for N) means the opposite in Kurmanji. So a sex from
a list is never said as a bare letter: the cell, then its reading in words.
"""

from __future__ import annotations

import json

from app.domain.person import Person, Sex
from app.importing.fields import Field, stored_columns
from app.importing.pieces import Quoted, Said, Word
from app.importing.values import sex_of


def listed_sex(listed: Person) -> dict:
    """{"list": the cell as written ("" where it is not known: a record typed by hand, a row
    staged by an earlier version), "read_as": the sex it was read as}."""
    return {"list": getattr(listed, "sex_written", ""), "read_as": listed.sex.value}


def sex_said(c: dict) -> object:
    """The list's side of a sex conflict or contradiction ({list, read_as}) in pieces:
    "'N', read as male"; the reading alone ("male") where the cell is not known. One noted by
    an earlier version holds the letter it was read as in "list": said as a word, never as
    that letter (a Kurmanji M stood for N)."""
    if "read_as" not in c:
        return Word("sex", c.get("list") or Sex.UNKNOWN.value)
    if not c.get("list"):
        return Word("sex", c["read_as"])
    return Said("%1, read as %2", Quoted(c["list"]), Word("sex", c["read_as"]))


def sex_cells(raw_json: str, mapping_json: str) -> dict[str, str]:
    """{column: the sex its cell was read as} for the row's filled cells of the columns its
    batch mapped to sex, read with the batch's own readings (a Kurmanji list's M and N). A
    cell not recognised was left unknown ("U")."""
    columns = [c for c, f in stored_columns(mapping_json).items() if f is Field.SEX]
    if not columns:
        return {}
    try:
        raw = json.loads(raw_json or "{}")
        values = json.loads(mapping_json or "{}").get("values", {}).get("sex")
    except (ValueError, AttributeError):
        return {}
    values = values if isinstance(values, dict) else None
    out = {}
    for column in columns:
        text = str(raw.get(column) or "").strip() if isinstance(raw, dict) else ""
        if text:
            out[column] = (sex_of(text, values) or Sex.UNKNOWN).value
    return out


def as_written(c: dict, raw_json: str | None, mapping_json: str) -> dict:
    """A sex conflict noted before conflicts quoted the list's cell: it holds the letter the
    cell was read as (M for a Kurmanji N). The row's cell, kept with the batch, says what the
    list wrote. Any other conflict, or one whose cell is gone, as it is."""
    if c.get("field") != "sex" or "read_as" in c or not raw_json:
        return c
    cells = sex_cells(raw_json, mapping_json)
    try:
        raw = json.loads(raw_json)
    except ValueError:
        return c
    # the last sex cell with a value, as the converter read the row
    written = [str(raw[col]).strip() for col in cells if cells[col] == c.get("list")]
    return {**c, "list": written[-1], "read_as": c["list"]} if written else c


def with_sex_read(records, entries: list[dict]) -> list[dict]:
    """Each provenance entry (records.provenance_for) with "sex_read": {column: the sex its
    cell was read as}, from its batch's mapping: whatever quotes the row's cells says it."""
    mappings = records.batch_mappings({e["batch_id"] for e in entries if e.get("batch_id")})
    return [{**e, "sex_read": sex_cells(e.get("raw_json", ""), mappings.get(e.get("batch_id"), ""))}
            for e in entries]
