"""A header with a word of birth that names another field ("Temen / Zayîn", "Gundê zayînê") is
that field, as before: only a header that says birth and nothing else is judged by its values."""

from __future__ import annotations

import pytest

from app.importing import read_table
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import write_csv


@pytest.mark.parametrize("header,values,field", [
    ("Temen / Zayîn", ["27", "30", "19", "45"], Field.AGE),          # age / birth
    ("Gundê zayînê", ["Koço", "Hardan", "Tilezer", "Koço"], Field.VILLAGE),  # village of birth
    ("Navê bavê / Zayîn", ["Xelef", "Xelîl", "Îlyas", "Murad"], Field.FATHER),
])
def test_a_birth_word_beside_another_field_keeps_that_field(tmp_path, header, values, field):
    rows = [[f"Jin{n}", v] for n, v in enumerate(values)]
    m = suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", header], rows))))
    assert m.columns[header] == field
    assert "hers or a child's" not in str(m.reasons[header])


@pytest.mark.parametrize("header", ["Bajarê zayînê", "Welatê zayînê", "Herêma zayînê",
                                    "Navçeya zayînê"])
def test_a_place_of_birth_is_not_said_to_be_childrens_births(tmp_path, header):
    rows = [[f"Jin{n}", v] for n, v in enumerate(["Şingal", "Duhok", "Şingal"])]
    m = suggest(read_table(str(write_csv(tmp_path / "l.csv", ["Nav", header], rows))))
    assert m.columns[header] != Field.BIRTH
    assert "children" not in str(m.reasons[header])
