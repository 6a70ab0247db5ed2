"""Another spelling written inside a full name, in brackets or after a slash glued to a word
(«شيرين (شرين) حسين قاسم», "Şîrîn/Shirin Hisên Qasim"), is a spelling of that word: the other
words are her name in the order written. Read as two spellings of the whole name, such a row
kept her given name alone, said her father's and grandfather's names did not spell it, and made
a new woman beside the record of the woman she is (a tester's day of lists).

And "aka", "alias", «الملقبة», «المعروفة بـ», "bi navê" before the name she is known by are no
name of hers: "Amina Khalaf Rasho alias Umm Saeed" had the family name 'alias'."""

from __future__ import annotations

import json

import pytest

from app.domain.person import NamePart
from app.importing import notes
from tests.conftest import cli_env, run_cli
from tests.import_helpers import full_names_read

PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY,
         NamePart.NICKNAME)


def _rows(tmp_path, cells: list[str], xlsx: bool = False):
    return full_names_read(tmp_path, cells, xlsx)


def _names(row, script: str) -> dict[NamePart, str]:
    return {part: getattr(row.person.name(part), script) for part in PARTS
            if getattr(row.person.name(part), script)}


def _templates(row) -> list[str]:
    return [w.said.template for w in row.warnings]


@pytest.mark.parametrize("cell, script, name, alias", [
    ("شيرين (شرين) حسين قاسم", "original", ("شيرين", "حسين", "قاسم"), "شرين"),
    ("روجين (روزين) مراد قاسم", "original", ("روجين", "مراد", "قاسم"), "روزين"),
    ("Şîrîn (Shirin) Hisên Qasim", "latin", ("Şîrîn", "Hisên", "Qasim"), "Shirin"),
    ("Rojin (Rozhin) Murad Qasim", "latin", ("Rojin", "Murad", "Qasim"), "Rozhin"),
    ("Rojin [Rozhin] Murad Qasim", "latin", ("Rojin", "Murad", "Qasim"), "Rozhin"),
    ("Şîrîn/Shirin Hisên Qasim", "latin", ("Şîrîn", "Hisên", "Qasim"), "Shirin"),
    ("شیرین (شرین) حسێن قاسم", "original", ("شیرین", "حسێن", "قاسم"), "شرین"),  # Sorani
    ("ڤیان/ڤيان خەلیل عەلی", "original", ("ڤیان", "خەلیل", "عەلی"), "ڤيان"),
])
@pytest.mark.parametrize("xlsx", [False, True])
def test_a_spelling_after_her_given_name_is_her_alias_and_the_rest_her_name(
        tmp_path, cell, script, name, alias, xlsx):
    [row] = _rows(tmp_path, [cell], xlsx)
    assert _names(row, script) == dict(zip(PARTS, name, strict=False))
    assert row.person.aliases == [alias]
    assert _templates(row) == [notes.SPELT_INSIDE]
    said = str(row.warnings[0])
    assert f"'{alias}' inside the name as another spelling of '{name[0]}'" in said, said
    assert f"read as '{' '.join(name)}'" in said, said


def test_a_spelling_of_her_fathers_name_is_kept_inside_her_whole_name(tmp_path):
    """As an update or merge keeps one (app/name_spellings.py): never the father's name alone,
    which would read as a name of hers."""
    rows = _rows(tmp_path, ["Viyan Xelîl/Khalil Elî", "نادية مراد (مرادو) طه"])
    assert _names(rows[0], "latin") == {NamePart.GIVEN: "Viyan", NamePart.FATHER: "Xelîl",
                                        NamePart.GRANDFATHER: "Elî"}
    assert rows[0].person.aliases == ["Viyan Khalil Elî"]
    assert _names(rows[1], "original")[NamePart.GRANDFATHER] == "طه"
    assert rows[1].person.aliases == ["نادية مرادو طه"]


def test_her_given_name_in_the_other_script_in_brackets_is_that_names_spelling(tmp_path):
    [row] = _rows(tmp_path, ["Suzan (سوزان) Khalaf Rasho"])
    given = row.person.name(NamePart.GIVEN)
    assert (given.original, given.latin) == ("سوزان", "Suzan")
    assert _names(row, "latin") == {NamePart.GIVEN: "Suzan", NamePart.FATHER: "Khalaf",
                                    NamePart.GRANDFATHER: "Rasho"}
    assert _templates(row) == [notes.SCRIPT_INSIDE]


