"""'الاسم الرباعي واللقب' (the four-part name and the surname) over five columns: her given,
father's, grandfather's and family names are read; the great-grandfather's, which a record has
no place for, is named as not imported, never dropped without a word."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from app.importing import read_table
from app.importing.convert import Converter
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, new_vault, write_csv

WORD = "الاسم الرباعي واللقب"
ROWS = [["سلوى", "سلو", "محمود", "حسن", "جيلكي", "بورك"],
        ["نسرين", "سلو", "محمود", "حسن", "جيلكي", "بورك"]]


def _five_columns(path, merged: bool):
    """The header merged across A1:E1 in a workbook; or, as a CSV of that sheet, typed in A
    with B:E left blank."""
    header = [WORD, "", "", "", "", "القرية"]
    if not merged:
        return write_csv(path, header, ROWS)
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([v or None for v in header])
    ws.merge_cells("A1:E1")
    for r in ROWS:
        ws.append(r)
    wb.save(path)
    return path


def _path(tmp_path, merged):
    return _five_columns(tmp_path / ("list.xlsx" if merged else "list.csv"), merged)


@pytest.mark.parametrize("merged", [True, False])
def test_five_columns_under_the_four_part_name_and_surname_are_its_parts(tmp_path, merged):
    """Over five columns only the first was read, as her full name, and the other four
    were left out: she was made again under a one-word name."""
    t = read_table(str(_path(tmp_path, merged)))
    assert t.headers == [f"{WORD} / {n}" for n in range(1, 6)] + ["القرية"]
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.IGNORE, Field.FAMILY, Field.VILLAGE]
    assert m.reasons[t.headers[4]] == (
        f"header '{WORD} / 5': part 5 of the name under '{WORD}' (100% Arabic script: "
        "original script)")
    assert m.reasons[t.headers[3]] == (
        f"header '{WORD} / 4': part 4 of the name under '{WORD}' is the great-grandfather's "
        "name, which a record has no place for; not imported (kept with the list's rows)")
    rows = [Converter(t, m).convert(r) for r in t.rows]
    sister = rows[1].person
    assert [sister.name(p).original for p in (NamePart.GIVEN, NamePart.FATHER,
                                              NamePart.GRANDFATHER, NamePart.FAMILY)] == [
        "نسرين", "سلو", "محمود", "جيلكي"]
    assert rows[1].raw[f"{WORD} / 4"] == "حسن"  # kept with the list's row


@pytest.mark.parametrize("merged", [True, False])
def test_the_dry_run_names_the_great_grandfathers_column_as_not_imported(tmp_path, merged):
    new_vault(tmp_path / "vault").close()
    r = cli(tmp_path, "import", str(_path(tmp_path, merged)), "--dry-run", "--source", "test")
    assert r.returncode == 0, r.stderr
    assert f"  not imported: column '{WORD} / 4', 2 cells with a value (kept with the list's " \
           "rows)\n" in r.stdout
    assert f"  {WORD} / 5 -> family  (" in r.stdout


def test_a_four_part_name_over_four_columns_still_ends_with_the_family(tmp_path):
    """Four columns keep the reading they had: the fourth is her family name."""
    path = write_csv(tmp_path / "list.csv", ["الاسم الرباعي", "", "", "", "القرية"],
                     [r[:3] + r[4:] for r in ROWS])
    t = read_table(str(path))
    assert [suggest(t).columns[h] for h in t.headers] == [
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY, Field.VILLAGE]


def test_six_columns_under_one_name_are_something_else_and_stay_as_they_were(tmp_path):
    path = write_csv(tmp_path / "list.csv", [WORD, "", "", "", "", "", "القرية"],
                     [[*r[:5], "x", r[5]] for r in ROWS])
    assert f"{WORD} / 6" not in read_table(str(path)).headers


@pytest.mark.parametrize("word", ["الاسم الرباعي", "Full name"])
def test_five_columns_under_a_header_that_names_no_surname_are_not_read_as_five_parts(
        tmp_path, word):
    """'الاسم الرباعي' (four parts) over five one-word columns: the fifth is something the
    header does not name (a mother's name, a village), not her family name; read as five
    parts, her fourth name was dropped and the fifth became her clan."""
    path = write_csv(tmp_path / "list.csv", [word, "", "", "", "", "القرية"], ROWS)
    assert f"{word} / 5" not in read_table(str(path)).headers
