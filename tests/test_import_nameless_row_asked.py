"""A row whose given name is not known is asked about against the daughters of her father.

«مجهولة الاسم بنت الياس حسن» (name unknown, daughter of Elias Hassan), Hardan: her given name
is left blank, and no record could be keyed by it, so `match` found no candidate and the import
made a new nameless person beside the woman she may be (a tester's day). Her father's and
grandfather's names now find that father's daughters, and she is asked about."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv


def _vault(tmp_path) -> None:
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    known = write_csv(tmp_path / "a.csv", ["الاسم", "اسم الاب", "اسم الجد", "القرية", "العمر"],
                      [["باسمة", "الياس", "حسن", "حردان", "22"],
                       ["نادية", "خلف", "قاسم", "حردان", "25"]])
    assert cli(tmp_path, "import", str(known), "--source", "A", "--new-sex", "female",
               "--yes").returncode == 0


def _rows(tmp_path, names: list[str]) -> list[dict]:
    path = write_csv(tmp_path / "b.csv", ["الاسم الثلاثي", "القرية", "العمر"],
                     [[n, "حردان", "18"] for n in names])
    done = cli(tmp_path, "--json", "import", str(path), "--source", "B", "--new-sex",
               "female", "--dry-run")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["rows"]


def test_a_row_of_unknown_name_is_asked_about_her_fathers_daughter(tmp_path):
    _vault(tmp_path)
    row, other, sister = _rows(tmp_path, ["مجهولة الاسم بنت الياس حسن",
                                          "مجهولة الاسم بنت صالح علي",
                                          "سميرة الياس حسن"])
    assert (row["outcome"], row["match"]) == ("probable", "SNJ-00001"), row
    assert "her given name is not known, and her father's and grandfather's names agree: " \
           "asked" in row["why"]
    assert other["outcome"] == "new"  # nobody's daughter the vault knows
    assert sister["outcome"] == "new"  # a named sister is not asked about through her father


def test_match_and_duplicates_name_the_daughter(tmp_path):
    _vault(tmp_path)
    path = write_csv(tmp_path / "b.csv", ["الاسم الثلاثي", "القرية", "العمر"],
                     [["مجهولة الاسم بنت الياس حسن", "حردان", "18"]])
    said = cli(tmp_path, "match", str(path)).stdout
    assert "SNJ-00001" in said and "no candidate" not in said, said
    assert cli(tmp_path, "import", str(path), "--source", "B", "--new-sex", "female",
               "--yes").returncode == 0
    pairs = json.loads(cli(tmp_path, "--json", "duplicates", "--threshold", "0.5").stdout)
    assert any({p["a"]["case_no"], p["b"]["case_no"]} == {"SNJ-00001", "SNJ-00003"}
               for p in pairs), pairs
