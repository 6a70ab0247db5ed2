"""A Latin full name with its comma after the first word ("Qirani, Nadia Haidar") is the English
"Surname, Given": read with the surname last (her clan as her family name), said in the row's
warning, and she meets her record. Arabic-script cells with a comma (two sisters, a note) and
a title or a status before or after the comma are read as before."""

from __future__ import annotations

import json

import pytest

from app.domain.person import NamePart
from app.importing import notes
from app.importing.convert import Converter
from app.importing.mapping import suggest
from app.importing.reader import read_table
from tests.import_helpers import write_csv, write_xlsx


def _row(tmp_path, cell):
    path = write_csv(tmp_path / "list.csv", ["Full name", "Village"], [[cell, "Hardan"]])
    t = read_table(str(path))
    [row] = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    names = {} if row.person is None else {
        part: (n.original or n.latin) for part, n in row.person.names.items() if not n.is_blank}
    return row, names


@pytest.mark.parametrize("cell, names", [
    ("Qirani, Nadia Haidar", {NamePart.GIVEN: "Nadia", NamePart.FATHER: "Haidar",
                              NamePart.FAMILY: "Qirani"}),
    ("Qîranî, Nadiya Heydar", {NamePart.GIVEN: "Nadiya", NamePart.FATHER: "Heydar",
                               NamePart.FAMILY: "Qîranî"}),
])
def test_surname_comma_given_is_read_with_the_surname_last(tmp_path, cell, names):
    row, got = _row(tmp_path, cell)
    assert got == names
    assert [w.said.template for w in row.warnings] == [notes.NAME_FAMILY_FIRST]


@pytest.mark.parametrize("cell", ["نادية، ليلى مراد", "نادية خليل، مفقودة", "Haji, Nadia Khalil",
                                  "Nadia, missing", "Nadia Murad, Layla Murad"])
def test_other_cells_with_a_comma_are_read_as_before(tmp_path, cell):
    row, names = _row(tmp_path, cell)
    assert notes.NAME_FAMILY_FIRST not in [w.said.template for w in row.warnings]
    assert not names or names[NamePart.GIVEN] == cell.split()[0].rstrip(",،")


def test_she_meets_her_record_in_match_and_the_dry_run(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    out = cli("person", "add", "--given", "نادية", "--given", "Nadia", "--father", "حيدر",
              "--father", "Haidar", "--grandfather", "حسن", "--grandfather", "Hassan", "--family",
              "قيراني", "--family", "Qirani", "--sex", "F", "--village", "Hardan")
    assert out.returncode == 0, out.stderr
    path = write_xlsx(tmp_path / "ngo.xlsx", [("Sheet1", [["Name", "Village"],
                                                          ["Qirani, Nadia Haidar", "Hardan"]])])
    found = json.loads(cli("match", str(path), "--json").stdout)[0]["candidates"]
    assert found and found[0]["case_no"] == "SNJ-00001"
    out = cli("import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "row 2: probable match with SNJ-00001" in out.stdout
    assert "name read as: given 'Nadia', father 'Haidar', family 'Qirani'" in out.stdout
    assert "'Qirani, Nadia Haidar' writes the family name 'Qirani' first, before a comma: read " \
        "as 'Nadia Haidar' and then 'Qirani'; check the row" in out.stdout
