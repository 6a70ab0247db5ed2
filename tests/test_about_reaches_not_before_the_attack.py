""""About" a day or month of an abduction, rescue, status or report reaches back no further than
the day the abductions began (2014-08-03) where the date as typed does not: "about 08/2014" was
printed on a court dossier as 2014-07 – 2014-09, that she may have been taken before the attack
on Sinjar. Typed on the command line, in a desktop box, or read from a list. A birth is widened
as before."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli as import_cli
from tests.import_helpers import write_csv


@pytest.mark.parametrize("typed, span", [
    ("about 08/2014", ("2014-08-01", "2014-09-30")),
    ("about 03/08/2014", ("2014-08-03", "2014-08-17")),
    ("حوالي ٠٥/٠٨/٢٠١٤", ("2014-08-03", "2014-08-19")),
    ("about 09/2014", ("2014-08-03", "2014-10-31")),   # she may have been taken in August
    ("about 20/08/2014", ("2014-08-06", "2014-09-03")),  # not near it: as widened
    ("about 08/2015", ("2015-07-01", "2015-09-30")),
    ("08/2014", ("2014-08-01", "2014-08-31")),          # no "about": the month as typed
    ("about 05/2014", ("2014-04-01", "2014-06-30")),    # wholly before: a slip, as read
    # a year stays in years: cut at the attack it printed '(2014-08-03 – 2017-12-31)', broken
    # over two lines of a report's Observed column
    ("about 2015", ("2013-01-01", "2017-12-31")),
])
def test_about_an_abduction_near_the_attack_stops_at_it(typed, span):
    from app.typed_date import typed_date
    from ui.labels import date_read

    d = typed_date(typed)
    assert (d.earliest.isoformat(), d.latest.isoformat()) == span and d.text == typed
    assert date_read(typed, "Abducted on") == d


def test_a_birth_about_a_month_is_widened_as_before():
    from app.typed_date import typed_date

    d = typed_date("about 08/2014", birth=True)
    assert (d.earliest.isoformat(), d.latest.isoformat()) == ("2014-07-01", "2014-09-30")


def test_the_command_line_and_a_list_store_it_so(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Layla", "--abducted", "about 08/2014", "--status",
            "missing", "--status-date", "about 03/08/2014")
    assert r.returncode == 0, r.stderr
    shown = cli("person", "show", "SNJ-00001").stdout
    assert "2014-08-01 – 2014-09-30" in shown and "2014-07" not in shown, shown

    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Sex", "Date of abduction"],
                     [["Nadia", "Elias", "F", "about 08/2014"]])
    other = tmp_path / "other"
    other.mkdir()
    assert import_cli(other, "init", "--prefix", "SNJ").returncode == 0
    r = import_cli(other, "import", str(path), "--source", "Test", "--new-sex", "row",
                   "--new-status", "missing", "--yes")
    assert r.returncode == 0, r.stderr
    her = json.loads(import_cli(other, "--json", "person", "show", "SNJ-00001").stdout)
    assert "2014-07" not in json.dumps(her) and "2014-09-30" in json.dumps(her)
