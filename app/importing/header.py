"""A grid of cells into a Table: merged cells filled, header row found, blank columns dropped."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.errors import InputFileError
from app.importing.fields import Field, field_for_header, fold_header, ordinal, paired_field
from app.importing.issues import MERGED, issue
from app.importing.limits import ReadLimits
from app.importing.not_known import spreadsheet_error
from app.importing.refusals import BLANK_RUN, at, refused
from app.importing.spans import full_name_parts
from app.importing.table import (
    CellValue,
    Column,
    ReadIssue,
    Row,
    Table,
    cell_text,
    column_letter,
    no_header_label,
)

HEADER_SEARCH_ROWS = 30  # a title block above the header is rarely longer than this

# ((first_row, first_col), (last_row, last_col)): 0-based, absolute, as python-calamine gives
Merge = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class Grid:
    """The used area of a sheet: rows of cells and where the area starts in the sheet (0-based)."""

    file: str
    sheet: str | None
    rows: list[list[CellValue]]
    first_row: int = 0
    first_col: int = 0
    merges: list[Merge] = field(default_factory=list)
    issues: list[ReadIssue] = field(default_factory=list)
    date1904: bool = False  # the workbook counts its dates from 1904 (workbook.uses_1904)


def _blank(v: CellValue) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def fill_merges(grid: Grid) -> None:
    """Give every cell of a merged range the value of its top-left cell, as a person sees it."""
    for (r0, c0), (r1, c1) in grid.merges:
        top = _get(grid, r0, c0)
        if _blank(top) or (r0, c0) == (r1, c1):
            continue
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                i, j = r - grid.first_row, c - grid.first_col
                if 0 <= i < len(grid.rows):
                    row = grid.rows[i]
                    if j >= len(row):
                        row.extend([None] * (j + 1 - len(row)))
                    if j >= 0 and _blank(row[j]):
                        row[j] = top
        if r1 > r0 and r0 - grid.first_row > HEADER_SEARCH_ROWS:
            grid.issues.append(ReadIssue(
                "warning", issue(MERGED, f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"),
                grid.file, grid.sheet, r0 + 1, column_letter(c0)))


def _get(grid: Grid, r: int, c: int) -> CellValue:
    i, j = r - grid.first_row, c - grid.first_col
    if 0 <= i < len(grid.rows) and 0 <= j < len(grid.rows[i]):
        return grid.rows[i][j]
    return None


def _numeric(text: str) -> bool:
    """'12', '3.5', '12/03/2001', '2014-08-03': CSV gives numbers and dates as text."""
    stripped = text.strip().translate(str.maketrans("", "", "./-:, "))
    return stripped.isdigit()


def _header_score(row: list[CellValue]) -> tuple[int, int]:
    """(keyword hits, distinct text cells): a header is text, mostly unique, and names fields."""
    texts = {cell_text(v) for v in row if isinstance(v, str) and v.strip()
             and not _numeric(v)}
    numbers = sum(1 for v in row if not _blank(v) and (not isinstance(v, str) or _numeric(v)))
    hits = sum(1 for t in texts if field_for_header(t))
    distinct = len(texts)
    if numbers > distinct:
        return 0, 0
    return hits, distinct


def find_header(grid: Grid) -> int | None:
    """Index in grid.rows of the header row, or None when the sheet has no header.

    The first rows may hold a title, a date, or a logo caption; the header is the row among the
    first HEADER_SEARCH_ROWS that names the most known fields, else the first row with at least
    two distinct text cells and at least half as many cells as the widest row below it.
    """
    limit = min(len(grid.rows), HEADER_SEARCH_ROWS)
    widest = max((sum(not _blank(v) for v in r) for r in grid.rows[:limit * 4]), default=0)
    best, best_hits = None, 0
    for i in range(limit):
        hits, distinct = _header_score(grid.rows[i])
        if hits > best_hits:
            best, best_hits = i, hits
    if best is not None:
        return best
    for i in range(limit):
        _, distinct = _header_score(grid.rows[i])
        if distinct >= 2 and distinct * 2 >= widest:
            return i
    return None


def _two_level(grid: Grid, h: int, headers: list[str]) -> list[str]:
    """'Name / Father' when a merged cell above the header groups several header cells."""
    r_above = grid.first_row + h - 1
    named = [j for j, t in enumerate(headers) if t]
    for (r0, c0), (r1, c1) in grid.merges:
        if r0 <= r_above <= r1 < grid.first_row + h and c1 > c0:
            under = [j for j in named if c0 <= j + grid.first_col <= c1]
            if len(under) >= max(3, 0.8 * len(named)):
                continue  # a title over the whole list ("... of Kocho village"), not a group
            top = cell_text(_get(grid, r0, c0))
            for c in range(c0, c1 + 1):
                j = c - grid.first_col
                if 0 <= j < len(headers) and top and headers[j] and headers[j] != top:
                    headers[j] = f"{top} / {headers[j]}"
    return headers


def _groups(grid: Grid, i: int) -> set[int]:
    """Indexes of the cells of row i under a range merged across (not down past) that row."""
    r = grid.first_row + i
    return {c - grid.first_col for (r0, c0), (r1, c1) in grid.merges
            if r0 <= r == r1 and c1 > c0 for c in range(c0, c1 + 1)}


def _cell(row: list[CellValue], j: int) -> CellValue:
    return row[j] if j < len(row) else None


def _typed_groups(grid: Grid, upper: int) -> dict[int, str]:
    """Groups typed without a merge: a header word with blank header cells after it, over a
    row below that has labels under them ("الاسم" over الاول / الأب / الجد in a CSV, or in a
    sheet nobody merged). Column index -> the group's word."""
    if not 0 <= upper < len(grid.rows) - 1:
        return {}
    up, lo = grid.rows[upper], grid.rows[upper + 1]
    # A header row has several headers; a title typed in one cell over a list does not.
    if sum(not _blank(v) for v in up) < 2:
        return _lone_name_group(up, lo)
    out: dict[int, str] = {}
    for j, v in enumerate(up):
        if _blank(v) or _blank(_cell(lo, j)):
            continue
        k = j + 1
        while k < len(lo) and _blank(_cell(up, k)) and not _blank(lo[k]):
            k += 1
        if k > j + 1 and len(cell_text(v).split()) <= 3:  # a group word, not a sentence
            out |= dict.fromkeys(range(j, k), cell_text(v))
    return out


