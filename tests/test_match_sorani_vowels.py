"""Sorani spelling writes the vowels Arabic spelling leaves out (خالیدە for خالدة, as Latin
Xalide does): one name in two spellings, while sisters' names a long vowel apart stay apart."""

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.namesim import apart_unseen_across, text_sim
from app.matching.score import MATCH_AT, Verdict, score_persons


def woman(given: str, latin: str = "") -> Person:
    p = Person(sex=Sex.FEMALE, origin_village="Hardan")
    for part, text in ((NamePart.GIVEN, NameText(given, latin)),
                       (NamePart.FATHER, NameText("شيخو", "Shekho")),
                       (NamePart.GRANDFATHER, NameText("دخيل", "Dakhil"))):
        p.names[part] = text
    return p


def given(a: Person, b: Person) -> Verdict:
    return next(f for f in score_persons(a, b).fields if f.field == "given").verdict


def test_a_sorani_yeh_for_a_short_vowel_is_her_name_where_her_latin_spelling_says_so():
    """خالیدە against خالدة was only partial (0.74), where Xalide was certain. Her Latin spelling
    says she has the vowel; without one nothing does (سەمیرە and سمرة are sisters' names)."""
    assert given(woman("خالیدە"), woman("خالدة", "Khalida")) == Verdict.MATCH
    assert given(woman("Xalide"), woman("خالدة", "Khalida")) == Verdict.MATCH  # as before
    assert given(woman("خالیدە"), woman("خالدة")) == Verdict.PARTIAL


def test_the_vault_in_sorani_and_the_list_in_arabic_agree_the_same():
    assert given(woman("خالدة", "Khalida"), woman("خالیدە", "Xalide")) == Verdict.MATCH
    assert given(woman("خالدة"), woman("خالیدە")) == Verdict.PARTIAL
    # و written for the short u of Husein (حوسێن), left out by Arabic (حسين): his Latin
    # spelling says so; without it, حوسێن could as well be his brother Hasan (حسن)
    assert given(woman("حوسێن"), woman("حسين", "Husein")) == Verdict.MATCH
    assert given(woman("حوسێن"), woman("حسن")) != Verdict.MATCH


def test_sorani_letters_mark_a_sorani_spelling_and_ta_marbuta_an_arabic_one():
    from app.matching.namesim import is_sorani

    assert is_sorani("خالیدە") and is_sorani("حوسێن") and is_sorani("شۆڕش")
    from app.matching.namesim import is_sorani

    assert is_sorani("علی")  # the Kurdish yeh alone
    # Arabic typed on a Kurdish keyboard: its ة says Arabic spelling, long vowels and all
    assert not is_sorani("سهیرة") and not is_sorani("خالدة") and not is_sorani("Xalide")


def test_arabic_sisters_names_a_long_vowel_apart_stay_apart():
    """The rule for Arabic spelling holds: سهيرة and ساهرة, سميرة and سمرة are two names."""
    assert apart_unseen_across("سهيرة", "ساهرة") and apart_unseen_across("سميرة", "سمرة")
    assert given(woman("سهيرة"), woman("ساهرة")) != Verdict.MATCH
    # typed with a Kurdish keyboard's yeh, still Arabic spelling
    assert given(woman("سهیرة"), woman("ساهرة")) != Verdict.MATCH


def test_a_long_alef_that_sorani_writes_still_tells_sisters_apart():
    """Sorani writes a short a as ە: its ا is a long vowel, as Arabic's is. Sahira (ساهیرە)
    is not Suhayra (سهيرة)."""
    assert apart_unseen_across("ساهیرە", "سهيرة")
    assert given(woman("ساهیرە"), woman("سهيرة")) != Verdict.MATCH


def test_her_latin_spelling_says_whether_the_sorani_yeh_is_a_vowel_she_has():
    """Samra (سمرة) has no vowel where Sorani سەمیرە (Samira, her sister) writes ی: recorded
    in Latin letters too, that spelling decides, and the sisters stay apart."""
    assert given(woman("سەمیرە"), woman("سمرة", "Samra")) != Verdict.MATCH
    assert given(woman("سمرة", "Samra"), woman("سەمیرە")) != Verdict.MATCH
    assert given(woman("سەمیرە"), woman("سميرة", "Samira")) == Verdict.MATCH


def test_two_sorani_spellings_a_vowel_apart_are_two_names():
    """Both write their vowels: سەمیرە (Samira) and سەمرە (Samra) are sisters' names."""
    assert given(woman("سەمیرە"), woman("سەمرە")) != Verdict.MATCH


@pytest.mark.parametrize("latin, arabic_script", [("Rojda", "ڕۆژدا"), ("Rojin", "ڕۆژین"),
                                                  ("Jiyan", "ژیان"), ("Rojda", "روژدا")])
def test_a_kurmanji_j_without_accents_is_the_zh_of_its_sorani_spelling(latin, arabic_script):
    """Rojda typed without Kurmanji accents against her Sorani ڕۆژدا was 'given partial' (0.84):
    asked about as perhaps her sister, and an update refused without --despite-contradiction.
    Kurmanji writes ژ as j; only a word with ê î û ş ç was read so."""
    assert text_sim(latin, arabic_script) >= MATCH_AT


@pytest.mark.parametrize("latin, arabic", [("Jamila", "جميلة"), ("Khadija", "خديجة"),
                                           ("Najla", "نجلاء")])
def test_an_english_j_is_still_the_jeem_of_arabic(latin, arabic):
    assert text_sim(latin, arabic) >= MATCH_AT


@pytest.mark.parametrize("sorani, arabic", [("سەمیرە", "سمرة"), ("حەمیدە", "حمدة"),
                                            ("سەعیدە", "سعدة"), ("خالیدە", "خالدة")])
def test_with_no_latin_spelling_a_sorani_vowel_letter_agrees_only_partly(sorani, arabic):
    """Samira's سەمیرە against her sister Samra's سمرة, every other name alike, scored 0.986, a
    certain update, when Samra's record held no Latin spelling to say she has no i there.
    Nothing else can say it: asked about (Khalida too, unless her Latin spelling says so)."""
    from app.matching.score import forms_sim
    assert forms_sim((sorani,), (arabic,), True, True) < MATCH_AT
