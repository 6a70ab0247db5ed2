"""The article written as a sun letter takes (as-Saleh, ar-Rashid, an-Nasr, es-Saleh: الصالح,
الرشيد, النصر) is the article as al- is, wherever a name is read (app/text/article.py). A list's
Gule Ali as-Saleh scored 0.71 against Gule Ali Saleh Qirani ("family mismatch"), where Gule Ali
al-Saleh was read with her grandfather's name in the family name's column (0.95, asked about);
an import made her a new person without a word. Kurmanji's Eş-Şemmerî (ash-Shammari) was read
as a grandfather's name, not the family's. Real names are not articles: Adnan, Elias, Almas,
Alan; nor a hyphened given name whose next letter is not the article's (Ez-Eddin, Es-Mat)."""

import json

import pytest

from app.importing.name_cells import family_first
from app.importing.names import FAMILY, PERSON, family_leads, reading, split_full_names
from app.matching.score import GRANDFATHER_AS_FAMILY, score_persons
from tests.import_helpers import write_csv
from tests.test_match_clan_in_grandfather_column import person

GULE = dict(given="Gule", father="Ali", grandfather="Saleh", family="Qirani", village="Kocho")


@pytest.mark.parametrize("family", ["al-Saleh", "as-Saleh", "es-Saleh", "As\u2011Saleh"])
def test_a_sun_letter_article_is_read_as_her_grandfather_as_al_is(family):
    read = score_persons(person("Gule", "Ali", family=family), person(**GULE))
    assert read.note == GRANDFATHER_AS_FAMILY and 0.87 <= read.score < 0.975, read


@pytest.mark.parametrize("family", [
    "as-Shammari",  # a clan's ending: a family name, as al-Shammari is
    "Saleh",  # no article
    "As Saleh",  # apart, a sun-letter form may be English
    "Ad-Saleh",  # ad- before an s is no article
])
def test_no_article_or_a_clan_ending_is_not_read_so(family):
    s = score_persons(person("Gule", "Ali", family=family), person(**GULE))
    assert s.note == ""


@pytest.mark.parametrize("word", ["ash-Shammari", "as-Saleh", "ar-Rashid", "an-Nasr", "en-Nasr",
                                  "ad-Dakhi", "adh-Dhahab", "Eş-Şemmerî", "ez-Zubair"])
def test_a_list_reads_each_sun_letter_form_as_a_family_name(word):
    assert reading(word) == FAMILY


@pytest.mark.parametrize("word", ["Adnan", "Elias", "Almas", "Alan", "Ezdin", "Ez-Eddin",
                                  "Ez-Aldin", "Es-Mat", "An-War", "Azad", "Arif", "Esmat"])
def test_names_that_begin_as_an_article_does_are_names(word):
    assert reading(word) == PERSON


def test_kurmanji_esh_is_the_family_name_of_a_full_name():
    (split,) = split_full_names(["Xelîl Hesen Eş-Şemmerî"])
    assert {p.value: v for p, v in split.parts.items()} == {
        "given": "Xelîl", "father": "Hesen", "family": "Eş-Şemmerî"}


def test_a_given_name_with_a_hyphen_is_not_moved_to_the_end_as_her_family():
    """'Ez-Eddin, Khalaf Hassan' was read as Khalaf Hassan of the family Ez-Eddin."""
    assert family_first("Ez-Eddin, Khalaf Hassan") is None
    assert family_leads("Ez-Eddin Khalaf Hassan") is None
    assert family_first("As-Saleh, Gule Ali") == ("As-Saleh", "Gule Ali")


def test_match_and_the_dry_run_ask_about_her(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Gule", "--father", "Ali", "--grandfather", "Saleh",
               "--family", "Qirani", "--sex", "F", "--village", "Kocho").returncode == 0
    path = write_csv(tmp_path / "ngo.csv", ["Name", "Village"],
                     [["Gule Ali as-Saleh", "Kocho"], ["Gule Ali ar-Rashid", "Kocho"]])
    rows = json.loads(cli("match", str(path), "--json").stdout)
    found = rows[0]["candidates"]
    assert found and found[0]["case_no"] == "SNJ-00001" and 0.87 <= found[0]["score"] < 0.975
    assert all(c["score"] < 0.87 for c in rows[1]["candidates"])  # another grandfather
    out = cli("import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "row 2: probable match with SNJ-00001" in out.stdout, out.stdout
    assert "row 3: new person" in out.stdout, out.stdout