_PARTS = {Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY}


def _name_part(v: CellValue) -> bool:
    """'الاول', 'الاب', 'Father', '2nd': a label naming one part of a name."""
    if _blank(v) or not isinstance(v, str) or _numeric(v):
        return False
    hit = field_for_header(v)
    return ordinal(cell_text(v)) is not None or (hit is not None and hit[0] in _PARTS)


def _lone_name_group(up: list[CellValue], lo: list[CellValue]) -> dict[int, str]:
    """A name group alone on its row, as Excel saves a merged one to CSV ('الاسم الرباعي' over
    الاول / الاب / الجد / اللقب): only a word that is itself a name's header, and only over the
    name parts from its column on. A title alone on its row is no group."""
    j = next((j for j, v in enumerate(up) if not _blank(v)), None)
    if j is None:
        return {}
    word = cell_text(up[j])
    hit = field_for_header(word)
    if hit is None or hit[0] not in (Field.GIVEN, Field.FULL_NAME) or fold_header(word) != hit[1]:
        return {}
    k = j
    while k < len(lo) and (k == j or _blank(_cell(up, k))) and _name_part(lo[k]):
        k += 1
    return dict.fromkeys(range(j, k), word) if k - j >= 2 else {}


def _group_labels(grid: Grid, upper: int) -> dict[int, str]:
    """Column index -> group word, for merged groups and typed ones alike."""
    merged = _groups(grid, upper)
    if merged:
        return {j: cell_text(_cell(grid.rows[upper], j)) for j in merged}
    return _typed_groups(grid, upper)


def _lower_header(grid: Grid, upper: int) -> bool:
    """Whether the row below `upper` is the second row of its header: field names under a group
    merged across the upper row ("Name" over Given / Father / Grandfather, "Date" over
    Abduction / Rescue), no number anywhere, and nothing under the upper row's own headers
    unless a merge down repeated them there."""
    if not 0 <= upper < len(grid.rows) - 1:
        return False
    words = _group_labels(grid, upper)
    group = set(words)
    up, lo = grid.rows[upper], grid.rows[upper + 1]
    filled = [j for j in range(len(lo)) if not _blank(lo[j])]
    # A title merged across the whole list is no group: the header below stands alone.
    if not group or (all(j in group for j in filled)
                     and all(j in group or _blank(v) for j, v in enumerate(up))):
        return False
    under = hits = 0
    for j in filled:
        v = lo[j]
        if not isinstance(v, str) or _numeric(v):
            return False
        if j in group:
            under += 1
            hits += (field_for_header(v) is not None or ordinal(cell_text(v)) is not None
                     or paired_field(words[j], cell_text(v)) is not None)
        elif not _blank(_cell(up, j)) and cell_text(_cell(up, j)) != cell_text(v):
            return False
    return (hits >= 2 and hits * 2 >= under) or (under > 0 and _merged_down(grid, upper, group))


