"""Scoring two records as the same person: names across scripts, missing and shifted parts,
siblings, sex and birth year, and the per-field explanation the user reads."""

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.matching.namesim import word_sim
from app.matching.score import Verdict, score_persons
from app.text.normalize import tokens


def person(given="", father="", grandfather="", family="", mother="", sex=Sex.UNKNOWN,
           birth="", village="", aliases=()):
    p = Person(sex=sex, origin_village=village, aliases=list(aliases))
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather), (NamePart.FAMILY, family),
                       (NamePart.MOTHER, mother)):
        if text:
            p.name(part).put(text)
    if birth:
        p.birth = FuzzyDate.parse(birth)
    return p


def field(result, name):
    return next(f for f in result.fields if f.field == name)


def test_arabic_record_and_its_english_spelling_are_the_same_person():
    a = person("خليل", "الياس", "حسن", sex=Sex.MALE)
    b = person("Khaleel", "Elias", "Hassan", sex=Sex.MALE)
    r = score_persons(a, b)
    assert r.score > 0.9
    assert [field(r, p).verdict for p in ("given", "father", "grandfather")] == [Verdict.MATCH] * 3


def test_kurmanji_spelling_matches_arabic():
    r = score_persons(person("خليل", "الياس", "حسن"), person("Xelîl", "Îlyas", "Hesen"))
    assert r.score > 0.9


def test_kurmanji_x_stands_for_ghain_as_well_as_kha():
    # Kurmanji writes غ and خ alike as x: Xezal is غزال and Xelîl is خليل.
    assert word_sim("xezal", "غزال") >= 0.85
    assert word_sim("xelil", "خليل") >= 0.85
    assert word_sim("xezal", "هزال") < 0.85  # x is still not a plain h


def test_sisters_are_not_proposed_as_one_person():
    a = person("نادية", "مراد", "باسي", "طه", sex=Sex.FEMALE)
    b = person("جميلة", "مراد", "باسي", "طه", sex=Sex.FEMALE)
    r = score_persons(a, b)
    assert r.score < 0.3
    assert field(r, "given").verdict == Verdict.MISMATCH
    assert field(r, "father").verdict == Verdict.MATCH


def test_missing_grandfather_is_blank_not_mismatch():
    r = score_persons(person("Khalil", "Ilyas", "Hasan"), person("Khalil", "Ilyas"))
    assert field(r, "grandfather").verdict == Verdict.BLANK
    assert field(r, "grandfather").left == "Khalil" or field(r, "grandfather").left == "Hasan"
    # less evidence, less confidence, still a strong proposal
    full = score_persons(person("Khalil", "Ilyas", "Hasan"), person("Khalil", "Ilyas", "Hasan"))
    assert 0.6 < r.score < full.score


def test_whole_name_typed_into_the_given_name_column():
    a = person("Khalil Ilyas Hasan")
    b = person("خليل", "الياس", "حسن")
    assert score_persons(a, b).score > 0.9


def test_different_sex_or_distant_birth_year_lowers_the_score():
    base = score_persons(person("Khalil", "Ilyas", "Hasan", sex=Sex.MALE, birth="1990"),
                         person("Khalil", "Ilyas", "Hasan", sex=Sex.MALE, birth="1990"))
    other_sex = score_persons(person("Khalil", "Ilyas", "Hasan", sex=Sex.MALE),
                              person("Khalil", "Ilyas", "Hasan", sex=Sex.FEMALE))
    older = score_persons(person("Khalil", "Ilyas", "Hasan", birth="1990"),
                          person("Khalil", "Ilyas", "Hasan", birth="1960"))
    assert other_sex.score < base.score - 0.2
    assert older.score < base.score - 0.2
    assert field(other_sex, "sex").verdict == Verdict.MISMATCH
    assert field(older, "birth").verdict == Verdict.MISMATCH


def test_about_a_year_overlaps_the_exact_year():
    r = score_persons(person("Nadia", "Murad", birth="about 1993"),
                      person("Nadia", "Murad", birth="1994"))
    assert field(r, "birth").verdict == Verdict.MATCH


def test_explanation_shows_both_values_and_serialises():
    r = score_persons(person("خليل", "الياس", village="Kocho"),
                      person("Khalil", "Elias", village="كوجو"))
    given = field(r, "given")
    assert (given.left, given.right) == ("خليل", "Khalil")
    assert field(r, "village").verdict == Verdict.MATCH
    d = r.to_dict()
    assert d["fields"][0] == {"field": "given", "verdict": "match", "left": "خليل",
                              "right": "Khalil", "similarity": round(given.similarity, 3)}
    assert "given match" in r.summary() and "blank" not in r.summary()


