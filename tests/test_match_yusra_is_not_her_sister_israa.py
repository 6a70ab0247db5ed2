"""A word's first ي or y is the consonant y: يسرى (Yusra) is not إسراء (Israa), often her sister's
name, though the key read يسرى as the vowel i and then s-r-a, Israa's own key. A list's row for
Yusra with her sister's father, grandfather and village was a certain update of Israa's record.
The spellings of each name still meet (يسرى, يسرا, Yusra, Yousra, Yisra; إسراء, اسراء, اسرا,
Israa, Esraa, Isra; إيمان, ايمان, Iman)."""

from itertools import combinations, product

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.matching.blocking import candidate_pairs, find_duplicates, keys_and_mask
from app.matching.namesim import text_sim
from app.matching.score import MATCH_AT, score_persons
from tests.import_helpers import cli, write_csv

YUSRA = ("يسرى", "يسرا", "Yusra", "Yousra", "Yisra")
ISRAA = ("إسراء", "اسراء", "اسرا", "Israa", "Esraa", "Isra")
IMAN = ("إيمان", "ايمان", "Iman")


def woman(given: str, arabic: bool | None = None) -> Person:
    """A woman of Kocho with her father and grandfather, in the given name's script."""
    arabic = any("\u0600" <= c <= "\u06ff" for c in given) if arabic is None else arabic
    father, grandfather = ("خليل", "حسن") if arabic else ("Khalil", "Hassan")
    p = Person(sex=Sex.FEMALE, birth=FuzzyDate.parse("1998"), origin_village="Kocho")
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather)):
        p.name(part).put(text)
    return p


def test_yusra_and_israa_are_at_most_partly_alike_in_any_script():
    for yusra, israa in product(YUSRA, ISRAA):
        assert text_sim(yusra, israa) < MATCH_AT, (yusra, israa)


def test_her_sister_s_record_is_not_her_given_name_matched():
    for yusra, israa in product(YUSRA, ISRAA):
        s = score_persons(woman(yusra), woman(israa))
        given = next(f for f in s.fields if f.field == "given")
        assert given.verdict != "match", (yusra, israa, s.score)
        assert "given" in [f.field for f in s.merge_doubts()], (yusra, israa)


def test_each_name_s_spellings_still_meet():
    for name in (YUSRA, ISRAA, IMAN):
        for a, b in combinations(name, 2):
            assert text_sim(a, b) >= MATCH_AT, (a, b)
            s = score_persons(woman(a), woman(b))
            assert not s.merge_doubts(), (a, b)


def test_names_beginning_with_y_still_meet_their_latin_spellings():
    for arabic, latin in (("يزيد", "Yazid"), ("يحيى", "Yahya"), ("يوسف", "Yousif"),
                          ("ياسمين", "Yasmin"), ("يونس", "Younis"), ("يعقوب", "Yaqub")):
        assert text_sim(arabic, latin) >= MATCH_AT, (arabic, latin)


def test_duplicates_does_not_offer_the_sisters_as_one_woman():
    people = {1: woman("إسراء"), 2: woman("Israa"), 3: woman("يسرى"), 4: woman("Yusra"),
              5: woman("Yisra")}
    found = {(a, b) for a, b, _ in find_duplicates(people, threshold=0.5)}
    assert found == {(1, 2), (3, 4), (3, 5), (4, 5)}, found


def test_the_arabic_spellings_share_no_key_with_the_sister_s():
    for yusra, israa in product(("يسرى", "يسرا"), ISRAA):
        keyed = [(1, *keys_and_mask(woman(israa))), (2, *keys_and_mask(woman(yusra)))]
        assert list(candidate_pairs(keyed)) == [], (yusra, israa)


def test_an_arabic_list_row_for_yusra_does_not_update_israa(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "إسراء", "--given", "Israa", "--father", "خليل",
                "--father", "Khalil", "--grandfather", "حسن", "--grandfather", "Hassan", "--sex", "F",
                "--born", "1998", "--village", "Kocho", "--status", "missing")
    assert added.returncode == 0, added.stderr
    lst = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد", "القرية"],
                    [["يسرى", "خليل", "حسن", "انثى", "1998", "كوجو"],
                     ["Yusra", "Khalil", "Hassan", "F", "1998", "Kocho"]])
    matched = cli(tmp_path, "match", str(lst))
    assert matched.returncode == 0, matched.stderr
    assert "SNJ-00001" not in matched.stdout, matched.stdout
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "match with SNJ-00001" not in dry.stdout, dry.stdout
    assert "row 2: new person" in dry.stdout, dry.stdout


def test_a_first_y_that_may_be_the_hamza_s_seat_is_still_partly_her_name():
    # Not a sister's name: ياواز for ئاواز, whose seat a list wrote as y. Read as a consonant
    # alone, Yawaz against ئاواز fell to 0.64 (given mismatch, the pair scored 0.59); it stays
    # partly alike in any script, asked about (its duplicates and import: tests/test_duplicates_
    # given_name_first_letter_apart.py).
    for seat, plain in product(("ياواز", "یاواز", "Yawaz", "Yaawaz"), ("ئاواز", "اواز", "Awaz")):
        assert 0.70 <= text_sim(seat, plain) < MATCH_AT, (seat, plain)


def test_a_latin_list_s_yawaz_is_asked_about_against_her_arabic_record(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "ئاواز", "--father", "أحمد", "--grandfather", "جميل",
                "--family", "مندكاني", "--sex", "F", "--born", "1977", "--village", "Jidala")
    assert added.returncode == 0, added.stderr
    header = ["Given", "Father", "Grandfather", "Family", "Sex", "Born", "Village"]
    lst = write_csv(tmp_path / "list.csv", header,
                    [["Yawaz", "Ahmad", "Jamil", "Mandakani", "F", "1977", "Jidala"]])
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "row 2: probable match with SNJ-00001" in dry.stdout, dry.stdout
