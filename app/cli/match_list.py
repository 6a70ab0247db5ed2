"""`match`'s rows in the list's order: each row read, and each blank row the reader skipped."""

from __future__ import annotations

BLANK = "blank row"


def in_list_order(rows: list, blank_runs: list[tuple[int, int]]) -> list:
    """The converted rows and the runs (first, last) of blank rows, by row number: an entry for
    every row of the list, so that `match` reconciles with it as `import` does ("2 rows (1
    blank row skipped)")."""
    items = [(r.row, r) for r in rows] + [(run[0], run) for run in blank_runs]
    return [item for _n, item in sorted(items, key=lambda x: x[0])]


def blank_entries(first: int, last: int) -> list[dict]:
    """One JSON entry per blank row, shaped as a read row's, with nothing to match."""
    return [{"row": n, "name": "", "name_original": "", "name_latin": "", "warnings": [],
             "skipped": BLANK, "blank": True, "candidates": [],
             "not_same": []} for n in range(first, last + 1)]


def blank_line(first: int, last: int) -> str:
    """'row 3: skipped: blank row'; 'rows 6-8: skipped: blank rows' for a run of them."""
    return (f"row {first}: skipped: {BLANK}" if first == last
            else f"rows {first}-{last}: skipped: {BLANK}s")