def test_alias_of_one_record_can_stand_for_the_given_name_of_the_other():
    a = person("Khalo", "Ilyas", "Hasan")
    b = person("Khalil", "Ilyas", "Hasan", aliases=["Khalo"])
    plain = score_persons(person("Khalo", "Ilyas", "Hasan"), person("Khalil", "Ilyas", "Hasan"))
    assert score_persons(a, b).score > plain.score


def test_known_different_names_stay_apart():
    assert word_sim("khidir", "haidar") < 0.85   # خضر is not حيدر
    assert word_sim("حسن", "حسين") < 0.85
    assert word_sim("خليل", "jamil") < 0.6


def test_a_birth_range_of_many_years_does_not_disagree_but_is_no_match_either():
    """An age from a list that does not say when it was given spans a dozen years: it agrees
    with too much to count as a match; "about 1998" still does."""
    wide = person("Asmaa", "Ibrahim", "Khalaf")
    wide.birth = FuzzyDate.year_range(1990, 2003, "age 23, year not given")
    exact = person("Asmaa", "Ibrahim", "Khalaf", birth="2001")
    assert field(score_persons(wide, exact), "birth").verdict == Verdict.PARTIAL
    close = score_persons(person("Asmaa", "Ibrahim", "Khalaf", birth="about 2000"), exact)
    assert field(close, "birth").verdict == Verdict.MATCH


def test_sisters_whose_names_differ_by_a_y_are_not_one_given_name():
    """Nada and Nadia (ندى, نادية), Rana and Rania (رنا, رانيا) are sisters' names: the i
    before a vowel is the consonant y, not a vowel a transliterator adds."""
    for a, b in (("Nada", "Nadia"), ("Nada", "نادية"), ("ندى", "Nadia"), ("Rana", "Rania"),
                 ("Lama", "Lamia")):
        r = score_persons(person(a, "Murad", family="Taha", sex=Sex.FEMALE, birth="1993"),
                          person(b, "Murad", family="Taha", sex=Sex.FEMALE, birth="1993"))
        assert field(r, "given").verdict != Verdict.MATCH, (a, b)
    for a, b in (("Nadia", "Nadya"), ("Nadiya", "نادية"), ("Ilyas", "Elias"), ("Ziad", "زياد"),
                 ("Yasmin", "ياسمين"), ("Dunya", "دنيا")):
        assert word_sim(*(w.casefold() for w in (a, b))) >= 0.85, (a, b)


def test_the_spellings_of_wiam_are_one_given_name():
    # وئام: the ئ is the y between i and a; Weam writes that i as e.
    for a, b in (("Wiam", "Weam"), ("Weam", "وئام"), ("Wi'am", "Weam"), ("Weaam", "Wiyam")):
        r = score_persons(person(a, "Khalil", "Elias", sex=Sex.FEMALE),
                          person(b, "Khalil", "Elias", sex=Sex.FEMALE))
        assert field(r, "given").verdict == Verdict.MATCH, (a, b)


def test_sisters_whose_names_differ_by_a_vowel_inside_are_not_one_given_name():
    """Basima and Basma (باسمة, بسمة), Nadira and Nadra, Samira and Samra, Salima and Salma:
    one has a vowel between two consonants inside the name where the other has none. Sisters
    carry such names; a person looks at the pair (the given name stays a partial match)."""
    for a, b in (("Basima", "Basma"), ("Nadira", "Nadra"), ("Samira", "Samra"),
                 ("Salima", "Salma"), ("Basima", "Besma"), ("باسمة", "بسمة"), ("عادلة", "عدلة"),
                 ("Adila", "Adla")):
        r = score_persons(person(a, "Khalil", "Elias", sex=Sex.FEMALE),
                          person(b, "Khalil", "Elias", sex=Sex.FEMALE))
        assert field(r, "given").verdict == Verdict.PARTIAL, (a, b)
    # Spellings of one name add and drop vowels elsewhere: at the start (Mhamed, Sleman,
    # Brahim), beside another vowel (Lyla), before the last consonant (Khidr, Salh).
    for a, b in (("Layla", "Laila"), ("Layla", "Lyla"), ("Khalil", "Khaleel"), ("Hasan", "Hassan"),
                 ("Mohammed", "Mhamed"), ("Suleiman", "Sleman"), ("Khidir", "Khidr"),
                 ("Ibrahim", "Brahim"), ("Salih", "Salh"), ("Basima", "باسمة"), ("Basma", "بسمة"),
                 ("Fatima", "فاطمة"), ("Khalida", "خالدة")):
        assert word_sim(*(w.casefold() for w in (a, b))) >= 0.90, (a, b)


