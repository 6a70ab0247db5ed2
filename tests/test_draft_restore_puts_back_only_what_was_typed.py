"""A record's draft put back on her record as saved now: only the fields typed in it (against her
record as its page read it, which the draft carries), a field changed on both sides a conflict."""

from __future__ import annotations

import copy

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.draft_merge import SAVED, TYPED, three_way


def _her(session) -> Person:
    return session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia"),
                                                NamePart.FATHER: NameText("", "Khalaf")},
                                         sex=Sex("F"), origin_village="Kocho"))


def _saved_elsewhere(session, case_no: str, **fields) -> Person:
    """What another window, a command or an import saves meanwhile."""
    p = session.persons.get(case_no)
    for k, v in fields.items():
        setattr(p, k, v)
    return session.persons.update(p)


def test_a_draft_carries_her_record_as_its_page_read_it(session):
    base = _her(session)
    typed = copy.deepcopy(base)
    typed.last_known_location = "al-Hol camp"
    session.drafts.keep_person(typed, base)
    assert session.drafts.person_base(base.case_no).notes == base.notes
    assert session.drafts.person_base(base.case_no).version == base.version
    assert session.drafts.person(base.case_no).last_known_location == "al-Hol camp"
    session.drafts.discard_person(base.case_no)
    assert session.drafts.person_base(base.case_no) is None


def test_what_was_saved_since_stays_and_only_the_typed_fields_come_back(session):
    base = _her(session)
    typed = copy.deepcopy(base)
    typed.last_known_location = "al-Hol camp"
    now = _saved_elsewhere(session, base.case_no, notes="her mother called from Hasakah",
                           aliases=["Hevi"], abduction_date=FuzzyDate.parse("03/08/2014"))
    merged = three_way(base, typed, now)
    assert merged.conflicts == [] and merged.typed == ["last_known_location"]
    p = merged.person
    assert (p.notes, p.aliases, p.abduction_date.text) == ("her mother called from Hasakah",
                                                           ["Hevi"], now.abduction_date.text)
    assert p.last_known_location == "al-Hol camp" and p.version == now.version


def test_a_name_an_import_added_is_not_erased_nor_asked_about(session):
    base = _her(session)
    typed = copy.deepcopy(base)
    typed.notes = "aunt says she was moved"
    now = session.persons.get(base.case_no)
    now.names[NamePart.MOTHER] = NameText("", "Guleqa")
    now = session.persons.update(now)
    p = three_way(base, typed, now).person
    assert p.names[NamePart.MOTHER].latin == "Guleqa" and p.notes == "aunt says she was moved"


def test_a_field_changed_on_both_sides_is_a_conflict_kept_as_saved_until_chosen(session):
    base = _her(session)
    typed = copy.deepcopy(base)
    typed.notes, typed.held_by = "typed here", "Abu Hamza"
    now = _saved_elsewhere(session, base.case_no, notes="saved in the other window")
    merged = three_way(base, typed, now)
    assert [(c.key, c.typed, c.saved) for c in merged.conflicts] == [
        ("notes", "typed here", "saved in the other window")]
    assert merged.person.notes == "saved in the other window"  # nothing chosen for her
    assert merged.person.held_by == "Abu Hamza"
    with pytest.raises(ValueError, match="notes"):
        merged.choose({}, typed)
    assert merged.choose({"notes": TYPED}, typed).notes == "typed here"
    assert merged.choose({"notes": SAVED}, typed).notes == "saved in the other window"


def test_a_draft_kept_without_its_base_asks_about_each_field_it_holds_saved_differently_since(
        session):
    """An earlier version's draft: who changed a field that differs cannot be told; a field
    blank in it is not taken for a typed erasure (her record's value stays, unasked)."""
    base = _her(session)
    typed = copy.deepcopy(base)
    typed.held_by = "Abu Hamza"
    assert three_way(None, typed, base).typed == ["held_by"]  # her record not saved since
    now = _saved_elsewhere(session, base.case_no, notes="saved since")
    merged = three_way(None, typed, now)
    assert sorted(c.key for c in merged.conflicts) == ["held_by"]
    assert merged.person.notes == "saved since" and merged.person.held_by == ""
