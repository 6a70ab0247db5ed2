"""A repeat of an earlier row stays where the commit put it when that row is withdrawn and
decided onto another woman: its report line no longer calls it a repeat of that row."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Born", "Village"]
SALWA = ["Salwa", "Silo", "Mahmoud", "1974", "Borek"]


def test_a_repeat_whose_lead_went_elsewhere_says_so(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "Salwa", "--father", "Silo",
                "--grandfather", "Mahmoud", "--born", "1974", "--village", "Borek")
    assert added.returncode == 0, added.stderr
    path = write_csv(tmp_path / "repeats.csv", HEADER, [SALWA, SALWA])
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    assert cli(tmp_path, "review", "1", "--row", "2", "--withdraw").returncode == 0
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "create").returncode == 0
    text = cli(tmp_path, "review", "1", "--report").stdout
    assert "row 2: Salwa Silo Mahmoud: withdrawn from SNJ-00001, decided again: created " \
        "SNJ-00002" in text, text
    assert "row 3: Salwa Silo Mahmoud: went with row 2 to SNJ-00001; row 2 withdrawn since" \
        in text, text
    assert "repeat of row 2" not in text
    rows = {r["row"]: r for r in json.loads(
        cli(tmp_path, "--json", "review", "1", "--report").stdout)["rows"]}
    assert rows[3]["case_no"] == "SNJ-00001" and rows[3].get("lead_withdrawn") is True
