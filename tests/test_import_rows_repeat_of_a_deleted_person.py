"""A row that repeated an earlier row of its list went to that row's person; once she is deleted
the report says the row was imported and its person deleted since, as it says of the earlier
row, not that it was skipped: it was never skipped."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Village", "Born", "Sex"]
NADIA = ["Nadia", "Murad", "Basi", "Kocho", "1993", "F"]
JILAN = ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "F"]


def _rows(tmp_path, batch: int) -> dict[int, dict]:
    rep = json.loads(cli(tmp_path, "--json", "review", str(batch), "--report").stdout)
    return {e["row"]: e for e in rep["rows"]}


def test_a_repeat_whose_person_was_deleted_is_not_called_skipped(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    assert cli(tmp_path, "person", "add", "--given", "Jilan", "--father", "Khalaf",
               "--grandfather", "Hasan", "--sex", "F").returncode == 0
    # Jilan's rows are a probable match of that record (no birth, no village there): the
    # first is decided skip, and its repeat is skipped with it
    path = write_csv(tmp_path / "kocho.csv", HEADER, [NADIA, JILAN, NADIA, JILAN])
    staged = cli(tmp_path, "import", str(path), "--source", "Yazda")
    assert "wait" in staged.stdout, staged.stdout
    assert cli(tmp_path, "review", "1", "--row", "3", "--decide", "skip").returncode == 0
    done = cli(tmp_path, "review", "1", "--commit")
    assert done.returncode == 0, done.stderr
    rows = _rows(tmp_path, 1)
    assert [(rows[n]["result"], rows[n]["case_no"]) for n in (2, 3, 4, 5)] == [
        ("created", "SNJ-00002"), ("skipped", None), ("same_as_earlier_row", "SNJ-00002"),
        ("skipped", None)]
    assert cli(tmp_path, "person", "delete", "SNJ-2", "--reason", "entered twice", "--yes"
               ).returncode == 0
    rows = _rows(tmp_path, 1)
    assert [rows[n]["result"] for n in (2, 3, 4, 5)] == [
        "person_deleted", "skipped", "person_deleted", "skipped"]
    report = cli(tmp_path, "review", "1", "--report").stdout
    # her rows keep nothing of what the list said of her: not even her name
    assert ("row 4: (name erased with her record): imported, but its person has been deleted "
            "since") in report
    assert "Nadia" not in report
