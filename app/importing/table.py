"""What a reader hands back: sheets, a header, and rows that keep their spreadsheet row number."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.importing.issues import AT, where_said
from app.importing.pieces import Said, Sentence, pieces_of

# The cell types python-calamine and the CSV reader produce (CSV gives only str).
CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA': the letter a person sees above the column."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# The label of a column whose header is blank ("Column D"): a mapping's key, saved with a
# source's mapping and printed by the command line as it is; the desktop says it in its own
# words (ui/import_wizard.column_label).
NO_HEADER = "Column"


def no_header_label(letter: str) -> str:
    return f"{NO_HEADER} {letter}"


def letter_of_unheaded(label: str) -> str | None:
    """The letter of a column labelled for having no header ("Column D" -> "D"), else None."""
    word, _, letter = label.partition(" ")
    return letter if word == NO_HEADER and letter.isascii() and letter.isalpha() \
        and letter.isupper() else None


def cell_text(value: CellValue) -> str:
    """A cell as text, converted deliberately: 1.0 -> '1', a midnight datetime -> '2014-08-03'."""
    if type(value) is str:  # most cells: the fast path first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def where(file: str, sheet: str | None = None, row: int | None = None,
          column: str | None = None) -> str:
    """'list.xlsx, sheet Names, row 12, column C' (file is a base name, never a path)."""
    parts = [file]
    if sheet is not None:
        parts.append(f"sheet {sheet!r}")
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f"column {column}")
    return ", ".join(parts)


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook as listed to the user; hidden sheets are listed too, and marked."""

    name: str
    index: int
    hidden: bool = False
    very_hidden: bool = False
    kind: str = "worksheet"


@dataclass(frozen=True)
class ReadIssue:
    """Something the user should know about the file; 'error' issues stop an import."""

    severity: str  # "warning" or "error"
    message: str
    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        return f"{where(self.file, self.sheet, self.row, self.column)}: {self.message}"

    def said(self) -> Sentence:
        """The issue in pieces (app/importing/issues.py), as str() says it in English."""
        return Sentence(Said(AT, where_said(self.file, self.sheet, self.row, self.column),
                             pieces_of(self.message)))


@dataclass(frozen=True)
class Column:
    """A column of the table: its place in the sheet, the header as written, and a unique label."""

    index: int  # 0-based column in the sheet (A = 0), so messages can name the real letter
    header: str  # as written (merged header cells filled in); may be "" when the header is blank
    label: str  # unique, never blank: the header, or "Column D", with " (2)" for repeats

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class Row:
    """One data row: its 1-based spreadsheet row number and one value per table column."""

    number: int
    values: tuple[CellValue, ...]

    def text(self, i: int) -> str:
        return cell_text(self.values[i])

    def texts(self) -> tuple[str, ...]:
        return tuple(map(cell_text, self.values))


@dataclass
class Table:
    """A sheet read for import: header, data rows (blank rows dropped and counted), and issues."""

    file: str  # base name of the file
    sheet: str | None  # None for CSV
    columns: list[Column]
    rows: list[Row]
    header_row: int | None  # 1-based; None when no header row was found
    sheets: list[SheetInfo] = field(default_factory=list)
    issues: list[ReadIssue] = field(default_factory=list)
    blank_rows: int = 0  # blank rows below the header that were skipped (counted, never lost)
    # The same blank rows by number, as runs (first, last): `match` gives each its entry, so
    # its rows reconcile with the list's; runs, as a sheet may end in a million of them.
    blank_runs: list[tuple[int, int]] = field(default_factory=list)
    encoding: str | None = None  # CSV only: the encoding the cascade settled on
    delimiter: str | None = None  # CSV only
    # The workbook counts its dates from 1904-01-01, not 1899-12-30 (old Excel for Mac): the
    # year typed into a date cell is read back from the day by it (fuzzydate.year_shown_as_day).
    date1904: bool = False

    @property
    def headers(self) -> list[str]:
        return [c.label for c in self.columns]

    @property
    def warnings(self) -> list[ReadIssue]:
        return [i for i in self.issues if i.severity == "warning"]

    def column(self, label: str) -> int:
        """Index in `columns` of the column with this label (or this sheet letter)."""
        for i, c in enumerate(self.columns):
            if c.label == label or c.letter == label:
                return i
        raise KeyError(label)

    def records(self) -> list[dict[str, str]]:
        """Each row as {label: text}, for quick looks and tests."""
        return [dict(zip(self.headers, r.texts(), strict=True)) for r in self.rows]
