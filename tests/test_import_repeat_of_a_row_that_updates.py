"""A row repeating an earlier row cell for cell is said and counted as a repeat of it, whether
that row made a new person or updated a woman the vault holds."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Born", "Village"]
SALWA = ["Salwa", "Silo", "Mahmoud", "1974", "Borek"]
REEM = ["Reem", "Dakhil", "Khalaf", "2004", "Kocho"]


def test_a_repeat_of_a_row_that_updates_is_a_repeat_as_one_of_a_new_person(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "Salwa", "--father", "Silo",
                "--grandfather", "Mahmoud", "--born", "1974", "--village", "Borek")
    assert added.returncode == 0, added.stderr
    path = write_csv(tmp_path / "repeats.csv", HEADER, [SALWA, REEM, SALWA, REEM])
    out = cli(tmp_path, "--json", "import", str(path), "--yes")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["results"]["same_as_earlier_row"] == 2
    assert report["results"]["created"] == 1
    assert report["results"]["unchanged"] + report["results"]["updated"] == 1
    rows = {r["row"]: r for r in json.loads(
        cli(tmp_path, "--json", "review", "1", "--report").stdout)["rows"]}
    assert (rows[4]["result"], rows[4]["same_as_row"], rows[4]["case_no"]) == (
        "same_as_earlier_row", 2, "SNJ-00001")
    assert (rows[5]["result"], rows[5]["same_as_row"]) == ("same_as_earlier_row", 3)
    text = cli(tmp_path, "review", "1", "--report").stdout
    assert "row 4: Salwa Silo Mahmoud: repeat of row 2: SNJ-00001" in text
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert sorted(p["row_number"] for p in shown["provenance"]) == [2, 4]
