"""One person's name in Sorani spelling and in Arabic spelling agrees as one name where the letters
say so (حەیات and حياة: Sorani writes the t heard for the ة; یەحیا and يحيى; مەحموود and محمود), and
shares a blocking key with it; names a long vowel apart that Arabic writes too (سلێمان and سلمان,
Sleman and Salman) stay apart. The pairs are real names of Yazidi and Kurdish women and men."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.blocking import person_keys
from app.matching.namesim import text_sim
from app.matching.score import MATCH_AT, Verdict, forms_sim, score_persons
from app.text.normalize import fold_arabic

# (Sorani, Arabic): one name each, written as its language writes it
ONE_NAME = [
    ("حەیات", "حياة"),        # Hayat: Sorani writes the t of the ة after a long a
    ("نەجات", "نجاة"),        # Najat
    ("حەیات", "حياه"),        # and an Arabic list typing the ة as ه
    ("یەحیا", "يحيى"),        # Yahya: Sorani's final ا for Arabic's ى
    ("لەیلا", "ليلى"),        # Layla
    ("عیسا", "عيسى"),         # Isa
    ("مەحموود", "محمود"),     # Mahmud: Sorani's long u written twice, Arabic's once
    ("نوورە", "نورة"),        # Nura
    ("ئاسیا", "آسيا"),        # Asya: Sorani's initial ئا, Arabic's آ
    ("ئازاد", "آزاد"),        # Azad
    ("عەبدوڵڵا", "عبدالله"),  # Abdullah: Sorani's ڵڵا for Allah
    ("عەبدوڵڵا", "عبد الله"),
    ("خەیروڵڵا", "خيرالله"),  # Khairullah
    ("شیرین", "شيرين"),       # Shirin
    ("خەدیجە", "خديجة"),      # Khadija: final ە for ة
    ("زەینەب", "زينب"),       # Zainab: inner ە left out by Arabic
    ("نەسرین", "نسرين"),      # Nasrin
    ("جەمیلە", "جميلة"),      # Jamila
    ("فەریدە", "فريدة"),      # Farida
    ("ئەمینە", "أمينة"),      # Amina
    ("مەریەم", "مريم"),       # Maryam
    ("سلێمان", "سليمان"),     # Sleman: ێ is the ي Arabic writes
    ("شێخۆ", "شيخو"),         # Shekho: ۆ is the و Arabic writes
    ("کۆچەر", "كوجر"),        # Kochar
    ("حەسەن", "حسن"),         # Hasan
    ("خەلیل", "خليل"),        # Khalil
    ("ئەحمەد", "أحمد"),       # Ahmad
    ("نادیە", "نادية"),       # Nadia
    ("حەیدەر", "حيدر"),       # Haidar
]

# (Sorani, Arabic): two names, a long vowel (or a letter) apart that Arabic writes too
TWO_NAMES = [
    ("سلێمان", "سلمان"),      # Sleman, Salman
    ("حوسێن", "حسن"),         # Husein, Hasan: brothers' names
    ("سەعید", "سعد"),         # Saeed, Saad
    ("کەریم", "كرم"),         # Karim, Karam
    ("مەحموود", "محمد"),      # Mahmud, Muhammad
    ("حەسەن", "حسين"),        # Hasan, Hussein
    ("حەیات", "حياء"),        # Hayat, Haya
    ("نەجات", "نجاح"),        # Najat, Najah
    ("ڕانیا", "رنا"),         # Rania, Rana
    ("سەمیرە", "سمرة"),       # Samira, Samra: sisters' names
    ("ساهیرە", "سهيرة"),      # Sahira, Suhaira
    ("بەسیمە", "بسمة"),       # Basima, Basma
    ("نادیە", "ندى"),         # Nadia, Nada
]
# Of these, the men's names, as a father's or grandfather's name (a cousin's father)
MEN = [p for p in TWO_NAMES if p[0] in ("سلێمان", "حوسێن", "سەعید", "کەریم", "مەحموود", "حەسەن")]


def person(given: str, father: str = "", grandfather: str = "") -> Person:
    p = Person(sex=Sex.FEMALE, origin_village="Kocho")
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather)):
        if text:
            p.names[part] = NameText(text)
    return p


def given_verdict(a: str, b: str) -> Verdict:
    """The given-name verdict of two women whose other names agree letter for letter."""
    fields = score_persons(person(a, "دخيل", "حسن"), person(b, "دخيل", "حسن")).fields
    return next(f for f in fields if f.field == "given").verdict


@pytest.mark.parametrize("sorani, arabic", ONE_NAME)
def test_one_name_in_sorani_and_arabic_spelling_agrees_either_way(sorani, arabic):
    assert text_sim(sorani, arabic) >= MATCH_AT and text_sim(arabic, sorani) >= MATCH_AT
    assert forms_sim((sorani,), (arabic,), True, True) >= MATCH_AT
    assert forms_sim((arabic,), (sorani,), True, True) >= MATCH_AT
    assert given_verdict(sorani, arabic) == Verdict.MATCH
    assert given_verdict(arabic, sorani) == Verdict.MATCH


@pytest.mark.parametrize("sorani, arabic", ONE_NAME)
def test_one_name_in_sorani_and_arabic_spelling_shares_a_blocking_key(sorani, arabic):
    """Her given name alone (a list's row of nothing more), and with her father's name."""
    assert person_keys(person(sorani)) & person_keys(person(arabic))
    assert person_keys(person(sorani, "دەخیل")) & person_keys(person(arabic, "دخيل"))
    assert person_keys(person(sorani, "دەخیل", "حەسەن")) & person_keys(person(arabic, "دخيل", "حسن"))


@pytest.mark.parametrize("sorani, arabic", TWO_NAMES)
def test_two_names_a_long_vowel_apart_stay_apart_as_given_names(sorani, arabic):
    assert forms_sim((sorani,), (arabic,), True, True) < MATCH_AT
    assert forms_sim((arabic,), (sorani,), True, True) < MATCH_AT
    assert given_verdict(sorani, arabic) != Verdict.MATCH
    assert given_verdict(arabic, sorani) != Verdict.MATCH


@pytest.mark.parametrize("sorani, arabic", MEN)
def test_two_mens_names_a_long_vowel_apart_stay_apart_as_a_fathers_name(sorani, arabic):
    """سلێمان against سلمان read as a short vowel left out scored 0.97: her cousin's father
    taken for hers."""
    assert forms_sim((sorani,), (arabic,)) < MATCH_AT
    assert forms_sim((arabic,), (sorani,)) < MATCH_AT
    fields = score_persons(person("نادیە", sorani, "حەسەن"), person("نادية", arabic, "حسن")).fields
    assert next(f for f in fields if f.field == "father").verdict != Verdict.MATCH


def test_a_short_vowel_left_out_beside_a_long_one_reads_as_arabic_writes_it():
    """حوسێن (Husein) against حسن (Hasan): no nearer than Arabic's حسين against حسن (0.74),
    nor farther, as if its short و were a letter of another name."""
    assert text_sim("حوسێن", "حسن") == pytest.approx(text_sim("حسين", "حسن"))


@pytest.mark.parametrize("latin, arabic", [("Hayat", "حياة"), ("Najat", "نجاة")])
def test_a_ta_marbuta_after_a_long_a_is_read_t_in_latin_letters_too(latin, arabic):
    """Hayat against حياة was 0.68, and shared no blocking key with it."""
    assert text_sim(latin, arabic) >= MATCH_AT
    assert person_keys(person(latin)) & person_keys(person(arabic))


def test_sorani_initial_alef_and_allah_fold_as_arabic_writes_them():
    assert fold_arabic("ئاسیا") == fold_arabic("آسيا") == "اسيا"
    assert fold_arabic("ئەحمەد") == "احمد"  # as before: ئە is one alef
    assert fold_arabic("خەیروڵڵا") == "خيرالله"
