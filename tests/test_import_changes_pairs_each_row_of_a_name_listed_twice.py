"""A woman listed twice in a list (a misspelt row and a right one) is compared row by row with
the last version: the row listed as before is unchanged, the row corrected is the row changed,
against the row it was. Never the row listed as before reported as changed into the corrected
one and the misspelt row as removed. The dry run, the committed report and the desktop's lines
say the same. A real vault, real xlsx files, the real command line."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_xlsx

HEADER = ["Name", "Father", "Grandfather", "Family", "Sex", "Village", "Born", "Status"]
WAFA = ["Wafa", "Kamal", "Naif", "Tarmashi", "F", "Kocho", "2005", "missing"]
ADEEBA = ["Adeeba", "Hadi", "Murad", "Tarmashi", "F", "Kocho", "2003", "missing"]
# row 2 of the first version misspelt 'Adiba'; the second corrects it and says she is freed
V1 = [["Adiba", *ADEEBA[1:]], ADEEBA, WAFA]
V2 = [["Adeba", *ADEEBA[1:-1], "rescued"], ADEEBA, WAFA]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _versions(tmp_path):
    _ok(tmp_path, "init")
    v1 = write_xlsx(tmp_path / "v1.xlsx", [("L", [HEADER, *V1])])
    _ok(tmp_path, "import", str(v1), "--source", "Kocho committee", "--yes")
    return write_xlsx(tmp_path / "v2.xlsx", [("L", [HEADER, *V2])])


def _said(ch: dict) -> tuple:
    return (ch["added"], ch["removed"], ch["changed"], ch["unchanged"], ch["repeated"],
            [(c["row"], c["previous_row"], c["columns"]) for c in ch["changed_rows"]])


EXPECTED = (0, 0, 1, 2, 0, [(2, 2, {"Name": ["Adiba", "Adeba"],
                                    "Status": ["missing", "rescued"]})])


def test_the_corrected_row_is_changed_against_its_own_row_in_the_dry_run(tmp_path):
    v2 = _versions(tmp_path)
    dry = json.loads(_ok(tmp_path, "--json", "import", str(v2), "--source", "Kocho committee",
                         "--dry-run").stdout)
    assert _said(dry["changes_since_last_import"]) == EXPECTED
    text = _ok(tmp_path, "import", str(v2), "--source", "Kocho committee", "--dry-run").stdout
    assert "changed row 2 (was row 2): Adeba Hadi Murad Tarmashi" in text
    assert "removed row" not in text and "repeated row" not in text


def test_the_committed_report_and_the_desktops_lines_say_the_same(tmp_path):
    from app.importing.report import changes_text

    v2 = _versions(tmp_path)
    rep = json.loads(_ok(tmp_path, "--json", "import", str(v2), "--source", "Kocho committee",
                         "--yes").stdout)
    ch = rep["changes_since_last_import"]
    assert _said(ch) == EXPECTED
    shown = json.loads(_ok(tmp_path, "--json", "review", "2", "--report").stdout)
    assert _said(shown["changes_since_last_import"]) == EXPECTED
    lines = changes_text(shown["changes_since_last_import"])
    assert any("changed row 2 (was row 2)" in line for line in lines)
    assert not any("removed row" in line for line in lines)


def test_a_row_the_last_version_listed_twice_and_this_one_once_is_removed(tmp_path):
    _ok(tmp_path, "init")
    v1 = write_xlsx(tmp_path / "v1.xlsx", [("L", [HEADER, ADEEBA, WAFA, ADEEBA])])
    _ok(tmp_path, "import", str(v1), "--source", "Kocho committee", "--yes")
    v2 = write_xlsx(tmp_path / "v2.xlsx", [("L", [HEADER, ADEEBA, WAFA])])
    dry = json.loads(_ok(tmp_path, "--json", "import", str(v2), "--source", "Kocho committee",
                         "--dry-run").stdout)
    ch = dry["changes_since_last_import"]
    assert (ch["unchanged"], ch["removed"], ch["repeated"]) == (2, 1, 0)
    assert [r["row"] for r in ch["removed_rows"]] == [4]
