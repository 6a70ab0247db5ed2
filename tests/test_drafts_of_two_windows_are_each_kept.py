"""Two windows locked, each with typed work (her page in edit, a New person form): each window's
draft is kept beside the other's, none replaces another's typing, and each is offered."""

from __future__ import annotations

import copy
import json

from app.domain.person import NamePart, NameText, Person
from app.drafts_lost import draft_named, typed_lost


def _her(session) -> Person:
    return session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")}))


def _typed(her: Person, **fields) -> Person:
    p = copy.deepcopy(her)
    for k, v in fields.items():
        setattr(p, k, v)
    return p


def test_each_windows_draft_of_her_record_is_kept(session):
    her = _her(session)
    a = session.drafts.keep_person(_typed(her, held_by="Abu Hamza"), her)
    b = session.drafts.keep_person(_typed(her, origin_district="Sinjar"), her)
    assert a != b
    kept = session.drafts.persons_kept(her.case_no)
    assert [(k, d.held_by, d.origin_district) for k, d, _base in kept] == [
        (a, "Abu Hamza", ""), (b, "", "Sinjar")]
    assert all(base.version == her.version for _k, _d, base in kept)
    # the page that restored them keeps one draft in their place
    session.drafts.keep_person(_typed(her, held_by="Abu Hamza", origin_district="Sinjar"), her,
                               replacing=(a, b))
    [(_k, both, _b)] = session.drafts.persons_kept(her.case_no)
    assert (both.held_by, both.origin_district) == ("Abu Hamza", "Sinjar")


def test_a_save_discards_only_the_drafts_restored_into_it(session):
    her = _her(session)
    a = session.drafts.keep_person(_typed(her, held_by="Abu Hamza"), her)
    session.drafts.keep_person(_typed(her, origin_district="Sinjar"), her)
    session.drafts.discard_person(her.case_no, (a,))
    assert [d.origin_district for _k, d, _b in session.drafts.persons_kept(her.case_no)] == ["Sinjar"]
    session.drafts.discard_person(her.case_no)
    assert session.drafts.persons_kept(her.case_no) == []


def test_deleting_her_erases_each_windows_draft(session):
    her = _her(session)
    session.drafts.keep_person(_typed(her, held_by="Abu Hamza"), her)
    b = session.drafts.keep_person(_typed(her, origin_district="Sinjar"), her)
    session.persons.delete(her.case_no, "to protect her")
    assert session.meta.get(b) is None and session.drafts.persons_kept(her.case_no) == []


def test_a_restore_names_a_second_windows_draft_by_her_case_number_and_its_fields(session):
    her = _her(session)
    session.drafts.keep_person(_typed(her, held_by="Abu Hamza"), her)
    b = session.drafts.keep_person(_typed(her, origin_district="Sinjar"), her)
    assert draft_named(b) == her.case_no
    assert typed_lost(b, session.meta.get(b), her, True, None) == ("origin_district",)
    form = session.drafts.keep_new_person({"name_given_latin": "Layla"})
    second = session.drafts.keep_new_person({"name_given_latin": "Samira"})
    assert draft_named(second) == "new person" and form != second
    assert typed_lost(second, json.dumps({"name_given_latin": "Samira"}), None, False,
                      None) == ("given.latin",)
