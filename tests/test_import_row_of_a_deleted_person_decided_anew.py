"""A row the last import of its list also held, whose person has been deleted since, is decided
anew in the next version, by the names, as a row not seen before; and the row says so, on the
dry run, in the report and on the desktop, instead of passing as the same row as last time."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Village", "Born", "Sex"]
NADIA = ["Nadia", "Murad", "Basi", "Kocho", "1993", "F"]
JILAN = ["Jilan", "Khalaf", "Hasan", "Kocho", "1998", "F"]
LAYLA = ["Layla", "Khidir", "Qasim", "Kocho", "2001", "F"]
SAID = ("the same row as in the last import of this list (batch 1, row 2) went to a person "
        "deleted since: it is decided anew, as a row not seen before")


def test_a_row_whose_person_was_deleted_is_decided_anew_and_says_so(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    assert cli(tmp_path, "person", "add", "--given", "Jilan", "--father", "Khalaf",
               "--grandfather", "Hasan", "--sex", "F").returncode == 0
    # Jilan's row waits (a probable match of SNJ-00001) and is skipped: it went to no one
    staged = cli(tmp_path, "import", str(write_csv(tmp_path / "kocho.csv", HEADER,
                                                   [NADIA, JILAN])), "--source", "Yazda")
    assert "wait" in staged.stdout, staged.stdout
    assert cli(tmp_path, "review", "1", "--row", "3", "--decide", "skip").returncode == 0
    assert cli(tmp_path, "review", "1", "--commit").returncode == 0
    assert cli(tmp_path, "person", "delete", "SNJ-2", "--reason", "entered twice", "--yes"
               ).returncode == 0  # Nadia's, made of row 2
    path = write_csv(tmp_path / "kocho v2.csv", HEADER, [NADIA, JILAN, LAYLA])
    dry = cli(tmp_path, "import", str(path), "--source", "Yazda", "--dry-run").stdout
    assert f"  row 2: new person: Nadia Murad Basi\n      warning: {SAID}\n" in dry, dry
    assert dry.count("went to a person deleted since") == 1  # not the row skipped
    done = cli(tmp_path, "import", str(path), "--source", "Yazda", "--yes")
    assert done.returncode == 0, done.stderr
    assert f"warning row 2: {SAID}" in done.stdout, done.stdout
    rep = json.loads(cli(tmp_path, "--json", "review", "2", "--report").stdout)
    rows = {e["row"]: e for e in rep["rows"]}
    assert (rows[2]["result"], rows[2]["case_no"]) == ("created", "SNJ-00003")
