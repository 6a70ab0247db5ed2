"""A given name beginning with a written ي or Y is not one beginning with an alif: يسرى (Yusra) is
not إسراء (Israa), often her sister's name. Israa's record (إسراء, Israa) took a list's يسرى
with her father, grandfather and village as a certain update: the Latin Israa read like يسرى
(0.97). Now the two given names agree at most partly, so the row is asked about. The spellings
of each name still meet (يسرى, يسرا, Yusra, Yousra, Yisra; إسراء, اسراء, اسرا, Israa, Esraa,
Isra; إيمان, ايمان, Iman), and the pairs stay in one block, as on main."""

from itertools import combinations, product

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.importing.dedupe import CERTAIN
from app.matching.blocking import candidate_pairs, find_duplicates, keys_and_mask
from app.matching.namesim import text_sim
from app.matching.score import MATCH_AT, PARTIAL_AT, forms_sim, score_persons
from tests.import_helpers import cli, write_csv

YUSRA = ("يسرى", "يسرا", "Yusra", "Yousra", "Yisra")
ISRAA = ("إسراء", "اسراء", "اسرا", "Israa", "Esraa", "Isra")
IMAN = ("إيمان", "ايمان", "Iman")
# Israa's record as the vault keeps it: her name in both scripts.
ISRAA_RECORDS = tuple(product(ISRAA[:3], ISRAA[3:]))


def arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def woman(*given: str) -> Person:
    """A woman of Kocho with her father and grandfather, in the given name's script(s)."""
    p = Person(sex=Sex.FEMALE, birth=FuzzyDate.parse("1998"), origin_village="Kocho")
    scripts = {arabic(g) for g in given}
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, ("خليل", "Khalil")),
                       (NamePart.GRANDFATHER, ("حسن", "Hassan"))):
        for t in text:
            if arabic(t) in scripts:
                p.name(part).put(t)
    return p


def test_a_list_s_yusra_agrees_at_most_partly_with_israa_s_record():
    # On main Israa's Latin spelling read like the Arabic يسرى (0.97): a given-name match.
    for yusra, israa in product(YUSRA, ISRAA_RECORDS):
        sim = forms_sim(israa, (yusra,), True, True)
        assert sim < MATCH_AT, (yusra, israa, sim)


def test_a_written_y_against_a_written_alif_is_at_most_partly_alike():
    # Arabic ي against an alif or a Latin I, E; Latin Y against an alif or a Latin I or E. Not
    # Kurmanji's Ê, the ye of يزدا (Êzda: tests/test_match_first_y_kurmanji_vowel.py).
    for yusra, israa in product(YUSRA, ISRAA):
        assert forms_sim((israa,), (yusra,), True, True) < MATCH_AT, (yusra, israa)


def test_a_record_s_only_latin_israa_is_not_a_certain_match_for_a_list_s_yusra():
    # On round 2 of the fix a record holding only Israa or Esraa took an Arabic-only يسرى at 0.996.
    for yusra, israa in product(("يسرى", "يسرا"), ("Israa", "Esraa", "Isra")):
        s = score_persons(woman(yusra), woman(israa))
        given = next(f for f in s.fields if f.field == "given")
        assert given.verdict != "match", (yusra, israa, s.summary())
        assert s.score < CERTAIN or s.merge_doubts(), (yusra, israa, s.summary())


def test_her_sister_s_record_is_not_her_given_name_matched():
    for yusra, israa in product(YUSRA, ISRAA_RECORDS):
        s = score_persons(woman(yusra), woman(*israa))
        given = next(f for f in s.fields if f.field == "given")
        assert given.verdict != "match", (yusra, israa, s.score)
        assert "given" in [f.field for f in s.merge_doubts()], (yusra, israa)
        assert s.score < CERTAIN or s.merge_doubts(), (yusra, israa)


def test_each_name_s_spellings_still_meet():
    for name in (YUSRA, ISRAA, IMAN):
        for a, b in combinations(name, 2):
            assert text_sim(a, b) >= MATCH_AT, (a, b)
            s = score_persons(woman(a), woman(b))
            assert not s.merge_doubts(), (a, b)


def test_names_beginning_with_y_still_meet_their_latin_spellings():
    for ar, latin in (("يزيد", "Yazid"), ("يحيى", "Yahya"), ("يوسف", "Yousif"),
                      ("ياسمين", "Yasmin"), ("يونس", "Younis"), ("يعقوب", "Yaqub")):
        assert forms_sim((ar,), (latin,), True, True) >= MATCH_AT, (ar, latin)


def test_duplicates_offers_the_sisters_only_as_a_question():
    people = {1: woman("إسراء", "Israa"), 2: woman("اسراء", "Esraa"), 3: woman("يسرى"),
              4: woman("Yusra", "يسرى"), 5: woman("Yisra"), 6: woman("Israa")}
    found = {(a, b): score for a, b, score in find_duplicates(people, threshold=0.5)}
    one_name = {(1, 2), (1, 6), (2, 6), (3, 4), (3, 5), (4, 5)}
    assert one_name <= set(found), found
    for (a, b), score in found.items():
        if (a, b) not in one_name:
            s = score_persons(people[a], people[b])
            assert s.score < CERTAIN and s.merge_doubts(), (a, b, score)


def test_the_sisters_are_still_in_one_block():
    # As on main: the pair is scored, so a list's Yusra is asked about, never silently added.
    for yusra, israa in product(("يسرى", "يسرا"), ISRAA_RECORDS):
        keyed = [(1, *keys_and_mask(woman(*israa))), (2, *keys_and_mask(woman(yusra)))]
        assert list(candidate_pairs(keyed)) != [], (yusra, israa)


def test_an_arabic_list_row_for_yusra_is_asked_about_not_an_update_of_israa(tmp_path):
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
    assert "given partial: يسرى / إسراء / Israa" in matched.stdout, matched.stdout
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "certain match with" not in dry.stdout, dry.stdout
    assert "row 2: probable match with SNJ-00001" in dry.stdout, dry.stdout


def test_a_first_y_that_may_be_the_hamza_s_seat_is_still_partly_her_name():
    # Not a sister's name: ياواز for ئاواز, whose seat a list wrote as y: partly alike in any
    # script, asked about, as on main (its duplicates and import: tests/test_duplicates_given_
    # name_first_letter_apart.py).
    for seat, plain in product(("ياواز", "یاواز", "Yawaz", "Yaawaz"), ("ئاواز", "اواز", "Awaz")):
        assert PARTIAL_AT <= forms_sim((seat,), (plain,), True, True) < MATCH_AT, (seat, plain)


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


def test_an_arabic_list_row_for_yusra_is_asked_about_against_a_latin_only_israa(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "Israa", "--father", "Khalil", "--grandfather",
                "Hassan", "--sex", "F", "--born", "1998", "--village", "Kocho", "--status", "missing")
    assert added.returncode == 0, added.stderr
    lst = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد", "القرية"],
                    [["يسرى", "خليل", "حسن", "انثى", "1998", "كوجو"]])
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "row 2: probable match with SNJ-00001" in dry.stdout, dry.stdout
