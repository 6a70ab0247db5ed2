"""A Latin full name ending "al-<name>" (Reem Khalaf al-Khalil) is read as its Arabic ريم خلف
الخليل is: her grandfather, with the warning that it may be a family name; and a record that
holds al-Khalil as her family name is offered beside the woman whose grandfather is Khalil."""

import json

import pytest

from app.importing.names import split_full_names
from app.matching.score import GRANDFATHER_AS_FAMILY, score_persons
from tests.import_helpers import write_csv
from tests.test_match_clan_in_grandfather_column import person

REEM = dict(given="Reem", father="Khalaf", grandfather="Khalil", family="Haskani",
            village="Hardan")


def _reem(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    out = cli("person", "add", "--given", "ريم", "--given", "Reem", "--father", "خلف", "--father",
              "Khalaf", "--grandfather", "خليل", "--grandfather", "Khalil", "--family", "حسكاني",
              "--family", "Haskani", "--sex", "F", "--village", "Hardan")
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("latin, arabic", [("Reem Khalaf al-Khalil", "ريم خلف الخليل"),
                                           ("Zina Shamo el-Khatib", "زينة شمو الخطيب")])
def test_the_latin_article_is_read_as_the_arabic_one(latin, arabic):
    (la,), (ar,) = split_full_names([latin]), split_full_names([arabic])
    assert [p.value for p in la.parts] == [p.value for p in ar.parts] \
        == ["given", "father", "grandfather"]
    assert la.doubt == latin.split()[-1] and ar.doubt == arabic.split()[-1]


def test_a_clan_ending_after_the_latin_article_is_still_a_family_name():
    (split,) = split_full_names(["Sara Khdeda al-Jabouri"])
    assert split.parts[next(p for p in split.parts if p.value == "family")] == "al-Jabouri"
    assert split.doubt == ""


def test_the_dry_run_and_match_meet_her_with_the_same_warning_as_the_arabic(cli, tmp_path):
    _reem(cli)
    path = write_csv(tmp_path / "ngo.csv", ["Name", "Village"],
                     [["Reem Khalaf al-Khalil", "Hardan"]])
    out = cli("import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "row 2: certain match with SNJ-00001" in out.stdout
    assert "grandfather 'al-Khalil'" in out.stdout
    assert "'al-Khalil' may be a family name: it begins with the article" in out.stdout
    found = json.loads(cli("match", str(path), "--json").stdout)[0]["candidates"]
    assert found and found[0]["case_no"] == "SNJ-00001"


def test_a_record_with_al_khalil_as_her_family_is_a_duplicate_of_the_granddaughter_of_khalil(
        cli):
    """Made by an import that read al-Khalil as her family: duplicates proposes the pair at its
    own threshold, and says how it read it (it scored 0.42, "family mismatch")."""
    _reem(cli)
    out = cli("person", "add", "--given", "Reem", "--father", "Khalaf", "--family", "al-Khalil",
              "--sex", "F", "--village", "Hardan")
    assert out.returncode == 0, out.stderr
    out = cli("--json", "duplicates")
    assert out.returncode == 0, out.stderr
    pairs = json.loads(out.stdout)
    assert [sorted((p["a"]["case_no"], p["b"]["case_no"])) for p in pairs] \
        == [["SNJ-00001", "SNJ-00002"]]
    assert pairs[0]["note"] == GRANDFATHER_AS_FAMILY


def test_the_reading_needs_the_article_and_no_clan_ending():
    reem = person(**REEM)
    read = score_persons(person("Reem", "Khalaf", family="al-Khalil", village="Hardan"), reem)
    assert read.note == GRANDFATHER_AS_FAMILY and 0.87 <= read.score < 0.975
    for family in ("Khalil", "al-Jabouri"):  # no article; a clan's ending
        s = score_persons(person("Reem", "Khalaf", family=family, village="Hardan"), reem)
        assert s.note == "" and s.score < read.score - 0.1