def test_a_spelling_in_the_other_script_does_not_hide_what_one_script_shows():
    """Her record holds باسمة and Basima. A row's Basma agrees with باسمة (Arabic leaves the
    short i out) and بسمة with Basima (Latin does not mark the long a); against her own
    spelling in the same script either is another name, perhaps her sister's."""
    def named(*givens):
        p = person("", "Khalil", "Elias", sex=Sex.FEMALE)
        for g in givens:
            p.name(NamePart.GIVEN).put(g)
        return p

    basima = named("باسمة", "Basima")
    for row in (("Basma",), ("بسمة",), ("بسمة", "Basma"), ("Besma",)):
        assert field(score_persons(named(*row), basima), "given").verdict == Verdict.PARTIAL, row
    for row in (("Basima",), ("باسمة",), ("باسمة", "Basma"), ("BASIMA",)):
        assert field(score_persons(named(*row), basima), "given").verdict == Verdict.MATCH, row
    # A vowel lost in one script is outweighed by the same spelling in the other.
    assert field(score_persons(named("جميلة", "Jamla"), named("جميلة", "Jamila")),
                 "given").verdict == Verdict.MATCH


def test_arabic_sisters_names_a_long_vowel_apart_are_never_one_name_by_their_latin():
    """Her record holds ساهرة and Sahira. A row's سهيرة (Suhaira, her sister) agreed with
    Sahira, which Arabic may write so, and was taken for her as certain (given match 0.99):
    the two Arabic spellings, which differ in the long vowels inside, say they are two names
    (two vowels apart, سهيرة and ساهرة agree less than partly). The same for سمرة against
    سميرة / Samira, بسيمة against بسمة / Basma. A doubled letter (داود, داوود) is one name, the
    names' last letters (ليلى, ليلا) are spellings, and names that do not end in ة keep their
    short spellings (ابرهيم, اسمعيل, جهان, شرين): the rule neither lowers nor raises them."""
    def named(*givens):
        p = person("", "Salo", "Yousif", sex=Sex.FEMALE)
        for g in givens:
            p.name(NamePart.GIVEN).put(g)
        return p

    for row, vault in ((("سهيرة",), ("ساهرة", "Sahira")), (("سمرة",), ("سميرة", "Samira")),
                       (("بسيمة",), ("بسمة", "Basma")), (("بسيمه",), ("بسمة", "Basma"))):
        r = score_persons(named(*row), named(*vault))
        assert field(r, "given").verdict == (
            Verdict.MISMATCH if row == ("سهيرة",) else Verdict.PARTIAL), row
        assert r.score < 0.975, row  # never certain: asked about, or another person
    for row, vault in ((("داوود",), ("داود", "Dawud")), (("ليلا",), ("ليلى", "Layla")),
                       (("نادية",), ("ناديا", "Nadia")), (("ساهره",), ("ساهرة", "Sahira"))):
        assert field(score_persons(named(*row), named(*vault)),
                     "given").verdict == Verdict.MATCH, row
    from app.matching.score import forms_sim
    for a, b in (("ابراهيم", "ابرهيم"), ("اسماعيل", "اسمعيل"), ("جيهان", "جهان"),
                 ("شيرين", "شرين"), ("خالد", "خلود")):
        assert forms_sim((a,), (b,), True, True) == forms_sim((a,), (b,)), (a, b)


