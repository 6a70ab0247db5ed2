"""A lone number in a date column of years and dates written out ('20014' among 1993, 1998) is a
slip kept as written, not Excel's number for 1954-10-17; a column of numbers, as a list
converted from Excel gives, is still read as Excel's days."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime

from tests.import_helpers import cli, write_csv, write_xlsx

HEADER = ["Name", "Father", "Grandfather", "Village", "Born", "Date of abduction"]
# Born: years written out, one slip. Abducted: a column of Excel's numbers (a list saved from
# Excel as CSV), one day typed: the numbers are its days.
ROWS = [["Nadia", "Murad", "Basi", "Kocho", "1993", "41854"],
        ["Jilan", "Khalaf", "Hasan", "Kocho", "20014", "41854"],
        ["Layla", "Khidir", "Qasim", "Tel Qasab", "1998", "41866"],
        ["Basma", "Elias", "Hadi", "Kocho", "2001", "03/08/2014"]]


def _show(tmp_path, case: str) -> dict:
    return json.loads(cli(tmp_path, "--json", "person", "show", case).stdout)


def _import(tmp_path, path) -> None:
    assert cli(tmp_path, "init").returncode == 0
    done = cli(tmp_path, "import", str(path), "--source", "Family of Kocho", "--yes")
    assert done.returncode == 0, done.stderr


def test_a_csv_number_among_years_is_kept_as_typed_with_the_unread_warning(tmp_path):
    _import(tmp_path, write_csv(tmp_path / "l.csv", HEADER, ROWS))
    jilan = _show(tmp_path, "SNJ-2")
    assert (jilan["birth"]["text"], jilan["birth"]["earliest"]) == ("20014", None)
    assert jilan["abduction_date"]["text"] == "2014-08-03"
    report = cli(tmp_path, "review", "1", "--report").stdout
    assert ("warning row 3: column E (Born): '20014' is not a date we can read; the text is "
            "kept") in report, report
    assert "1954-10-17" not in report


def test_the_dossier_quoting_the_list_gives_the_slip_no_day(tmp_path):
    _import(tmp_path, write_csv(tmp_path / "l.csv", HEADER, ROWS))
    pdf = tmp_path / "d.pdf"
    done = cli(tmp_path, "dossier", "SNJ-2", "-o", str(pdf), "--profile", "internal")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    # the footer's audit chain head is hex, which may hold "1954" by chance: left out
    text = re.sub(r"[0-9a-f]{32,}", "", text)
    assert "20014" in text and "1954" not in text


def test_an_xlsx_number_cell_among_date_formatted_cells_is_kept_as_typed(tmp_path):
    """The column is formatted as dates; the one cell holding a plain number was typed over."""
    rows = [["Nadia", "Murad", "Basi", "Kocho", datetime(1993, 5, 1), "03/08/2014"],
            ["Jilan", "Khalaf", "Hasan", "Kocho", 20014, "03/08/2014"],
            ["Layla", "Khidir", "Qasim", "Tel Qasab", datetime(1998, 2, 3), "15/08/2014"],
            ["Basma", "Elias", "Hadi", "Kocho", "20014", "15/08/2014"]]
    _import(tmp_path, write_xlsx(tmp_path / "l.xlsx", [("List", [HEADER, *rows])]))
    for case in ("SNJ-2", "SNJ-4"):  # a number cell and a text cell
        her = _show(tmp_path, case)
        assert (her["birth"]["text"], her["birth"]["earliest"]) == ("20014", None)
    assert _show(tmp_path, "SNJ-1")["birth"]["text"] == "1993-05-01"


def test_the_rule_counts_numbers_against_dates_written_out():
    from app.importing.serial_columns import judge

    assert judge(["20014", "1993", "1998"]) == {"text"}
    assert judge(["41854", "1998"]) == {"text"}  # as many: no day is picked
    assert judge(["41854", "41866", "1998"]) == frozenset()  # mostly numbers: Excel's days
    assert judge(["41854", "unknown", "", None]) == frozenset()  # words are no dates
    assert judge([41854, "03/08/2014", "15/08/2014"]) == frozenset()  # a format lost
    assert judge([20014, datetime(1993, 5, 1)]) == {"number"}
    assert judge(["1993", "03/08/2014"]) == frozenset()  # no number: nothing to judge


def test_a_withdrawn_row_read_again_alone_keeps_its_number_as_typed(tmp_path):
    """Read again on its own (withdrawn, then decided anew), the row's one number would look
    like a whole column of Excel's numbers: it is read as the whole list read it."""
    _import(tmp_path, write_csv(tmp_path / "l.csv", HEADER, ROWS))
    assert cli(tmp_path, "review", "1", "--row", "3", "--withdraw").returncode == 0
    again = cli(tmp_path, "review", "1", "--row", "3", "--decide", "create")
    assert again.returncode == 0, again.stderr
    case = again.stdout.split("imported: ")[1].split(")")[0]
    jilan = _show(tmp_path, case)
    assert (jilan["birth"]["text"], jilan["birth"]["earliest"]) == ("20014", None)
