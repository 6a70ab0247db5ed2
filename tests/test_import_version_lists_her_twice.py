"""The next version of a list correcting a woman and listing her on two identical rows: both rows
are her (the second a repeat of the first), as her one row would be, not a second record of her."""

import json

import pytest

from tests.import_helpers import cli, write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "اسم الام", "المواليد", "القرية", "الحالة"]
REEM = ["ريم", "دخيل", "خلف", "", "2004", "كوجو", "missing"]
NADIA = ["نادية", "مراد", "باسي", "", "1993", "حردان", "missing"]
REEM_NOW = ["ريم", "دخيل", "خلف", "", "2004", "تل عزير", "missing"]


def _list(tmp_path, version: str, rows: list[list[str]]):
    """The sender's camp.csv, each version under the same file name."""
    (tmp_path / version).mkdir()
    return write_csv(tmp_path / version / "camp.csv", HEADER, rows)


def _first_version(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    v1 = _list(tmp_path, "v1", [REEM, NADIA])
    out = cli(tmp_path, "import", str(v1), "--source", "camp", "--yes")
    assert out.returncode == 0, out.stderr
    assert "row 2: ريم دخيل خلف: created SNJ-00001" in out.stdout


def _persons(tmp_path) -> list[dict]:
    return json.loads(cli(tmp_path, "--json", "person", "list").stdout)


@pytest.mark.parametrize("yes", [True, False])
def test_her_two_identical_rows_in_the_next_version_both_go_to_her(tmp_path, yes):
    _first_version(tmp_path)
    v2 = _list(tmp_path, "v2", [REEM_NOW, REEM_NOW, NADIA])
    out = cli(tmp_path, "import", str(v2), "--source", "camp", *(["--yes"] if yes else []))
    assert out.returncode == 0, out.stderr
    # nothing asked: the review would have asked whether to make her anew
    assert "(committed)" in out.stdout and "possible duplicate" not in out.stdout
    assert "row 2: ريم دخيل خلف: updated SNJ-00001" in out.stdout
    assert "row 3: ريم دخيل خلف: repeat of row 2: SNJ-00001" in out.stdout
    assert "corrected by its sender row 2 (SNJ-00001): village 'Kocho' -> 'Tel Ezer'" in out.stdout
    assert len(_persons(tmp_path)) == 2
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert sorted((p["batch_id"], p["row_number"]) for p in shown["provenance"]) == [
        (1, 2), (2, 2), (2, 3)]


def test_two_women_of_her_names_on_two_rows_are_not_both_taken_for_her(tmp_path):
    _first_version(tmp_path)
    other = ["ريم", "دخيل", "خلف", "شيرين", "1968", "تل عزير", "missing"]
    mine = [*REEM_NOW[:3], "غزالة", *REEM_NOW[4:]]
    v2 = _list(tmp_path, "v2", [mine, other, NADIA])
    out = cli(tmp_path, "--json", "import", str(v2), "--source", "camp", "--yes")
    assert out.returncode == 0, out.stderr
    rows = {r["row"]: r for r in json.loads(
        cli(tmp_path, "--json", "review", "2", "--report").stdout)["rows"]}
    # two rows of her names that differ say nothing about which is her: not one person
    assert rows[2].get("case_no") != rows[3].get("case_no")


def test_the_version_after_the_one_listing_her_twice_still_goes_to_her(tmp_path):
    """Her two rows of a version both went to her: the next version's row of her names is her
    (two rows of one key said nothing, as if two namesakes, and she was asked about anew)."""
    _first_version(tmp_path)
    v2 = _list(tmp_path, "v2", [REEM_NOW, REEM_NOW, NADIA])
    assert cli(tmp_path, "import", str(v2), "--source", "camp", "--yes").returncode == 0
    v3 = _list(tmp_path, "v3", [["ريم", "دخيل", "خلف", "", "2004", "بورك", "missing"], NADIA])
    out = cli(tmp_path, "import", str(v3), "--source", "camp")
    assert out.returncode == 0, out.stderr
    assert "(committed)" in out.stdout and "wait" not in out.stdout
    assert "row 2: ريم دخيل خلف: updated SNJ-00001" in out.stdout
    assert "corrected by its sender row 2 (SNJ-00001): village 'Tel Ezer' -> 'Borek'" in out.stdout
    assert len(_persons(tmp_path)) == 2


def test_namesakes_of_a_version_who_went_to_two_persons_tie_no_row_of_the_next(tmp_path):
    """Two rows of her names that went to two persons say nothing about which is which: the
    next version's one row of those names is left to the names (not tied to either)."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    old = ["ريم", "دخيل", "خلف", "شيرين", "1968", "تل عزير", "missing"]
    young = [*REEM_NOW[:3], "غزالة", *REEM_NOW[4:]]
    v1 = _list(tmp_path, "v1", [young, old, NADIA])
    assert cli(tmp_path, "import", str(v1), "--source", "camp", "--yes").returncode == 0
    assert len(_persons(tmp_path)) == 3
    v2 = _list(tmp_path, "v2", [[*young[:5], "بورك", "missing"], NADIA])
    out = cli(tmp_path, "--json", "import", str(v2), "--source", "camp", "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "same row as" not in out.stdout