def test_a_latin_name_without_the_long_vowel_arabic_writes_is_her_sisters_name():
    """A list's Salma against a record of سليمة (Salima) alone, with every other name alike,
    was a given-name match (0.89) and a certain one: two sisters of one list became one
    record, and a list's Basma updated her sister بسيمة's. Arabic writes a long vowel; Latin
    writes every vowel: a Latin spelling with none there is the other name. A short vowel
    Arabic leaves out said nothing at first (Basima against بسمة was a match); but the name's
    pattern says there is none (بسمة is Basma, CaCCa), and a tester's Arabic بسمة became a
    certain update of a record known only as Basima (namesim.pattern_apart): now asked. The
    Latin spellings that have the vowel are hers."""
    def named(*givens):
        p = person("", "Hajji", "Khalaf", "Haskani", sex=Sex.FEMALE)
        for g in givens:
            p.name(NamePart.GIVEN).put(g)
        return p

    for row, vault in ((("Salma",), ("سليمة",)), (("Basma",), ("بسيمة",)),
                       (("Samra",), ("سميرة",)), (("Amna",), ("أمينة",)),
                       (("سليمة",), ("Salma",)), (("Basima",), ("بسمة",))):
        r = score_persons(named(*row), named(*vault))
        assert field(r, "given").verdict == Verdict.PARTIAL, row
        assert r.score < 0.975, row  # never certain: asked about
    for row, vault in ((("Salima",), ("سليمة",)), (("Basma",), ("بسمة",)),
                       (("Fatma",), ("فاطمة",)), (("Khalida",), ("خالدة",)),
                       (("Nadya",), ("نادية",)), (("Cemîle",), ("جميلة",)),
                       (("Salma",), ("سليمة", "Salma"))):  # her own Latin spelling: hers
        assert field(score_persons(named(*row), named(*vault)),
                     "given").verdict == Verdict.MATCH, row


def test_the_long_vowel_rule_fires_on_almost_no_real_spelling_of_one_name():
    """Of the real Arabic-English pairs of one name ending in ة (the development set's
    training part), the rule above reads at most a handful as two names."""
    from pathlib import Path

    from app.matching.namesim import long_vowel_unseen, text_tokens
    data = Path(__file__).resolve().parents[2] / "shared/data/names-ar-en/ar2en-train.txt"
    if not data.exists():
        import pytest
        pytest.skip("../shared is not beside this clone")
    pairs = [line.rstrip("\n").split("\t") for line in data.open(encoding="utf-8")]
    feminine = [(ar, en) for ar, en in pairs
                if len(text_tokens(ar)) == 1 and text_tokens(ar)[0].endswith("ه")]
    assert len(feminine) > 400
    assert sum(long_vowel_unseen(ar, en) for ar, en in feminine) <= 2


QASIM = ("Qasim", "Kasim", "Qassim", "Qasem", "قاسم")
KARIM = ("Karim", "Kareem", "Kerîm", "كريم")


def folded(name: str) -> str:
    return tokens(name)[0]


def test_names_one_consonant_apart_are_different_names():
    """Qasim and Karim (قاسم, كريم) differ by one consonant, s against r, which no spelling
    swaps: they are two names, not one spelt two ways. Their own spellings stay one name."""
    for a in QASIM:
        for b in KARIM:
            assert word_sim(folded(a), folded(b)) < 0.7, (a, b)
    for spellings in (QASIM, KARIM):
        for a in spellings:
            for b in spellings:
                assert word_sim(folded(a), folded(b)) >= 0.9, (a, b)
    for a, b in (("Samira", "Sahira"), ("Jalal", "Dalal"), ("Basim", "Qasim")):
        assert word_sim(folded(a), folded(b)) < 0.7, (a, b)


def test_cousins_whose_fathers_are_qasim_and_karim_are_not_one_person():
    """Two brothers' daughters, both Nadia, same grandfather and clan: the fathers' names
    disagree, they do not half agree."""
    r = score_persons(person("Nadia", "Qasim", "Khalaf", "Haskani", sex=Sex.FEMALE),
                      person("Nadia", "Karim", "Khalaf", "Haskani", sex=Sex.FEMALE))
    assert field(r, "father").verdict == Verdict.MISMATCH


BROTHER_SISTER = (("Jamil", "Jamila"), ("Jamil", "جميلة"), ("جميل", "جميلة"), ("عادل", "Adla"),
                  ("Adel", "عدلة"), ("Khalil", "Khalila"), ("Samir", "سميرة"), ("Aziz", "عزيزة"),
                  ("Cemîl", "Cemîle"), ("جميل", "Cemîle"), ("Ferîd", "فريدة"), ("خليل", "Xelîle"),
                  ("Samir", "Semîre"), ("Jamil", "Jamilah"), ("Khalil", "Khaleelah"),
                  ("جميل", "Jamileh"))


def test_a_brothers_name_and_his_sisters_agree_only_partly_and_lean_apart():
    """Jamil and Jamila (جميل, جميلة) share every consonant; the feminine ending makes the
    sister's name, written a, ة, ah, eh or in Kurmanji e (Cemîle, Xelîle). With the same
    father, grandfather and clan and no sex on one record, the pair was proposed as one person
    at 0.99 (twins: the same birth year); Xelîle in a list was a certain match to her brother
    Khalil. Now the given names agree only partly, and count against one person."""
    for brother, sister in BROTHER_SISTER:
        r = score_persons(person(brother, "Elias", "Khudeda", "Samouki", sex=Sex.MALE,
                                 birth="1999"),
                          person(sister, "ئیلیاس", "خديدا", "السموقي", birth="1999"))
        assert field(r, "given").verdict == Verdict.PARTIAL, (brother, sister)
        assert r.score < 0.87, (brother, sister)  # not proposed as a likely duplicate


