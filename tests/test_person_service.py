"""Person records through the service layer: numbering, names by script, status, edits, lists."""

from __future__ import annotations

import re

import pytest

from app.domain.errors import NotFound, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.person_json import person_from_dict, person_to_dict
from db.repositories.persons import PersonFilter


def make(given_ar="نادية", given_la="Nadia", **kw) -> Person:
    return Person(names={NamePart.GIVEN: NameText(given_ar, given_la),
                         NamePart.FATHER: NameText("خليل", "Khalil")}, **kw)


def test_case_numbers_are_stable_and_sequential(session):
    a = session.persons.create(make())
    b = session.persons.create(make("ليلى", "Layla"))
    assert (a.case_no, b.case_no) == ("SNJ-00001", "SNJ-00002")
    session.persons.delete(b.case_no)
    c = session.persons.create(make("جميلة", "Jamila"))
    assert c.case_no == "SNJ-00003"  # a deleted number is never given out again


def test_a_status_told_with_no_date_is_known_by_today_and_becomes_current(session):
    from datetime import date
    p = session.persons.create(make(status_events=[
        StatusEvent(Status.MISSING, FuzzyDate.parse("03/08/2014")),
        StatusEvent(Status.SIGHTED, FuzzyDate.parse("2015"))]))
    got = session.persons.add_status(p.case_no, StatusEvent(Status.RESCUED))
    assert got.current_status is Status.RESCUED   # not left at the dated sighting of 2015
    assert got.status_events[-1].date.display() == f"≤ {date.today().isoformat()}"
    # A dated event learnt later and older than today does not undo it.
    later = session.persons.add_status(p.case_no, StatusEvent(Status.SIGHTED,
                                                              FuzzyDate.parse("2016")))
    assert later.current_status is Status.RESCUED


def test_among_undated_statuses_the_one_further_along_her_case_counts():
    old_list, rescue = (StatusEvent(Status.MISSING, recorded_at="2026-11-30T10:00:00Z"),
                        StatusEvent(Status.RESCUED, recorded_at="2026-11-01T10:00:00Z"))
    assert make(status_events=[rescue, old_list]).current_status is Status.RESCUED
    death = StatusEvent(Status.DECEASED, recorded_at="2026-11-30T11:00:00Z")
    assert make(status_events=[rescue, death]).current_status is Status.RESCUED  # never by rank
    assert make(status_events=[death]).current_status is Status.DECEASED
    dated = StatusEvent(Status.SIGHTED, FuzzyDate.parse("2016"))
    assert make(status_events=[rescue, dated]).current_status is Status.SIGHTED  # dated first


def test_undated_events_in_one_second_count_in_the_order_added(session):
    p = session.persons.create(make(status_events=[StatusEvent(Status.SIGHTED, note="first")]))
    stored = session.persons.get(p.case_no)
    # Added in the second she was stored (stamps have whole seconds), not yet saved: newest.
    stored.status_events.append(StatusEvent(Status.SIGHTED, note="second",
                                            recorded_at=stored.status_events[0].recorded_at))
    assert stored.current_event.note == "second"
    session.persons.update(stored)
    assert session.persons.get(p.case_no).current_event.note == "second"
    # Equally far along (both undated "missing" would tie on rank): the order added decides.
    first, second = StatusEvent(Status.MISSING, note="first"), StatusEvent(Status.MISSING,
                                                                           note="second")
    assert make(status_events=[first, second]).current_event is second


def test_names_round_trip_in_both_scripts(session):
    p = session.persons.create(make(aliases=["Nadiya", "ناديه"]))
    got = session.persons.get(p.case_no)
    assert got.names[NamePart.GIVEN] == NameText("نادية", "Nadia")
    assert sorted(got.aliases) == sorted(["Nadiya", "ناديه"])
    assert got.full_name("original") == "نادية خليل"


def test_a_person_needs_a_name(session):
    with pytest.raises(ValidationError):
        session.persons.create(Person())


