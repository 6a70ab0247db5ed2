"""A sender's correction of a birth its own earlier version gave is taken; where another list's
row gives the old value too, it is only a conflict, and the conflict names that row, in the
report and in the dry run: two identical corrections are not treated differently unexplained."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Born"]
ZEINA = ["Zeina", "Khalaf", "Murad"]
HAIFA = ["Haifa", "Elias", "Qasim"]


def _imported(tmp_path, name, rows, source):
    path = write_csv(tmp_path / name, HEADER, rows)
    out = cli(tmp_path, "--json", "import", str(path), "--source", source, "--yes")
    assert out.returncode == 0, out.stderr
    return path, json.loads(out.stdout)


def test_a_correction_held_back_by_another_list_names_that_row(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    _imported(tmp_path, "ngo.csv", [[*ZEINA, "1999"], [*HAIFA, "1996"]], "NGO")
    _imported(tmp_path, "family.csv", [["Nadia", "Hasan", "Ali", "1990"], [*HAIFA, "1996"]],
              "family")
    v2 = write_csv(tmp_path / "ngo.csv", HEADER, [[*ZEINA, "2000"], [*HAIFA, "1997"]])
    dry = cli(tmp_path, "import", str(v2), "--source", "NGO", "--dry-run").stdout
    assert "not taken as its sender's correction: row 3 of batch 2 ('family.csv')" in dry
    _, report = _imported(tmp_path, "ngo.csv", [[*ZEINA, "2000"], [*HAIFA, "1997"]], "NGO")
    assert [c["field"] for c in report["corrected_by_sender"]] == ["birth"]
    (conflict,) = report["conflicts"]
    assert conflict["row"] == 3 and conflict["kept_by"]["batch"] == 2
    assert conflict["kept_by"]["row"] == 3
    text = cli(tmp_path, "review", "3", "--report").stdout
    assert ("not taken as its sender's correction: row 3 of batch 2 ('family.csv') gives "
            "'1996' too") in text
