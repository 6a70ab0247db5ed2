"""Search as it is typed (the desktop's box, `search`): a sun-letter article whose hyphen is typed
(Nadia as-, Nadia ash-S) is left out at once, as al- is, until the letters after it tell it from
a given name's first half; it had pulled Nadia Ashti and Nadia Asmar above Nadia ash-Shammari."""

import pytest

from app.domain.person import NamePart, Person, Sex
from app.text.normalize import tokens


@pytest.mark.parametrize("typed, words", [
    ("Nadia as-", ["nadia"]), ("Nadia ash-", ["nadia"]), ("Nadia es-", ["nadia"]),
    ("Nadia ad-", ["nadia"]), ("Nadia Eş-", ["nadia"]), ("Nadia al-", ["nadia"]),
    ("Nadia ash-S", ["nadia", "s"]), ("Nadia ath-T", ["nadia", "t"]),
    ("Nadia ash-Sh", ["nadia", "sh"]), ("Nadia as-Sa", ["nadia", "sa"]),
    # the letter after it is no sun letter of its own: a given name typed with a hyphen, one
    # word (Esmat), or a compound whose second half is still being typed (Ez-Eddin)
    ("Nadia Es-M", ["nadia", "esm"]), ("Gule Ez-E", ["gule", "ez", "e"]),
    ("Gule Ez-Ed", ["gule", "ez", "ed"]),
    ("Nadia As", ["nadia", "as"]), ("Nadia Ash", ["nadia", "ash"]),
])
def test_a_half_typed_article_is_no_word(typed, words):
    assert tokens(typed, typing=True) == words


def test_a_finished_query_is_read_as_before():
    assert tokens("Nadia as-") == ["nadia", "as"] and tokens("Nadia ash-S") == ["nadia", "ash", "s"]


@pytest.fixture(params=["in the database", "held in memory"])
def nadias(request, session):
    """Ranked in SQL and over postings held in memory (search as you type)."""
    for father, family in [("Ali", "ash-Shammari"), ("Ali", "as-Saleh"), ("Ashti", "Murad"),
                           ("Asmar", "Khalaf"), ("Esmat", "Khalaf"), ("Adnan", "Qirani")]:
        p = Person(sex=Sex.FEMALE)
        for part, text in ((NamePart.GIVEN, "Nadia"), (NamePart.FATHER, father),
                           (NamePart.FAMILY, family)):
            p.name(part).put(text)
        session.persons.create(p)
    if request.param == "held in memory":
        session.search.warm()
    return session


@pytest.mark.parametrize("typed", ["Nadia as-", "Nadia ash-", "Nadia es-", "Nadia ad-"])
def test_every_nadia_alike_while_the_article_is_typed(nadias, typed):
    found = nadias.search.search(typed)
    assert len(found) == 6 and len({round(r.score, 3) for r in found}) == 1


def test_ash_s_finds_the_families_of_s_first(nadias):
    found = nadias.search.search("Nadia ash-S")
    top = {r.name_latin.split()[-1] for r in found if r.score == found[0].score}
    assert top == {"ash-Shammari", "as-Saleh"}
