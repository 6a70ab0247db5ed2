"""What reading a file says of it (a read issue), in pieces as a row's warnings are."""

from __future__ import annotations

from app.importing.pieces import Quoted, Said, Sentence, Word, joined

# Each template once; ui/import_report.py lists every one for translation
# (tests/test_import_report_text.py checks).
AT = "%1: %2"  # where in the file, and what
AT_SHEET = ", sheet %1"
AT_ROW = ", row %1"
AT_COLUMN = ", column %1"
NOT_UTF8 = ("not UTF-8; read as Windows Arabic (cp1256). That encoding cannot hold the Sorani "
            "letters %1")
NOT_UTF8_LATIN = ("not UTF-8; read as Windows Turkish (cp1254), in which its Latin words are whole "
                  "(%1): read as Windows Arabic (cp1256) they held Arabic letters. That encoding "
                  "cannot hold Arabic script")
LINE_BREAK = ("the cell holds a line break (from line %1 of the file); if that is not meant, a "
              "quote is out of place")
LOST_IN_CELL = ("'?' inside Arabic-script text: a Sorani letter was lost when the file was saved "
               "as Windows Arabic (cp1256); ask for a UTF-8 copy")
LOST_MANY = "%1 cells in all have '?' inside Arabic-script text (lost Sorani letters)"
MERGED = "cells %1 are merged; the value was repeated on each of their rows"
HIDDEN_ROWS = ("%1 rows of the list are hidden in the file (%2), perhaps filtered out by the "
               "sender; they were read like the others: look at them before importing")
HIDDEN_COLUMNS = ("columns %1 are hidden in the file; they were read like the others: look at "
                  "them before importing")
# the same of one row (%2 its number) or one column: "1 rows ... are hidden" read wrong
HIDDEN_ROW = ("%1 row of the list is hidden in the file (%2), perhaps filtered out by the "
              "sender; it was read like the others: look at it before importing")
HIDDEN_COLUMN = ("column %1 is hidden in the file; it was read like the others: look at it "
                 "before importing")
SHEET_READ = "read sheet %1; passed over %2"
SHEET_FOUND = "read sheet %1, the one that holds a list; passed over %2"
PASSED_WHY = "%1 (%2)"  # a sheet passed over, and why
TEMPLATES = (AT, AT_SHEET, AT_ROW, AT_COLUMN, NOT_UTF8, NOT_UTF8_LATIN, LINE_BREAK, LOST_IN_CELL,
             LOST_MANY, MERGED, HIDDEN_ROWS, HIDDEN_COLUMNS, HIDDEN_ROW, HIDDEN_COLUMN,
             SHEET_READ, SHEET_FOUND, PASSED_WHY)


def issue(template: str, *values: object) -> Sentence:
    return Sentence(Said(template, *values))


def where_said(file: str, sheet: str | None = None, row: int | None = None,
               column: str | None = None) -> list:
    """table.where in pieces: 'list.xlsx, sheet 'Names', row 12, column C'."""
    return [file, *[Said(AT_SHEET, Quoted(sheet))] * (sheet is not None),
            *[Said(AT_ROW, row)] * (row is not None),
            *[Said(AT_COLUMN, column)] * (column is not None)]


def sheets_passed(names: list[str], why: dict[str, str]) -> list:
    """'ملاحظات' (no header row), 'Sheet2' (hidden): the sheets not read, each with why."""
    return joined([Said(PASSED_WHY, Quoted(n), Word("sheet", why[n])) if n in why else Quoted(n)
                   for n in names])


def number_runs(numbers: list[int]) -> str:
    """'5, 9-12, 40' for 5, 9, 10, 11, 12, 40 (sorted, each once)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
