"""A row asked about an earlier row of its own list can be said to be that woman: `review
--decide update` joins her to whatever person the earlier row makes or updates, checked as an
update by hand is. It was refused ("it matched a row of the file"): the user could only skip
the row, losing its spelling, or create her twice and merge afterwards."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Sex", "Born", "Village"]
FERIDE = ["Ferîde", "Evdilkerîm", "Xelef", "F", "1995", "Kocho"]
LAYLA = ["Layla", "Qasim", "Murad", "F", "2001", "Tel Qasab"]


def _staged(tmp_path, third: list[str], first: list[str] = FERIDE) -> dict:
    assert cli(tmp_path, "init").returncode == 0
    r = cli(tmp_path, "import", str(write_csv(tmp_path / "list.csv", HEADER,
                                              [first, LAYLA, third])))
    assert r.returncode == 0, r.stderr
    (w,) = json.loads(cli(tmp_path, "--json", "review", "1").stdout)
    assert w["row"] == 4 and w["same_as_row"] == 2 and w["match_case"] == ""
    return w


def test_update_of_a_row_matched_to_an_earlier_row_makes_her_one_person(tmp_path):
    _staged(tmp_path, ["Fareeda", "Abdulkarim", "", "F", "", ""])
    r = cli(tmp_path, "review", "1", "--row", "4", "--decide", "update")
    assert r.returncode == 0, r.stderr
    assert "row 4: the same woman as row 2, with her person" in r.stdout
    r = cli(tmp_path, "--json", "review", "1", "--commit")
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["results"]["created"] == 2 and rep["results"]["same_as_earlier_row"] == 1
    assert rep["reconciled"]
    people = json.loads(cli(tmp_path, "--json", "person", "list").stdout)
    assert len(people) == 2
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert sorted(p["row_number"] for p in shown["provenance"]) == [2, 4]


def test_a_sister_in_an_earlier_row_is_joined_only_when_asked_for_in_so_many_words(tmp_path):
    w = _staged(tmp_path, ["Basma", "Khalil", "Elias", "F", "1995", "Kocho"],
                first=["Basima", "Khalil", "Elias", "F", "1995", "Kocho"])
    assert w["outcome"] == "probable"
    r = cli(tmp_path, "review", "1", "--row", "4", "--decide", "update")
    assert r.returncode != 0
    assert "row 2" in r.stderr and "--despite-contradiction" in r.stderr, r.stderr
    assert json.loads(cli(tmp_path, "--json", "review", "1").stdout)[0]["row"] == 4
    r = cli(tmp_path, "review", "1", "--row", "4", "--decide", "update",
            "--despite-contradiction")
    assert r.returncode == 0, r.stderr
    assert json.loads(cli(tmp_path, "--json", "review", "1").stdout) == []
