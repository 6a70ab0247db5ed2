"""A given name written with a hyphen after two letters that are no article (Es-Mat, An-War,
Ad-Il) is one word, as Esmat, Anwar, Adil: its two-letter half was a name word of its own, and
the brothers Essa and Es-Mat read as one person (0.99); Ad-Il was read as "ad" alone."""

import pytest

from app.matching.score import score_persons
from app.text.normalize import tokens
from tests.test_match_clan_in_grandfather_column import person


@pytest.mark.parametrize("typed, words", [
    ("Es-Mat", ["esmat"]), ("An-War", ["anwar"]), ("Ad-Nan", ["adnan"]), ("As-Ad", ["asad"]),
    ("Ad-Il", ["adil"]), ("Es-Ra", ["esra"]),
    # not an article's place: a compound (Ez-Eddin as Ezdin), the article itself
    ("Ez-Eddin", ["ezdin"]), ("Ez-Aldin", ["ezdin"]), ("Nadia as-Saleh", ["nadia", "saleh"]),
])
def test_one_word(typed, words):
    assert tokens(typed) == words


@pytest.mark.parametrize("one, other", [("Essa", "Es-Mat"), ("Ad-Nan", "Ad-Il"),
                                        ("As-Ad", "Ad-Il"), ("Esa", "Es-Mat")])
def test_brothers_of_one_father_are_two(one, other):
    brothers = [person(g, "Khalaf", "Murad", "Haskani") for g in (one, other)]
    assert score_persons(*brothers).score < 0.5


@pytest.mark.parametrize("one, other", [("Esmat", "Es-Mat"), ("Anwar", "An-War"),
                                        ("Adil", "Ad-Il")])
def test_one_name_written_two_ways_is_one(one, other):
    assert score_persons(person(one, "Khalaf", "Murad", "Haskani"),
                         person(other, "Khalaf", "Murad", "Haskani")).score > 0.95


def test_a_name_hyphened_throughout_keeps_its_words():
    assert tokens("Nadia-Ez-Ali") == ["nadia", "ez", "ali"]
