"""A whole number a CSV writes as a decimal ("1998.0", as pandas and Kobo exports write a column
of numbers with a blank in it) is read in a date column as the same number in a workbook's cell
is: the year 1998, an Excel day's number, a bare age. "1998.0" was "not a date we can read",
kept as text, while "25.0" under Age and "7501234567.0" under Phone were read. The list's row
keeps the cell as written. Real files, the real command line, a real vault."""

from __future__ import annotations

import json

from app.domain.fuzzydate import FuzzyDate, two_digit_year
from tests.import_helpers import write_csv


def _birth(cli, n: int, field: str = "birth") -> dict:
    return json.loads(cli("--json", "person", "show", f"SNJ-{n:05d}").stdout)[field]


def test_years_and_excel_days_written_as_decimals(cli, tmp_path):
    path = write_csv(tmp_path / "kobo.csv", ["Name", "Father", "Date of birth", "Date of abduction"], [
        ["Amira", "Nasir", "1998.0", "41854.0"],
        ["Basima", "Nasir", "2001,0", "41855.0"],
        ["Cwan", "Nasir", "٢٠٠٢.٠", ""],
        ["Delal", "Nasir", "1995", "41854.0"],
    ])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "not a date we can read" not in done.stdout, done.stdout
    for n, year in ((1, 1998), (2, 2001), (3, 2002), (4, 1995)):
        birth = _birth(cli, n)
        assert (birth["earliest"], birth["latest"]) == (f"{year}-01-01", f"{year}-12-31"), birth
    assert _birth(cli, 1)["text"] == "1998"  # as the number cell of a workbook gives it
    for n, day in ((1, "2014-08-03"), (2, "2014-08-04"), (4, "2014-08-03")):
        taken = _birth(cli, n, "abduction_date")
        assert taken["earliest"] == taken["latest"] == day, taken
    shown = cli("person", "show", "SNJ-00001").stdout
    assert "Date of birth: 1998.0" in shown, shown  # the list's row as written


def test_bare_numbers_written_as_decimals_are_judged_as_bare_numbers(cli, tmp_path):
    # ages in a birth column, as pandas writes them: ages, as "12", "16", "25" are
    ages = write_csv(tmp_path / "ages.csv", ["Name", "Father", "المواليد"], [
        ["Amira", "Nasir", "12.0"], ["Basima", "Nasir", "16.0"], ["Cwan", "Nasir", "25.0"]])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(ages), "--yes")
    assert done.returncode == 0, done.stderr
    assert "not a date we can read" not in done.stdout, done.stdout
    assert _birth(cli, 1)["text"].startswith("age 12"), _birth(cli, 1)
    assert _birth(cli, 3)["text"].startswith("age 25"), _birth(cli, 3)


def test_two_digits_written_as_a_decimal_are_a_year_of_this_era():
    # '98.0' was read as the year 98 (a number below 100 taken for a year as typed)
    born = FuzzyDate.parse("98.0")
    assert born.earliest.year == 1998 and two_digit_year("98.0")
    assert FuzzyDate.parse("1998.0").earliest.year == 1998
    assert FuzzyDate.parse("2014.10").earliest.month == 10  # a month, as before
    for text in ("1,000", "1998,000", "3.0"):
        try:
            FuzzyDate.parse(text)
        except ValueError:
            continue
        raise AssertionError(text)
