"""Which sheet of a workbook to read when the user names none: the one that holds a list."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.errors import InputFileError
from app.importing.fields import Field, field_for_header
from app.importing.issues import SHEET_FOUND, SHEET_READ, issue, sheets_passed
from app.importing.pieces import Quoted, joined
from app.importing.reasons import NO_SHEET_HEADED, reason
from app.importing.refusals import NO_SHEETS, refused
from app.importing.table import ReadIssue, SheetInfo, Table, where

# A header cell naming one of these says the rows below are people.
_LIST_NAMES = {Field.FULL_NAME, Field.GIVEN, Field.FATHER, Field.FAMILY, Field.NICKNAME}


class SheetChoiceError(InputFileError):
    """Several sheets hold a list and none was named: which one is the user's to say."""

    def __init__(self, message: str, lists: list[str]) -> None:
        super().__init__(message)
        self.lists = lists


def holds_list(table: Table) -> bool:
    """A header row was found and one of its cells names a part of a person's name."""
    return table.header_row is not None and any(
        (hit := field_for_header(c.header)) is not None and hit[0] in _LIST_NAMES
        for c in table.columns)


def _names(names: list[str]) -> str:
    return ", ".join(repr(n) for n in names)


def choose(file: str, sheets: list[SheetInfo], read: Callable[[str], Table]) -> Table:
    """The table of the one visible sheet that holds a list, with a notice naming the sheets
    passed over and why. A cover or title sheet before the list is never read as people;
    several sheets holding lists (a sheet per village) raise SheetChoiceError, since reading
    one of them silently would leave the others out."""
    visible = [s for s in sheets if not s.hidden and s.kind == "worksheet"]
    if not visible:
        if not sheets:
            raise InputFileError(refused(file, NO_SHEETS))
        visible = sheets[:1]
    why: dict[str, str] = {s.name: "hidden" if s.hidden else s.kind
                           for s in sheets if s not in visible}
    if len(visible) == 1:  # nothing to choose between: the sheet says for itself
        return _noticed(read(visible[0].name), sheets, why, file)
    lists: list[str] = []
    chosen = headed = None
    for s in visible:
        t = read(s.name)
        if holds_list(t):
            lists.append(s.name)
            chosen = t if chosen is None else chosen
        elif t.header_row is None:
            why[s.name] = "no header row"
        else:
            why[s.name] = "no column headed as a name"
            headed = t if headed is None else headed
    if len(lists) > 1:
        raise SheetChoiceError(
            f"{where(file)}: several sheets hold a list: {_names(lists)}; each is a list of its "
            "own: choose the one to read (--sheet NAME)", lists)
    if chosen is None and headed is None:  # said in pieces: the desktop in its own language
        raise InputFileError(reason(NO_SHEET_HEADED, where(file),
                                    joined([Quoted(s.name) for s in sheets])))
    return _noticed(chosen or headed, sheets, why, file, found=chosen is not None)


def _noticed(table: Table, sheets: list[SheetInfo], why: dict[str, str], file: str,
             found: bool = False) -> Table:
    """The table, first among its issues a notice of the sheet read and those passed over."""
    table.sheets = sheets
    others = [s.name for s in sheets if s.name != table.sheet]
    if others:
        said = issue(SHEET_FOUND if found else SHEET_READ, Quoted(table.sheet),
                     sheets_passed(others, why))
        table.issues.insert(0, ReadIssue("warning", said, file))
    return table


def sheet_read(file_name: str, sheet: str | None) -> str:
    """The sheet a batch read, where its file is a workbook ("" for a CSV): two lists of one
    workbook (a village a sheet) differ only by it in a list of imports."""
    flat = (file_name or "").lower().endswith((".csv", ".txt", ".tsv"))
    return "" if flat else (sheet or "")
