"""One sheet saved from one program writes one order: a date column none of whose cells says
which way round it is (7/4/1976) is read month first when another column of the sheet proves
it (8/15/2014), and the dry run says so; two columns proving opposite orders keep each its own,
and the month-first one says so."""

from __future__ import annotations

import json
from datetime import date

from app.importing import read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv, write_xlsx

HEADER = ["Name", "Father", "Village", "Date of abduction", "Date of birth"]
# as a list saved from US English Excel writes them
US = [["Amsha", "Faris", "Kocho", "8/3/2014", "5/6/1985"],
      ["Suzan", "Murad", "Kocho", "8/15/2014", "7/4/1976"]]


def _rows(path):
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    return conv, [conv.convert(r) for r in t.rows]


def _born(rows):
    return [(r.person.birth.earliest, r.person.birth.text) for r in rows]


def test_a_birth_column_that_says_no_order_is_read_as_the_sheets_abduction_column(tmp_path):
    """7/4/1976 was stored as 7 April (1976-04-07), 5/6/1985 as 5 June, beside an abduction
    column read month first, with no word; in a workbook's text cells as in a CSV."""
    for path in (write_csv(tmp_path / "l.csv", HEADER, US),
                 write_xlsx(tmp_path / "l.xlsx", [("List", [HEADER, *US])])):
        conv, rows = _rows(path)
        assert _born(rows) == [(date(1985, 5, 6), "1985-05-06"), (date(1976, 7, 4), "1976-07-04")]
        assert [r.person.abduction_date.earliest for r in rows] == [date(2014, 8, 3),
                                                                    date(2014, 8, 15)]
        assert [r.warnings for r in rows] == [[], []]  # said once, for the column
        assert {k: o.kind for k, o in conv.date_orders.items()} == {
            "Date of abduction": "month_first", "Date of birth": "month_first"}
    # beside an abduction column read day first (15/8/2014), day first as before
    path = write_csv(tmp_path / "day.csv", HEADER, [
        ["Amsha", "Faris", "Kocho", "3/8/2014", "5/6/1985"],
        ["Suzan", "Murad", "Kocho", "15/8/2014", "7/4/1976"]])
    conv, rows = _rows(path)
    assert _born(rows) == [(date(1985, 6, 5), "5/6/1985"), (date(1976, 4, 7), "7/4/1976")]
    assert conv.date_orders == {}


def test_the_dry_run_says_the_birth_column_is_read_as_the_other_column_writes(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", HEADER, US)
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("  Date of birth -> birth  (header 'Date of birth' matches 'date of birth'; dates "
            "either order reads (2, such as '5/6/1985'), none that only one does: read month "
            "first, as 'Date of abduction' (column D) writes its dates (such as '8/15/2014'))\n"
            ) in dry, dry
    data = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert data["date_order"] == {"Date of abduction": "month_first",
                                  "Date of birth": "month_first"}
    r = cli(tmp_path, "import", str(path), "--source", "test", "--yes")
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-2").stdout)
    assert shown["birth"]["text"] == "1976-07-04"


def test_two_columns_proving_opposite_orders_keep_each_and_say_so(tmp_path):
    """25/12/1990 can only be day first, 8/15/2014 only month first: neither is made the
    other's, and the month-first column names the day-first one."""
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", HEADER, [
        ["Amsha", "Faris", "Kocho", "8/3/2014", "25/12/1990"],
        ["Suzan", "Murad", "Kocho", "8/15/2014", "5/6/1985"]])
    _, rows = _rows(path)
    assert _born(rows) == [(date(1990, 12, 25), "25/12/1990"), (date(1985, 6, 5), "5/6/1985")]
    assert rows[0].person.abduction_date.earliest == date(2014, 8, 3)
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("each date of the column is read month first; but 'Date of birth' (column E) "
            "writes its dates day first (such as '25/12/1990'), and a list saved from one "
            "program writes one order: check which of the two columns is read wrong)\n") in dry


def test_the_desktop_says_the_shared_order_in_its_language(tmp_path, qapp):
    from app.importing.date_order import orders_said
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    t = read_table(str(write_csv(tmp_path / "l.csv", HEADER, US)))
    said = orders_said(t, suggest(t).columns)
    assert len(said) == 2
    try:
        for lang in ("ar", "ckb", "kmr"):
            apply_language(qapp, lang)
            text = sentence_said(said[1])
            assert "8/15/2014" in text and "such as" not in text and "month" not in text, text
    finally:
        apply_language(qapp, "en")
