"""Words in a full name's cell that are no part of her name (a village or "deceased" after a
dash, a kunya at the end, a comma, an initial) are never stored as her names without a word:
each is left out with the row saying so, or kept and the row asks to be checked."""

import pytest

from app.domain.person import NamePart
from app.importing import notes, read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.import_helpers import write_csv


def _row(tmp_path, cell):
    path = write_csv(tmp_path / "list.csv", ["Full name", "Sex"], [[cell, "F"]])
    t = read_table(str(path))
    [row] = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    names = {part: (n.original or n.latin) for part, n in row.person.names.items()
             if not n.is_blank}
    return row, names


@pytest.mark.parametrize("cell, name, note", [
    ("نادية مراد - كوجو", "نادية مراد", "كوجو"),
    ("ليلى حسن علي - متوفية", "ليلى حسن علي", "متوفية"),
    ("Nadia Murad – Kocho", "Nadia Murad", "Kocho")])
def test_words_after_a_dash_are_a_note_not_her_names(tmp_path, cell, name, note):
    row, names = _row(tmp_path, cell)
    assert " ".join(names[p] for p in (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER)
                    if p in names) == name
    assert note not in " ".join(names.values())
    assert [w.said.template for w in row.warnings] == [notes.NOT_THE_NAME]


def test_a_hyphen_inside_a_name_stays(tmp_path):
    _, names = _row(tmp_path, "Nadia Murad al-Haskani")
    assert names[NamePart.FAMILY] == "al-Haskani"


def test_a_kunya_at_the_end_is_her_nickname_not_her_family_name(tmp_path):
    row, names = _row(tmp_path, "جيهان قاسم خلف ام سعيد")
    assert names == {NamePart.GIVEN: "جيهان", NamePart.FATHER: "قاسم",
                     NamePart.GRANDFATHER: "خلف", NamePart.NICKNAME: "ام سعيد"}
    assert [w.said.template for w in row.warnings] == [notes.KUNYA_AFTER]


def test_a_comma_is_left_out_and_the_row_asks_to_be_checked(tmp_path):
    row, names = _row(tmp_path, "Murad, Nadia")
    assert names == {NamePart.GIVEN: "Murad", NamePart.FATHER: "Nadia"}
    assert [w.said.template for w in row.warnings] == [notes.NAME_COMMA]
    assert "'Murad, Nadia'" in str(row.warnings[0])


def test_an_initial_is_kept_and_the_row_asks_to_be_checked(tmp_path):
    row, names = _row(tmp_path, "Nadia M. Taha")
    assert names[NamePart.FATHER] == "M."
    assert [w.said.template for w in row.warnings] == [notes.NAME_INITIAL]
    _, plain = _row(tmp_path, "Nadia Murad Taha")
    assert plain[NamePart.FATHER] == "Murad"


@pytest.mark.parametrize("cell, parts", [
    ("Nadia - Murad - Taha", ("Nadia", "Murad")),  # dashes between the names: no note
    ("Nadia Murad - Al Haskani", ("Nadia", "Murad", None)),  # a clan after the dash: her name
])
def test_a_dash_that_is_no_note_leaves_the_name_whole(tmp_path, cell, parts):
    row, names = _row(tmp_path, cell)
    assert notes.NOT_THE_NAME not in [w.said.template for w in row.warnings]
    assert (names.get(NamePart.GIVEN), names.get(NamePart.FATHER)) == parts[:2]


def test_a_subtotal_with_a_dash_is_still_no_person(tmp_path):
    """«المجموع - 2» in the middle of a list: cut at the dash, المجموع became a woman."""
    path = write_csv(tmp_path / "list.csv", ["الاسم الكامل"],
                     [["نادية مراد طه"], ["ليلى حسن علي"], ["المجموع - 2"], ["جيهان قاسم خلف"]])
    t = read_table(str(path))
    rows = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    assert rows[2].person is None and rows[2].rejected
    assert all(r.person is not None for r in (rows[0], rows[1], rows[3]))


def test_a_dash_in_another_name_column_is_no_note(tmp_path):
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Family"],
                     [["Nadia", "Murad - Khalil", "Al - Haskani"]])
    t = read_table(str(path))
    [row] = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    assert row.person.name(NamePart.FAMILY).latin == "Al - Haskani"
    assert row.person.name(NamePart.FATHER).latin == "Murad - Khalil"
    assert row.warnings == []


def test_two_names_each_side_of_a_comma_are_two_persons_held_not_one_name(tmp_path):
    """"Nadia Murad, Layla Murad" was read as one woman of four names."""
    path = write_csv(tmp_path / "list.csv", ["Full name", "Sex"],
                     [["Nadia Murad, Layla Murad", "F"], ["نادية مراد، ليلى مراد", "F"]])
    t = read_table(str(path))
    rows = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    assert all(r.person is None for r in rows)
    assert "names two persons, 'Nadia Murad' and 'Layla Murad'" in str(rows[0].rejected)


def test_a_family_name_with_its_article_before_a_comma_is_one_persons_name(tmp_path):
    """"Al Haskani, Nadia Murad" (family name first) was held as two persons."""
    path = write_csv(tmp_path / "list.csv", ["Full name", "Sex"],
                     [["Al Haskani, Nadia Murad", "F"], ["Nadia Murad, Al Haskani", "F"],
                      ["آل حسكان، نادية مراد", "F"], ["Nadia Murad, Al Haskani Layla", "F"]])
    t = read_table(str(path))
    rows = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    assert [r.person is not None for r in rows] == [True, True, True, False]
    for r in rows[:3]:
        assert any("comma" in str(w) for w in r.warnings), r.warnings
    # the family name first is read as such, its article showing it: given name first
    for r, given, family in ((rows[0], "Nadia", "Al Haskani"), (rows[2], "نادية", "آل حسكان")):
        names = r.person.names
        assert given in (names[NamePart.GIVEN].original, names[NamePart.GIVEN].latin)
        assert family in (names[NamePart.FAMILY].original, names[NamePart.FAMILY].latin)
    assert "writes the family name 'Al Haskani' first" in str(rows[0].warnings[0])
    assert rows[1].person.names[NamePart.FAMILY].latin == "Al Haskani"
