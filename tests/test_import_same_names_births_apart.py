"""Two rows of one list with the same names, both asked about one vault woman, whose births (or
mothers) disagree as far as the importer asks about against a vault record: never joined as one
woman unasked, and each row waits on its own, saying why."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Family", "Mother", "Born", "Sex"]


def _vault_and_list(tmp_path, rows):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "Dunya", "--father", "Barakat",
                "--grandfather", "Naif", "--family", "Sheikh", "--mother", "Basma",
                "--born", "2000", "--sex", "F")
    assert added.returncode == 0, added.stderr
    return write_csv(tmp_path / "two_dunyas.csv", HEADER, rows)


def test_rows_born_eight_years_apart_are_not_joined_with_yes(tmp_path):
    path = _vault_and_list(tmp_path, [["Dunya", "Barakat", "Naif", "Sheikh", "", "1992", "F"],
                                      ["Dunya", "Barakat", "Naif", "Sheikh", "Nasrin", "2000", "F"]])
    dry = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    rows = {r["row"]: r for r in dry["rows"]}
    assert rows[2]["same_woman"] == [] and rows[3]["same_woman"] == []
    text = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("row 2 of this list gives the same names, but the birth years are 8 years apart: "
            "not taken for the same woman unasked") in text
    out = cli(tmp_path, "--json", "import", str(path), "--yes")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["results"]["same_as_earlier_row"] == 0
    assert report["results"]["created"] == 2
    # row 3 (her mother, born 2000) is no part of the record row 2 (born 1992) made
    made = [p for p in json.loads(cli(tmp_path, "--json", "person", "list").stdout)
            if p["case_no"] != "SNJ-00001"]
    shown = [json.loads(cli(tmp_path, "--json", "person", "show", p["case_no"]).stdout)
             for p in made]
    assert sorted(len(s["provenance"]) for s in shown) == [1, 1]


def test_deciding_one_row_does_not_carry_the_other_born_years_apart(tmp_path):
    path = _vault_and_list(tmp_path, [["Dunya", "Barakat", "Naif", "Sheikh", "", "1992", "F"],
                                      ["Dunya", "Barakat", "Naif", "Sheikh", "Nasrin", "2000", "F"]])
    assert cli(tmp_path, "import", str(path)).returncode == 0
    out = cli(tmp_path, "review", "1", "--row", "2", "--decide", "create")
    assert out.returncode == 0, out.stderr
    assert "joins the person this row makes" not in out.stdout
    waiting = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert [w["row"] for w in waiting] == [3]


def test_rows_with_two_mothers_are_not_joined_and_say_why(tmp_path):
    path = _vault_and_list(tmp_path, [["Dunya", "Barakat", "Naif", "Sheikh", "Nasrin", "", "F"],
                                      ["Dunya", "Barakat", "Naif", "Sheikh", "Layla", "", "F"]])
    dry = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert all(r["same_woman"] == [] for r in dry["rows"])
    out = cli(tmp_path, "--json", "import", str(path), "--yes")
    assert json.loads(out.stdout)["results"]["same_as_earlier_row"] == 0