def _merged_down(grid: Grid, upper: int, group: set[int]) -> bool:
    """Whether every header of the upper row outside its groups is merged down over the row
    below, as a sheet lays out a header of two rows: the merges say that row is header, whatever
    its labels name (a group's labels the importer knows no word of are still no person)."""
    r = grid.first_row + upper
    down = {c - grid.first_col for (r0, c0), (r1, c1) in grid.merges
            if r0 <= r < r1 for c in range(c0, c1 + 1)}
    headed = [j for j, v in enumerate(grid.rows[upper]) if not _blank(v) and j not in group]
    return bool(headed) and all(j in down for j in headed)


def _two_rows(grid: Grid, h: int) -> tuple[int, int] | None:
    """(upper, lower) when the header found at row h spans two rows, h being either of them."""
    for upper in (h, h - 1):
        if upper >= 0 and _lower_header(grid, upper):
            return upper, upper + 1
    return None


def _combined(grid: Grid, upper: int, width: int) -> list[str]:
    """One label per column from a two-row header: 'Name / Father' under the group, else the
    label of whichever row has one."""
    group = _group_labels(grid, upper)
    out = []
    for j in range(width):
        a = cell_text(_cell(grid.rows[upper], j)) or group.get(j, "")
        b = cell_text(_cell(grid.rows[upper + 1], j))
        out.append(f"{a} / {b}" if j in group and a and b and a != b else b or a)
    return out


def build_table(grid: Grid, limits: ReadLimits) -> Table:
    """Header, columns and data rows; blank rows counted, blank unnamed columns dropped."""
    fill_merges(grid)
    width = max((len(r) for r in grid.rows), default=0)
    h = find_header(grid)
    pair = None if h is None else _two_rows(grid, h)
    if h is None:
        headers = [""] * width
        data_start = next((i for i, r in enumerate(grid.rows) if not all(map(_blank, r))), 0)
    elif pair is not None:
        upper, h = pair
        headers = _combined(grid, upper, width)
        data_start = h + 1
    else:
        headers = [cell_text(v) for v in grid.rows[h]] + [""] * (width - len(grid.rows[h]))
        headers = _two_level(grid, h, headers)
        data_start = h + 1
    body = grid.rows[data_start:]
    used = [any(j < len(r) and not _blank(r[j]) for r in body) for j in range(width)]
    if h is not None and pair is None:
        r = grid.first_row + h
        across = [(c0 - grid.first_col, c1 - grid.first_col)
                  for (r0, c0), (r1, c1) in grid.merges if r0 == r1 == r and c1 > c0]
        headers = full_name_parts(headers, used, body, across)
    keep = [j for j in range(width) if headers[j] or used[j]]
    columns = _columns(grid, keep, headers)
    rows, blank, run, runs = [], 0, 0, []
    for i, r in enumerate(body):
        number = grid.first_row + data_start + i + 1
        values = tuple(r[j] if j < len(r) else None for j in keep)
        # A row of nothing but a formula's error values ('#VALUE!' dragged below the list)
        # is a blank row, as the program that saved it shows it empty of any person.
        if all(_blank(v) or isinstance(v, str) and spreadsheet_error(v) for v in values):
            blank, run = blank + 1, run + 1
            if run == 1:
                runs.append((number, number))
            else:
                runs[-1] = (runs[-1][0], number)
            continue
        if run > limits.max_blank_run:
            raise InputFileError(refused(at(grid.file, grid.sheet, number), BLANK_RUN, run))
        run = 0
        rows.append(Row(number, values))
    header_row = None if h is None else grid.first_row + h + 1
    return Table(grid.file, grid.sheet, columns, rows, header_row, issues=list(grid.issues),
                 blank_rows=blank, blank_runs=runs, date1904=grid.date1904)


def _columns(grid: Grid, keep: list[int], headers: list[str]) -> list[Column]:
    columns, seen = [], {}
    for j in keep:
        index = grid.first_col + j
        label = headers[j] or no_header_label(column_letter(index))
        n = seen.get(label, 0) + 1
        seen[label] = n
        columns.append(Column(index, headers[j], label if n == 1 else f"{label} ({n})"))
    return columns
