"""A "wife of" name cell («زوجة جميل») is read as her nickname only where it is the row's only
name. Beside a father's, grandfather's, family or mother's cell the row may carry on her
husband's chain (زوجة جميل | خلف | حسن | مندكاني): read as hers, his father became her father,
the man himself her candidate, and his two wives one record (review of fix38-kin, defects 1
and 2). Such a row is held, as before "wife of" was read at all."""

import json

import pytest

from tests.import_helpers import cli, write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "اللقب", "اسم الام", "القرية", "الجنس", "المواليد"]
HELD = "'زوجة' says whose child, wife or mother the person is"


def _rows(tmp_path, path) -> list[dict]:
    r = cli(tmp_path, "--json", "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["rows"]


def test_two_wives_of_one_man_his_chain_in_the_columns_are_held_not_made_one(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    wife = ["زوجة جميل", "خلف", "حسن", "مندكاني", "", "Kocho", "F", "1990"]
    path = write_csv(tmp_path / "l.csv", HEADER, [wife, wife])
    rows = _rows(tmp_path, path)
    assert [x["outcome"] for x in rows] == ["rejected", "rejected"], rows
    assert all(HELD in x["rejected"] for x in rows), rows
    r = cli(tmp_path, "import", str(path), "--yes")
    assert r.returncode == 0, r.stderr
    assert json.loads(cli(tmp_path, "--json", "person", "list").stdout) == []


@pytest.mark.parametrize("column, cell", [(1, "خلف"), (2, "حسن"), (3, "مندكاني"), (4, "سهام")])
def test_any_one_other_name_column_filled_holds_it(tmp_path, column, cell):
    """Father, grandfather, family, or her mother's name (another woman's, not his)."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    row = ["زوجة جميل خلف", "", "", "", "", "Kocho", "F", ""]
    row[column] = cell
    [got] = _rows(tmp_path, write_csv(tmp_path / "l.csv", HEADER, [row]))
    assert got["outcome"] == "rejected" and HELD in got["rejected"], got


def test_the_husband_and_his_sister_are_never_her_candidates(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for given in ("جميل", "نادية"):
        r = cli(tmp_path, "person", "add", "--given", given, "--father", "خلف", "--grandfather",
                "حسن", "--sex", "M" if given == "جميل" else "F", "--village", "Kocho")
        assert r.returncode == 0, r.stderr
    path = write_csv(tmp_path / "l.csv", ["الاسم", "اسم الاب", "اسم الجد", "القرية"],
                     [["زوجة جميل", "خلف", "حسن", "Kocho"]])
    [got] = _rows(tmp_path, path)
    assert got["outcome"] == "rejected" and got["match"] is None, got
    [matched] = json.loads(cli(tmp_path, "--json", "match", str(path)).stdout)
    assert matched["skipped"] and not matched.get("candidates"), matched


def test_alone_in_the_row_it_is_still_her_nickname(tmp_path):
    """The same list layout with the other name cells blank: read as before."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    path = write_csv(tmp_path / "l.csv", HEADER,
                     [["زوجة جميل خلف", "", "", "", "", "Kocho", "F", "1990"]])
    [got] = _rows(tmp_path, path)
    assert got["outcome"] == "new", got
    assert any("names her as the wife of 'جميل خلف'" in w for w in got["warnings"]), got
