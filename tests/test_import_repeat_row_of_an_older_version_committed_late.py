"""A row repeating an earlier row of an older version of a list, committed after a newer version,
goes through the same rules as the row it repeats: its status, against the newer one's, is noted,
never taken."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Born", "Village", "Status"]
SALWA = ["Salwa", "Silo", "Mahmoud", "1974", "Borek"]


def test_a_repeated_row_of_an_older_version_sets_no_status_against_the_newer(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for person in (["Salwa", "Silo", "Mahmoud", "1974", "Borek"],
                   ["Dunya", "Barakat", "Nayef", "1992", "Hardan"]):
        given, father, grandfather, born, village = person
        added = cli(tmp_path, "person", "add", "--given", given, "--father", father,
                    "--grandfather", grandfather, "--born", born, "--village", village)
        assert added.returncode == 0, added.stderr
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    # v1: rows 2 and 4 the same, cell for cell; row 3 waits, so v1 stays staged
    v1 = write_csv(tmp_path / "v1" / "camp.csv", HEADER,
                   [SALWA + ["rescued"], ["Dunya", "Barakat", "Nayef", "1985", "Hardan", "missing"],
                    SALWA + ["rescued"]])
    v2 = write_csv(tmp_path / "v2" / "camp.csv", HEADER, [SALWA + ["missing"]])
    staged = cli(tmp_path, "import", str(v1), "--source", "camp")
    assert "row 4: Salwa Silo Mahmoud: decided: same as row 2" in staged.stdout
    assert cli(tmp_path, "import", str(v2), "--source", "camp", "--yes").returncode == 0
    assert cli(tmp_path, "review", "1", "--row", "3", "--decide", "skip").returncode == 0
    done = cli(tmp_path, "review", "1", "--commit")
    assert done.returncode == 0, done.stderr
    assert "status row 4" not in done.stdout
    assert "row 4: Salwa Silo Mahmoud: repeat of row 2: SNJ-00001; the list's status 'rescued'" \
        in done.stdout
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "missing"
