"""A count of one is said in the singular: "1 unchanged row only moved", not "1 unchanged rows"
(the hidden rows and columns of a workbook: tests/test_import_hidden_rows_said.py)."""

from app.importing.pieces import english
from app.importing.report import changes_heading


def _heading(moved: int) -> str:
    ch = {"previous_batch": 1, "added": 0, "removed": 0, "changed": 0, "unchanged": 3,
          "repeated": 0, "moved": moved}
    return "\n".join(english(line) for line in changes_heading(ch))


def test_one_row_moved_is_said_in_the_singular():
    assert "rows are known by their names, not their numbers: 1 unchanged row only moved to " \
           "another row" in _heading(1)
    assert "2 unchanged rows only moved to another row" in _heading(2)
