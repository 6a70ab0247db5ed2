"""A list's name and date cells read once per text (Converter._pieces, _reading, _date) give each
row what reading every cell anew gives: the same person, the same notes, the same rows held, a
cell that said something said again on every row that holds it."""

import pytest

from app.importing import convert, notes, read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from app.person_json import person_to_dict
from tests.import_helpers import write_csv

_REMEMBERED = convert._REMEMBERED  # as a list is read

# cells that read plainly and cells that say something (a second spelling, an initial, a
# known-as, a note beside the name, a kunya, a date to come, a date no one can read, an age),
# each on many rows: a list of full names, and one of name parts
_FULL = (["Full name", "Born", "Abducted", "Sex"], [
    ["نادية مراد طه", "1998", "3/8/2014", "F"],
    ["Nadia M. Taha", "about 20", "2099", "F"],
    ["خالدة الياس حسن الملقبة ام سعيد", "12 سنة", "31/02/2014", "F"],
    ["ليلى حسن - كوجو", "1990", "2014", "F"],
    ["شيرين خلف / Shereen Khalaf", "age 12 in 2014", "15/08/2014", "F"],
    ["ام خالد", "2001.0", "2014-08-03", "F"],
])
_PARTS = (["Name", "Father", "Grandfather", "Born", "Abducted", "Sex"], [
    ["Nadia / Nadya", "Murad", "Taha", "1998", "3/8/2014", "F"],
    ["Nadia", "Murad / Mrad", "Taha", "about 20", "2099", "F"],
    ["خالدة الملقبة ام سعيد", "الياس", "حسن", "12 سنة", "31/02/2014", "F"],
    ["ليلى (ليلا)", "حسن", "خلف/خليف", "1990", "2014", "F"],
    ["شيرين", "خلف", "M. Taha", "2001.0", "2014-08-03", "F"],
    ["ام خالد", "", "", "age 12 in 2014", "15/08/2014", "F"],
])


def _read(tmp_path, monkeypatch, remembered: int, table) -> list:
    monkeypatch.setattr(convert, "_REMEMBERED", remembered)
    header, rows = table
    path = write_csv(tmp_path / "list.csv", header, [list(r) for _ in range(5) for r in rows])
    t = read_table(str(path))
    out, conv = [], Converter(t, suggest(t))  # one converter: its memory for the whole list
    for c in (conv.convert(r) for r in t.rows):
        person = None
        if c.person is not None:
            person = {k: v for k, v in person_to_dict(c.person).items()
                      if k not in ("uuid", "created_at", "updated_at")}
        out.append((c.row, person, notes.dumps(c.warnings), notes.stored(c.rejected)))
    return out


@pytest.mark.parametrize("table", [_FULL, _PARTS])
def test_cells_read_once_give_every_row_what_reading_each_anew_gives(tmp_path, monkeypatch,
                                                                      table):
    anew = _read(tmp_path, monkeypatch, 0, table)
    once = _read(tmp_path, monkeypatch, _REMEMBERED, table)
    assert once == anew
    # the list holds cells that say something, on every row that holds them
    said = [w for _, _, w, _ in anew if w != "[]"]
    assert len(said) >= 5 * 4


@pytest.mark.parametrize("remembered", [1, 3])
def test_a_full_memory_reads_the_rest_anew(tmp_path, monkeypatch, remembered):
    anew = _read(tmp_path, monkeypatch, 0, _PARTS)
    assert _read(tmp_path, monkeypatch, remembered, _PARTS) == anew
