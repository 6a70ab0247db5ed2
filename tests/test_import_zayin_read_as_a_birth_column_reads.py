"""A Zayîn or Dîroka zayînê column is judged as the converter reads a birth column: d/m/yy, two-
digit years, "25 sal", blanks ("nizane", "-") left out; the report judges the same rows."""

from __future__ import annotations

import json

import pytest

from app.importing import birth_header, read_table
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv, write_xlsx


@pytest.mark.parametrize("header,values", [
    ("Dîroka zayînê", ["12/3/95", "1/7/88", "20/11/90", "5/5/93", "3/9/85"]),
    ("Sala zayînê", ["98", "95", "88", "01", "92", "85"]),
    ("Dîroka zayînê", ["1990", "nizane", "1988", "-", "1992", "غير معروف", "1985"]),
    ("Sala zayînê", ["1990", "25 sal", "1988", "30 sal", "1992", "1985", "1979"]),
    ("Zayîn", ["12/3/95", "nizane", "1988", "25 sal", "about 1990", "-", "3/9/1985", "92"]),
])
def test_a_birth_column_main_read_is_still_her_birth(tmp_path, header, values):
    rows = [[f"Jin{n}", v] for n, v in enumerate(values)]
    m = suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", header], rows))))
    assert m.columns[header] == Field.BIRTH


def test_a_realistic_kurmanji_birth_column_of_mixed_forms_is_imported(tmp_path):
    header = ["Hejmar", "Nav", "Navê bav", "Gund", "Dîroka zayînê"]
    births = ["12/3/95", "1990", "nizane", "25 sal", "1/7/88", "-", "about 1985", "98"]
    names = ["Basime", "Xezal", "Cemîle", "Nadia", "Şêrîn", "Leyla", "Gulê", "Dilvîn"]
    rows = [[n + 1, name, "Xelef", "Koço", b] for n, (name, b) in enumerate(zip(names, births))]
    path = write_xlsx(tmp_path / "l.xlsx", [("Lîste", [header, *rows])])
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "Dîroka zayînê -> birth" in dry
    assert "not imported: column 'Dîroka zayînê'" not in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    first = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-1").stdout)["birth"]
    assert first["earliest"] == "1995-03-12"


def test_the_mapping_and_the_report_judge_the_same_rows(tmp_path):
    """78% births in the first 300 rows, 84% in all 400: the mapping left it out, the report
    gave no why. Both now judge every row the list reads."""
    rows = [[str(i + 1), f"Jin{i}", "2" if i < 300 and i % 50 < 11 else str(1970 + i % 30)]
            for i in range(400)]
    path = write_csv(tmp_path / "l.csv", ["Hejmar", "Nav", "Zayîn"], rows)
    m = suggest(read_table(str(path)))
    assert m.columns["Zayîn"] == Field.BIRTH
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "Zayîn -> birth" in dry and "not imported: column 'Zayîn'" not in dry


def test_no_header_or_cell_text_is_kept_in_a_cache_after_the_mapping(tmp_path):
    """A list without a header row gives its first row (a woman's name) as labels: nothing of
    it may outlive the import in the process once the vault is locked."""
    path = write_csv(tmp_path / "l.csv", ["Basime", "Xelef", "Koço", "Zayîn"],
                     [["Xezal", "Xelîl", "Koço", "1991"]])
    suggest(read_table(str(path)))
    cached = [name for name, f in vars(birth_header).items() if hasattr(f, "cache_info")
              and f.__module__ == birth_header.__name__ and f.cache_info().currsize]
    assert cached == []


def test_a_birth_column_of_ages_is_said_to_be_ages(tmp_path):
    rows = [["Basime", "25 sal"], ["Xezal", "31 sal"], ["Cemîle", "19"], ["Nadia", "40 sal"]]
    m = suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", "Zayîn"], rows))))
    assert m.columns["Zayîn"] == Field.BIRTH
    assert ("100% of its values are ages or dates of birth (before 2014), most of them ages"
            in str(m.reasons["Zayîn"]))
