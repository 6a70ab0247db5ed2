"""Kurmanji's Ê is the ye Arabic writes ي: Êzda, Êzdan, Êzîd are يزدا, يزدان, يزيد, one name.
An English first I, E or A, or a Kurmanji Î, against an Arabic ي (Ezdan, يزدان; Ibrahim against a
typed يبراهيم; Îman, يمان) is asked about: read so, a record's only Latin Israa was a certain
match for a list's يسرى, her sister (tests/test_match_yusra_is_not_her_sister_israa.py). Asked,
never made a second record: the pair shares a block and is a probable match. And a name
beginning with يا is not another without it (Yazid, Zaid)."""

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.importing.dedupe import CERTAIN, PROBABLE
from app.matching.blocking import candidate_pairs, keys_and_mask
from app.matching.score import PARTIAL_AT, forms_sim, score_persons
from tests.import_helpers import cli, write_csv

# (the vault's spelling, a list's): one name.
ONE_NAME = (("Êzda", "يزدا"), ("يزدا", "Êzda"), ("Êzdan", "يزدان"), ("Êzîd", "يزيد"), ("يزيد", "Êzîd"))
# One name too, maybe, but read like يسرى against Israa: asked.
ASKED = (("يزدان", "Ezdan"), ("يزيد", "Ezid"), ("Ibrahim", "يبراهيم"), ("Îman", "يمان"))


def arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def person(given: str, sex: Sex = Sex.FEMALE) -> Person:
    """Someone of Kocho with a father and grandfather, in the given name's script."""
    father, grandfather = ("خليل", "حسن") if arabic(given) else ("Khalil", "Hassan")
    p = Person(sex=sex, birth=FuzzyDate.parse("1990"), origin_village="Kocho")
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather)):
        p.name(part).put(text)
    return p


def test_a_kurmanji_e_against_an_arabic_y_is_one_name():
    for hers, row in ONE_NAME:
        s = score_persons(person(hers), person(row))
        assert s.score >= CERTAIN and not s.merge_doubts(), (hers, row, s.summary())


def test_an_english_vowel_or_kurmanji_i_against_an_arabic_y_is_asked_about():
    for hers, row in ASKED:
        s = score_persons(person(hers), person(row))
        given = next(f for f in s.fields if f.field == "given")
        assert given.verdict == "partial", (hers, row, s.summary())
        doubts = [f.field for f in s.merge_doubts()]
        assert PROBABLE <= s.score and "given" in doubts, (hers, row, s.summary())


def test_they_share_a_block():
    for hers, row in (*ONE_NAME, *ASKED, ("ئیمان", "یمان"), ("إيمان", "يمان"), ("إسراء", "يسرى")):
        keyed = [(1, *keys_and_mask(person(hers))), (2, *keys_and_mask(person(row)))]
        assert list(candidate_pairs(keyed)) != [], (hers, row)


def test_a_sorani_y_typed_for_the_hamza_s_seat_is_asked_about():
    s = score_persons(person("ئیمان"), person("یمان"))
    given = next(f for f in s.fields if f.field == "given")
    assert given.verdict == "partial" and s.score >= 0.9, s.summary()


def test_a_name_with_a_first_ya_is_not_another_without_it():
    # Brothers (Zaid, Yazid) keep main's likeness, below partly alike.
    for a, b in (("Yazid", "Zaid"), ("Yazid", "Azad"), ("ياسمين", "أمين"), ("ياسين", "حسين"),
                 ("ياسر", "عامر")):
        assert forms_sim((a,), (b,), True, True) < PARTIAL_AT, (a, b)


def test_a_list_s_y_less_spelling_updates_her_record_or_is_asked_about(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for given, father, grandfather, sex in (("Êzda", "Khalil", "Hassan", "F"), ("يزدان", "مراد", "حسن", "F"),
                                            ("Ibrahim", "Khalil", "Hassan", "M"),
                                            ("Îman", "Qasim", "Murad", "F")):
        added = cli(tmp_path, "person", "add", "--given", given, "--father", father, "--grandfather",
                    grandfather, "--sex", sex, "--born", "1990", "--village", "Kocho")
        assert added.returncode == 0, added.stderr
    lst = write_csv(tmp_path / "list.csv", ["Given", "Father", "Grandfather", "Sex", "Born", "Village"],
                    [["يزدا", "خليل", "حسن", "F", "1990", "Kocho"],
                     ["Ezdan", "Murad", "Hassan", "F", "1990", "Kocho"],
                     ["يبراهيم", "خليل", "حسن", "M", "1990", "Kocho"],
                     ["يمان", "قاسم", "مراد", "F", "1990", "Kocho"]])
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "row 2: certain match with SNJ-00001" in dry.stdout, dry.stdout
    for row, record in ((3, 2), (4, 3), (5, 4)):
        assert f"row {row}: probable match with SNJ-0000{record}" in dry.stdout, dry.stdout
    assert "0 new persons" in dry.stdout, dry.stdout


def test_search_finds_the_y_less_spelling_first(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for given, father in (("ئيزدا", "خليل"), ("Êzda", "Hassan"), ("Êzdan", "Qasim")):
        added = cli(tmp_path, "person", "add", "--given", given, "--father", father, "--sex", "F",
                    "--born", "1995", "--village", "Kocho")
        assert added.returncode == 0, added.stderr
    for query, first in (("يزدا", "SNJ-00002"), ("يزدان", "SNJ-00003")):
        found = cli(tmp_path, "search", query)
        assert found.returncode == 0, found.stderr
        assert found.stdout.splitlines()[0].split("\t")[1] == first, found.stdout
    found = cli(tmp_path, "search", "Yezda")
    assert "SNJ-00001" in found.stdout, found.stdout


def test_a_y_typed_for_the_alif_beside_a_latin_vowel_is_her_name():
    # Her own Latin spelling says the name begins with a vowel: the ي was typed for إ.
    typed = person("يمان")
    typed.name(NamePart.GIVEN).put("IMAAN")
    s = score_persons(typed, person("إيمان"))
    assert s.score >= CERTAIN and not s.merge_doubts(), s.summary()
