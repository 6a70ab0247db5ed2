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
