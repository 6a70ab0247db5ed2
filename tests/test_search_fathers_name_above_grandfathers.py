"""Search ranks a woman whose father's name is the query's second word above one whose
grandfather's is: "Wafa Samir" is told as given and father. And a word found in one of her
aliases (her whole name spelt another way) is her own name, not out of place: Wafaa Samir, whose
alias "Wafa Sameer" fits "Wafa" exactly, had come below Wafaa Biso Samir."""

import pytest

from app.domain.person import NamePart, Person, Sex


@pytest.fixture(params=["in the database", "held in memory"])
def session(request, session):
    """Ranked in SQL (one-off searches) and over postings held in memory (search as you type)."""
    if request.param == "held in memory":
        session.search.warm()
    return session


def make(session, aliases=(), **names):
    p = Person(sex=Sex.FEMALE)
    for part, text in names.items():
        for form in text.split("/"):
            p.name(NamePart(part)).put(form)
    p.aliases.extend(aliases)
    return session.persons.create(p).case_no


@pytest.fixture
def two_wafaas(session):
    daughter = make(session, given="وفاء/Wafaa", father="سمير/Samir", grandfather="بشار/Bashar",
                    family="بير/Pir", aliases=["Wafa Sameer Bashar Peer"])
    granddaughter = make(session, given="وفاء/Wafaa", father="بيسو/Biso",
                         grandfather="سمير/Samir", family="فقير/Faqir")
    return session, daughter, granddaughter


@pytest.mark.parametrize("typing", [False, True])
@pytest.mark.parametrize("query", ["Wafa Samir", "Wafaa Samir", "وفاء سمير"])
def test_given_and_fathers_name_rank_above_given_and_grandfathers(two_wafaas, query, typing):
    session, daughter, granddaughter = two_wafaas
    found = session.search.search(query, typing=typing)
    order = [r.case_no for r in found]
    assert order[:2] == [daughter, granddaughter], query
    assert found[0].score > found[1].score, query


def test_a_word_found_in_her_alias_counts_as_her_given_name(session):
    """A one-word alias hit ranks like the given name it spells: not below a near spelling."""
    exact = make(session, given="Wafaa", father="Samir", aliases=["Wafa Sameer"])
    near = make(session, given="Wafaa", father="Samir")
    found = session.search.search("Wafa Samir", typing=False)
    assert [r.case_no for r in found[:2]] == [exact, near]