def test_current_status_is_derived_from_latest_dated_event(session):
    p = session.persons.create(make(status_events=[
        StatusEvent(Status.MISSING, FuzzyDate.parse("03/08/2014"))]))
    session.persons.add_status(p.case_no, StatusEvent(Status.RESCUED, FuzzyDate.parse("2017")))
    session.persons.add_status(p.case_no, StatusEvent(Status.SIGHTED, FuzzyDate.parse("2016")))
    got = session.persons.get(p.case_no)
    assert got.current_status == Status.RESCUED  # the 2016 sighting came in late but is older
    assert session.persons.list(PersonFilter(status="rescued"))[0].case_no == p.case_no
    # A wide, approximate date reaching past the rescue is still, most likely, before it.
    session.persons.add_status(p.case_no, StatusEvent(Status.SIGHTED,
                                                      FuzzyDate.parse("about 2016")))
    assert session.persons.get(p.case_no).current_status == Status.RESCUED
    session.persons.add_status(p.case_no, StatusEvent(Status.REUNITED, FuzzyDate.parse("2018")))
    assert session.persons.get(p.case_no).current_status == Status.REUNITED


def test_edit_bumps_version_and_refuses_a_stale_copy(session):
    p = session.persons.create(make())
    first = session.persons.get(p.case_no)
    second = session.persons.get(p.case_no)
    first.origin_village = "Kocho"
    session.persons.update(first)
    second.origin_village = "Solagh"
    with pytest.raises(ValidationError, match="changed elsewhere"):
        session.persons.update(second)
    assert session.persons.get(p.case_no).origin_village == "Kocho"
    assert session.persons.get(p.case_no).version == 2


def test_filters_and_counts(session):
    session.persons.create(make(sex=Sex.FEMALE, origin_village="Kocho"))
    session.persons.create(make(sex=Sex.MALE, origin_village="Kocho"))
    session.persons.create(make(sex=Sex.FEMALE, origin_village="Solagh"))
    assert session.persons.count(PersonFilter(village="Kocho")) == 2
    assert session.persons.count(PersonFilter(village="Kocho", sex="F")) == 1
    assert session.persons.count() == 3


def test_birth_and_abduction_ranges_keep_every_overlapping_fuzzy_date(session):
    from datetime import date
    about_2000 = session.persons.create(make(birth=FuzzyDate.parse("about 2000"),
                                             abduction_date=FuzzyDate.parse("03/08/2014")))
    born_1990 = session.persons.create(make(birth=FuzzyDate.parse("1990"),
                                            abduction_date=FuzzyDate.parse("2015")))
    session.persons.create(make())  # no dates at all: left out by any date range

    def found(**kw):
        return [s.case_no for s in session.persons.list(PersonFilter(**kw))]

    assert found(born_from=2001, born_to=2003) == [about_2000.case_no]  # 1998-2002 overlaps
    assert found(born_to=1995) == [born_1990.case_no]
    assert found(abducted_from=date(2014, 8, 1), abducted_to=date(2014, 8, 31)) == [
        about_2000.case_no]
    assert found(abducted_from=date(2015, 6, 1)) == [born_1990.case_no]
    assert session.persons.count(PersonFilter(born_from=2003)) == 0
    assert session.persons.status_counts(PersonFilter(born_to=1995)) == {"unknown": 1}


def test_unknown_case_number_is_not_found(session):
    with pytest.raises(NotFound):
        session.persons.get("SNJ-99999")


def test_create_many_is_all_or_nothing(session):
    people = [make(), make(), Person()]  # the third is invalid
    with pytest.raises(ValidationError):
        session.persons.create_many(people, 3)
    assert session.persons.count() == 0
    assert session.audit.verify().ok and session.audit.verify().entries == 1


def test_create_many_cancel_leaves_nothing(session):
    import threading

    from app.domain.errors import Cancelled
    cancel = threading.Event()

    def gen():
        for i in range(2000):
            if i == 1200:
                cancel.set()
            yield make()
    with pytest.raises(Cancelled):
        session.persons.create_many(gen(), 2000, cancel=cancel)
    assert session.persons.count() == 0


def test_json_round_trip(session):
    p = session.persons.create(make(birth=FuzzyDate.parse("about 1998"),
                                    status_events=[StatusEvent(Status.MISSING)]))
    again = person_from_dict(person_to_dict(p))
    assert again.names == p.names and again.birth == p.birth
    assert again.current_status == Status.MISSING


