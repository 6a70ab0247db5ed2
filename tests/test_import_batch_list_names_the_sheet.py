"""The list of imports names the sheet a workbook's batch read: two sheets of one workbook (a
village a sheet) were two identical lines, "krg.xlsx [KRG]", on the command line and on the
desktop's imports screen. A CSV has no sheet and shows none."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv, write_xlsx
from tests.ui_support import unlock

SHEETS = [("Kocho", [["Name", "Father", "Village"], ["Nadia", "Murad", "Kocho"]]),
          ("Tel Qasab", [["Name", "Father", "Village"], ["Layla", "Hasan", "Tel Qasab"]])]


def _two_sheets_and_a_csv(cli, tmp_path):
    cli("init", "--prefix", "SNJ")
    book = write_xlsx(tmp_path / "krg.xlsx", SHEETS)
    for sheet in ("Kocho", "Tel Qasab"):
        r = cli("import", str(book), "--sheet", sheet, "--source", "KRG", "--yes")
        assert r.returncode == 0, r.stderr
    flat = write_csv(tmp_path / "family.csv", ["Name", "Father"], [["Jamila", "Salih"]])
    assert cli("import", str(flat), "--source", "family", "--yes").returncode == 0


def test_the_command_line_list_names_each_batch_sheet(cli, tmp_path):
    _two_sheets_and_a_csv(cli, tmp_path)
    lines = cli("review").stdout.splitlines()
    assert len(lines) == 3, lines
    assert "krg.xlsx (sheet 'Kocho') [KRG]" in lines[0]
    assert "krg.xlsx (sheet 'Tel Qasab') [KRG]" in lines[1]
    assert lines[2].endswith("family.csv [family]") and "sheet" not in lines[2]
    listed = json.loads(cli("--json", "review").stdout)
    assert [b["sheet"] for b in listed][:2] == ["Kocho", "Tel Qasab"]


def test_the_imports_screen_names_each_batch_sheet(qtbot, gui, made_vault, tmp_path, cli):
    folder, _code = made_vault
    assert folder == cli.vault
    book = write_xlsx(tmp_path / "krg.xlsx", SHEETS)
    for sheet in ("Kocho", "Tel Qasab"):
        r = cli("import", str(book), "--sheet", sheet, "--source", "KRG", "--yes")
        assert r.returncode == 0, r.stderr
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    imports = main.show_screen("imports")
    imports.reload()
    qtbot.waitUntil(lambda: len(imports.batches) == 2, timeout=10_000)
    model = imports.table.table.model()
    files = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert files == {"krg.xlsx, sheet Kocho", "krg.xlsx, sheet Tel Qasab"}, files
