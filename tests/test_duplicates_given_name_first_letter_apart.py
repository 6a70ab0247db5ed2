"""A record whose given name a list writes with the hamza's seat as y (ياواز for ئاواز) and whose
father's, grandfather's and family names agree is compared with hers: by `duplicates`, and by an
import, which asks instead of making her twice. (Eeedo for Eido, a spelling of the demo's, is not:
a y before another vowel is not cut past, or Yusra would meet Israa: tests/test_blocking_y_named_
sisters_apart.py.)"""

import json

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.matching.blocking import candidate_pairs, find_duplicates, keys_and_mask
from tests.import_helpers import cli, write_csv

_PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


def person(*names, sex=Sex.FEMALE, born="1977", village="Jidala"):
    p = Person(sex=sex, birth=FuzzyDate.parse(born), origin_village=village)
    for part, text in zip(_PARTS, names, strict=False):
        p.name(part).put(text)
    return p


AWAZ = person("ئاواز", "أحمد", "جميل", "مندكاني")
AWAZ_NO_SEAT = person("ياواز", "أحمد", "جميل", "مندكاني")


def test_a_given_name_whose_first_letter_is_written_otherwise_is_still_compared():
    found = find_duplicates({1: AWAZ, 2: AWAZ_NO_SEAT}, threshold=0.5)
    assert [(a, b) for a, b, _ in found] == [(1, 2)]
    assert all(s.score >= 0.87 for _, _, s in found)


def test_sorani_and_latin_spellings_without_the_seat_meet_her_too():
    sorani = person("یاواز", "ئەحمەد", "جەمیل", "مەندکانی")
    latin = person("Yawaz", "Ahmad", "Jamil", "Mandakani")
    long_a = person("Yaawaz", "Ahmad", "Jamil", "Mandakani")
    keyed = [(pid, *keys_and_mask(p)) for pid, p in ((1, AWAZ), (2, sorani), (3, latin), (4, long_a))]
    assert sorted(candidate_pairs(keyed)) == [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]


def test_a_given_name_misspelt_after_its_first_y_still_meets_as_before():
    keyed = [(pid, *keys_and_mask(p)) for pid, p in
             ((1, person("Yasmin", "Khalil", "Hasan")), (2, person("Yazmeen", "Khalil", "Hasan")))]
    assert list(candidate_pairs(keyed)) == [(1, 2)]


def _vault_with_awaz(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "ئاواز", "--given", "Awaz", "--father", "أحمد",
                "--father", "Ahmad", "--grandfather", "جميل", "--grandfather", "Jamil", "--family",
                "مندكاني", "--family", "Mandakani", "--sex", "F", "--born", "about 1977",
                "--village", "Jidala", "--status", "missing")
    assert added.returncode == 0, added.stderr


def test_an_import_asks_about_her_instead_of_making_her_twice(tmp_path):
    _vault_with_awaz(tmp_path)
    lst = write_csv(tmp_path / "list.csv",
                    ["الاسم", "اسم الاب", "اسم الجد", "اللقب", "الجنس", "المواليد", "القرية"],
                    [["ياواز", "أحمد", "جميل", "مندكاني", "انثى", "about 1977", "Jidala"]])
    out = cli(tmp_path, "--json", "match", str(lst), "--min-score", "0")
    assert out.returncode == 0, out.stderr
    (got,) = json.loads(out.stdout)
    assert [c["case_no"] for c in got["candidates"]][:1] == ["SNJ-00001"], got
    out = cli(tmp_path, "import", str(lst), "--source", "Office")
    assert out.returncode == 0, out.stderr
    assert "matching: probable 1" in out.stdout, out.stdout
    assert len(cli(tmp_path, "person", "list").stdout.splitlines()) == 1


def test_duplicates_offers_her_second_record(tmp_path):
    _vault_with_awaz(tmp_path)
    added = cli(tmp_path, "person", "add", "--given", "ياواز", "--father", "أحمد", "--grandfather",
                "جميل", "--family", "مندكاني", "--sex", "F", "--born", "about 1977",
                "--village", "Jidala", "--status", "missing")
    assert added.returncode == 0, added.stderr
    out = cli(tmp_path, "--json", "duplicates")
    assert out.returncode == 0, out.stderr
    assert sorted((p["a"]["case_no"], p["b"]["case_no"]) for p in json.loads(out.stdout)) == [
        ("SNJ-00001", "SNJ-00002")]
