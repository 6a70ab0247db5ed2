"""A slash (or brackets) between two different names for her father, «ليلى حسن/حسين علي", "Layla
Hasan/Hussein Ali", "Leyla Hesen/Husên Elî", «سعيد/سعد»: the list's writer did not know which
her father is. Read as another spelling of his name, her record kept «ليلى حسين علي» as her alias,
and a later list's Layla Hussein Ali, her cousin, became a certain match of her. The first name
is read, her grandfather kept, the other name said and stored nowhere but in the list's values;
two spellings of one name («حسين/حوسين», "Hussein/Husên") stay an alias, as before."""

from __future__ import annotations

import json

import pytest

from app.domain.person import NamePart
from app.importing import notes, read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.conftest import cli_env, run_cli
from tests.import_helpers import write_csv, write_xlsx

PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


def _rows(tmp_path, cells: list[str], xlsx: bool = False):
    header = ["الاسم الثلاثي", "القرية"]
    if xlsx:
        path = write_xlsx(tmp_path / "list.xlsx", [("Sheet", [header, *([c, "كوجو"] for c in cells)])])
    else:
        path = write_csv(tmp_path / "list.csv", header, [[c, "كوجو"] for c in cells])
    t = read_table(str(path))
    return [Converter(t, suggest(t)).convert(r) for r in t.rows]


def _names(row) -> tuple[str, ...]:
    names = (row.person.name(part) for part in PARTS)
    return tuple(n.original or n.latin for n in names if n.original or n.latin)


@pytest.mark.parametrize("cell, name, written, other", [
    ("ليلى حسن/حسين علي", ("ليلى", "حسن", "علي"), "حسن/حسين", "حسين"),
    ("Layla Hasan/Hussein Ali", ("Layla", "Hasan", "Ali"), "Hasan/Hussein", "Hussein"),
    ("Leyla Hesen/Husên Elî", ("Leyla", "Hesen", "Elî"), "Hesen/Husên", "Husên"),  # Kurmanji
    ("لەیلا حەسەن/حوسێن عەلی", ("لەیلا", "حەسەن", "عەلی"), "حەسەن/حوسێن", "حوسێن"),  # Sorani
    ("Layla Khalaf/Khalil Ali", ("Layla", "Khalaf", "Ali"), "Khalaf/Khalil", "Khalil"),
    ("Leyla Xelef/Xelîl Elî", ("Leyla", "Xelef", "Elî"), "Xelef/Xelîl", "Xelîl"),
    ("ليلى سعيد/سعد علي", ("ليلى", "سعيد", "علي"), "سعيد/سعد", "سعد"),
    ("ليلى حسن (حسين) علي", ("ليلى", "حسن", "علي"), "حسن (حسين)", "حسين"),
    ("Layla Hasan/Hussein Ali Rasho", ("Layla", "Hasan", "Ali", "Rasho"), "Hasan/Hussein",
     "Hussein"),
    ("ليلى علي حسن/حسين", ("ليلى", "علي", "حسن"), "حسن/حسين", "حسين"),  # her grandfather
])
@pytest.mark.parametrize("xlsx", [False, True])
def test_two_names_for_a_forebear_read_the_first_and_keep_no_alias(tmp_path, cell, name, written,
                                                                    other, xlsx):
    [row] = _rows(tmp_path, [cell], xlsx)
    assert _names(row) == name
    assert row.person.aliases == []
    assert [w.said.template for w in row.warnings] == [notes.NAME_TWO_WAYS]
    said = str(row.warnings[0])
    assert f"writes '{written}', two names where the name has one" in said, said
    first = written.split("/")[0].split(" (")[0]
    assert f"The first, '{first}', is read" in said, said
    assert f"the name is read as '{' '.join(name)}'" in said, said
    assert f"'{other}' is not stored as a name of the person (it stays in the list's values)" \
        in said, said


