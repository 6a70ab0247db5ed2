"""The import report maps every row of the list to what happened to it and the case number it
went to: on the command line, in its JSON, in a CSV beside the list, and in the desktop's window."""

from __future__ import annotations

import csv
import json

import pytest

from tests.import_helpers import write_csv, write_xlsx

HEADER = ["الاسم", "اسم الأب", "اسم الجد", "الجنس", "القرية", "سنة الميلاد"]
LIST = [
    ["نادية", "مراد", "باسي", "أنثى", "كوجو", ""],       # row 2: a new person
    ["خالدة", "الياس", "حسن", "أنثى", "كوجو", ""],       # row 3: a new person
    ["نادية", "مراد", "باسي", "أنثى", "كوجو", ""],       # row 4: a repeat of row 2
    ["", "", "", "", "", ""],                             # row 5: blank, no row of the list
    ["جيهان", "خلف", "علي", "أنثى", "تل عزير", ""],      # row 6: SNJ-00001, nothing new
    ["سميرة", "قاسم", "حمو", "أنثى", "كوجو", "1998"],    # row 7: SNJ-00002, born 1998 new
    ["المجموع", "", "", "", "", ""],                      # row 8: a total line, rejected
]


def _vault_with_two(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "جيهان", "--father", "خلف", "--grandfather", "علي",
               "--sex", "F", "--village", "تل عزير").stdout.strip() == "SNJ-00001"
    assert cli("person", "add", "--given", "سميرة", "--father", "قاسم", "--grandfather", "حمو",
               "--sex", "F", "--village", "كوجو").stdout.strip() == "SNJ-00002"


def _rows(cli, batch: int = 1) -> dict[int, dict]:
    out = cli("review", str(batch), "--report", "--json")
    assert out.returncode == 0, out.stderr
    return {e["row"]: e for e in json.loads(out.stdout)["rows"]}


def _vault_rows(cli, case_no: str) -> set[int]:
    """The rows of batch 1 the vault holds as this person's provenance."""
    shown = json.loads(cli("person", "show", case_no, "--json").stdout)
    return {p["row_number"] for p in shown["provenance"] if p["batch_id"] == 1}


def test_each_row_of_a_csv_list_names_the_case_number_the_vault_holds_it_under(cli, tmp_path):
    _vault_with_two(cli)
    listed = write_csv(tmp_path / "kocho.csv", HEADER, LIST)
    done = cli("import", str(listed), "--source", "NGO Duhok", "--json")
    assert done.returncode == 0, done.stderr
    rows = {e["row"]: e for e in json.loads(done.stdout)["rows"]}
    assert rows == _rows(cli)  # the report shown after the import is the one kept
    assert sorted(rows) == [2, 3, 4, 6, 7, 8]  # the blank row is no row of the list
    assert {n: (e["result"], e["case_no"]) for n, e in rows.items()} == {
        2: ("created", "SNJ-00003"), 3: ("created", "SNJ-00004"),
        4: ("same_as_earlier_row", "SNJ-00003"), 6: ("unchanged", "SNJ-00001"),
        7: ("updated", "SNJ-00002"), 8: ("rejected", None)}
    assert rows[4]["same_as_row"] == 2
    assert rows[2]["name"] == "نادية مراد باسي" and rows[7]["name"] == "سميرة قاسم حمو"
    assert "total" in rows[8]["reason"] and rows[8]["name"] == "المجموع"
    # The vault agrees: each case number holds exactly the rows the report gives it.
    for case_no in ("SNJ-00001", "SNJ-00002", "SNJ-00003", "SNJ-00004"):
        assert _vault_rows(cli, case_no) == {n for n, e in rows.items()
                                             if e["case_no"] == case_no}
    text = cli("review", "1", "--report").stdout
    assert "row 4: نادية مراد باسي: repeat of row 2: SNJ-00003" in text
    assert "row 7: سميرة قاسم حمو: updated SNJ-00002" in text
    assert "row 6: جيهان خلف علي: matched SNJ-00001, nothing new" in text


