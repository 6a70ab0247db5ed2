"""Her page's History tab lists what `audit log --case` lists: the link her sister's record
made to her, the reports and the rescue about her, a report moved to her. It showed her own
record's entries alone (persons.history), four where the command line listed nine."""

from __future__ import annotations

import json

import pytest

from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare


def _ok(cli, *args: str) -> str:
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _sisters(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Nadia", "Layla", "Vian"):
        _ok(cli, "person", "add", "--given", given, "--father", "Khalil", "--sex", "F",
            "--status", "missing", "--status-date", "03/08/2014")
    _ok(cli, "relative", "SNJ-1", "sibling", "SNJ-2")  # from Nadia's record
    _ok(cli, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--text", "together",
        "--source", "K7", "--received", "30/11/2026")
    _ok(cli, "report", "add", "--person", "SNJ-3", "--text", "moved", "--received", "01/12/2026")
    _ok(cli, "report", "edit", "2", "--remove-person", "SNJ-3", "--add-person", "SNJ-2")
    _ok(cli, "rescue", "add", "--person", "SNJ-2", "--date", "04/12/2026", "--cost", "20000:USD")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_history_tab_lists_every_entry_audit_log_case_lists(qtbot, gui, cli, tmp_path,
                                                                 lang):
    _sisters(cli)
    listed = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00002",
                            "--limit", "500"))
    page = _page(qtbot, gui, tmp_path / "vault", lang, "SNJ-00002")
    model = page.history_tab.model
    rows = [[bare(model.item(r, c).text()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [int(row[0]) for row in rows] == [e["seq"] for e in reversed(listed)], rows
    theirs = {str(e["seq"]) for e in listed if (e["entity"], e["ref"]) != ("person", "SNJ-00002")}
    assert {"report", "rescue"} <= {e["entity"] for e in listed}
    assert any(e["ref"] == "SNJ-00001" for e in listed)  # the link from her sister's record
    for row in rows:  # the record it was written under, where it is not hers
        assert bool(row[4]) == (row[0] in theirs), row
    table = page.history_tab.table
    assert not table.isColumnHidden(4)
    # wide enough for the whole record: fitted while hidden, it read "Person ..." in Arabic
    widest = max(table.fontMetrics().horizontalAdvance(model.item(r, 4).text())
                 for r in range(model.rowCount()))
    assert table.columnWidth(4) >= widest, (table.columnWidth(4), widest)
    filed = next(row for row in rows if row[0] == str(next(
        e["seq"] for e in listed if e["action"] == "report.create" and e["ref"] == "1")))
    assert "1" in filed[4] and "SNJ-00001" in filed[3] and "SNJ-00002" in filed[3], filed


def test_the_record_column_is_hidden_while_all_are_hers(qtbot, gui, cli, tmp_path):
    _sisters(cli)
    page = _page(qtbot, gui, tmp_path / "vault", "en", "SNJ-00001")
    assert page.history_tab.table.isColumnHidden(4) is False  # the report about both
    _ok(cli, "person", "add", "--given", "Salwa", "--sex", "F")
    page = _page(qtbot, gui, tmp_path / "vault", "en", "SNJ-00004")
    assert page.history_tab.table.isColumnHidden(4)
