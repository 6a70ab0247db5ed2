"""A name typed in Arabic script is not taken for another whose consonants it begins: Elias
(الياس, read without its ال as Y-S) is not Yousif, whose long vowel after the Y is another."""


from tests.search_engine_of import engine_of

PEOPLE = {
    1: [("given", "سميرة"), ("given", "Samira"), ("father", "الياس"), ("father", "Elias")],
    2: [("given", "سامية"), ("given", "Samia"), ("father", "الياس"), ("father", "Elias")],
    3: [("given", "سميرة"), ("given", "Samira"), ("father", "شاكر"), ("father", "Shakir"),
        ("grandfather", "يوسف"), ("grandfather", "Yousif")],
    4: [("given", "Yousif"), ("father", "Eido")],
    5: [("given", "Yasin"), ("father", "Eido")],
}


def engine():
    return engine_of(PEOPLE)


def test_arabic_elias_does_not_find_yousif():
    hits = engine().search("سميرة الياس")
    assert [h.person_id for h in hits][:2] == [1, 2]
    assert all(h.score < 0.6 for h in hits if h.person_id == 3)
    assert 4 not in [h.person_id for h in engine().search("الياس")]


def test_the_start_of_a_name_still_finds_the_other_script():
    e = engine()
    assert 4 in [h.person_id for h in e.search("يو")]  # Yu... for Yousif
    assert 5 in [h.person_id for h in e.search("يا")]  # Ya... for Yasin
    assert {1, 2} <= {h.person_id for h in e.search("Sami")}


def test_vowels_written_apart_are_another_name():
    from app.text.keys import phonetic_word, vowels_agree

    assert not vowels_agree(phonetic_word("ياس"), phonetic_word("yousif"))
    assert vowels_agree(phonetic_word("ياس"), phonetic_word("yasin"))
    assert vowels_agree(phonetic_word("khal"), phonetic_word("خليل"))
    assert vowels_agree(phonetic_word("ism"), phonetic_word("اسماعيل"))
