"""A year typed into a cell formatted as a date (1999 in a dd/mm/yyyy column, which Excel keeps
as the number 1999 and shows as 21/06/1905) is read as that year, the row saying so; a date a
list can truly give stays that day."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime

import pytest

from app.domain.fuzzydate import excel_number, year_shown_as_day
from tests.import_helpers import cli, write_csv

TODAY = date.today()


def _workbook(path, header, rows, date_columns, epoch1904=False):
    """A list written by openpyxl, the cells of date_columns (0-based) formatted dd/mm/yyyy as
    an Iraqi office's template formats them, whatever was typed into them."""
    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = Workbook()
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "List"
    ws.append(header)
    for row in rows:
        ws.append(row)
        for c in date_columns:
            ws.cell(row=ws.max_row, column=c + 1).number_format = "dd/mm/yyyy"
    wb.save(path)
    return path


def _her(tmp_path, case):
    return json.loads(cli(tmp_path, "--json", "person", "show", case).stdout)


@pytest.mark.parametrize("header", ["تاريخ الولادة", "Born"])
def test_a_year_typed_into_a_date_cell_is_her_year_of_birth_and_the_row_says_so(
        tmp_path, header):
    """Born 1905-06-21, without a word: the number 1999 came to the importer as a day. A cell
    holding the day 1905-06-21 itself is the same number in the file, and read the same."""
    assert cli(tmp_path, "init").returncode == 0
    path = _workbook(tmp_path / "born.xlsx", ["Name", "Father", header],
                     [["Nadia", "Murad", 1999], ["Jilan", "Khalaf", datetime(1905, 6, 21)]],
                     [2])
    done = cli(tmp_path, "import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    for case in ("SNJ-1", "SNJ-2"):
        birth = _her(tmp_path, case)["birth"]
        assert (birth["text"], birth["earliest"], birth["latest"]) == (
            "1999", "1999-01-01", "1999-12-31")
    report = cli(tmp_path, "review", "1", "--report").stdout
    # the same warning of both rows, said once with them
    assert (f"  warning rows 2-3 (2 rows): column C ({header}): '1905-06-21' read as the year "
            "1999: the cell held the number 1999 shown as a date\n") in report, report


def test_a_known_woman_whose_year_sits_in_a_date_cell_is_found_not_made_twice(tmp_path):
    """Against her record's 1999 the day 1905-06-21 'mismatched': a known woman was asked about
    as a probable match, and with --yes became a second record."""
    assert cli(tmp_path, "init").returncode == 0
    first = write_csv(tmp_path / "first.csv", ["Name", "Father", "Grandfather", "Born"],
                      [["Nadia", "Murad", "Basi", "1999"]])
    assert cli(tmp_path, "import", str(first)).returncode == 0
    again = _workbook(tmp_path / "again.xlsx", ["Name", "Father", "Grandfather", "Born"],
                      [["Nadia", "Murad", "Basi", 1999]], [3])
    rep = json.loads(cli(tmp_path, "--json", "import", str(again), "--yes").stdout)
    assert rep["outcomes"] == {"certain": 1}, rep["outcomes"]
    assert rep["conflicts"] == [] and rep["possible_duplicates"] == []
    assert len(json.loads(cli(tmp_path, "--json", "person", "list").stdout)) == 1


def test_an_abduction_or_rescue_year_in_a_date_cell_is_that_year(tmp_path):
    """2014 in a date-formatted abduction column came as 1905-07-06, a rescue's 2017 as
    1905-07-09."""
    assert cli(tmp_path, "init").returncode == 0
    path = _workbook(tmp_path / "taken.xlsx", ["Name", "Father", "Date of abduction",
                                               "Date of rescue"],
                     [["Nadia", "Murad", 2014, 2017]], [2, 3])
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    her = _her(tmp_path, "SNJ-1")
    assert her["abduction_date"]["text"] == "2014"
    assert her["abduction_date"]["earliest"] == "2014-01-01"
    [rescued] = [e for e in her["status_events"] if e["status"] == "rescued"]
    assert (rescued["date"]["text"], rescued["date"]["earliest"]) == ("2017", "2017-01-01")


def test_a_workbook_counting_its_days_from_1904_gives_the_year_too(tmp_path):
    """Excel for Mac's 1904 date system: the 1999 days come back as 1909-06-22."""
    assert cli(tmp_path, "init").returncode == 0
    path = _workbook(tmp_path / "mac.xlsx", ["Name", "Father", "Born", "Date of abduction"],
                     [["Nadia", "Murad", 1999, datetime(2014, 8, 3)]], [2, 3], epoch1904=True)
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    her = _her(tmp_path, "SNJ-1")
    assert her["birth"]["text"] == "1999"
    assert her["abduction_date"]["earliest"] == "2014-08-03"  # a real day, counted from 1904


def test_a_csv_saved_from_such_a_sheet_gives_the_year_and_a_year_typed_stays_a_year(tmp_path):
    """Excel writes a date cell into a CSV as it shows it: 21/06/1905. A CSV's '1999' is a year
    already, with nothing to say."""
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "born.csv", ["Name", "Father", "Born"],
                     [["Nadia", "Murad", "21/06/1905"], ["Jilan", "Khalaf", "1999"]])
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    assert [_her(tmp_path, c)["birth"]["text"] for c in ("SNJ-1", "SNJ-2")] == ["1999", "1999"]
    report = cli(tmp_path, "review", "1", "--report").stdout
    assert ("warning row 2: column C (Born): '21/06/1905' read as the year 1999: the cell held "
            "the number 1999 shown as a date") in report
    assert "warning row 3" not in report


