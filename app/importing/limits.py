"""Limits that keep a hostile or broken spreadsheet from exhausting the laptop."""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """Bounds checked before parsing (zip structure) and while parsing (in a child process).

    The defaults leave room for a 100,000-row list (a 5 MB xlsx inflating to 66 MB, read in about
    175 MiB) while refusing zip bombs, far-away cells and giant cells long before memory runs out.
    """

    max_file_bytes: int = 256 * MiB
    max_zip_entries: int = 5_000
    max_entry_bytes: int = 512 * MiB  # one inflated part, declared AND actually inflated
    max_total_bytes: int = 768 * MiB  # all inflated parts together
    max_ratio: float = 150.0  # inflated / compressed, for parts larger than ratio_floor_bytes
    ratio_floor_bytes: int = 4 * MiB
    max_text_run_bytes: int = 4 * MiB  # longest XML text between two tags (a giant cell)
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    max_cells: int = 6_000_000  # rows x columns of the used area of one sheet
    max_rows: int = 1_048_576  # Excel's row limit; CSV files are held to it too
    max_blank_run: int = 100_000  # consecutive blank rows inside the data
    memory_bytes: int = 1536 * MiB  # address-space limit of the parsing child process
    timeout_seconds: float = 180.0
    isolate: bool = True  # parse in a child process (memory and time bound); False only in tests


DEFAULT_LIMITS = ReadLimits()
