"""A query word of one letter held down ("qqqqqqqq", "xxxx") finds no one: read by its sound it
was the letter alone, and search ranked every woman whose grandfather is قاسم at 0.87, as if
near certain."""

import pytest

from app.domain.person import NamePart, Person, Sex


def _make(session, **names):
    p = Person(sex=Sex.FEMALE)
    for part, text in names.items():
        p.name(NamePart(part)).put(text)
    return session.persons.create(p).case_no


@pytest.fixture
def vault(session):
    nadia = _make(session, given="نادية", father="خليل", grandfather="قاسم", family="القيراني")
    _make(session, given="خديجة", father="حجي", grandfather="علي")
    return session, nadia


@pytest.mark.parametrize("typing", [True, False])
@pytest.mark.parametrize("query", ["qqqqqqqq", "xxxx", "ققققق", "kkk"])
def test_a_letter_held_down_finds_no_one(vault, query, typing):
    session, _ = vault
    assert session.search.search(query, typing=typing) == []


def test_beside_a_name_it_adds_nothing_and_a_slip_of_one_letter_still_finds_her(vault):
    session, nadia = vault
    assert [r.case_no for r in session.search.search("Nadia xxxx")][:1] == [nadia]
    found = session.search.search("Naaadia")
    assert found and found[0].case_no == nadia and found[0].score > 0.9
