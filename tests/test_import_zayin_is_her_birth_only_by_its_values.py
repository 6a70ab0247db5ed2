"""A column headed Zayîn or Bûyîn (birth, hers or a child's: in a list of the abducted, perhaps the
children born in captivity) is her birth only when its values are dates or years of birth; over
counts, children's names or yes/no it is not read, the report says why, the cells kept raw."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.importing import read_table
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv, write_xlsx

HEADER = ["Hejmar", "Nav", "Navê bav", "Gund", "Zayîn"]
NAMES = [("Basime", "Xelef"), ("Xezal", "Xelîl"), ("Cemîle", "Îlyas"), ("Nadia", "Murad")]


def _rows(values):
    return [[n + 1, given, father, "Koço", v] for n, ((given, father), v) in
            enumerate(zip(NAMES, values, strict=True))]


def _births(tmp_path, count):
    return [json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)["birth"]
            for n in range(1, count + 1)]


def test_a_zayin_column_of_years_in_a_workbook_is_her_birth(tmp_path):
    path = write_xlsx(tmp_path / "l.xlsx", [("Lîste", [HEADER, *_rows([1999, 1993, "about 2000",
                                                                      1988])])])
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("Zayîn -> birth  (header 'Zayîn' says birth, hers or a child's; 100% of its values "
            "are dates or years of birth (before 2014): birth)") in dry
    assert "not imported: column 'Zayîn'" not in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    assert [b["text"] for b in _births(tmp_path, 4)] == ["1999", "1993", "about 2000", "1988"]


def test_a_zayin_column_of_dates_in_a_workbook_is_her_birth(tmp_path):
    days = [datetime(1999, 3, 5), datetime(1993, 2, 11), datetime(2000, 12, 1),
            datetime(1988, 7, 30)]
    path = write_xlsx(tmp_path / "l.xlsx", [("Lîste", [HEADER, *_rows(days)])])
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "Zayîn -> birth  (header 'Zayîn' says birth" in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    assert [(b["earliest"], b["latest"]) for b in _births(tmp_path, 4)] == [
        (d.date().isoformat(), d.date().isoformat()) for d in days]


CHILDREN = ["2", "1 kur", "du zarok", "na"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_zayin_column_of_children_is_not_read_and_the_report_says_why(tmp_path, kind):
    """Counts, "1 kur" (a son), "du zarok" (two children), "na" (no): read as her birth, "2"
    made a woman of two years."""
    rows = _rows(CHILDREN)
    path = (write_csv(tmp_path / "l.csv", HEADER, [[str(c) for c in r] for r in rows])
            if kind == "csv" else write_xlsx(tmp_path / "l.xlsx", [("Lîste", [HEADER, *rows])]))
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("Zayîn -> ignore  (header 'Zayîn' says birth, hers or a child's, and only 0% of its "
            "values are dates or years of birth: it may be of children born in captivity, so it "
            "is not read as her birth; left unmapped (raw kept in provenance; map it by hand if "
            "it is hers))") in dry
    said = ("not imported: column 'Zayîn', headed birth (the woman's or a child's), but only 0 of "
            "its 4 cells with a value are dates or years of birth: it may be of children born in "
            "captivity, so none is read as the woman's birth (kept with the list's rows; map it "
            "by hand if it is the woman's)")
    assert said in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    assert said in cli(tmp_path, "review", "1", "--report").stdout
    report = json.loads(cli(tmp_path, "--json", "review", "1", "--report").stdout)
    assert {"column": "Zayîn", "cells": 4, "birth_values": 0} in report["columns_not_imported"]
    for n, value in enumerate(CHILDREN, start=1):
        shown = json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)
        assert shown["birth"]["text"] == "" and shown["birth"]["earliest"] is None
        (prov,) = shown["provenance"]
        assert json.loads(prov["raw_json"])["Zayîn"] == value


def _mapping(tmp_path, header, values):
    rows = [[f"Jin{n}", v] for n, v in enumerate(values)]
    return suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", header], rows))))


@pytest.mark.parametrize("header", ["Zayîn", "Bûyîn", "Dîroka zayînê", "Sala zayînê",
                                    "Sala bûyînê", "Zayîn (sal)", "Dîrok / Zayîn", "الولادة"])
@pytest.mark.parametrize("values,field", [
    (["1998", "03/05/1993", "about 1990", "1985-02-01"], Field.BIRTH),
    (["2", "1 kur", "du zarok", "3"], Field.IGNORE),
    (["Şêrîn", "Azad û Rûken", "erê", "na"], Field.IGNORE),
    (["27", "30", "19", "45"], Field.BIRTH),   # ages, as a birth column reads them: no count
    (["2016", "2017-05-01", "2015", "2018"], Field.IGNORE),  # children born in captivity
])
def test_a_birth_header_of_hers_or_a_childs_is_judged_by_its_values(tmp_path, header, values,
                                                                    field):
    assert _mapping(tmp_path, header, values).columns[header] == field


@pytest.mark.parametrize("header", ["Children born in captivity", "المواليد في الأسر",
                                    "عدد المواليد", "لەدایکبوون لە دیلیدا", "Sala zayînê ya zarokan",
                                    "ژمارەی لەدایکبوون"])
def test_a_birth_header_that_says_children_captivity_or_a_count_is_never_her_birth_by_name(
        tmp_path, header):
    """Arabic and Sorani birth words read as her own birth by the header, but not beside a word
    of children, captivity or a count: then never hers (test_import_childrens_births_never_hers)."""
    m = _mapping(tmp_path, header, ["2", "1", "3", "2"])
    assert m.columns[header] == Field.IGNORE
    assert "is of children's births, births in captivity or a count of births" in str(
        m.reasons[header])


@pytest.mark.parametrize("header", ["المواليد", "تاريخ الولادة", "سنة الولادة", "لەدایکبوون",
                                    "ساڵی لەدایکبوون", "Jidayikbûn", "Date of birth"])
def test_headers_of_her_own_birth_are_still_read_by_name(tmp_path, header):
    """Her age or a year written short under المواليد is read as the converter reads it, as
    before; "Cihê zayînê" (where she was born) is no birth."""
    assert _mapping(tmp_path, header, ["12", "98", "1995", "30"]).columns[header] == Field.BIRTH
    assert _mapping(tmp_path, "Cihê zayînê", ["Koço", "Hardan"]).columns["Cihê zayînê"] \
        != Field.BIRTH