def test_a_lost_ending_is_asked_about_never_certain_whatever_the_sex_column_says():
    """"Jamil" typed for Jamila in a list with no sex column, every other field agreeing: asked
    about, where the rule's first version made her a new person without a word. And a sex
    column is no proof either way ("Jamila, M" went to her brother Jamil as certain)."""
    jamila = person("جميلة", "حسن", "رشو", "حسكاني", sex=Sex.FEMALE, birth="1999",
                    village="Kocho")
    r = score_persons(person("Jamil", "Hassan", "Rasho", "Haskani", birth="1999",
                             village="Kocho"), jamila)
    assert field(r, "given").verdict == Verdict.PARTIAL
    assert 0.83 <= r.score < 0.975  # a probable match: import asks about it
    jamil = person("جميل", "حسن", "رشو", "حسكاني", sex=Sex.MALE, birth="1999", village="Kocho")
    r = score_persons(person("Jamila", "Hassan", "Rasho", "Haskani", sex=Sex.MALE,
                             birth="1999", village="Kocho"), jamil)
    assert field(r, "given").verdict == Verdict.PARTIAL and r.score < 0.975


def test_a_name_ending_in_a_consonant_read_as_h_keeps_its_spellings():
    """Only a final a marks the feminine: Sabah (صباح) and Taha (طه) end in a consonant of the
    name, Jalal is not Jala's brother, a Kurmanji ê is the ending a name is called by (Gulê is
    Gul), a compound's joining vowel is no sister's name (Nûredîn is Nour al-Din), and a
    name's own spellings stay one name."""
    for a, b in (("Sabah", "صباح"), ("Hamza", "حمزة"), ("Jamila", "جميله"), ("Jamilah", "جميلة"),
                 ("Musa", "موسى"), ("Haifa", "هيفاء"), ("Cemîle", "جميلة"), ("Xelîl", "خليل"),
                 ("Gulê", "Gul"), ("Nazê", "ناز"), ("Nûredîn", "Nour al-Din"),
                 ("Nuraddin", "نورالدين")):
        r = score_persons(person(a, "Elias"), person(b, "Elias"))
        assert field(r, "given").verdict == Verdict.MATCH, (a, b)
    r = score_persons(person("Taha", "Elias"), person("طه", "Elias"))
    assert field(r, "given").verdict != Verdict.MISMATCH  # partial, as before: two letters
    r = score_persons(person("Jalal", "Elias"), person("Jala", "Elias"))
    assert field(r, "given").verdict != Verdict.MISMATCH


def test_a_brothers_alias_does_not_stand_for_his_sisters_name():
    """Samir, known also as Sameer, against his twin sister Samira: the alias is his name
    spelt otherwise and meets hers no better than his name does. Before, it made the given
    names a partial agreement and the twins a likely duplicate at 0.99."""
    samir = person("سمير", "خلف", "رشو", "حسكاني", sex=Sex.MALE, birth="2002",
                   aliases=("Sameer", "Samir"))
    samira = person("سميرة", "خلف", "رشو", "حسكاني", sex=Sex.FEMALE, birth="2002",
                    aliases=("Samira",))
    r = score_persons(samira, samir)
    assert field(r, "given").verdict == Verdict.PARTIAL  # her name against his, not his alias
    assert r.score < 0.5


def test_sisters_a_vowel_apart_and_years_apart_are_not_a_likely_duplicate():
    """Basima (1995) and Basma (1999), daughters of one father and mother: the given names'
    partial agreement is what sisters' names look like, so it does not outweigh four years
    between their births. Before, the pair was a likely duplicate at 0.95."""
    kin = dict(father="شيخو", grandfather="مراد", family="قيراني", mother="خاتون", sex=Sex.FEMALE,
               village="Kocho")
    r = score_persons(person("باسمة", birth="1995", **kin), person("بسمة", birth="1999", **kin))
    assert field(r, "given").verdict == Verdict.PARTIAL
    assert r.score < 0.87
    # One woman whose name lost its vowel in one list still scores high, and is asked about.
    same = score_persons(person("باسمة", birth="1995", **kin), person("بسمة", birth="1995", **kin))
    assert same.score > 0.95
