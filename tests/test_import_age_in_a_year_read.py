"""A birth or age cell that gives her age and the year she was that age ("age 12 in 2014", "12
in 2014", «عمرها 12 سنة عام 2014», "temen 12 di 2014 de") is read as born in the years that
make her that age then, and said. Before, a birth column kept it as a date nobody could read
(no age for the filters, no birth to match on), and an age column read the year in it as her
birth year ("born 12 in 2014"), although `person edit --born 'age 12 in 2014'` read it. Real
files, the real command line, a real vault."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.importing.ages import age_in_year
from tests.import_helpers import write_csv

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("text", "age", "year"), [
    ("age 12 in 2014", 12, 2014),
    ("12 in 2014", 12, 2014),
    ("12 years in 2014", 12, 2014),
    ("عمرها 12 سنة عام 2014", 12, 2014),
    ("عمر ٢٠ في ٢٠١٤", 20, 2014),
    ("temen 12 di 2014 de", 12, 2014),
    ("تەمەن 20 لە 2014", 20, 2014),
])
def test_an_age_and_its_year_are_read(text, age, year):
    found = age_in_year(text, TODAY)
    assert found is not None, text
    assert (found[0].young, found[0].old, found[1]) == (age, age, year)


# A year beside an age in brackets or after «سنة» alone is as often her year of birth ("12
# (2002)": twelve in 2014, born 2002): not read so.
@pytest.mark.parametrize("text", ["مواليد سنة 1998", "بحدود سنة 1998", "12 in 2030", "1998",
                                  "3/8/2014", "Kocho in 2014", "250 in 2014", "12 (2002)",
                                  "aged 12 (2014)", "12 سنة 2002", "12 عام 2002"])
def test_what_is_no_age_in_a_year_is_not_read_so(text):
    assert age_in_year(text, TODAY) is None


def test_import_reads_her_age_in_the_year_the_cell_gives(cli, tmp_path):
    path = write_csv(tmp_path / "ages.csv", ["Name", "Father", "Born", "Age"], [
        ["Alia", "Khidir", "age 12 in 2014", ""],
        ["Basima", "Khidir", "عمرها 12 سنة عام 2014", ""],
        ["Huda", "Ali", "", "12 in 2014"],
        ["Rola", "Ali", "مواليد سنة 1998", ""],
    ])
    assert cli("init").returncode == 0
    done = cli("import", str(path), "--source", "Family", "--yes")
    assert done.returncode == 0, done.stderr
    assert "warning row 2: column C (Born): 'age 12 in 2014' is an age, not a date of birth: " \
           "read as born 2001–2002" in done.stdout, done.stdout
    assert "born 12 in 2014" not in done.stdout, done.stdout
    births = [json.loads(cli("--json", "person", "show", f"SNJ-0000{i}").stdout)["birth"]
              for i in range(1, 5)]
    for b in births[:3]:
        assert (b["earliest"], b["latest"]) == ("2001-01-01", "2002-12-31"), b
    assert (births[3]["earliest"], births[3]["latest"]) == ("1998-01-01", "1998-12-31")
