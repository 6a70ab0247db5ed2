"""What a column holds, read for what it is: a rescue-date column dates her rescue; a column of
dates whose header says not which date is never taken for her birth; ages that are no ages leave
her birth blank, with a warning; a village typed in the name column is pointed out."""

import json
from datetime import date

import pytest

from app.domain.person import Status
from app.importing import notes
from app.importing.fields import Field
from app.importing.service import ImportService
from tests.import_helpers import write_csv, write_xlsx


def _stage(session, path):
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    return svc, plan, svc.stage_rows(plan)


def _warnings(row) -> list[str]:
    return notes.loads(row.warnings_json)


@pytest.mark.parametrize("header", ["تاريخ النجاة", "Date of rescue", "Rescued on",
                                    "ڕێکەوتی ڕزگاربوون", "Dîroka rizgarbûnê"])
def test_a_rescue_date_column_is_known_by_its_header(session, tmp_path, header):
    path = write_csv(tmp_path / "l.csv", ["الاسم", "الحالة", header],
                     [["نادية مراد طه", "ناجية", "12/03/2019"]])
    _, plan, rows = _stage(session, path)
    assert plan.mapping.columns[header] == Field.RESCUE_DATE
    (event,) = rows[0].person.status_events
    assert event.status == Status.RESCUED
    assert event.date.earliest.isoformat() == "2019-03-12" and event.date.text == "12/03/2019"


def test_the_rescue_date_is_the_rescue_in_the_vault_and_her_age_stays_her_age(session, tmp_path):
    """The tester's list: an age column, a status, and a rescue date that a content guess had
    made her birth (a woman of 33 printed as born 05/2017)."""
    path = write_xlsx(tmp_path / "v2.xlsx", [("Kocho", [
        ["قائمة كوجو"], [],
        ["الاسم", "العمر", "الحالة", "تاريخ النجاة"],
        ["كولێ خدر الياس", "33", "ناجية", "05/2017"],
        ["هيلين مراد قاسم", "23", "مفقودة", ""]])])
    svc, plan, rows = _stage(session, path)
    svc.import_at_once(plan, rows, yes=True)
    gule = next(p for p in session.persons.iter_all() if "كولێ" in p.full_name())
    assert gule.birth.text.startswith("age 33")
    assert gule.current_status == Status.RESCUED
    assert gule.current_event.date.text == "05/2017"


def test_dates_under_a_header_that_does_not_say_which_are_not_her_birth(session, tmp_path):
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Date"],
                     [["Nadia", "Murad", "12/03/2019"], ["Layla", "Khalil", "2016"]])
    _, plan, rows = _stage(session, path)
    assert plan.mapping.columns["Date"] == Field.IGNORE
    assert "does not say which" in plan.mapping.reasons["Date"]
    assert all(r.person.birth.is_blank for r in rows)
    assert json.loads(rows[0].raw_json)["Date"] == "12/03/2019"  # kept with the list's row


def test_a_rescue_date_without_a_status_says_she_was_rescued_then(session, tmp_path):
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Date rescued"],
                     [["Nadia", "Murad", "2016"]])
    _, _, rows = _stage(session, path)
    (event,) = rows[0].person.status_events
    assert event.status == Status.RESCUED and event.date.text == "2016"


def test_a_rescue_date_beside_missing_is_not_imported_and_the_row_says_so(session, tmp_path):
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Status", "Date rescued"],
                     [["Nadia", "Murad", "missing", "2016"]])
    _, _, rows = _stage(session, path)
    (event,) = rows[0].person.status_events
    assert event.status == Status.MISSING and event.date.is_blank
    assert any("column D" in w and "date rescued '2016'" in w and "not imported" in w
               for w in _warnings(rows[0]))


def test_a_reunited_woman_stays_reunited_and_her_rescue_date_is_kept_with_it(session, tmp_path):
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Status", "Date rescued"],
                     [["Nadia", "Murad", "reunited", "2016"]])
    _, _, rows = _stage(session, path)
    (event,) = rows[0].person.status_events
    assert event.status == Status.REUNITED and "2016" in event.note


@pytest.mark.parametrize("age, years, said", [
    ("20-25", (2014 - 26, date.today().year - 20), "age 20-25, year not given"),
    ("about 30", (2014 - 33, date.today().year - 28), "age 28-32, year not given"),
    ("٢٣ سنة", (2014 - 24, date.today().year - 23), "age 23, year not given"),
    ("1.5", (2014 - 3, date.today().year - 1), "age 1.5, year not given"),  # born in captivity
])
def test_an_age_range_or_an_approximate_age_widens_her_birth_years(session, tmp_path, age,
                                                                    years, said):
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Age"], [["Nadia", "Murad", age]])
    _, _, rows = _stage(session, path)
    birth = rows[0].person.birth
    assert (birth.earliest.year, birth.latest.year) == years and birth.text == said
    assert _warnings(rows[0]) == []


@pytest.mark.parametrize("cell, years", [
    ("1990", (1990, 1990)), ("حوالي 1992", (1990, 1994)), ("about 1990", (1988, 1992)),
    ("١٩٨٥", (1985, 1985)), ("2012", (2012, 2012))])
