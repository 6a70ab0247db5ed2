"""`import --dry-run --json` and `import --json` of one CSV give the same keys the same way: a
name on every row of the dry run (it had one on new rows only, and most rows of a next version
are matches), the sheet of a file without sheets as "" in both (the dry run said null), and the
blank rows under both keys (`blank_rows`, `blank_rows_skipped`: each was in one only)."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]


def test_a_next_version_dry_run_and_import_agree(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    first = write_csv(tmp_path / "a.csv", HEADER,
                      [["Layla", "Khalil", "Hassan", "F", "1998", "Kocho", "missing"]])
    assert cli(tmp_path, "import", "--source", "Yazda", str(first)).returncode == 0
    second = write_csv(tmp_path / "b.csv", HEADER,
                       [["Layla", "Khalil", "Hassan", "F", "1998", "Kocho", "rescued"], [""] * 7,
                        ["Sara", "Elias", "Haydar", "F", "2001", "Hardan", "missing"]])
    dry = cli(tmp_path, "--json", "import", "--dry-run", "--source", "Yazda", str(second))
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    assert [(r["row"], r["outcome"], r["name"]) for r in planned["rows"]] == [
        (2, "certain", "Layla Khalil Hassan"), (4, "new", "Sara Elias Haydar")]
    done = cli(tmp_path, "--json", "import", "--source", "Yazda", str(second))
    assert done.returncode == 0, done.stderr
    imported = json.loads(done.stdout)
    assert planned["sheet"] == imported["sheet"] == ""
    for said in (planned, imported):
        assert said["blank_rows"] == said["blank_rows_skipped"] == 1
