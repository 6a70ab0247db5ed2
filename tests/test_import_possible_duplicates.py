"""A row imported as a new person although it resembled someone (--yes, or `review --all create`)
is a possible duplicate, and the report says with whom, so the user can merge them."""

import json
import re

from tests.import_helpers import cli, write_csv


def _vault_with_khalil(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "Khalil", "--father", "Elias",
                "--grandfather", "Hassan", "--sex", "F", "--born", "about 1998", "--village",
                "Kocho", "--status", "missing")
    assert added.returncode == 0, added.stderr
    return write_csv(tmp_path / "yes.csv", ["Name", "Father", "Gender", "Village", "Status"],
                     [["Khalil", "Elias", "F", "Kocho", "missing"],
                      ["Noor", "Saeed", "F", "Tel Ezer", "rescued 2020"]])


def test_yes_reports_each_row_created_despite_a_probable_match(tmp_path):
    lst = _vault_with_khalil(tmp_path)
    out = cli(tmp_path, "import", str(lst), "--yes")
    assert out.returncode == 0, out.stderr
    assert ("possible duplicate row 2: created SNJ-00002, a probable match with SNJ-00001 "
            "(score 0.") in out.stdout
    rep = json.loads(cli(tmp_path, "--json", "review", "1", "--report").stdout)
    (dup,) = rep["possible_duplicates"]
    assert (dup["row"], dup["case_no"], dup["candidate"]) == (2, "SNJ-00002", "SNJ-00001")
    assert 0.75 <= dup["score"] < 0.975


def test_rows_decided_create_in_review_are_reported_as_possible_duplicates_too(tmp_path):
    lst = _vault_with_khalil(tmp_path)
    assert cli(tmp_path, "import", str(lst)).returncode == 0
    rep = json.loads(cli(tmp_path, "--json", "review", "1", "--all", "create",
                         "--commit").stdout)
    assert [(d["row"], d["case_no"], d["candidate"]) for d in rep["possible_duplicates"]] == [
        (2, "SNJ-00002", "SNJ-00001")]


def test_the_report_names_a_duplicates_command_that_shows_a_pair_below_the_usual_bar(tmp_path):
    """Given and father's name and sex alone score about 0.82: a probable match to import,
    under the 0.87 `duplicates` shows by default. The command the report names finds it."""
    assert cli(tmp_path, "init").returncode == 0
    assert cli(tmp_path, "person", "add", "--given", "Khalil", "--father", "Elias",
               "--grandfather", "Hassan", "--sex", "F", "--village", "Kocho").returncode == 0
    lst = write_csv(tmp_path / "no_village.csv", ["Name", "Father", "Gender"],
                    [["Khalil", "Elias", "F"]])
    out = cli(tmp_path, "import", str(lst), "--yes")
    assert out.returncode == 0, out.stderr
    score = json.loads(cli(tmp_path, "--json", "review", "1", "--report").stdout)[
        "possible_duplicates"][0]["score"]
    assert score < 0.87
    said = re.search(r"`casekeeper (duplicates[^`]*)`", out.stdout)
    assert said, out.stdout
    shown = cli(tmp_path, "--json", *said[1].split())
    assert shown.returncode == 0, shown.stderr
    assert [(p["a"]["case_no"], p["b"]["case_no"]) for p in json.loads(shown.stdout)] == [
        ("SNJ-00001", "SNJ-00002")]
    # And how to join the two, by their numbers.
    assert "`casekeeper merge SNJ-00001 SNJ-00002`" in out.stdout


