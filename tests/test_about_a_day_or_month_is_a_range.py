"""'About' a day or a month is a range, as 'about 1998' is 1996-2000: printed 'about 2014-08-03
(2014-08-03)', the bracket read as the day confirmed, and filters took it as exact."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from tests.test_report_lists_said import _text


@pytest.mark.parametrize("typed, span", [
    ("about 03/08/2014", ("2014-07-20", "2014-08-17")),
    ("حوالي ٠٣/٠٨/٢٠١٤", ("2014-07-20", "2014-08-17")),
    ("about 08/2014", ("2014-07-01", "2014-09-30")),
    ("تقريباً 2017-06", ("2017-05-01", "2017-07-31")),
    ("~12/2014", ("2014-11-01", "2015-01-31")),
    ("about March 2017", ("2017-02-01", "2017-04-30")),
])
def test_about_a_day_or_a_month_reaches_either_side(typed, span):
    d = FuzzyDate.parse(typed)
    assert (d.earliest.isoformat(), d.latest.isoformat()) == span
    assert d.text == typed


def test_an_earlier_vaults_very_day_prints_no_bracket():
    """Kept as the very day by an earlier version: no range after it that reads as confirmed."""
    old = FuzzyDate(date(2014, 8, 3), date(2014, 8, 3), "about 03/08/2014")
    assert old.as_typed() == ("about 03/08/2014", "")
    month = FuzzyDate(date(2014, 8, 1), date(2014, 8, 31), "about 08/2014")
    assert month.as_typed() == ("about 08/2014", "")
    # a plain day and "about" a year are as before
    assert FuzzyDate.parse("03/08/2014").as_typed() == ("03/08/2014", "")
    assert FuzzyDate.parse("about 1990").as_typed() == ("about 1990", "1988–1992")


@pytest.mark.parametrize("lang, about", [("en", "about"), ("ar", "حوالي")])
def test_her_dossier_prints_the_range_and_a_filter_finds_her_in_it(cli, tmp_path, lang, about):
    # a year after the attack: near it, the range stops at it (test_about_reaches_not_before_the_attack)
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Wansa", "--father", "Hadi", "--sex", "F",
               "--abducted", "about 03/08/2015", "--status", "missing", "--status-date",
               "about 08/2015").returncode == 0
    out = tmp_path / "d.pdf"
    assert cli("dossier", "SNJ-1", "-o", str(out), "--profile", "internal", "--lang",
               lang).returncode == 0
    text = " ".join(_text(out.read_bytes()).split())
    assert "(2015-08-03)" not in text and "(2015-08)" not in text
    # the ranges' ends (a narrow timeline cell wraps the month's, an Arabic line reorders them)
    for end in ("2015-07-20", "2015-08-17", "2015-07", "2015-09"):
        assert end in text, end
    assert about in text and "2015-08-03" in text
    # a filter of the days before reads "about" as the range it is
    listed = cli("person", "list", "--abducted-to", "2015-07-31").stdout
    assert "SNJ-00001" in listed