@pytest.mark.parametrize("data, field", [
    ({"names": "Nadia"}, "names"),
    ({"names": {"given": 7}}, "names.given"),
    ({"names": {"given": "Nadia"}, "aliases": "Nadiya"}, "aliases"),
    ({"names": {"given": "Nadia"}, "status_events": [1]}, "status_events"),
    ({"names": {"given": "Nadia"}, "status_events": [{"status": "freed"}]}, "status"),
    ({"names": {"given": "Nadia"}, "incident_id": "Kocho"}, "incident_id"),
    ({"names": {"given": "Nadia"}, "version": "two"}, "version"),
    ({"names": {"given": "Nadia"}, "sex": ["F"]}, "sex"),
])
def test_json_of_the_wrong_shape_names_the_field(data, field):
    with pytest.raises(ValidationError, match=f"^{field}:"):
        person_from_dict(data)


def test_references_to_missing_incident_or_report_are_refused_by_name(session):
    with pytest.raises(NotFound, match="incident 9"):
        session.persons.create(make(incident_id=9))
    p = session.persons.create(make())
    with pytest.raises(NotFound, match="report 4"):
        session.persons.add_status(p.case_no, StatusEvent(Status.SIGHTED, report_id=4))
    assert session.persons.get(p.case_no).version == 1


def test_a_report_holds_a_source_code_never_a_name(session):
    from app.domain.records import Report
    p = session.persons.create(make())
    for name, why in (("Abu Khalid", "holds a space"), ("خالد", "holds 'خالد'"),
                      ("S-7Q3 (Khalid's cousin)", "holds a space, '(', \"'\", ')'"),
                      ("x" * 21, "at most 12 characters long"), ("Abu-Khalid", "holds a digit")):
        with pytest.raises(ValidationError, match=re.escape(why)):
            session.records.add_report(Report(text="seen", source_code=name, person_ids=[p.id]))
    assert session.records.list_reports() == []
    assert session.records.add_report(Report(text="seen", source_code="S-7Q3", person_ids=[p.id]))


def test_records_around_a_person(session):
    from decimal import Decimal

    from app.domain.records import CostEntry, Relation, RelativeLink, Report, RescueOperation
    a = session.persons.create(make())
    b = session.persons.create(make("ليلى", "Layla"))
    session.records.link_relative(a.case_no, b.case_no,
                                  RelativeLink(0, 0, Relation.SIBLING))
    rid = session.records.add_report(Report(text="seen", source_code="S-7Q3", credibility=2,
                                            person_ids=[a.id]))
    op = session.records.add_rescue(RescueOperation(
        person_ids=[a.id], costs=[CostEntry(Decimal("12500.50"), "USD", "intermediary")]))
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 64
    session.records.add_photo(a.case_no, png, "2013")
    assert session.records.relatives_for(a.id)[0].relative_id == b.id
    assert session.records.reports_for(a.id)[0].id == rid
    assert session.records.get_rescue(op).costs[0].amount == Decimal("12500.50")
    assert session.records.photos_for(a.id)[0].data == png
    with pytest.raises(ValidationError):
        session.records.add_photo(a.case_no, b"GIF89a....")


def _known(session) -> Person:
    """Jamila Khalaf of Kocho, born 1998, missing since 2014: no mother's name, no notes."""
    return session.persons.create(Person(
        names={NamePart.GIVEN: NameText("جميلة", "Jamila"),
               NamePart.FATHER: NameText("خلف", "Khalaf")},
        sex=Sex.FEMALE, birth=FuzzyDate.parse("1998"), origin_village="Kocho",
        status_events=[StatusEvent(Status.MISSING, FuzzyDate.parse("08/2014"))]))


