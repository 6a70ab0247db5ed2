"""A list's "Status date" column dates the status its row gives, as a rescue-date column dates
"rescued": a tester's camp list said reunited on 2018-02-01, the import mapped "Status date" to
ignore and recorded her reunited "≤" the import day. The header is read in English, Arabic and
Kurdish; a date that cannot be read, or one with no status beside it, is said."""

from __future__ import annotations

import json

import pytest


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _import(cli, tmp_path, header: str, rows: list[str]) -> str:
    path = tmp_path / "camp.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    _ok(cli, "init", "--prefix", "SNJ")
    return _ok(cli, "import", str(path), "--source", "Camp list", "--yes").stdout


def _events(cli, case_no: str) -> list[tuple[str, str]]:
    shown = json.loads(_ok(cli, "--json", "person", "show", case_no).stdout)
    return [(e["status"], e["date"]["text"]) for e in shown["status_events"]]


@pytest.mark.parametrize("status_date", ["Status date", "تاريخ الحالة", "بەرواری دۆخ",
                                         "Dîroka rewşê"])
def test_the_column_dates_her_status(cli, tmp_path, status_date):
    said = _import(cli, tmp_path, f"Name,Father,Sex,Status,{status_date}",
                   ["Nadiya,Xelîl,F,reunited,2018-02-01"])
    assert "not imported: column" not in said, said
    assert _events(cli, "SNJ-00001") == [("reunited", "2018-02-01")]


def test_a_date_unread_or_with_no_status_is_said_and_not_taken(cli, tmp_path):
    said = _import(cli, tmp_path, "Name,Father,Sex,Status,Status date",
                   ["Nadiya,Xelîl,F,reunited,soon", "Layla,Murad,F,,2018-02-01",
                    "Jamila,Qasim,F,rescued 2017,2018-02-01"])
    assert "column E (Status date): status date 'soon' is not a date that can be read" in said, said
    assert ("column E (Status date): status date '2018-02-01', but the row gives no status that "
            "was read") in said, said
    assert ("column E (Status date): status date '2018-02-01' is not the date in the status "
            "(2017)") in said, said
    assert _events(cli, "SNJ-00003")[0] == ("rescued", "2017")
