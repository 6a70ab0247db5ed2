"""A woman's two given names glued by a slash before her father's and grandfather's
(«نادية/شيرين الياس حسن», "Nadia/Shirin Elias Hasan", "Nadya/Şîrîn Êlyas Hesen"): lists write
so her birth name and the name she was given in captivity, or a nickname. Cut at the slash as
two spellings of the whole name, she was stored with her given name alone, no father, no
grandfather, and the row said "'شيرين الياس حسن' does not spell the name" (a tester's lists).
Now the first name is her given name, the other her alias, the words after it her father's and
grandfather's, and the row says so, asking to check that she is not two sisters.

Two spellings of one name (شيرين/شرين) and two whole names either side of a slash between
spaces read as before. One name before a slash between spaces and a whole name after it
(«نادية / شيرين الياس حسن», "Şîrîn / Shirin Hisên Qasim") is read as if the slash were glued:
read as two whole spellings, she lost her father and grandfather there too."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.domain.person import NamePart
from app.importing import notes, read_table
from app.importing.convert import Converter
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.conftest import cli_env, run_cli
from tests.import_helpers import write_csv, write_xlsx

PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
HEADER = ["الاسم الثلاثي", "القرية"]


def _rows(tmp_path, cells: list[str], xlsx: bool = False, header: list[str] = HEADER):
    rows = [[c, "كوجو"] for c in cells]
    if xlsx:
        path = write_xlsx(tmp_path / "list.xlsx", [("Sheet", [header, *rows])])
    else:
        path = write_csv(tmp_path / "list.csv", header, rows)
    t = read_table(str(path))
    return [Converter(t, suggest(t)).convert(r) for r in t.rows]


def _names(row, script: str) -> tuple[str, ...]:
    return tuple(getattr(row.person.name(part), script) for part in PARTS
                 if getattr(row.person.name(part), script))


def _templates(row) -> list[str]:
    return [w.said.template for w in row.warnings]


@pytest.mark.parametrize("cell, script, name, other", [
    ("نادية/شيرين الياس حسن", "original", ("نادية", "الياس", "حسن"), "شيرين"),
    ("Nadia/Shirin Elias Hasan", "latin", ("Nadia", "Elias", "Hasan"), "Shirin"),
    ("Nadya/Şîrîn Êlyas Hesen", "latin", ("Nadya", "Êlyas", "Hesen"), "Şîrîn"),  # Kurmanji
    ("نادیە/شیرین ئەلیاس حەسەن", "original", ("نادیە", "ئەلیاس", "حەسەن"), "شیرین"),  # Sorani
    ("Layla/Gulê Khalaf Rasho Haji", "latin", ("Layla", "Khalaf", "Rasho", "Haji"), "Gulê"),
])
@pytest.mark.parametrize("xlsx", [False, True])
def test_the_first_given_name_is_hers_the_other_her_alias_and_the_rest_her_forebears(
        tmp_path, cell, script, name, other, xlsx):
    [row] = _rows(tmp_path, [cell], xlsx)
    assert not row.rejected
    assert _names(row, script) == name
    # the other name alone, as another spelling of her given name is kept: matching takes an
    # alias that is a record's given name word for word as that given name
    assert row.person.aliases == [other]
    assert _templates(row) == [notes.TWO_GIVEN]
    said = str(row.warnings[0])
    assert f"'{cell}' writes two given names, '{name[0]}' and '{other}'" in said, said
    assert f"'{name[0]}' is read as the given name and '{other}' is kept as an alias" in said
    assert f"the name is read as '{' '.join(name)}'" in said, said
    assert "not two sisters" in said


@pytest.mark.parametrize("cell, script, name, other", [
    ("نادية / شيرين الياس حسن", "original", ("نادية", "الياس", "حسن"), "شيرين"),
    ("Nadia  /  Shirin Elias Hasan", "latin", ("Nadia", "Elias", "Hasan"), "Shirin"),
    ("Şîrîn / Shirin Hisên Qasim", "latin", ("Şîrîn", "Hisên", "Qasim"), "Shirin"),  # spelt
])
def test_one_name_before_a_slash_between_spaces_keeps_her_father_and_grandfather(
        tmp_path, cell, script, name, other):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, script) == name
    assert row.person.aliases == [other]
    assert len(row.warnings) == 1 and f"'{' '.join(cell.split())}'" in str(row.warnings[0])


@pytest.mark.parametrize("cell, script, name", [
    ("نادية الياس / شيرين خلف", "original", ("نادية", "الياس")),  # two whole names
    ("نادية / Nadia Elias Hasan", "original", ("نادية",)),  # one name in each script
])
def test_two_whole_names_or_two_scripts_each_side_of_a_spaced_slash_read_as_before(
        tmp_path, cell, script, name):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, script) == name
    assert notes.TWO_GIVEN not in _templates(row)


def test_each_other_given_name_is_an_alias_and_a_spelling_among_them_is_one(tmp_path):
    three, spelt = _rows(tmp_path, ["Nadia/Shirin/Gulê Elias Hasan", "نادية/ناديه/شيرين الياس حسن"])
    assert _names(three, "latin") == ("Nadia", "Elias", "Hasan")
    assert three.person.aliases == ["Shirin", "Gulê"]
    assert _templates(three) == [notes.TWO_GIVEN, notes.TWO_GIVEN]
    assert _names(spelt, "original") == ("نادية", "الياس", "حسن")
    assert sorted(spelt.person.aliases) == sorted(["شيرين", "ناديه"])
    assert sorted(_templates(spelt)) == sorted([notes.TWO_GIVEN, notes.SPELT_INSIDE])


def test_her_name_in_the_other_script_and_a_note_after_it_read_as_before(tmp_path):
    both, noted = _rows(tmp_path, ["Nadia/Shirin Elias Hasan / نادية الياس حسن",
                                   "Nadia/Shirin Elias Hasan (deceased)"])
    assert _names(both, "latin") == ("Nadia", "Elias", "Hasan")
    assert _names(both, "original") == ("نادية", "الياس", "حسن")
    assert both.person.aliases == ["Shirin"]
    assert "the name is read as 'Nadia Elias Hasan', in the order" in str(both.warnings[0])
    assert _names(noted, "latin") == ("Nadia", "Elias", "Hasan")
    assert _templates(noted) == [notes.TWO_GIVEN, notes.NOT_THE_NAME]
    assert "the name is read as 'Nadia Elias Hasan', in the order" in str(noted.warnings[0])


def test_in_a_given_names_column_the_whole_name_is_read_so_too(tmp_path):
    """A given name's cell holding her whole name is read as a full name's is."""
    path = write_csv(tmp_path / "list.csv", ["Given name", "Village"],
                     [["Nadia/Shirin Elias Hasan", "Kocho"]])
    t = read_table(str(path))
    mapping = replace(suggest(t), columns={"Given name": Field.GIVEN, "Village": Field.VILLAGE})
    row = Converter(t, mapping).convert(t.rows[0])
    assert _names(row, "latin") == ("Nadia", "Elias", "Hasan")
    assert row.person.aliases == ["Shirin"]
    assert _templates(row) == [notes.TWO_GIVEN, notes.WHOLE_NAME_IN_GIVEN]


@pytest.mark.parametrize("cell, script, name, alias", [
    ("شيرين/شرين الياس حسن", "original", ("شيرين", "الياس", "حسن"), "شرين"),
    ("Shirin/Şîrîn Elias Hasan", "latin", ("Shirin", "Elias", "Hasan"), "Şîrîn"),
    ("Şîrîn/Shirin Hisên Qasim", "latin", ("Şîrîn", "Hisên", "Qasim"), "Shirin"),
])
def test_two_spellings_of_one_given_name_read_as_before(tmp_path, cell, script, name, alias):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, script) == name
    assert row.person.aliases == [alias]
    assert _templates(row) == [notes.SPELT_INSIDE]


@pytest.mark.parametrize("cell, script, name, template", [
    ("نادية الياس / شيرين خلف", "original", ("نادية", "الياس"), notes.NOT_THE_NAME),
    ("Nadia Elias / Shirin Khalaf", "latin", ("Nadia", "Elias"), notes.NOT_THE_NAME),
    ("Şîrîn Hisên Qasim/Shirin Hussein Qasim", "latin", ("Şîrîn", "Hisên", "Qasim"),
     notes.SECOND_SPELLING),
    ("نادية/Shirin الياس حسن", "original", ("نادية",), notes.NOT_THE_NAME),  # other script
])
def test_two_whole_names_and_a_name_in_the_other_script_read_as_before(tmp_path, cell, script,
                                                                        name, template):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, script) == name
    assert row.person.aliases == []
    assert _templates(row) == [template]


def test_the_woman_on_record_is_found_and_keeps_her_other_given_name(tmp_path):
    """The tester's rows, with --yes: each a match with the woman on record (before, a given
    name alone, they were new persons without a father), her other given names her aliases."""
    env = cli_env(tmp_path)
    vault = str(tmp_path / "vault")
    assert run_cli(["--vault", vault, "init", "--prefix", "SNJ"], env).returncode == 0
    added = run_cli(["--vault", vault, "--json", "person", "add", "--given", "نادية", "--given",
                     "Nadia", "--father", "الياس", "--father", "Elias", "--grandfather", "حسن",
                     "--grandfather", "Hasan", "--sex", "F", "--village", "Kocho"], env)
    assert added.returncode == 0, added.stderr
    case_no = json.loads(added.stdout)["case_no"]
    path = write_csv(tmp_path / "slash.csv", HEADER, [["نادية/شيرين الياس حسن", "كوجو"],
                                                      ["Nadia/Shirin Elias Hasan", "Kocho"],
                                                      ["Nadya/Şîrîn Êlyas Hesen", "Kocho"]])
    done = run_cli(["--vault", vault, "import", str(path), "--yes"], env)
    assert done.returncode == 0, done.stderr
    assert "writes two given names, 'نادية' and 'شيرين'" in done.stdout, done.stdout
    shown = run_cli(["--vault", vault, "--json", "person", "list"], env)
    assert [p["case_no"] for p in json.loads(shown.stdout)] == [case_no], shown.stdout
    her = json.loads(run_cli(["--vault", vault, "--json", "person", "show", case_no],
                             env).stdout)
    assert {"شيرين", "Shirin", "Şîrîn"} <= set(her["aliases"]), her
    assert her["names"]["father"] == {"original": "الياس", "latin": "Elias"}
    assert her["names"]["grandfather"] == {"original": "حسن", "latin": "Hasan"}