def test_a_row_decided_a_new_person_by_hand_is_no_possible_duplicate_but_not_the_same(tmp_path):
    """The lawyer said row 2 is another woman than SNJ-00001: the report does not propose
    joining them; the pair is remembered as not the same person, in the trail with its row."""
    lst = _vault_with_khalil(tmp_path)
    assert cli(tmp_path, "import", str(lst)).returncode == 0
    done = cli(tmp_path, "--json", "review", "1", "--row", "2", "--decide", "create",
               "--commit")
    assert done.returncode == 0, done.stderr
    rep = json.loads(done.stdout)
    assert rep["possible_duplicates"] == []
    assert rep["not_the_same"] == [{"row": 2, "case_no": "SNJ-00002", "other": "SNJ-00001"}]
    text = cli(tmp_path, "review", "1", "--report").stdout
    assert "possible duplicate" not in text and "casekeeper merge" not in text
    assert ("row 2 decided a new person by hand: SNJ-00002 is kept as not the same person as "
            "SNJ-00001") in text
    shown = json.loads(cli(tmp_path, "--json", "duplicates", "--threshold", "0.5").stdout)
    assert shown == []
    merge = cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002")
    assert merge.returncode != 0
    assert "row 2 of import batch 1 decided a new person by hand" in merge.stderr


NARIN = ["Narin", "Hajji", "Mahmoud", "Jilki"]


def test_merge_advice_comes_from_likely_pairs_not_rows_asked_for_the_whole_name(tmp_path):
    """--yes made two new persons: row 2 asked about only because her whole name agrees with
    SNJ-00001 (another mother, another village, born 20 years apart: a low score), row 3 a
    likely duplicate of Khalil. Both are listed, the first said as such; the threshold and the
    example merge come from Khalil's pair alone."""
    assert cli(tmp_path, "init").returncode == 0
    for args in (["--given", NARIN[0], "--father", NARIN[1], "--grandfather", NARIN[2],
                  "--family", NARIN[3], "--mother", "Gule", "--born", "1975", "--village",
                  "Kocho", "--sex", "F"],
                 ["--given", "Khalil", "--father", "Elias", "--grandfather", "Hassan", "--sex",
                  "F", "--village", "Kocho"]):
        assert cli(tmp_path, "person", "add", *args).returncode == 0
    lst = write_csv(tmp_path / "yes.csv", ["Name", "Father", "Grandfather", "Family", "Mother",
                                           "Born", "Village", "Gender"],
                    [[*NARIN, "Khensi", "2005", "Hardan", "F"],
                     ["Khalil", "Elias", "", "", "", "", "", "F"]])
    out = cli(tmp_path, "import", str(lst), "--yes")
    assert out.returncode == 0, out.stderr
    rep = json.loads(cli(tmp_path, "--json", "review", "1", "--report").stdout)
    narin, khalil = rep["possible_duplicates"]
    assert narin["names_alike"] and "mother" in narin["contradicts"] and narin["score"] < 0.5
    assert not khalil["names_alike"] and khalil["contradicts"] == []
    assert (f"possible duplicate row 2: created SNJ-00003, asked about SNJ-00001 only because "
            f"the whole name agrees (score {narin['score']})") in out.stdout
    bar = f"{int(khalil['score'] * 100) / 100:.2f}"
    assert (f"check them with `casekeeper duplicates --threshold {bar}`; if two are one person, "
            "join them, e.g. row 3 with `casekeeper merge SNJ-00002 SNJ-00004`") in out.stdout


def test_no_example_merge_when_every_pair_was_asked_for_the_whole_name_only(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    assert cli(tmp_path, "person", "add", "--given", NARIN[0], "--father", NARIN[1],
               "--grandfather", NARIN[2], "--family", NARIN[3], "--mother", "Gule", "--born",
               "1975", "--village", "Kocho", "--sex", "F").returncode == 0
    lst = write_csv(tmp_path / "yes.csv", ["Name", "Father", "Grandfather", "Family", "Mother",
                                           "Born", "Village", "Gender"],
                    [[*NARIN, "Khensi", "2005", "Hardan", "F"]])
    out = cli(tmp_path, "import", str(lst), "--yes")
    assert out.returncode == 0, out.stderr
    assert "--threshold" not in out.stdout and "casekeeper merge SNJ" not in out.stdout
    assert ("1 possible duplicates, none a probable match with nothing telling the two apart: "
            "compare each pair with `casekeeper person show` before any `casekeeper merge`"
            ) in out.stdout
