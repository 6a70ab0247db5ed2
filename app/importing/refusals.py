"""Why the importer refuses a file, a mapping or a step of an import, in pieces as a row's
warnings are: the command line says it in the English it always printed, the desktop in its own
language, with the same file, sheet, row and column."""

from __future__ import annotations

from app.importing.issues import AT, where_said
from app.importing.pieces import Said, Sentence, pieces_of

# Each template once; ui/import_report.py lists every one for translation
# (tests/test_import_refusals_said.py checks). Each is said after where it was found ("%1: %2").
LINE = " (line %1)"  # after the row, the line of the file a CSV record starts on
# reading a file
NO_SUCH_FILE = "no such file"
# a path typed relative to the folder the command ran in, or whose folder is not there (a drive
# not plugged in): "list1.xlsx: no such file" alone hid where it was looked for
NO_SUCH_FILE_IN = "no such file in %1"
NO_SUCH_FOLDER = "no such file: there is no folder %1"
IS_A_FOLDER = "a folder, not a file: give the list's file inside it"
UNKNOWN_KIND = "unknown kind of file; import reads xlsx, xlsm, xls, ods, csv and tsv"
NOT_REALLY = "the file is not really a %1 workbook (damaged, or another kind of file renamed)"
NOT_READABLE = ("not a readable spreadsheet: the file is damaged, or is another kind of file; "
                "ask the sender for it again")
# after NOT_READABLE on the command line: the reader's own English words, for whoever looks into
# the file; the desktop leaves them out (ui/import_report.py), its sentence says what to do
READER_SAID = " (technical detail: %1)"
PROTECTED = "the file is protected by a password; save an unprotected copy to import it"
NO_SHEETS = "the workbook has no sheets"
NO_SHEET_NAMED = "no sheet named %1 (sheets: %2)"
CSV_NO_SHEETS = "a CSV file has no sheets (asked for %1)"
SHEET_UNREADABLE = "cannot be read (%1)"
NUL_CELL = "the cell holds a NUL character; the file is damaged"
NUL_CELL_UTF16 = ("the cell holds a NUL character; the file is damaged (or is UTF-16 text "
                  "without a byte-order mark)")
NUL_BYTES = "the file holds NUL bytes; save it again as UTF-8 CSV"
NUL_BYTES_UTF16 = ("the file holds NUL bytes (it looks like UTF-16 without a byte-order mark); "
                   "save it again as UTF-8 CSV")
BAD_BOM = "not valid %1 although the file starts with its byte-order mark"
UNCLOSED_QUOTE = ("a quote opens here and is never closed; every following line would run into "
                  "this one cell. Fix the quote and import again")
SWALLOWED_ROWS = ("a quote opens here and closes %1 lines further down, so whole rows (lines "
                  "with their %2 separators) ran into this one cell; fix the quote and import "
                  "again")
TAB = "'tab'"  # the separator of a TSV file, as SWALLOWED_ROWS names it
DAMAGED_HEADER = ("the header %1 lost letters ('?'): the file was saved as Windows Arabic "
                  "(cp1256), which cannot hold Sorani letters (ڕ ڤ ڵ ە ۆ ێ). Nothing was "
                  "imported; import a UTF-8 copy of the list (in Excel: Save as, CSV UTF-8)")
# the limits that keep a hostile or broken file from exhausting the laptop (limits.py)
FILE_SIZE = "the file is %1 MiB; the limit is %2 MiB"
PARTS = "%1 parts inside the file; the limit is %2"
DECLARED = "declares %1 MiB of content; the limit is %2 MiB"
PART_DECLARED = "part %1 declares %2 MiB; the limit is %3 MiB"
COMPRESSION = "part %1 uses an unsupported compression method (%2)"
PART_DAMAGED = "part %1 is damaged"
INFLATES = ("part %1 inflates to more than it declares (%2 bytes declared); the file is damaged "
            "or hostile")
