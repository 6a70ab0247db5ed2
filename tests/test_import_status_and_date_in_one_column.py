"""A column whose header names the status and its date ("Status/date", "Status (date)"), or
whose cells hold a status word ("rescued 2018-02-01" under "Status date"), is the status column:
read as a status date alone, the rescue was dropped and each row said "the status is kept
without it" of a status it did not have. A date unread where the row has no status says so."""

from __future__ import annotations

import pytest

from tests.test_import_status_date_column import _events, _import


@pytest.mark.parametrize("header", ["Status/date", "Status (date)", "Status & date",
                                    "الحالة/التاريخ", "Status date"])
def test_the_status_with_its_date_is_her_status(cli, tmp_path, header):
    said = _import(cli, tmp_path, f"Name,Father,Sex,\"{header}\"",
                   ["Vian,Khalil,F,rescued 2018-02-01", "Nadia,Murad,F,missing"])
    assert "no column gives the status" not in said and "status is kept without" not in said
    assert _events(cli, "SNJ-00001") == [("rescued", "2018-02-01")]
    assert [e[0] for e in _events(cli, "SNJ-00002")] == ["missing"]


def test_a_column_of_dates_still_dates_her_status(cli, tmp_path):
    _import(cli, tmp_path, "Name,Father,Sex,Status,Status date",
            ["Vian,Khalil,F,rescued,2018-02-01"])
    assert _events(cli, "SNJ-00001") == [("rescued", "2018-02-01")]


def test_an_unread_date_on_a_row_with_no_status_says_there_is_none(cli, tmp_path):
    said = _import(cli, tmp_path, "Name,Father,Sex,Status,Status date",
                   ["Vian,Khalil,F,rescued,2018-02-01", "Nadia,Murad,F,,soon"])
    assert ("column E (Status date): status date 'soon', but the row gives no status that was "
            "read") in said, said
    assert "the status is kept without it" not in said, said


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_one_unknown_among_dates_leaves_the_status_column_its_own(cli, tmp_path, lang):
    """A "Status date" column of dates with one "unknown" beside "Current status": the date
    column, not the status (read as the status, every woman was "unknown" and the rescued
    counted as held)."""
    header = ("Name,Father,Sex,Status date,Current status" if lang == "en"
              else "Name,Father,Sex,تاريخ الحالة,الحالة الحالية")
    unknown = "unknown" if lang == "en" else "مجهول"
    _import(cli, tmp_path, header, ["Nisreen,Khalaf,F,2017-05-03,rescued",
                                    f"Shireen,Elias,F,{unknown},missing",
                                    "Layla,Hajji,F,2019-11-20,rescued"])
    assert _events(cli, "SNJ-00001") == [("rescued", "2017-05-03")]
    assert [e[0] for e in _events(cli, "SNJ-00002")] == ["missing"]
    assert _events(cli, "SNJ-00003") == [("rescued", "2019-11-20")]


@pytest.mark.parametrize("header", ["تاريخ الحالة (الحالة الحالية)", "Current status (date)"])
def test_a_header_naming_both_over_dates_dates_the_status(cli, tmp_path, header):
    """A header naming the status and its date over a column of dates, beside a status
    column: the dates date her status (they were read as a second status column, the real
    dates lost)."""
    _import(cli, tmp_path, f"Name,Father,Sex,Status,\"{header}\"",
            ["Nisreen,Khalaf,F,rescued,2017-05-03", "Layla,Hajji,F,rescued,2019-11-20"])
    assert _events(cli, "SNJ-00001") == [("rescued", "2017-05-03")]
    assert _events(cli, "SNJ-00002") == [("rescued", "2019-11-20")]
