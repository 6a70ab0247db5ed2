"""Column mapping: suggestions from header names and from content, saved and loaded as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.domain.errors import InputFileError
from app.domain.fuzzydate import FuzzyDate
from app.domain.script import is_arabic_script
from app.importing.fields import Field, field_for_header
from app.importing.table import Table
from app.importing.values import checked_overrides, sex_of, status_of

NAME_FIELDS = {Field.FULL_NAME, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY,
               Field.MOTHER, Field.NICKNAME, Field.ALIAS}
SAMPLE = 300


@dataclass
class Mapping:
    """Which field each column feeds (by column label), why, and the user's value overrides."""

    columns: dict[str, Field] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    # {"sex": {"X": "F"}, "status": {"freed 2017": "rescued"}}: values the user mapped by hand
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    # Columns the given or saved mapping names that this sheet lacks: shown, so a misspelt
    # header in a mapping file is seen, and kept when the mapping is saved again.
    absent: dict[str, Field] = field(default_factory=dict)

    def to_json(self) -> str:
        columns = {**{k: str(v) for k, v in self.absent.items()},
                   **{k: str(v) for k, v in self.columns.items()}}
        return json.dumps({"columns": columns, "values": self.values},
                          ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str, origin: str = "mapping") -> Mapping:
        try:
            data = json.loads(text)
            columns = {str(k): Field(v) for k, v in data.get("columns", {}).items()}
            values = {str(k): {str(a): str(b) for a, b in v.items()}
                      for k, v in data.get("values", {}).items()}
        except (ValueError, AttributeError, TypeError) as exc:
            raise InputFileError(f"{origin}: not a valid column mapping ({exc})") from None
        return cls(columns, {k: "saved mapping" for k in columns},
                   checked_overrides(values, origin))

    def fields(self) -> set[Field]:
        return {f for f in self.columns.values() if f not in (Field.IGNORE, Field.SERIAL)}

    def describe(self) -> list[str]:
        return [f"{label} -> {f}  ({self.reasons.get(label, '')})"
                for label, f in self.columns.items()] + [
            f"{label} -> {f}  (in the mapping, but this sheet has no such column)"
            for label, f in self.absent.items()]


@dataclass
class ColumnProfile:
    """What the values of one column look like, from a sample."""

    filled: int = 0
    arabic: float = 0.0
    words: float = 0.0
    dates: float = 0.0
    sexes: float = 0.0
    statuses: float = 0.0
    numbers: float = 0.0


def profile(table: Table, i: int) -> ColumnProfile:
    texts = [t for t in (r.text(i) for r in table.rows[:SAMPLE]) if t]
    if not texts:
        return ColumnProfile()
    n = len(texts)

    def share(pred) -> float:
        return sum(1 for t in texts if pred(t)) / n

    return ColumnProfile(
        filled=n, arabic=share(is_arabic_script), words=sum(len(t.split()) for t in texts) / n,
        dates=share(_is_date), sexes=share(lambda t: sex_of(t) is not None),
        statuses=share(lambda t: status_of(t) is not None),
        numbers=share(lambda t: t.replace(".", "", 1).isdigit()))


def _is_date(text: str) -> bool:
    try:
        FuzzyDate.parse(text)
    except ValueError:
        return False
    return not text.replace(".", "", 1).isdigit() or len(text) == 4


def suggest(table: Table, saved: Mapping | None = None) -> Mapping:
    """A mapping for the table: saved choices first, then header names, then content."""
    out = Mapping(values=dict(saved.values) if saved else {})
    for i, col in enumerate(table.columns):
        if saved and col.label in saved.columns:
            out.columns[col.label] = saved.columns[col.label]
            out.reasons[col.label] = "saved mapping for this list source"
            continue
        prof = profile(table, i)
        f, reason = _from_header(col.label, prof) or _from_content(prof)
        out.columns[col.label] = f
        out.reasons[col.label] = reason
    if saved:
        labels = {c.label for c in table.columns}
        out.absent = {k: f for k, f in saved.columns.items() if k not in labels}
    _no_double_use(out, table)
    return out


def _from_header(label: str, prof: ColumnProfile) -> tuple[Field, str] | None:
    hit = field_for_header(label)
    if hit is None:
        return None
    f, syn = hit
    script = _script_note(prof)
    if f is Field.GIVEN and prof.words >= 2.5:
        return Field.FULL_NAME, (f"header {label!r} names a name, and the values hold "
                                 f"{prof.words:.1f} words on average: full name{script}")
    if f in NAME_FIELDS:
        return f, f"header {label!r} matches {syn!r}{script}"
    return f, f"header {label!r} matches {syn!r}"


def _script_note(prof: ColumnProfile) -> str:
    if not prof.filled:
        return ""
    if prof.arabic >= 0.8:
        return f" ({prof.arabic:.0%} Arabic script: original script)"
    if prof.arabic <= 0.2:
        return " (Latin letters)"
    return f" (mixed: {prof.arabic:.0%} Arabic script; each value goes to its script's slot)"


def _from_content(prof: ColumnProfile) -> tuple[Field, str]:
    if not prof.filled:
        return Field.IGNORE, "no header match and no values"
    if prof.sexes >= 0.8:
        return Field.SEX, f"{prof.sexes:.0%} of values are sexes (F, M, انثى, mê ...)"
    if prof.statuses >= 0.8:
        return Field.STATUS, f"{prof.statuses:.0%} of values are statuses"
    if prof.arabic >= 0.8:
        f = Field.FULL_NAME if prof.words >= 2.5 else Field.GIVEN
        return f, (f"no header match; {prof.arabic:.0%} of values are Arabic script with "
                   f"{prof.words:.1f} words: {f} in original script")
    if prof.dates >= 0.8:
        return Field.BIRTH, f"no header match; {prof.dates:.0%} of values are dates (check!)"
    return Field.IGNORE, "no header match; values not recognised (kept in provenance)"


def _no_double_use(m: Mapping, table: Table) -> None:
    """One column per field, except name parts given once in each script (الاسم + Name)."""
    seen: dict[Field, list[str]] = {}
    for label, f in m.columns.items():
        if f in (Field.IGNORE, Field.SERIAL, Field.ALIAS, Field.NOTES):
            continue
        if seen.get(f) and not (f in NAME_FIELDS and len(seen[f]) < 2):
            m.columns[label] = Field.IGNORE
            m.reasons[label] = f"{f} already comes from {seen[f][0]!r}; ignored (raw kept)"
            continue
        seen.setdefault(f, []).append(label)
