"""A name spelt as Arabic spells it but with the ە a Kurdish keyboard types for ه (ەيفاء for
هيفاء) is found by its Latin spelling (Haifa), as by its Arabic one; Sorani's own ە, a
vowel, is still left out as Arabic leaves it."""


from app.matching.namesim import word_sim
from app.text.normalize import token_variants, tokens
from tests.search_engine_of import engine_of

PEOPLE = {
    1: [("given", "ەيفاء"), ("father", "ناصر"), ("grandfather", "حمو")],
    2: [("given", "Haifa"), ("father", "Salo")],
    3: [("given", "Nasser"), ("father", "Qasim")],
}


def engine():
    return engine_of(PEOPLE)


def test_kurdish_e_at_word_start_is_arabic_heh():
    # read as ه among its readings (and as a vowel too: test_sorani_open_e_read_both_ways)
    assert tokens("هيفاء")[0] in token_variants(tokens("ەيفاء")[0])
    assert word_sim(tokens("ەيفاء")[0], tokens("هيفاء")[0]) == 1.0
    assert tokens("ەيفاء Nasser")[1:] == tokens("هيفاء Nasser")[1:]


def test_sorani_vowel_e_still_read_as_before():
    assert tokens("حەسەن") == tokens("حسن")
    assert tokens("ئەحمەد") == tokens("احمد")
    assert tokens("خەدیجە") == tokens("خديجة")


def test_latin_name_finds_her():
    e = engine()
    assert 1 in [h.person_id for h in e.search("Haifa", typing=False)]
    hits = e.search("Haifa Nasser", typing=False)
    assert hits[0].person_id == 1 and hits[0].score > 0.9
