"""A month written with a dot (08.2014, 12.1998, 2014.08) is that month wherever a date is
typed or imported: read as a decimal Excel date number (day 8.2014 is 1900-01-07), it was
refused on every date option and desktop box as a slip, and the import kept it as text."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli as import_cli
from tests.import_helpers import write_csv


@pytest.mark.parametrize("text, first, last", [
    ("08.2014", "2014-08-01", "2014-08-31"), ("12.1998", "1998-12-01", "1998-12-31"),
    ("2014.08", "2014-08-01", "2014-08-31"), ("٠٨.٢٠١٤", "2014-08-01", "2014-08-31")])
def test_a_dotted_month_typed_is_that_month(text, first, last):
    from app.typed_date import typed_date
    from ui.labels import date_read

    for birth in (False, True):
        d = typed_date(text, birth)
        assert (d.earliest.isoformat(), d.latest.isoformat()) == (first, last)
    assert date_read(text, "Abducted on").earliest.isoformat() == first


def test_a_slip_and_a_day_number_read_as_before():
    from app.domain.fuzzydate import SerialSlip, excel_day
    from app.typed_date import typed_date

    with pytest.raises(SerialSlip):
        typed_date("20014")
    assert typed_date("41854.0").plain() == "2014-08-03"
    assert excel_day("08.2014") is None and excel_day("41854").isoformat() == "2014-08-03"


def test_the_command_line_takes_dotted_months(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Nadia", "--born", "12.1998", "--abducted", "08.2014",
            "--status", "missing", "--status-date", "2014.08")
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    text = json.dumps(shown)
    assert "2014-08-01" in text and "1998-12-01" in text and "1900" not in text


def test_the_import_reads_a_dotted_month_as_the_month(tmp_path):
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Sex", "Date of abduction"],
                     [["Nadia", "Elias", "F", "08.2014"], ["Layla", "Murad", "F", "08/2014"]])
    assert import_cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    r = import_cli(tmp_path, "import", str(path), "--source", "Test", "--new-sex", "row",
                   "--new-status", "missing", "--yes")
    assert r.returncode == 0, r.stderr
    assert "not a date we can read" not in r.stdout + r.stderr
    for case_no in ("SNJ-00001", "SNJ-00002"):
        shown = import_cli(tmp_path, "person", "show", case_no).stdout
        assert "2014-08-01 – 2014-08-31" in shown, shown