def test_the_court_dossier_prints_the_year_and_quotes_the_cell_with_it(tmp_path):
    """A new woman printed as born 1905 on court papers."""
    assert cli(tmp_path, "init").returncode == 0
    path = _workbook(tmp_path / "born.xlsx", ["Name", "Father", "Born"],
                     [["Nadia", "Murad", 1999]], [2])
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    pdf = tmp_path / "d.pdf"
    sharing = cli(tmp_path, "person", "sharing", "court", "SNJ-1")  # a court may receive it
    assert sharing.returncode == 0, sharing.stderr
    done = cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "1905-06-21 (1999)" in text, text  # the list's cell, with the year it stands for
    assert text.count("1905") == 1, text


def test_only_a_day_no_date_can_be_is_taken_for_a_year():
    """Excel's 1900 system has a 29 February 1900 (serial 60) that never was: a day's number
    before 1 March 1900 is one less than its distance from 1899-12-30. Every day a year comes
    back as lies more than 110 years ago and before any abduction: a day a list can truly
    give (a birth of 1998, an abduction of 2014) is never taken for one."""
    assert excel_number(date(1900, 1, 1)) == 1
    assert excel_number(date(1900, 2, 28)) == 59
    assert excel_number(date(1900, 3, 1)) == 61
    assert excel_number(date(1905, 6, 21)) == 1999
    assert excel_number(date(1909, 6, 22), date1904=True) == 1999
    assert excel_number(date(1899, 12, 30)) is None
    assert year_shown_as_day(date(1905, 6, 21), birth=True) == 1999
    assert year_shown_as_day(date(1909, 6, 22), birth=True) is None  # 3461 in the 1900 system
    assert year_shown_as_day(date(1909, 6, 22), birth=True, date1904=True) == 1999
    assert year_shown_as_day(date(1905, 7, 6), birth=False) == 2014
    # a year no abduction was in (1999), nor any birth of a living woman (1850, 1899-12-31+)
    assert year_shown_as_day(date(1905, 6, 21), birth=False) is None
    assert year_shown_as_day(date(1900, 2, 28), birth=True) is None
    assert year_shown_as_day(excel_day_of(TODAY.year - 111), birth=True) is None
    # a day a living woman can be born on, or one of the abductions: a day, never a year
    assert year_shown_as_day(date(1998, 6, 21), birth=True) is None
    assert year_shown_as_day(date(2014, 8, 3), birth=False) is None


def excel_day_of(n: int) -> date:
    from datetime import timedelta

    return date(1899, 12, 30) + timedelta(days=n)