@pytest.mark.parametrize("cell, name, alias", [
    ("ليلى حسين/حوسين علي", ("ليلى", "حسين", "علي"), "ليلى حوسين علي"),
    ("Layla Hussein/Husên Ali", ("Layla", "Hussein", "Ali"), "Layla Husên Ali"),
    ("Leyla Hisên/Hussein Elî", ("Leyla", "Hisên", "Elî"), "Leyla Hussein Elî"),
    ("Layla Hasan/Hesen Ali", ("Layla", "Hasan", "Ali"), "Layla Hesen Ali"),
    ("Viyan Xelîl/Khalil Elî", ("Viyan", "Xelîl", "Elî"), "Viyan Khalil Elî"),
    ("نادية مراد (مرادو) طه", ("نادية", "مراد", "طه"), "نادية مرادو طه"),
    # a Kurdish pet form of his name (Alo of Ali, Qado of Qadir): the same man, one name
    ("ليلى علي/علو حسن", ("ليلى", "علي", "حسن"), "ليلى علو حسن"),
    ("Layla Ali/Alo Hasan", ("Layla", "Ali", "Hasan"), "Layla Alo Hasan"),
    ("Leyla Qadir/Qado Hesen", ("Leyla", "Qadir", "Hesen"), "Leyla Qado Hesen"),
    ("Leyla Reşo/Reşîd Elî", ("Leyla", "Reşo", "Elî"), "Leyla Reşîd Elî"),
    ("لەیلا عەلی/عەلۆ حەسەن", ("لەیلا", "عەلی", "حەسەن"), "لەیلا عەلۆ حەسەن"),
])
def test_two_spellings_of_one_name_stay_her_alias(tmp_path, cell, name, alias):
    [row] = _rows(tmp_path, [cell])
    assert _names(row) == name
    assert row.person.aliases == [alias]
    assert [w.said.template for w in row.warnings] == [notes.SPELT_INSIDE]


@pytest.mark.parametrize("cell, template", [
    ("نادية مراد/ليلى مراد", notes.SECOND_SPELLING),  # another woman of one father, as before
    ("Nadia Murad Taha/Layla Murad Taha", notes.SECOND_SPELLING),
    ("Şîrîn Hisên Qasim/Shirin Hussein Qasim", notes.SECOND_SPELLING),  # two whole spellings
    ("نادية مراد/مفقودة", notes.NOT_THE_NAME),  # a note after the name, not a name
    ("ليلى حسن/Hussein علي", notes.ASIDE_INSIDE),  # another script: as before
    # another woman of another father: read as one woman, Layla's father became Nadia's
    # grandfather, and she a certain match of another Nadia Murad Khalaf (a review)
    ("نادية مراد/ليلى خلف", notes.NOT_THE_NAME),
    ("Nadia Murad/Layla Khalaf", notes.NOT_THE_NAME),
    ("Nadia Murad Basee/Layla Khalaf Rasho", notes.NOT_THE_NAME),
    ("نادية خلف/متوفية رشو", notes.NOT_THE_NAME),  # deceased: no forebear's name
    # names no nearer than 0.6 (خلف, خليل: 0.54) cannot be told from another woman's: as before
    ("ليلى خلف/خليل علي", notes.NOT_THE_NAME),
])
def test_a_second_whole_name_or_a_note_after_a_slash_read_as_before(tmp_path, cell, template):
    [row] = _rows(tmp_path, [cell])
    assert [w.said.template for w in row.warnings] == [template]
    assert row.person.aliases == []


def test_her_cousin_on_a_later_list_is_no_certain_match(tmp_path):
    """The tester's list: Layla is imported from «ليلى حسن/حسين علي»; a later list's Layla Hussein
    Ali (her father's brother's daughter) is a woman of her own, never an update of Layla's
    record by the name the first list was unsure of."""
    env = cli_env(tmp_path)
    vault = str(tmp_path / "vault")
    assert run_cli(["--vault", vault, "init", "--prefix", "SNJ"], env).returncode == 0
    first = tmp_path / "families.csv"
    first.write_text("الاسم الثلاثي,القرية\nليلى حسن/حسين علي,كوجو\n", encoding="utf-8")
    done = run_cli(["--vault", vault, "import", str(first), "--yes"], env)
    assert done.returncode == 0, done.stderr
    assert "writes 'حسن/حسين', two names where the name has one" in done.stdout, done.stdout
    [her] = json.loads(run_cli(["--vault", vault, "--json", "person", "list"], env).stdout)
    shown = json.loads(run_cli(["--vault", vault, "--json", "person", "show", her["case_no"]],
                               env).stdout)
    assert shown["names"]["father"]["original"] == "حسن", shown["names"]
    assert shown["names"]["grandfather"]["original"] == "علي", shown["names"]
    assert not any("حسين" in alias for alias in shown["aliases"]), shown["aliases"]
    assert "حسن/حسين" in shown["provenance"][0]["raw_json"]  # the list's value, as written

    cousin = tmp_path / "ngo.csv"
    cousin.write_text("الاسم الثلاثي,القرية\nليلى حسين علي,كوجو\n", encoding="utf-8")
    seen = run_cli(["--vault", vault, "--json", "import", str(cousin), "--dry-run"], env)
    assert seen.returncode == 0, seen.stderr
    [row] = json.loads(seen.stdout)["rows"]
    assert row["outcome"] != "certain", row
    done = run_cli(["--vault", vault, "import", str(cousin), "--yes"], env)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(run_cli(["--vault", vault, "--json", "person", "list"],
                                  env).stdout)) == 2
