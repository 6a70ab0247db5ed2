"""A row that repeats an earlier row of the list, which is a woman of the vault, is taken as
certain only when it also holds against her record: a row with no mother's name, then one
naming another mother than hers, put the second row's "rescued" on her record as a repeat of
the first, though alone that row waited for a decision."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Family", "Mother", "Village", "Sex", "Birth year",
          "Status"]


def test_a_repeat_that_contradicts_her_record_is_asked_about(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    r = cli(tmp_path, "--json", "person", "add", "--given", "نادية", "--given", "Nadia",
            "--father", "خليل", "--father", "Khalil", "--grandfather", "حسن", "--grandfather",
            "Hassan", "--family", "الأيوبي", "--family", "Al-Ayoubi", "--mother", "غزالة",
            "--sex", "F", "--born", "2000", "--village", "Kocho", "--status", "missing")
    assert r.returncode == 0, r.stderr
    nadia = json.loads(r.stdout)["case_no"]
    path = write_csv(tmp_path / "two.csv", HEADER, [
        ["Nadia", "Khalil", "Hassan", "Al-Ayoubi", "", "Kocho", "F", "2000", ""],
        ["Nadia", "Khalil", "Hassan", "Al-Ayoubi", "Layla", "Kocho", "F", "2000", "rescued"],
        ["Nadia", "Khalil", "Hassan", "Al-Ayoubi", "", "Kocho", "F", "2000", "missing"],
    ])
    r = cli(tmp_path, "--json", "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert [(x["outcome"], x["match"]) for x in rows] == [
        ("certain", nadia), ("probable", nadia), ("certain", nadia)]
    assert "mother mismatch" in rows[1]["why"]

    r = cli(tmp_path, "import", str(path))
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli(tmp_path, "--json", "person", "show", nadia).stdout)
    assert shown["current_status"] == "missing"
