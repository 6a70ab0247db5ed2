"""A header of children's births, births in captivity or a count of births is never her birth,
whatever its values (their years 2000-2013 made a woman born in 2005); the report says why."""

from __future__ import annotations

import json

import pytest

from app.importing import read_table
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv

# years children taken with their mother were born in: before the abductions, as hers would be
YEARS = ["2005", "2008", "2010", "2012", "2007", "2009"]
WHY = "is of children's births, births in captivity or a count of births: never read as her birth"


@pytest.mark.parametrize("header", [
    "Zayîn (zarok)", "Zayîn li êsîriyê", "Sala zayînê ya zarokan", "Zarok (zayîn)",
    "Children born in captivity", "Children's year of birth", "Date of birth (children)",
    "Birth year of son", "Daughter’s birth year", "تولد الاطفال", "المواليد في الأسر",
    "عدد المواليد", "لەدایکبوون لە دیلیدا", "ساڵی لەدایکبوونی منداڵ"])
def test_a_header_of_childrens_births_is_never_her_birth_over_years_of_birth(tmp_path, header):
    rows = [[f"Jin{n}", y] for n, y in enumerate(YEARS)]
    m = suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", header], rows))))
    assert m.columns[header] == Field.IGNORE
    assert WHY in str(m.reasons[header])


def test_the_dry_run_and_the_report_say_why_and_the_cells_are_kept(tmp_path):
    header = ["Hejmar", "Nav", "Navê bav", "Zayîn (zarok)"]
    rows = [["1", "Basime", "Xelef", "2005"], ["2", "Xezal", "Xelîl", "2008"],
            ["3", "Cemîle", "Îlyas", "2010"]]
    path = write_csv(tmp_path / "l.csv", header, rows)
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("Zayîn (zarok) -> ignore  (header 'Zayîn (zarok)' is of children's births, births in "
            "captivity or a count of births: never read as her birth, whatever its values; left "
            "unmapped (raw kept in provenance; map it by hand if it is hers))") in dry
    said = ("not imported: column 'Zayîn (zarok)' (cells with a value: 3), headed births of "
            "children, births in captivity or a count of births, so none is read as the woman's "
            "birth (kept with the list's rows; map it by hand if it is the woman's)")
    assert said in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    assert said in cli(tmp_path, "review", "1", "--report").stdout
    for n, (_, _, _, year) in enumerate(rows, start=1):
        shown = json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)
        assert shown["birth"]["earliest"] is None
        (prov,) = shown["provenance"]
        assert json.loads(prov["raw_json"])["Zayîn (zarok)"] == year