def test_the_rows_csv_opens_with_arabic_intact_and_a_bom_for_excel(cli, tmp_path):
    _vault_with_two(cli)
    cli("import", str(write_csv(tmp_path / "kocho.csv", HEADER, LIST)))
    out = tmp_path / "rows.csv"
    done = cli("review", "1", "--report", "--rows-csv", str(out))
    assert done.returncode == 0, done.stderr
    assert "6 rows written to" in done.stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == ["row", "name as listed", "what happened", "case number"]
    assert table[1] == ["2", "نادية مراد باسي", "created SNJ-00003", "SNJ-00003"]
    assert table[3] == ["4", "نادية مراد باسي", "repeat of row 2: SNJ-00003", "SNJ-00003"]
    assert table[-1][0] == "8" and table[-1][3] == ""  # rejected: no case number invented


def test_rows_csv_is_refused_without_report_and_where_it_cannot_be_written(cli, tmp_path):
    _vault_with_two(cli)
    cli("import", str(write_csv(tmp_path / "kocho.csv", HEADER, LIST)))
    alone = cli("review", "1", "--rows-csv", str(tmp_path / "x.csv"))
    assert alone.returncode != 0 and "--rows-csv goes with --report" in alone.stderr
    nowhere = tmp_path / "no such folder" / "rows.csv"
    refused = cli("review", "1", "--report", "--rows-csv", str(nowhere))
    assert refused.returncode != 0 and "no such folder" in refused.stderr
    assert not nowhere.parent.exists() and not (tmp_path / "x.csv").exists()


def test_a_withdrawn_row_shows_withdrawn_until_decided_again(cli, tmp_path):
    _vault_with_two(cli)
    cli("import", str(write_csv(tmp_path / "kocho.csv", HEADER, LIST)))
    assert cli("review", "1", "--row", "3", "--withdraw").returncode == 0
    row = _rows(cli)[3]
    assert (row["result"], row["case_no"], row["withdrawn_from"]) == \
        ("withdrawn", None, "SNJ-00004")
    assert "row 3: خالدة الياس حسن: withdrawn from SNJ-00004; waits for a decision" in \
        cli("review", "1", "--report").stdout
    # decided again, it is a new person: her new number, and where the row was taken from
    assert cli("review", "1", "--row", "3", "--decide", "create").returncode == 0
    row = _rows(cli)[3]
    assert (row["result"], row["case_no"], row["withdrawn_from"]) == \
        ("created", "SNJ-00005", "SNJ-00004")


def test_a_staged_xlsx_list_has_no_case_numbers_until_it_is_imported(cli, tmp_path):
    _vault_with_two(cli)
    # row 3 is like the vault's SNJ-00001 but for the grandfather: a probable match, waiting
    book = write_xlsx(tmp_path / "kocho.xlsx", [("Kocho", [
        HEADER, ["ليلى", "حسن", "خدر", "أنثى", "كوجو", ""],
        ["جيهان", "خلف", "", "أنثى", "تل عزير", ""]])])
    staged = cli("import", str(book))
    assert "waits for your decision: casekeeper review 1" in staged.stdout
    rows = _rows(cli)
    assert rows[3]["result"] == "waiting" and rows[3]["case_no"] is None
    assert rows[2]["result"] == "decided" and rows[2]["case_no"] is None
    assert cli("review", "1", "--row", "3", "--decide", "update", "--person",
               "SNJ-00001").returncode == 0
    assert cli("review", "1", "--commit").returncode == 0
    rows = _rows(cli)
    assert (rows[2]["result"], rows[2]["case_no"]) == ("created", "SNJ-00003")
    assert (rows[3]["result"], rows[3]["case_no"]) == ("unchanged", "SNJ-00001")


@pytest.fixture
def opened(tmp_path):
    """A real vault, a real xlsx list imported into it, one row withdrawn: its report."""
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault

    session = new_vault(tmp_path / "vault")
    svc = ImportService(session)
    book = write_xlsx(tmp_path / "kocho.xlsx", [("Kocho", [HEADER, *LIST])])
    plan = svc.prepare(str(book), None, "NGO Duhok")
    report = svc.import_at_once(plan, svc.stage_rows(plan))
    svc.withdraw(report["batch"], 3, "another woman")
    yield session, svc.report(report["batch"])
    session.close()


@pytest.fixture
def committed_report(opened):
    return opened[1]


@pytest.fixture
def worker(opened):
    """The vault thread over the fixture's open vault (the window runs no SQL itself)."""
    from ui.worker import VaultWorker

    w = VaultWorker()
    w.session = opened[0]
    yield w
    w.close()


