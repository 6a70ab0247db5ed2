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
