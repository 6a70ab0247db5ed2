"""A row two records fit as well waits, and names the other record: the user cannot weigh one
candidate against another she is not shown."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد", "القرية"]
NADIA = ["نادية", "خليل", "الياس", "F", "1990", "كوجو"]


def _add_nadia(tmp_path) -> None:
    added = cli(tmp_path, "person", "add", "--given", "نادية", "--father", "خليل",
                "--grandfather", "الياس", "--sex", "F", "--born", "1990", "--village", "كوجو")
    assert added.returncode == 0, added.stderr


def test_a_row_tied_between_two_vault_records_names_the_other_with_its_score(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    _add_nadia(tmp_path)
    _add_nadia(tmp_path)  # her namesake, or the same woman entered twice
    cli(tmp_path, "import", str(write_csv(tmp_path / "list.csv", HEADER, [NADIA])))
    out = cli(tmp_path, "review", "1")
    assert "probable match with SNJ-00001" in out.stdout
    assert "another record fits as well: SNJ-00002 (score 0.99" in out.stdout
    (w,) = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert w["match"] == "SNJ-00001"
    assert w["also_fits"]["case_no"] == "SNJ-00002" and w["also_fits"]["row"] is None
    assert w["also_fits"]["score"] >= 0.99


def test_a_row_tied_between_two_earlier_rows_names_the_other_row(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    header = [*HEADER, "اسم الام"]
    # rows 2 and 3: namesakes with other mothers (two women); row 4 names no mother
    rows = [[*NADIA, "شيرين"], [*NADIA, "غزالة"], [*NADIA, ""]]
    cli(tmp_path, "import", str(write_csv(tmp_path / "list.csv", header, rows)))
    waiting = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    (w,) = [w for w in waiting if w["row"] == 4]
    assert w["same_as_row"] == 2
    assert w["also_fits"] == {"case_no": None, "row": 3, "score": w["also_fits"]["score"]}
    assert "another record fits as well: row 3 (score" in cli(tmp_path, "review", "1").stdout


def test_a_list_naming_her_three_times_makes_one_record(tmp_path):
    """Rows 3 and 4 repeat row 2: row 4 fits rows 2 and 3 alike, but they are one woman, so
    it is no tie. It was: row 4 waited, and with --yes became her second record."""
    assert cli(tmp_path, "init").returncode == 0
    r = cli(tmp_path, "--json", "import", "--yes",
            str(write_csv(tmp_path / "list.csv", HEADER, [NADIA] * 3)))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["results"]["created"] == 1
    listed = json.loads(cli(tmp_path, "--json", "person", "list").stdout)
    assert len(listed) == 1
    layla = ["ليلى", *NADIA[1:]]  # her sister, three times, without --yes: nothing waits
    r = cli(tmp_path, "import", str(write_csv(tmp_path / "sister.csv", HEADER, [layla] * 3)))
    assert r.returncode == 0, r.stderr
    assert json.loads(cli(tmp_path, "--json", "review", "2").stdout) == []
    assert len(json.loads(cli(tmp_path, "--json", "person", "list").stdout)) == 2
