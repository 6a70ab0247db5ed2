"""A list refused for one giant cell says where the cell is (the sheet by its name, the row and
the column) and what to do about it, whether the cell holds 1 MB (read, then refused) or 5 MB
(stopped before any parser sees the file)."""

import pytest

from app.domain.errors import InputFileError
from app.importing import read_table
from tests import hostile_files as hf

TO_DO = ("shorten the cell, or split its text over several cells or rows, save the file again, "
         "and import it again")


def test_a_five_megabyte_cell_is_named_by_sheet_row_and_column(tmp_path):
    path = hf.giant_cell(tmp_path / "big.xlsx", size=5_000_000)
    with pytest.raises(InputFileError) as e:
        read_table(str(path))
    said = str(e.value)
    assert said.startswith("big.xlsx, sheet 'Sheet', row 2, column C: a cell of more than 4 MiB")
    assert said.endswith(TO_DO)


def test_a_one_megabyte_cell_says_what_to_do(tmp_path):
    with pytest.raises(InputFileError) as e:
        read_table(str(hf.giant_cell(tmp_path / "cell.xlsx")))
    assert str(e.value) == ("cell.xlsx, sheet 'Sheet', row 2, column C: a cell of 1000000 "
                            f"characters; the limit is 32767: {TO_DO}")
