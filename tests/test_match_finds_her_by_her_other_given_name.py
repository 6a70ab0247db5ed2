"""A woman recorded with a second given name as an alias («نادية/شيرين الياس حسن»: نادية, alias
شيرين) is found by a list that names her by it («شيرين الياس حسن», Shirin Elias Hasan), and the
reverse. Her alias made no blocking key, so such a row was never compared with her ("no
candidate") and became a new person, though scoring reads the alias as her given name."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person
from app.matching.blocking import FOREBEARS, find_duplicates, person_keys
from tests.conftest import cli_env, run_cli
from tests.import_helpers import write_csv


def _person(given: str, father: str, grandfather: str, aliases: list[str]) -> Person:
    p = Person()
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather)):
        p.names[part] = NameText(original=text)
    p.aliases = aliases
    return p


def test_a_one_word_alias_keys_in_her_given_names_place():
    nadia = _person("نادية", "الياس", "حسن", ["شيرين"])
    shirin = _person("شيرين", "الياس", "حسن", [])
    assert any(not k.startswith(FOREBEARS) for k in person_keys(nadia) & person_keys(shirin))
    # without the alias the two share only their forebears' key, as sisters do
    shared = person_keys(_person("نادية", "الياس", "حسن", [])) & person_keys(shirin)
    assert shared and all(k.startswith(FOREBEARS) for k in shared)
    # a whole name kept as an alias adds no given-name key of its words
    whole = _person("نادية", "الياس", "حسن", ["شيرين الياس حسن"])
    assert person_keys(whole) == person_keys(_person("نادية", "الياس", "حسن", []))


def test_duplicates_pairs_her_with_the_record_of_her_other_given_name():
    persons = {1: _person("نادية", "الياس", "حسن", ["شيرين"]),
               2: _person("شيرين", "الياس", "حسن", []),
               3: _person("ليلى", "الياس", "حسن", [])}  # her sister: no pair
    pairs = {(a, b) for a, b, _ in find_duplicates(persons)}
    assert pairs == {(1, 2)}


def test_match_and_import_meet_her_by_her_other_given_name(tmp_path):
    env = cli_env(tmp_path)
    vault = str(tmp_path / "v")
    run_cli(["--vault", vault, "init", "--prefix", "SNJ"], env=env)
    both = write_csv(tmp_path / "both.csv", ["الاسم الثلاثي", "القرية"],
                     [["نادية/شيرين الياس حسن", "كوجو"]])
    run_cli(["--vault", vault, "import", str(both), "--yes"], env=env)
    by_alias = write_csv(tmp_path / "alias.csv", ["الاسم الثلاثي", "القرية"],
                         [["شيرين الياس حسن", "كوجو"]])
    out = run_cli(["--vault", vault, "match", str(by_alias)], env=env).stdout
    assert "SNJ-00001" in out and "no candidate" not in out, out
    latin = write_csv(tmp_path / "latin.csv", ["Name", "Father", "Grandfather", "Village"],
                      [["Shirin", "Elias", "Hasan", "Kocho"]])
    out = run_cli(["--vault", vault, "match", str(latin)], env=env).stdout
    assert "SNJ-00001" in out, out
    # the import asks about her rather than making her a second record
    out = run_cli(["--vault", vault, "import", str(by_alias), "--dry-run"], env=env).stdout
    assert "SNJ-00001" in out and "new 1" not in out, out
