"""A row that is only a kunya (أم خالد, Umm Khalid: her given name not in the list, read as her
nickname) is asked about against the records known by that kunya, nothing disagreeing. Before,
it shared no blocking key with anyone: `match` said it was compared with no record, and every
list made her a new person beside the woman known by it. Many women are the mother of a
Khalid: never more than asked."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli, write_csv

SAME_KUNYA = "known by the same kunya, a given name not given: asked"


def _vault(tmp_path) -> None:
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for args in (["--given", "خالدة", "--given", "Khalida", "--nickname", "أم خالد",
                  "--father", "حسين", "--father", "Hussein", "--sex", "F"],
                 ["--given", "سميرة", "--alias", "Umm Saeed", "--father", "علي", "--sex", "F"],
                 ["--given", "خالد", "--father", "حسين", "--sex", "M"]):
        r = cli(tmp_path, "person", "add", *args)
        assert r.returncode == 0, r.stderr


ROWS = [["أم خالد", "حسين"], ["Umm Khalid", "Hussein"], ["أم خالد", "علي"],
        ["ام سعيد", ""], ["أم سامي", "حسين"]]


@pytest.mark.parametrize("padded", [False, True], ids=["short list", "long list"])
def test_a_kunya_row_is_asked_about_the_records_known_by_it(tmp_path, padded):
    """A short list reads only the records its rows can meet (nearby.py), a long one the whole
    vault: the same answer."""
    _vault(tmp_path)
    pad = [[f"Nadia{chr(97 + i // 26)}{chr(97 + i % 26)}", "Murad"] for i in range(60)]
    path = write_csv(tmp_path / "b.csv", ["Full name", "Father"], ROWS + (pad if padded else []))
    r = cli(tmp_path, "--json", "import", str(path), "--new-sex", "female", "--dry-run")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"][:len(ROWS)]
    assert [(x["outcome"], x["match"]) for x in rows] == [
        ("probable", "SNJ-00001"), ("probable", "SNJ-00001"),
        ("new", None),  # her father is another man
        ("probable", "SNJ-00002"),  # a kunya kept as an alias, in other letters
        ("new", None)], rows  # known by no record's kunya
    assert all(SAME_KUNYA in x["why"] for x in rows[:2] + rows[3:4]), [x["why"] for x in rows]


def test_match_shows_the_woman_known_by_the_kunya(tmp_path):
    _vault(tmp_path)
    path = write_csv(tmp_path / "b.csv", ["Full name", "Father"], [["Umm Khalid", ""],
                                                                   ["Umm Sami", ""]])
    said = cli(tmp_path, "match", str(path)).stdout
    first, second = said.split("row 3:")
    assert "SNJ-00001" in first and "no candidate" not in first, said
    assert "only a kunya: no record known by it fits" in second, said
    assert "SNJ-00003" not in said  # her son Khalid is no candidate


def test_a_sorani_kunya_meets_the_record_known_by_it_in_arabic_letters(tmp_path):
    """A tester: «دایکی خالید» (Sorani writes the vowel of Khalid) met no record known as
    أم خالد, where «دایکی خالد» and Dayka Xalid did."""
    _vault(tmp_path)
    path = write_csv(tmp_path / "b.csv", ["Name", "Father"], [["دایکی خالید", "حسين"]])
    r = cli(tmp_path, "--json", "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)["rows"]
    assert (row["outcome"], row["match"]) == ("probable", "SNJ-00001"), row