INFLATES_LIMIT = ("part %1 inflates to more than the limit (%2 bytes declared); the file is "
                  "damaged or hostile")
RATIO = "part %1 is compressed %2 to 1; the limit is %3 to 1 (a zip bomb?)"
DTD = ("part %1 declares a DTD or entities (XML bomb or XXE); spreadsheets never need one")
TEXT_RUN = ("part %1 holds a text of more than %2 MiB without markup; the file is damaged or "
            "hostile")
# What to do about one cell too long, said after where it is: a notes cell holding a whole
# report refused the whole list, with nothing said of how to get it in.
SHORTEN = ("shorten the cell, or split its text over several cells or rows, save the file "
           "again, and import it again")
# the same giant run in a part that holds cells' text (%1), said with its sheet where known;
# and where its cell is known too
TEXT_RUN_SHEET = ("part %1 holds a text of more than %2 MiB without markup (one giant cell, or a "
                  "damaged or hostile file): if a cell holds that much text, " + SHORTEN)
TEXT_RUN_CELL = "a cell of more than %1 MiB of text; the limit is %2 characters: " + SHORTEN
CELL_CHARS = "a cell of %1 characters; the limit is %2: " + SHORTEN
USED_AREA = ("the sheet's used area reaches this cell (%1 rows x %2 columns); the limit is %3 "
             "cells. Delete stray cells far below or right of the list")
ROWS = "more than %1 rows"
BLANK_RUN = "data resumes after %1 blank rows; the file looks damaged or hostile"
TIMEOUT = "reading took longer than %1 s and was stopped"
MEMORY = ("reading needed more than the %1 MiB memory limit and was stopped; the sheet reaches "
          "far-away cells or the file is damaged or hostile")
READER_STOPPED = "the reader stopped unexpectedly (exit code %1)"
# a mapping (a file given with --mapping, or the one saved for a source)
NOT_A_FIELD = "column %1 is mapped to %2, which is not a field (use one of: %3)"
NOT_A_MAPPING = "not a valid column mapping (%1)"
NOT_A_VALUE = "%1 value %2 is mapped to %3, which is not a %1 (use one of: %4)"
NOT_A_YEAR = "%1 is not a year"
NOT_AN_AGE_YEAR = "%1 is not a year a list of ages could be from (%2 to %3)"
# staging and committing
HEADER_ONLY = "the header is here but no row below it holds a value; nothing was imported"
ALREADY = "import batch %1 is already %2"
NOT_DECIDED = "row %1 is not decided: decide it first"
# %2 why the row was not imported, as the report says it (notes.py)
REJECTED = "row %1 was rejected when the list was read, so there is nothing to decide: %2"
# %2 why: the row was set aside when the person it was taken for was deleted (notes.py)
SET_ASIDE = "row %1 holds nothing left to decide: %2"
NO_ROW = "batch %1 has no row %2"
LEAD_SKIPPED = ("row %1 is to be skipped: decide it first (create or update), then this row; or "
                "create or skip this row")
LEAD_UNDECIDED = ("row %1 is not decided yet: decide it first (create or update), then this "
                  "row; or create or skip this row")
ROW = "row %1"
NOT_RECONCILED = "counts do not reconcile; nothing was imported"
BATCH = "batch %1"
CHAIN = "its merge chain does not end; split it first"
DELETED = ("a row is to update a person who has been deleted since the list was staged; decide "
           "it again")
NO_BATCH = "no import batch %1"
# withdrawing a committed row from her record (withdraw.py): the desktop's person page says
# these in its language too
NOT_COMMITTED = "import batch %1 is %2, not committed: nothing of it is in the vault to withdraw"
NO_IMPORTABLE_ROW = "batch %1 has no importable row %2"
NAMES_NO_ONE = ("row %1 of batch %2 names no person now (skipped, or withdrawn already): nothing "
                "to withdraw")
