"""A name cell that begins with the words that say "known as" («الملقبة ام سعيد امينة خلف», "aka
Gulê, Amina Khalaf Rasho"): the name she is known by is her nickname, what follows it her name,
said on the row; where nothing shows where the nickname ends, one word is taken and the row
says it is a guess. Words that say "named" first («المدعوة نادية خلف رشو», "bi navê ...") leave
her name whole. Read as names, «الملقبة» was her given name
and «ام» her father; with a comma the row was rejected as two persons; and «الملقبة ام سعيد»
alone was folded into the woman above as a repeat (a tester's lists)."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from app.importing import notes
from app.importing.pieces import Quoted
from tests.conftest import cli_env, run_cli
from tests.import_helpers import full_names_read, write_csv

PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


def _rows(tmp_path, cells: list[str], xlsx: bool = False):
    return full_names_read(tmp_path, cells, xlsx)


def _names(row, script: str) -> tuple[str, ...]:
    return tuple(v for part in PARTS if (v := getattr(row.person.name(part), script)))


@pytest.mark.parametrize("cell, script, name, nickname, template", [
    ("الملقبة ام سعيد امينة خلف", "original", ("امينة", "خلف"), "ام سعيد", notes.KNOWN_AS_FIRST),
    ("المعروفة بأم خالد جيهان قاسم حسن", "original", ("جيهان", "قاسم", "حسن"), "أم خالد",
     notes.KNOWN_AS_FIRST),
    ("الملقبة كولي، امينة خلف رشو", "original", ("امينة", "خلف", "رشو"), "كولي",
     notes.KNOWN_AS_FIRST),
    ("الملقبة: ام سعيد امينة خلف", "original", ("امينة", "خلف"), "ام سعيد", notes.KNOWN_AS_FIRST),
    ("known as Umm Saeed Amina Khalaf", "latin", ("Amina", "Khalaf"), "Umm Saeed",
     notes.KNOWN_AS_FIRST),
    ("aka Gulê, Amina Khalaf Rasho", "latin", ("Amina", "Khalaf", "Rasho"), "Gulê",
     notes.KNOWN_AS_FIRST),
    ("ALIAS UMM SAEED AMINA KHALAF", "latin", ("AMINA", "KHALAF"), "UMM SAEED",
     notes.KNOWN_AS_FIRST),
    # nothing shows where the name she is known by ends: one word taken, and said to be a guess
    ("الملقبة كولي امينة خلف رشو", "original", ("امينة", "خلف", "رشو"), "كولي",
     notes.KNOWN_AS_GUESS),
    ("aka (Gulê) Amina Khalaf Rasho", "latin", ("Amina", "Khalaf", "Rasho"), "Gulê",
     notes.KNOWN_AS_GUESS),  # no brackets kept in the nickname
    ("aka Gulê - Amina Khalaf Rasho", "latin", ("Amina", "Khalaf", "Rasho"), "Gulê",
     notes.KNOWN_AS_GUESS),  # nor a dash in her name as the warning quotes it
])
@pytest.mark.parametrize("xlsx", [False, True])
def test_the_name_she_is_known_by_first_is_her_nickname_and_the_rest_her_name(
        tmp_path, cell, script, name, nickname, template, xlsx):
    [row] = _rows(tmp_path, [cell], xlsx)
    assert not row.rejected, row.rejected
    assert _names(row, script) == name
    assert getattr(row.person.name(NamePart.NICKNAME), script) == nickname
    said = [w.said for w in row.warnings if w.said.template == template]
    assert len(said) == 1 and said[0].values[1] == Quoted(cell)  # the cell as written, quoted
    assert said[0].values[3:] == (Quoted(nickname), Quoted(" ".join(name)))


@pytest.mark.parametrize("cell, script, name", [
    # «المدعوة» first is how official letters name a woman: no nickname, the rest her name (read
    # as "known as", her given name became a nickname and her father's name her given name)
    ("المدعوة نادية خلف رشو", "original", ("نادية", "خلف", "رشو")),
    ("المدعو خالد خلف رشو", "original", ("خالد", "خلف", "رشو")),
    ("المعروفة نادية خلف رشو", "original", ("نادية", "خلف", "رشو")),
    ("bi navê Emîne Xelef Reşo", "latin", ("Emîne", "Xelef", "Reşo")),  # Kurmanji: by the name
])
def test_words_first_that_say_named_leave_her_name_whole(tmp_path, cell, script, name):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, script) == name
    assert not getattr(row.person.name(NamePart.NICKNAME), script)
    assert [w.said.template for w in row.warnings] == [notes.KNOWN_AS_NAMED]


@pytest.mark.parametrize("cell", ["Alias Khudeda Rasho", "alias khudeda rasho"])
def test_alias_first_as_a_name_is_her_given_name_ilyas(tmp_path, cell):
    # Iraqi lists write Ilyas as Alias: a man named so, read as names (in small letters too, as
    # some lists write every name)
    [row] = _rows(tmp_path, [cell])
    assert _names(row, "latin") == tuple(cell.split())
    assert not row.person.name(NamePart.NICKNAME).latin


def test_a_kunya_alone_after_known_as_is_a_kunya_row_not_the_woman_above(tmp_path):
    path = write_csv(tmp_path / "l.csv", ["الاسم الثلاثي", "القرية"],
                     [["الملقبة ام سعيد امينة خلف", "كوجو"], ["الملقبة ام سعيد", "كوجو"],
                      ["الملقبة كولي", "كوجو"]])
    env = cli_env(tmp_path)
    run_cli(["--vault", str(tmp_path / "v"), "init", "--prefix", "SNJ"], env=env)
    out = run_cli(["--vault", str(tmp_path / "v"), "import", str(path), "--yes"], env=env).stdout
    assert "repeat of row 2" not in out  # the kunya alone was folded into Amina as a repeat
    assert "created 3" in out, out
    show = run_cli(["--vault", str(tmp_path / "v"), "person", "show", "SNJ-00002"], env=env).stdout
    assert "nickname     ام سعيد" in show and "given" not in show and "father" not in show
    show = run_cli(["--vault", str(tmp_path / "v"), "person", "show", "SNJ-00003"], env=env).stdout
    assert "nickname     كولي" in show and "given" not in show
    assert "'الملقبة كولي' begins with 'الملقبة': 'كولي' is read as a name" in out


@pytest.mark.parametrize("cell, nickname, template", [
    # her name in Latin letters, then in Arabic after "known as": «الملقبة» had become her
    # given name and «ام» her father, silently
    ("Amina Khalaf Rasho / الملقبة ام سعيد امينة خلف رشو", ("ام سعيد", ""), notes.KNOWN_AS_FIRST),
    ("Amina Khalaf Rasho\nالملقبة ام سعيد امينة خلف رشو", ("ام سعيد", ""), notes.KNOWN_AS_FIRST),
    ("امينة خلف رشو / aka Gulê Amina Khalaf Rasho", ("", "Gulê"), notes.KNOWN_AS_GUESS),
    ("Amina Khalaf Rasho | المدعوة امينة خلف رشو", ("", ""), notes.KNOWN_AS_NAMED),
    ("الملقبة ام سعيد امينة خلف رشو / Amina Khalaf Rasho", ("ام سعيد", ""), notes.KNOWN_AS_FIRST),
])
def test_known_as_words_begin_her_second_spelling(tmp_path, cell, nickname, template):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, "original") == ("امينة", "خلف", "رشو")
    assert _names(row, "latin") == ("Amina", "Khalaf", "Rasho")
    said = row.person.name(NamePart.NICKNAME)
    assert (said.original, said.latin) == nickname
    assert [w.said.template for w in row.warnings] == [template]
