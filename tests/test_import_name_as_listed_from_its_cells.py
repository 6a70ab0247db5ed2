"""A row's name as listed is what the list's cells said. A list with a "Full name" column and a
"Father" column beside it (the father's name once more) was shown as «Laila Khalaf Ilyas
Khalaf», a name the list never wrote, in the import report's rows, the rows CSV, `review N
--report`, the changes since the last version and the desktop's changes panel. A father's cell
that the full name does not already hold is still said, in the list's order. Real lists in a
real vault."""

from __future__ import annotations

import csv
import json

from app.importing.changes import listed_name, name_columns
from tests.import_helpers import write_xlsx

HEADER = ["Full name", "Father", "Date of birth", "Village", "Status"]
V1 = [["Sameera Khaleel Elias", "Khaleel", "1995", "Kocho", "abducted"],
      ["Laila Khalaf Ilyas", "Khalaf", "1998", "Kocho", "abducted"],
      ["Jehan Khidr Kasim", "Khidr", "01/01/2001", "Hardan", "rescued"],
      ["Shirin Hasan Ali", "Hasan", "1994", "Tel Qasab", "abducted"]]
# the next version: Laila rescued, Shirin taken off the list
V2 = [V1[0], [*V1[1][:4], "rescued"], V1[2]]
LISTED = ["Sameera Khaleel Elias", "Laila Khalaf Ilyas", "Jehan Khidr Kasim", "Shirin Hasan Ali"]


def _officials(path, rows):
    """As the directorate sends it: a title, a blank line, the header on row 3."""
    return write_xlsx(path, [("Sheet1", [["Directorate of Yazidi Affairs - Abductees"], [],
                                         HEADER, *rows])])


def _imported_twice(cli, tmp_path):
    assert cli("init").returncode == 0
    r = cli("import", str(_officials(tmp_path / "officials_v1.xlsx", V1)),
            "--source", "Directorate", "--new-sex", "female")
    assert r.returncode == 0, r.stderr
    return r


def test_the_rows_of_the_report_and_the_csv_say_the_full_name_as_written(cli, tmp_path):
    done = _imported_twice(cli, tmp_path)
    for n, name in enumerate(LISTED):
        assert f"row {n + 4}: {name}: created SNJ-0000{n + 1}" in done.stdout
    assert "Khalaf Ilyas Khalaf" not in done.stdout
    out = tmp_path / "rows.csv"
    shown = cli("review", "1", "--report", "--rows-csv", str(out))
    assert shown.returncode == 0, shown.stderr
    assert "row 5: Laila Khalaf Ilyas: created SNJ-00002" in shown.stdout
    with open(out, encoding="utf-8-sig", newline="") as fh:
        cells = list(csv.reader(fh))
    assert [c[1] for c in cells[1:]] == LISTED
    rep = json.loads(cli("--json", "review", "1", "--report").stdout)
    assert [e["name"] for e in rep["rows"]] == LISTED


def test_the_changes_since_the_last_version_name_rows_as_written(cli, tmp_path):
    _imported_twice(cli, tmp_path)
    v2 = _officials(tmp_path / "officials_v2.xlsx", V2)
    dry = cli("import", str(v2), "--dry-run", "--source", "Directorate")
    assert dry.returncode == 0, dry.stderr
    done = cli("import", str(v2), "--source", "Directorate")
    assert done.returncode == 0, done.stderr
    stored = cli("review", "2", "--report").stdout
    for said in (dry.stdout, done.stdout, stored):
        assert "changed row 5 (was row 5): Laila Khalaf Ilyas (SNJ-00002): Status" in said
        assert "removed row 7 of batch 1: Shirin Hasan Ali (SNJ-00004)" in said
        assert "Khalaf Ilyas Khalaf" not in said and "Hasan Ali Hasan" not in said


def test_a_report_stored_with_the_father_said_twice_is_shown_as_the_list_wrote_it(cli, tmp_path):
    """A batch committed before kept «Laila Khalaf Ilyas Khalaf» in its changes: shown from the
    row's cells."""
    from app.vault import open_vault
    from db.repositories.importing import ImportRepository
    from tests.conftest import PASSPHRASE

    _imported_twice(cli, tmp_path)
    assert cli("import", str(_officials(tmp_path / "officials_v2.xlsx", V2)),
               "--source", "Directorate").returncode == 0
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        repo = ImportRepository(s.db)
        rep = json.loads(repo.batch(2).report_json)
        changes = rep["changes_since_last_import"]
        changes["changed_rows"][0]["name"] = "Laila Khalaf Ilyas Khalaf"
        changes["removed_rows"][0]["name"] = "Shirin Hasan Ali Hasan"
        with s.db.transaction():
            s.db.conn.execute("UPDATE import_batches SET report_json=? WHERE id=2",
                              (json.dumps(rep, ensure_ascii=False),))
    finally:
        s.close()
    shown = cli("review", "2", "--report").stdout
    assert "changed row 5 (was row 5): Laila Khalaf Ilyas (SNJ-00002)" in shown
    assert "removed row 7 of batch 1: Shirin Hasan Ali (SNJ-00004)" in shown


def test_name_cells_the_full_name_does_not_hold_are_said_in_the_lists_order():
    columns = name_columns(json.dumps({"columns": {"Full name": "full_name", "Father": "father",
                                                   "Nickname": "nickname"}}))
    row = {"Full name": "Laila", "Father": "Khalaf", "Nickname": "Umm Saeed", "Village": "Kocho"}
    assert listed_name(json.dumps(row), columns) == "Laila Khalaf Umm Saeed"
    # the father's name in the full name, in the other form of its letters: not said twice
    row = {"Full name": "فيان عبد الله حجي", "Father": "عبدالله"}
    assert listed_name(json.dumps(row), columns) == "فيان عبد الله حجي عبدالله"
    row = {"Full name": "فيان عبد الله حجي", "Father": " عبد  الله "}
    assert listed_name(json.dumps(row), columns) == "فيان عبد الله حجي"
    row = {"Full name": "ليلى خلف إلياس", "Father": "خلف"}
    assert listed_name(json.dumps(row), columns) == "ليلى خلف إلياس"
    # a list of name parts only: its cells, as before
    parts = name_columns(json.dumps({"columns": {"الاسم": "given", "اسم الاب": "father",
                                                 "اسم الجد": "grandfather"}}))
    assert listed_name(json.dumps({"الاسم": "ليلى", "اسم الاب": "خلف", "اسم الجد": "الياس"}),
                       parts) == "ليلى خلف الياس"


def test_the_desktops_changes_panel_names_the_row_as_the_list_wrote_it(qtbot, gui, made_vault,
                                                                       tmp_path):
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.import_helpers import PASSPHRASE
    from tests.test_ui_import_preview_lists_changed_rows import _table
    from tests.test_ui_import_wizard import _wizard
    from ui.settings import write_language

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    svc = ImportService(s)
    plan = svc.prepare(str(_officials(tmp_path / "officials_v1.xlsx", V1)), None, "test list")
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    s.close()
    write_language(folder, "en")
    gui.language = "en"
    _main, _imports, wizard = _wizard(qtbot, gui, folder,
                                      _officials(tmp_path / "officials_v2.xlsx", V2))
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    names = [row[3] for row in _table(wizard)]
    assert names == ["Laila Khalaf Ilyas", "Shirin Hasan Ali"]
