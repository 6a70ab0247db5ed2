"""A Sorani list's نازناو column is her nickname, as the Sorani desktop itself calls that field,
never her family name: her clan comes from بنەماڵە beside it."""

from __future__ import annotations

from app.domain.person import NamePart
from app.importing import read_table
from app.importing.convert import Converter
from app.importing.fields import Field, field_for_header
from app.importing.mapping import suggest
from tests.import_helpers import write_csv


def test_nazinaw_names_the_nickname():
    assert field_for_header("نازناو")[0] is Field.NICKNAME


def test_a_sorani_lists_nazinaw_column_is_her_nickname_beside_her_clan(tmp_path):
    """Read as her family name, 'دایکی سەعید' (Saeed's mother) took the place of her clan,
    and the real clan in بنەماڵە was left out as a second family column."""
    path = write_csv(tmp_path / "list.csv", ["ناو", "ناوی باوک", "نازناو", "بنەماڵە"],
                     [["سلوى", "سلو", "دایکی سەعید", "جيلكي"]])
    t = read_table(str(path))
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [Field.GIVEN, Field.FATHER, Field.NICKNAME,
                                                  Field.FAMILY]
    her = Converter(t, m).convert(t.rows[0]).person
    assert her.name(NamePart.NICKNAME).original == "دایکی سەعید"
    assert her.name(NamePart.FAMILY).original == "جيلكي"
