"""A row decided skip is still the list's row: its next version's changes said it was added and
the row it continues removed ("added row 13: خاتون نايف جندي (SNJ-00010)", "removed row 11:
خاتون نايف (SNJ-00010)"), and gave it the case number of the woman it only matched. A skip keeps
the row out of the vault; the changes are the list's, so the row is compared with the row it
continues, and said skipped, with no case number."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv

HEADER = ["الاسم الثلاثي", "المواليد", "القرية", "الحالة"]
NADIA = ["نادية جندي خلف", "2001", "تل قصب", "مفقودة"]


def _skipped_in_version_two(cli, tmp_path) -> dict:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    v1 = write_csv(tmp_path / "v1.csv", HEADER, [NADIA, ["خاتون نايف", "1982", "حطمية", "مفقودة"]])
    assert cli("import", str(v1), "--source", "family", "--yes").returncode == 0
    v2 = write_csv(tmp_path / "v2.csv", HEADER, [
        NADIA, ["خاتون نايف جندي", "1982", "حطمية", "مفقودة"]])
    staged = cli("--json", "import", str(v2), "--source", "family")
    assert staged.returncode == 0, staged.stderr
    ch = json.loads(staged.stdout)["changes_since_last_import"]
    assert [c["previous_row"] for c in ch["changed_rows"]] == [3], ch  # before any decision
    decided = cli("review", "2", "--row", "3", "--decide", "skip")
    assert decided.returncode == 0, decided.stderr
    done = cli("--json", "review", "2", "--commit")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_skipped_row_is_compared_with_the_row_it_continues(cli, tmp_path):
    report = _skipped_in_version_two(cli, tmp_path)
    ch = report["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"]) == (0, 0, 1), ch
    (row,) = ch["changed_rows"]
    assert (row["row"], row["previous_row"], row["case_no"], row.get("skipped")) == (3, 3, "", True)
    text = cli("review", "2", "--report").stdout
    assert "changed row 3 (was row 3): خاتون نايف جندي (skipped):" in text, text
    assert "SNJ-00002" not in text.split("since batch")[1].split("rows of the list")[0], text


def test_the_desktop_says_the_row_was_skipped(qapp, cli, tmp_path):
    from ui.list_changes import change_rows

    report = _skipped_in_version_two(cli, tmp_path)
    (cells,) = [cells for _kind, cells in change_rows(report["changes_since_last_import"])]
    assert cells[1:3] == ["3", "3"] and cells[4] == "skipped", cells