@pytest.mark.parametrize("cell, script, name, note", [
    ("شيرين (متوفية) حسين قاسم", "original", ("شيرين", "حسين", "قاسم"), "متوفية"),
    ("نادية (طفلة) مراد طه", "original", ("نادية", "مراد", "طه"), "طفلة"),
    ("Layla (deceased) Murad Taha", "latin", ("Layla", "Murad", "Taha"), "deceased"),
    ("Gulistan (Gulê) Hesen Qasim", "latin", ("Gulistan", "Hesen", "Qasim"), "Gulê"),
])
def test_a_note_in_brackets_inside_the_name_is_said_and_the_name_read_around_it(
        tmp_path, cell, script, name, note):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, script) == dict(zip(PARTS, name, strict=False))
    assert row.person.aliases == []
    assert _templates(row) == [notes.ASIDE_INSIDE]
    assert f"'{note}', in brackets inside the name, does not spell the name" in str(
        row.warnings[0])


@pytest.mark.parametrize("cell, script, name, kunya", [
    ("أمينة (ام سعيد) خلف رشو", "original", ("أمينة", "خلف", "رشو"), "ام سعيد"),
    ("أمينة خلف رشو (ام سعيد)", "original", ("أمينة", "خلف", "رشو"), "ام سعيد"),
    ("Amina Khalaf Rasho (Umm Saeed)", "latin", ("Amina", "Khalaf", "Rasho"), "Umm Saeed"),
    ("Amina Khalaf Rasho (aka Gulê)", "latin", ("Amina", "Khalaf", "Rasho"), "Gulê"),
])
def test_a_kunya_in_brackets_is_her_nickname(tmp_path, cell, script, name, kunya):
    [row] = _rows(tmp_path, [cell])
    assert _names(row, script) == {**dict(zip(PARTS, name, strict=False)),
                                   NamePart.NICKNAME: kunya}
    assert _templates(row) == [notes.NICKNAME_INSIDE]


@pytest.mark.parametrize("cell, template", [
    ("Şîrîn Hisên Qasim / Shirin Hussein Qasim", notes.SECOND_SPELLING),  # two whole names
    ("Nadia (Nadya)", notes.SECOND_SPELLING),
    ("ليلى حسن علي (متوفية)", notes.NOT_THE_NAME),  # a note after the whole name
    ("Şîrîn Hisên Qasim/Shirin Hussein Qasim", notes.SECOND_SPELLING),  # glued, two names
])
def test_spellings_of_the_whole_name_are_read_as_before(tmp_path, cell, template):
    [row] = _rows(tmp_path, [cell])
    assert _templates(row) == [template]
    assert row.person.aliases == []


def test_two_scripts_either_side_of_a_slash_and_a_name_after_brackets_unchanged(tmp_path):
    rows = _rows(tmp_path, ["سوزان خلف رشو / Suzan Khalaf Rasho", "Suzan Khalaf Rasho (سوزان)",
                            "Nadia d/o Murad Taha"])
    for row in rows[:2]:
        assert row.person.name(NamePart.GIVEN).original == "سوزان"
        assert row.person.name(NamePart.GRANDFATHER).latin == "Rasho"
        assert row.warnings == []
    assert _names(rows[2], "latin") == {NamePart.GIVEN: "Nadia", NamePart.FATHER: "Murad",
                                        NamePart.GRANDFATHER: "Taha"}