def test_the_report_window_shows_the_rows_in_a_table_and_saves_them(qapp, qtbot,
                                                                     committed_report, worker,
                                                                     tmp_path):
    from ui.bidi import bare
    from ui.import_report_window import ImportReportWindow

    window = ImportReportWindow(committed_report, worker)
    window.show()
    qapp.processEvents()
    model = window.rows.model
    shown = [[bare(model.item(r, c).text()) for c in range(4)]
             for r in range(model.rowCount())]
    assert shown == [
        ["2", "نادية مراد باسي", "created SNJ-00001", "SNJ-00001"],
        ["3", "خالدة الياس حسن", "withdrawn from SNJ-00002; waits for a decision", ""],
        ["4", "نادية مراد باسي", "repeat of row 2: SNJ-00001", "SNJ-00001"],
        ["6", "جيهان خلف علي", "created SNJ-00003", "SNJ-00003"],
        ["7", "سميرة قاسم حمو", "created SNJ-00004", "SNJ-00004"],
        ["8", "المجموع", "rejected: 'المجموع' below the list is a total line, not a person; "
                        "not imported", ""]]
    assert not window.grab().isNull()
    window.rows.save_to(str(tmp_path / "rows.csv"))
    qtbot.waitUntil(lambda: "rows.csv" in window.rows.saved.text(), timeout=10_000)
    with open(tmp_path / "rows.csv", encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1:] == shown
    window.close()


def test_the_report_window_speaks_arabic_with_each_value_in_its_own_direction(
        qapp, committed_report, worker):
    from PySide6.QtCore import Qt

    from ui.bidi import FSI, LRI, PDI
    from ui.i18n import apply_language
    from ui.import_report_window import ImportReportWindow

    apply_language(qapp, "ar")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = ImportReportWindow(committed_report, worker)
        model = window.rows.model
        assert model.horizontalHeaderItem(3).text() == "رقم الملف"
        assert model.item(0, 1).text() == FSI + "نادية مراد باسي" + PDI
        assert model.item(0, 2).text() == "أُنشئ " + LRI + "SNJ-00001" + PDI
        assert model.item(0, 3).text() == LRI + "SNJ-00001" + PDI
    finally:
        apply_language(qapp, "en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_wizard_and_the_imports_screen_show_each_row_with_its_case_number(
        qtbot, gui, made_vault, tmp_path):
    from tests.ui_support import unlock, wait_job
    from ui.bidi import bare

    folder, _code = made_vault
    main = unlock(qtbot, gui)
    imports = main.show_screen("imports")
    wizard = imports.new_import()
    wizard.path.setText(str(write_xlsx(tmp_path / "kocho.xlsx", [("Kocho", [HEADER, *LIST])])))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page, timeout=20_000)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    table = wizard.report_rows
    assert table.isVisibleTo(wizard)
    shown = {bare(table.model.item(r, 0).text()): bare(table.model.item(r, 3).text())
             for r in range(table.model.rowCount())}
    assert shown == {"2": "SNJ-00001", "3": "SNJ-00002", "4": "SNJ-00001", "6": "SNJ-00003",
                     "7": "SNJ-00004", "8": ""}
    # the vault holds each row under the number shown
    def rows_of(s) -> dict[str, set[str]]:
        out = {}
        for case_no in ("SNJ-00001", "SNJ-00002", "SNJ-00003", "SNJ-00004"):
            lines = s.records.provenance_for(s.persons.get(case_no).id)
            out[case_no] = {str(p["row_number"]) for p in lines}
        return out

    held = wait_job(qtbot, gui.worker, rows_of)
    assert held == {c: {n for n, shown_c in shown.items() if shown_c == c} for c in held}
    imports.close_wizard()
    qtbot.waitUntil(lambda: imports.table.model.rowCount() == 1, timeout=10_000)
    imports.table.table.selectRow(0)
    imports.show_selected_report()
    qtbot.waitUntil(lambda: getattr(imports, "report_window", None) is not None, timeout=10_000)
    again = imports.report_window.rows
    assert [bare(again.model.item(r, 3).text()) for r in range(again.model.rowCount())] == \
        [shown[n] for n in ("2", "3", "4", "6", "7", "8")]
    imports.report_window.close()
