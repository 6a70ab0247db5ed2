"""The line a person deciding a probable match reads about the vault record: what is known,
nothing that is not."""

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.importing.review import card_text, person_card


def _card(**kw) -> dict:
    p = Person(names={NamePart.GIVEN: NameText("نادية", "Nadia"),
                      NamePart.FATHER: NameText("مراد", "")}, **kw)
    p.case_no = "SNJ-00007"
    return person_card(p)


def test_a_card_leaves_out_a_sex_and_a_status_that_are_not_known():
    line = card_text(_card())
    assert line == "SNJ-00007 نادية مراد / Nadia"  # not "sex: U", not "status: unknown"


def test_a_card_gives_birth_as_given_and_the_known_facts_in_order():
    p = _card(sex=Sex.FEMALE, birth=FuzzyDate.parse("about 1979"), origin_village="Kocho",
              status_events=[StatusEvent(Status.MISSING)])
    assert card_text(p) == ("SNJ-00007 نادية مراد / Nadia | sex: F | born: about 1979 | "
                            "village: Kocho | status: missing")


def test_a_card_speaks_the_words_it_is_given_for_names_and_codes():
    p = _card(sex=Sex.FEMALE, status_events=[StatusEvent(Status.IN_NEGOTIATION)])
    line = card_text(p, label=str.upper,
                     value=lambda k, v: {"F": "Female", "in_negotiation": "In negotiation"}[v])
    assert line == "SNJ-00007 نادية مراد / Nadia | SEX: Female | STATUS: In negotiation"