@pytest.mark.parametrize("cell, script, name, said, nickname", [
    ("أمينة خلف رشو الملقبة ام سعيد", "original", ("أمينة", "خلف", "رشو"), "الملقبة", "ام سعيد"),
    ("أمينة خلف رشو المعروفة بـ ام سعيد", "original", ("أمينة", "خلف", "رشو"), "المعروفة ب",
     "ام سعيد"),  # quoted without its tatweel, as her names are read
    ("أمينة خلف رشو المعروفة بأم سعيد", "original", ("أمينة", "خلف", "رشو"), "المعروفة",
     "أم سعيد"),
    ("Amina Khalaf Rasho alias Umm Saeed", "latin", ("Amina", "Khalaf", "Rasho"), "alias",
     "Umm Saeed"),
    ("Amina Khalaf Rasho a.k.a. Umm Saeed", "latin", ("Amina", "Khalaf", "Rasho"), "a.k.a.",
     "Umm Saeed"),
    ("Amina Khalaf Rasho aka Umm Saeed", "latin", ("Amina", "Khalaf", "Rasho"), "aka",
     "Umm Saeed"),
    ("Amina Khalaf also known as Gulê", "latin", ("Amina", "Khalaf"), "also known as", "Gulê"),
    ("Emîne Xelef Reşo bi navê Dayka Seîd", "latin", ("Emîne", "Xelef", "Reşo"), "bi navê",
     "Dayka Seîd"),
    ("ئەمینە خەلەف ناسراو بە دایکی سەعید", "original", ("ئەمینە", "خەلەف"), "ناسراو بە",
     "دایکی سەعید"),
    ("Amina aka Umm Saeed Khalaf Rasho", "latin", ("Amina", "Khalaf", "Rasho"), "aka",
     "Umm Saeed"),
])
@pytest.mark.parametrize("xlsx", [False, True])
def test_aka_and_alias_are_no_name_but_say_her_nickname(tmp_path, cell, script, name, said,
                                                         nickname, xlsx):
    [row] = _rows(tmp_path, [cell], xlsx)
    assert _names(row, script) == {**dict(zip(PARTS, name, strict=False)),
                                   NamePart.NICKNAME: nickname}
    assert _templates(row) == [notes.KNOWN_AS]
    assert f"says by '{said}' that '{nickname}' is a name the person is known by" in str(
        row.warnings[0])


def test_the_woman_on_record_is_found_not_made_again(tmp_path):
    """The tester's rows: two spellings of the woman on record, each a certain match with her,
    her other spellings kept on her record; none a new person without a father."""
    env = cli_env(tmp_path)
    vault = str(tmp_path / "vault")
    assert run_cli(["--vault", vault, "init", "--prefix", "SNJ"], env).returncode == 0
    added = run_cli(["--vault", vault, "--json", "person", "add", "--given", "شيرين", "--given",
                     "Shirin", "--father", "حسين", "--father", "Hussein", "--grandfather", "قاسم",
                     "--grandfather", "Qasim", "--sex", "F", "--born", "about 1998", "--village",
                     "Tel Qasab"], env)
    assert added.returncode == 0, added.stderr
    case_no = json.loads(added.stdout)["case_no"]
    path = tmp_path / "alt_spelling.csv"
    path.write_text("الاسم الكامل,الجنس,التولد,القرية\nشيرين (شرين) حسين قاسم,انثى,1998,تل قصب\n"
                    "Şîrîn/Shirin Hisên Qasim,mê,1998,Til Qeseb\n", encoding="utf-8")
    done = run_cli(["--vault", vault, "--json", "import", str(path), "--yes"], env)
    assert done.returncode == 0, done.stderr
    shown = run_cli(["--vault", vault, "--json", "person", "list"], env)
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)) == 1, shown.stdout
    her = json.loads(run_cli(["--vault", vault, "--json", "person", "show", case_no],
                             env).stdout)
    assert "شرين" in her["aliases"], her


def test_alias_and_aka_written_as_a_name_are_her_fathers(tmp_path):
    """A review: Iraqi lists write Ilyas as Alias; read as "known as", her father's and
    grandfather's names became a nickname ("Nadia Alias Khudeda Rasho")."""
    fathers, aka, caps = _rows(tmp_path, ["Nadia Alias Khudeda Rasho", "Layla Aka Hasan Ali",
                                          "AMINA KHALAF RASHO ALIAS UMM SAEED"])
    assert _names(fathers, "latin") == {NamePart.GIVEN: "Nadia", NamePart.FATHER: "Alias",
                                        NamePart.GRANDFATHER: "Khudeda", NamePart.FAMILY: "Rasho"}
    assert _names(aka, "latin")[NamePart.FATHER] == "Aka"
    assert NamePart.NICKNAME not in _names(aka, "latin")
    assert _names(caps, "latin")[NamePart.NICKNAME] == "UMM SAEED"  # a kunya follows


def test_aka_after_a_comma_is_one_person_known_by_a_name(tmp_path):
    """A tester: "Nadia Khalil Ali, aka Gulê" was rejected as two persons."""
    (row,) = _rows(tmp_path, ["Nadia Khalil Ali, aka Gulê"])
    assert not row.rejected
    assert _names(row, "latin") == {NamePart.GIVEN: "Nadia", NamePart.FATHER: "Khalil",
                                    NamePart.GRANDFATHER: "Ali", NamePart.NICKNAME: "Gulê"}