SINCE_MERGED = ("row %1 of batch %2 went to %3, since merged into %4: split it out first "
                "(casekeeper split %3)")
REFERRED_TO = ("row %1 of batch %2 made %3, and more refers to that record than this row: %4; "
               "nothing was withdrawn (the record is not deleted while anything else refers to "
               "it: split, unlink or delete it by hand first)")
# ... what else refers to her, each said so in REFERRED_TO's %4
BY_ROW = "row %1 of batch %2"
BY_REPORT = "report %1"
BY_RESCUE = "rescue %1"
BY_RELATIVE = "relative %1 (%2)"  # %2 the relation, a Word("relation", ...)
BY_MERGED = "%1, merged into it"
BY_CONTACT = "family contact %1"
BY_PHOTO = "photo %1"
BY_NOT_SAME = "not the same person as %1"
BY_WORK = "%1 on %2"  # %1 what was done to her record, a Word("action", ...), %2 the day
WITHDRAW_TEMPLATES = (NO_BATCH, NOT_COMMITTED, NO_IMPORTABLE_ROW, NAMES_NO_ONE, SINCE_MERGED,
                      REFERRED_TO, BY_ROW, BY_REPORT, BY_RESCUE, BY_RELATIVE, BY_MERGED,
                      BY_CONTACT, BY_PHOTO, BY_NOT_SAME, BY_WORK)
TEMPLATES = (LINE, NO_SUCH_FILE, NO_SUCH_FILE_IN, NO_SUCH_FOLDER, IS_A_FOLDER, UNKNOWN_KIND,
             NOT_REALLY, NOT_READABLE, READER_SAID, PROTECTED, NO_SHEETS,
             NO_SHEET_NAMED, CSV_NO_SHEETS, SHEET_UNREADABLE, NUL_CELL, NUL_CELL_UTF16,
             NUL_BYTES, NUL_BYTES_UTF16, BAD_BOM, UNCLOSED_QUOTE, SWALLOWED_ROWS, TAB,
             DAMAGED_HEADER, FILE_SIZE, PARTS, DECLARED, PART_DECLARED, COMPRESSION,
             PART_DAMAGED, INFLATES, INFLATES_LIMIT, RATIO, DTD, TEXT_RUN, CELL_CHARS,
             TEXT_RUN_SHEET, TEXT_RUN_CELL,
             USED_AREA, ROWS, BLANK_RUN, TIMEOUT, MEMORY, READER_STOPPED, NOT_A_FIELD,
             NOT_A_MAPPING, NOT_A_VALUE, NOT_A_YEAR, NOT_AN_AGE_YEAR, HEADER_ONLY,
             ALREADY, NOT_DECIDED, REJECTED, SET_ASIDE, NO_ROW, LEAD_SKIPPED, LEAD_UNDECIDED,
             ROW, NOT_RECONCILED, BATCH,
             CHAIN, DELETED, *WITHDRAW_TEMPLATES)


def at(file: str, sheet: str | None = None, row: int | None = None,
       column: str | None = None, line: int | None = None) -> list:
    """Where in a file, in pieces: 'list.csv, row 3, column A (line 3)' (table.where)."""
    return [*where_said(file, sheet, row, column), *([Said(LINE, line)] if line else [])]


def refused(where: object, template: str, *values: object) -> Sentence:
    """'where: what', where being at(...), a file's name, or a sentence (a mapping's origin)."""
    return Sentence(Said(AT, pieces_of(where), Said(template, *values)))


def unreadable(name: str, detail: str) -> Sentence:
    """'list.xlsx: not a readable spreadsheet ... (technical detail: File is not a zip file)'."""
    return Sentence([Said(AT, name, Said(NOT_READABLE)), Said(READER_SAID, detail)])


def said(template: str, *values: object) -> Sentence:
    """A refusal that names no place in a file."""
    return Sentence(Said(template, *values))