def test_details_typed_for_a_new_person_fill_her_blanks_and_never_overwrite(session):
    """The New person form's details carried into the record chosen instead: her blanks are
    filled as an import fills them, nothing of hers is overwritten, and what differs is said
    as not taken, in the audit entry of the edit as well; another spelling of her father's
    name is kept inside another spelling of her whole name, as an import keeps it."""
    import json

    from app.person_fill import fill_blanks, what_fills
    her = _known(session)
    typed = Person(names={NamePart.GIVEN: NameText("جميلة", "Jamila"),
                          NamePart.FATHER: NameText("", "Xelef"),
                          NamePart.MOTHER: NameText("شمي", "Shami")},
                   sex=Sex.FEMALE, birth=FuzzyDate.parse("about 1998"),
                   origin_village="Tel Ezer", abduction_date=FuzzyDate.parse("03/08/2014"),
                   notes="Her brother came to the office")
    shown = what_fills(session.persons, her.case_no, typed)
    # her name as the family said it (Xelef for Khalaf) is kept as another spelling of her
    # name, as an import keeps a list's (tests/test_import_update_takes.py)
    assert shown.changes == {"mother.original": ["", "شمي"], "mother.latin": ["", "Shami"],
                             "abduction_date": ["", "03/08/2014"], "aliases": ["", "Jamila Xelef"],
                             "notes": ["", "Her brother came to the office"]}
    # Xelef is kept inside that spelling: not said as "not taken" (correct by hand) as well
    assert shown.not_taken == [
        {"field": "origin_village", "vault": "Kocho", "list": "Tel Ezer"}]
    assert session.persons.get(her.case_no).version == 1  # shown only: nothing written
    done = fill_blanks(session.persons, her.case_no, typed, shown.version,
                       detail={"via": "desktop"})
    assert done.changes == shown.changes
    after = session.persons.get(her.case_no)
    assert after.names[NamePart.MOTHER] == NameText("شمي", "Shami")
    assert after.names[NamePart.FATHER] == NameText("خلف", "Khalaf")
    assert (after.origin_village, after.birth.text) == ("Kocho", "1998")
    assert after.notes == "Her brother came to the office" and after.version == 2
    entry = session.persons.history(her.case_no)[-1]
    assert entry.action == "person.edit"
    detail = json.loads(entry.detail)
    # her notes said changed, their words not kept (the trail outlives an edit taking an
    # informant's name out of them)
    assert detail["changes"] == {k: v for k, v in shown.changes.items() if k != "notes"}
    assert "notes" in shown.changes and detail["text_not_kept"] == ["notes"]
    assert detail["via"] == "desktop" and detail["not_taken"] == shown.not_taken


def test_a_fill_refuses_a_record_changed_since_it_was_shown(session):
    from app.person_fill import fill_blanks, what_fills
    her = _known(session)
    typed = Person(names={NamePart.GIVEN: NameText("", "Jamila"),
                          NamePart.MOTHER: NameText("", "Shami")})
    shown = what_fills(session.persons, her.case_no, typed)
    session.persons.add_status(her.case_no, StatusEvent(Status.RESCUED))
    with pytest.raises(ValidationError, match="changed after it was compared"):
        fill_blanks(session.persons, her.case_no, typed, shown.version)
    assert session.persons.get(her.case_no).names.get(NamePart.MOTHER) is None


def test_a_typed_record_that_repeats_hers_adds_nothing(session):
    from app.person_fill import fill_blanks, what_fills
    her = _known(session)
    typed = Person(names={NamePart.GIVEN: NameText("جميله", "jamila"),
                          NamePart.FATHER: NameText("خلف", "")},
                   sex=Sex.FEMALE, birth=FuzzyDate.parse("about 1998"), origin_village="Koço")
    shown = what_fills(session.persons, her.case_no, typed)
    assert shown.repeats_her, (shown.changes, shown.not_taken)
    fill_blanks(session.persons, her.case_no, typed, shown.version)
    assert [e.action for e in session.persons.history(her.case_no)] == ["person.create"]


def test_a_status_typed_for_her_moves_her_case_forward_but_a_death_is_not_taken(session):
    """As from a list: further along her case it is added (recorded now); a death is never
    written from a form's one field either, but said as not taken, for her page."""
    from app.person_fill import fill_blanks, what_fills
    her = _known(session)

    def typed(status: Status) -> Person:
        return Person(names={NamePart.GIVEN: NameText("", "Jamila")},
                      status_events=[StatusEvent(status, FuzzyDate.parse("2019"))])

    dead = what_fills(session.persons, her.case_no, typed(Status.DECEASED))
    assert dead.changes == {}
    assert [(c["field"], c["list_status"]) for c in dead.not_taken] == [("status", "deceased")]
    shown = what_fills(session.persons, her.case_no, typed(Status.RESCUED))
    assert shown.changes == {"status": ["missing", "rescued"]}
    fill_blanks(session.persons, her.case_no, typed(Status.RESCUED), shown.version)
    after = session.persons.get(her.case_no)
    assert after.current_status is Status.RESCUED
    assert after.status_events[-1].date.text == "2019" and after.status_events[-1].recorded_at
