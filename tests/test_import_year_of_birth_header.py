"""A column headed only "year" (Kurmanji Sal, Sorani ساڵ) is her birth when its values are years
people were born in, before the abductions; over ages or years of rescue it stays unmapped and
says why. Kurmanji and Sorani headers that name the year of birth are read as birth."""

from __future__ import annotations

import json

import pytest

from app.importing import read_table
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv

KURMANJI = ["Hejmar", "Nav", "Navê bav", "Sal", "Gund", "Rewş"]


def _mapping(tmp_path, header, rows):
    return suggest(read_table(str(write_csv(tmp_path / "l.csv", header, rows))))


def test_a_kurmanji_list_s_sal_of_birth_years_is_her_birth(tmp_path):
    """The tester's L2: Sal over 1999, 1998, about 2000 was left unmapped, and no birth was
    imported from a Kurmanji list at all."""
    path = write_csv(tmp_path / "kurmanji.csv", KURMANJI, [
        ["1", "Basime", "Xelef", "1999", "Koço", "winda"],
        ["2", "Xezal", "Xelîl", "2002", "Girêzer", "winda"],
        ["3", "Cemîle", "Îlyas", "about 2000", "Solax", "rizgarkirî"],
        ["4", "Nadia", "Murad", "1993", "Koço", "winda"],
        ["5", "Leyla", "Xidir", "age 27", "Koço", "winda"]])
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("Sal -> birth  (header 'Sal' says a year but not of what; 80% of its values are "
            "years of birth (before 2014): birth)") in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    born = [json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)["birth"]
            for n in range(1, 5)]
    assert [b["text"] for b in born] == ["1999", "2002", "about 2000", "1993"]


@pytest.mark.parametrize("values", [
    ["27", "30", "19", "45"],                      # her age in years (temen: 27 sal)
    ["2014", "2014", "2015", "2014"],              # the year she was taken
    ["2016", "2017", "2019", "1998"],              # the year she was freed, one birth
])
def test_sal_over_ages_or_later_years_is_left_unmapped_and_says_why(tmp_path, values):
    m = _mapping(tmp_path, ["Nav", "Sal"], [[f"Jin{n}", v] for n, v in enumerate(values)])
    assert m.columns["Sal"] == Field.IGNORE
    assert "says a year but not of what, and only" in str(m.reasons["Sal"])
    assert "left unmapped" in str(m.reasons["Sal"])


def test_sorani_year_alone_over_birth_years_is_birth(tmp_path):
    m = _mapping(tmp_path, ["ناو", "ساڵ"], [["نادیە", "١٩٩٨"], ["لەیلا", "2001"]])
    assert m.columns["ساڵ"] == Field.BIRTH


def test_a_date_of_birth_column_beside_it_keeps_the_birth(tmp_path):
    """A list naming the birth exactly: Sal beside it is not taken for it."""
    m = _mapping(tmp_path, ["Nav", "Sala jidayikbûnê", "Sal"],
                 [["Leyla", "1998", "1998"], ["Nadia", "1993", "1993"]])
    assert m.columns["Sala jidayikbûnê"] == Field.BIRTH
    assert m.columns["Sal"] == Field.IGNORE


@pytest.mark.parametrize("header", ["Sala bûyînê", "Sala zayînê", "Dîroka bûyînê",
                                    "ساڵی لەدایک بوون", "سالی لەدایکبوون", "بەرواری لەدایکبوون"])
def test_kurmanji_and_sorani_headers_of_the_year_of_birth(tmp_path, header):
    m = _mapping(tmp_path, ["Nav", header], [["Leyla", "1998"], ["Nadia", "1993"]])
    assert m.columns[header] == Field.BIRTH
