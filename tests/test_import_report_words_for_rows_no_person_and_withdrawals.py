"""Three words of an import's report that misled (found by a tester): a total line's "name as
listed" was the count its name column held ("row 8: 22: rejected"); the desktop's preview left a
rejected heading's "In the list" cell blank; and after a withdrawal and a decision again, the
report's counts moved while its lines below still said the commit's hand decision, with nothing
to say which is which. Now the row is named by its text, the preview shows it, and the report
says the commit's counts beside today's and marks the withdrawn row's decision."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv, write_xlsx
from tests.test_ui_import_preview_words import _preview

HEADER = ["ت", "الاسم", "اسم الاب", "اسم الجد", "الجنس"]
ROWS = [["", "قرية كوجو", "", "", ""],
        ["1", "نادية", "خلف", "رشو", "انثى"],
        ["2", "هدية", "الياس", "شمو", "انثى"],
        ["المجموع:", "22", "", "", ""]]


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_a_total_line_is_named_by_its_text_not_its_count(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    out = _ok(tmp_path, "import", str(write_csv(tmp_path / "l.csv", HEADER, ROWS)), "--source", "NGO")
    assert "row 5: المجموع: 22: rejected" in out, out
    assert "row 2: قرية كوجو: rejected" in out
    rep = json.loads(_ok(tmp_path, "--json", "review", "1", "--report"))
    assert {r["row"]: r["name"] for r in rep["rows"]}[5] == "المجموع: 22"


def test_the_preview_shows_what_a_rejected_row_holds(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    wizard = _preview(qtbot, gui, folder, write_csv(tmp_path / "l.csv", HEADER, ROWS))
    shown = [wizard.preview.model.item(n, 2).text() for n in range(wizard.preview.model.rowCount())]
    assert shown[0] == "قرية كوجو" and shown[3] == "المجموع: | 22", shown


def test_the_report_says_the_commits_counts_beside_todays(tmp_path):
    header = ["Name", "Father", "Grandfather", "Mother", "Born", "Village", "Status"]
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Basima", "--father", "Khalaf", "--grandfather",
        "Hassan", "--mother", "Nesrin", "--sex", "F", "--born", "1995", "--village", "Kocho")
    lst = write_xlsx(tmp_path / "m.xlsx", [("List", [
        header, ["Basima", "Khalaf", "Hassan", "Gule", "2001", "Kocho", "rescued 2017"],
        ["Layla", "Qasim", "Elias", "", "", "Kocho", "missing"]])])
    _ok(tmp_path, "import", str(lst), "--source", "Ministry")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--despite-contradiction",
        "--commit")
    before = _ok(tmp_path, "review", "1", "--report")
    assert "at the commit" not in before
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw", "--note", "her sister")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "create")
    text = _ok(tmp_path, "review", "1", "--report")
    assert "decisions: create 2" in text
    assert "at the commit, before the rows withdrawn since: decisions: create 1, update 1; " \
        "result: created 1" in text, text
    assert "decided by hand row 2: update SNJ-00001 (row withdrawn since)" in text, text
