"""Of women who score alike, the one whose name is written as the query was typed comes first:
folding makes نەسرین and نسرين one word, so every Arabic-spelled Nisreen scored 1.00 with the
Sorani-spelled one typed, and ties went by case number (she came 8th of eight). Once folded
alike, a spelling that folds to the typed word comes before one only its sound fits."""

import pytest

from app.domain.person import NamePart, Person, Sex
from app.matching.typed_first import typed_ranks, written_words


@pytest.fixture(params=["in the database", "held in memory"])
def session(request, session):
    """Ranked in SQL (one-off searches) and over postings held in memory (search as you type)."""
    if request.param == "held in memory":
        session.search.warm()
    return session


def make(session, **names):
    p = Person(sex=Sex.FEMALE)
    for part, text in names.items():
        for form in text.split("/"):
            p.name(NamePart(part)).put(form)
    return session.persons.create(p).case_no


@pytest.mark.parametrize("typing", [False, True])
@pytest.mark.parametrize("typed, stored, other", [
    ("نەسرین", "نەسرین", "نسرين"),
    ("شیرین", "شیرین", "شيرين"),
    ("نسرين", "نسرين", "نەسرین"),  # the Arabic spelling typed: hers first in turn
])
def test_the_spelling_typed_comes_first_among_equal_scores(session, typing, typed, stored, other):
    others = [make(session, given=other, father=f) for f in ("خلف", "حيدر", "مراد", "الياس")]
    hers = make(session, given=stored, father="خدر")
    found = session.search.search(typed, typing=typing)
    assert [r.case_no for r in found][:5] == [hers, *others]
    assert found[0].score == found[1].score  # a tie, broken by the spelling alone


def test_the_cli_lists_her_first(cli):
    cli("init", "--prefix", "SNJ")
    for given in ("نسرين", "نسرين", "نەسرین"):
        cli("person", "add", "--given", given, "--sex", "F")
    out = cli("search", "نەسرین").stdout.splitlines()
    assert out[0].split("\t")[1] == "SNJ-00003", out


def ranks(query, typing, people):
    """people: (written, folded) of each, all tied: their ranks in order."""
    written = {i: w for i, (w, _) in enumerate(people)}
    got = typed_ranks(query, typing, [list(written)], lambda i: people[i][1],
                      lambda ids: {i: written[i] for i in ids})
    return [got[i] for i in written]


def test_a_half_typed_word_begins_her_name_as_written():
    assert ranks("نەسر", True, [(["نەسرین"], {"نسرين"}), (["نسرين"], {"نسرين"})]) == [0, 1]
    assert ranks("نەسر", False, [(["نەسرین"], {"نسرين"}), (["نسرين"], {"نسرين"})]) == [2, 2]


def test_a_latin_spelling_folded_alike_comes_before_one_its_sound_fits():
    assert ranks("nesrin", False, [(["Nesrîn"], {"nesrin"}), (["Nisreen"], {"nisreen"})]) == [1, 2]
    assert ranks("Nesrîn", False, [(["NESRÎN"], {"nesrin"}), (["Nesrin"], {"nesrin"})]) == [0, 1]


def test_written_words_keep_marks_and_drop_what_no_one_sees():
    assert written_words("Al-Dakhi \u200fنـــادية") == ("al", "dakhi", "نادية")
