"""In a list of the abducted the captive or the girl is she: "Date of birth of captive", "Sala
zayînê (keç)" are her birth, read by name as ever; only words of children, of births in
captivity or a count of births (with no date or year) keep a birth header from being hers."""

from __future__ import annotations

import json

import pytest

from app.importing import read_table
from app.importing.birth_header import CHILDREN, birth_header
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv

YEARS = ["1990", "1985", "1992", "1988"]


@pytest.mark.parametrize("header", [
    "Date of birth of captive", "Captive's date of birth", "DOB (captive)", "Sala zayînê (keç)",
    "Birth date (number)", "Sala zayînê ya dîlê"])
def test_a_birth_header_naming_the_captive_or_the_girl_is_her_birth(tmp_path, header):
    rows = [[f"Jin{n}", y] for n, y in enumerate(YEARS)]
    m = suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", header], rows))))
    assert m.columns[header] == Field.BIRTH


@pytest.mark.parametrize("header", ["تاريخ ولادة المخطوفة", "تاريخ ولادة الاسيرة",
                                    "ساڵی لەدایکبوونی دیل"])
def test_arabic_and_sorani_words_for_the_captive_are_not_childrens_births(header):
    assert birth_header(header) != CHILDREN


@pytest.mark.parametrize("header", [
    "Number of births", "عدد المواليد", "ژمارەی لەدایکبوون", "Hejmara zayînan",
    "Born in captivity", "Sala zayînê ya zarokan", "المواليد في الأسر"])
def test_a_count_of_births_or_births_in_captivity_is_not_hers(tmp_path, header):
    rows = [[f"Jin{n}", y] for n, y in enumerate(YEARS)]
    m = suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", header], rows))))
    assert m.columns[header] == Field.IGNORE
    assert "is of children's births, births in captivity or a count of births" in str(
        m.reasons[header])


def test_the_captives_date_of_birth_is_imported_as_hers(tmp_path):
    header = ["Hejmar", "Navê dîlê", "Navê bav", "DOB (captive)"]
    rows = [[str(n + 1), name, "Xelef", y] for n, (name, y) in
            enumerate(zip(["Basime", "Xezal", "Cemîle", "Nadia"], YEARS, strict=True))]
    path = write_csv(tmp_path / "l.csv", header, rows)
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "DOB (captive) -> birth" in dry
    assert "not imported: column 'DOB (captive)'" not in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-1").stdout)
    assert shown["birth"]["text"] == "1990"
