"""A possible duplicate an import reports is listed by `duplicates` at its default, and a pair
a merge would refuse is not suggested for a merge: the import said "join them, e.g. `casekeeper
merge SNJ-00001 SNJ-00002`" of Henan and Hana (score 0.867, below the 0.87 `duplicates` lists
from), a pair `duplicates` left out and `merge` refused for their given names."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]


def _imported(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    first = write_csv(tmp_path / "a.csv", HEADER,
                      [["Henan", "Khalaf", "Rasho", "F", "1996", "Kocho", "missing"]])
    assert cli(tmp_path, "import", "--source", "Yazda", str(first)).returncode == 0
    return write_csv(tmp_path / "b.csv", HEADER,
                     [["Hana", "Khalaf", "Rasho", "F", "1998", "Kocho", "missing"]])


def test_the_import_says_why_not_merge_and_duplicates_lists_the_pair(tmp_path):
    second = _imported(tmp_path)
    r = cli(tmp_path, "import", "--yes", "--source", "Family", str(second))
    assert r.returncode == 0, r.stderr
    assert ("possible duplicate row 2: created SNJ-00002, a probable match with SNJ-00001 "
            "(score 0.867); a merge refuses: they disagree on given name") in r.stdout
    assert "casekeeper merge SNJ-00001 SNJ-00002" not in r.stdout
    dups = json.loads(cli(tmp_path, "--json", "duplicates").stdout)
    assert [(d["a"]["case_no"], d["b"]["case_no"]) for d in dups] == [("SNJ-00001", "SNJ-00002")]
    text = cli(tmp_path, "duplicates").stdout
    assert "-- a merge refuses: they disagree on given name" in text
    merged = cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002")
    assert merged.returncode != 0 and "disagree on given name" in merged.stderr


def test_the_import_json_names_what_a_merge_refused(tmp_path):
    second = _imported(tmp_path)
    r = cli(tmp_path, "--json", "import", "--yes", "--source", "Family", str(second))
    assert r.returncode == 0, r.stderr
    (dup,) = json.loads(r.stdout)["possible_duplicates"]
    assert dup["candidate"] == "SNJ-00001" and dup["case_no"] == "SNJ-00002"
    assert dup["merge_refused"] == ["given"]


def test_a_pair_decided_not_the_same_is_not_listed_again(tmp_path):
    second = _imported(tmp_path)
    assert cli(tmp_path, "import", "--yes", "--source", "Family", str(second)).returncode == 0
    assert cli(tmp_path, "not-same", "SNJ-00001", "SNJ-00002").returncode == 0
    assert json.loads(cli(tmp_path, "--json", "duplicates").stdout) == []
