"""Importing name lists: read_table(path, sheet=None) -> Table is the entry point for reading.

    from app.importing import read_table, list_sheets
    table = read_table("list.xlsx")           # the sheet holding a list; or sheet="Kocho"
    table.headers                             # ["No", "الاسم", "Father", ...] (unique labels)
    for row in table.rows:                    # blank rows dropped (counted in table.blank_rows)
        row.number, row.texts()               # 1-based spreadsheet row, cells as text
    table.issues                              # warnings naming file, sheet, row, column

Hostile or broken files raise app.domain.errors.InputFileError with a one-line message.
"""

from app.importing.limits import DEFAULT_LIMITS, ReadLimits
from app.importing.reader import list_sheets, read_table
from app.importing.table import (
    CellValue,
    Column,
    ReadIssue,
    Row,
    SheetInfo,
    Table,
    cell_text,
    column_letter,
)

__all__ = ["DEFAULT_LIMITS", "CellValue", "Column", "ReadIssue", "ReadLimits", "Row", "SheetInfo",
           "Table", "cell_text", "column_letter", "list_sheets", "read_table"]