def test_a_year_in_an_age_column_is_her_year_of_birth_and_said_so(session, tmp_path, cell,
                                                                   years):
    """Lists write the year of birth under العمر or Temen as often as the age: "1990" there
    had left her birth blank ("not an age")."""
    for header in ("Age", "العمر", "Temen"):
        path = write_csv(tmp_path / "l.csv", ["Name", "Father", header],
                         [["Nadia", "Murad", cell]])
        _, _, rows = _stage(session, path)
        birth = rows[0].person.birth
        assert (birth.earliest.year, birth.latest.year) == years, header
        assert _warnings(rows[0]) == [
            f"column C ({header}): {cell!r} is a year, not an age: read as born "
            f"{birth.display()} (the cell is kept with the list's row)"]


@pytest.mark.parametrize("age", ["-3", "250", "−5", "25-20", "1.2.3", "1850"])
def test_an_age_that_is_no_age_leaves_her_birth_blank_with_a_warning(session, tmp_path, age):
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Age"], [["Nadia", "Murad", age]])
    _, _, rows = _stage(session, path)
    assert rows[0].person.birth.is_blank
    assert any(w.startswith(f"column C (Age): age {age!r} is not an age") for w in _warnings(rows[0]))


def test_a_name_cell_holding_a_village_warns_that_name_and_village_may_be_swapped(
        session, tmp_path):
    path = write_csv(tmp_path / "l.csv", ["الاسم", "Name", "القرية"],
                     [["نادية مراد", "Nadia Murad", "Tel Ezer"],
                      ["Tel Ezer", "Shamo", "روناك"],
                      ["ليلى خلف", "Layla Khalaf", "كوجو"]])
    _, _, rows = _stage(session, path)
    assert [w for w in _warnings(rows[1]) if "name of a village" in w] == [
        "column A (الاسم): 'Tel Ezer' is the name of a village; check that the name and the "
        "village are not in each other's columns"]
    assert not any("name of a village" in w for r in (rows[0], rows[2]) for w in _warnings(r))


@pytest.mark.parametrize("cell", ["-", "not yet", "لا", "0", "2099", "soon"])
def test_a_rescue_date_cell_that_is_no_date_rescues_no_one(session, tmp_path, cell):
    """Six women still held were listed rescued: an unread cell made a rescue."""
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Date of rescue"],
                     [["Nadia", "Murad", cell]])
    _, _, rows = _stage(session, path)
    assert rows[0].person.status_events == []
    said = [w for w in _warnings(rows[0]) if "date rescued" in w]
    assert said == [] if cell in ("-", "not yet", "لا", "0") else len(said) == 1


def test_an_unread_rescue_date_does_not_move_a_known_missing_woman(session, tmp_path):

    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, Person, StatusEvent
    p = Person()
    for part, text in ((NamePart.GIVEN, "Layla"), (NamePart.FATHER, "Khalil"),
                       (NamePart.GRANDFATHER, "Hasan"), (NamePart.FAMILY, "Haji")):
        p.name(part).put(text)
    # As `person add --status missing` records it: known by that day.
    p.status_events.append(StatusEvent(Status.MISSING, FuzzyDate.by(date.today())))
    known = session.persons.create(p)
    path = write_csv(tmp_path / "upd.csv", ["Name", "Father", "Grandfather", "Family",
                                             "Date of rescue"],
                     [["Layla", "Khalil", "Hasan", "Haji", "-"]])
    svc, plan, rows = _stage(session, path)
    svc.import_at_once(plan, rows, yes=True)
    assert session.persons.get(known.case_no).current_status == Status.MISSING


def test_a_rescue_date_beside_a_status_no_one_could_read_rescues_no_one(session, tmp_path):
    """'still with ISIS' is not recognised: the date beside it made her rescued all the same."""
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Status", "Date of rescue"],
                     [["Jiyan", "Kheder", "still with ISIS", "2019"]])
    _, _, rows = _stage(session, path)
    assert rows[0].person.status_events == []
    assert any("beside a status that was not recognised" in w for w in _warnings(rows[0]))


def test_a_rescue_dated_before_her_abduction_is_pointed_out(session, tmp_path):
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Abducted", "Status", "Date of rescue"],
                     [["Nadia", "Murad", "03/08/2014", "rescued", "12/03/2013"]])
    _, _, rows = _stage(session, path)
    assert any("column E (Date of rescue): date rescued '12/03/2013' is before the abduction "
               "(03/08/2014)" in w for w in _warnings(rows[0]))


def test_a_list_giving_her_rescue_another_date_is_noted_not_passed_over(session, tmp_path):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, Person, StatusEvent
    p = Person()
    for part, text in ((NamePart.GIVEN, "Layla"), (NamePart.FATHER, "Khalil"),
                       (NamePart.GRANDFATHER, "Hasan"), (NamePart.FAMILY, "Haji")):
        p.name(part).put(text)
    p.status_events.append(StatusEvent(Status.RESCUED, FuzzyDate.parse("2016")))
    known = session.persons.create(p)
    path = write_csv(tmp_path / "camp.csv", ["Name", "Father", "Grandfather", "Family",
                                              "Status", "Date of rescue"],
                     [["Layla", "Khalil", "Hasan", "Haji", "rescued", "2019"]])
    svc, plan, rows = _stage(session, path)
    report = svc.import_at_once(plan, rows, yes=True)
    assert [(c["field"], c["vault"]) for c in report["conflicts"]] == [("status", "rescued")]
    assert "2019" in report["conflicts"][0]["list"]
    assert session.persons.get(known.case_no).current_event.date.text == "2016"
