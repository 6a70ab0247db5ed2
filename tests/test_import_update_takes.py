"""What an update from a list takes into a woman's record, and what it reports instead of
dropping: a date that knows her better, a rescue dated otherwise, where she is now, another
spelling of her names, and the columns the vault did not take."""

import json
from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex, Status, StatusEvent
from app.importing.fields import Field
from app.importing.report import report_text
from app.importing.service import ImportService
from tests.import_helpers import cli, write_csv, write_xlsx

NAMES = ("نسرين", "سلو", "محمود", "جيلكي")
HEADER = ["الاسم", "اسم الاب", "اسم الجد", "اللقب", "القرية", "الجنس"]
ROW = [*NAMES, "بورك", "انثى"]


def _her(session, **dates: FuzzyDate) -> Person:
    """Nisreen as the vault holds her: four names, her village, abducted on 3 August 2014
    unless told otherwise, and the dates given."""
    p = Person(sex=Sex.FEMALE, origin_village="Borek",
               abduction_date=FuzzyDate.parse("03/08/2014"))
    for part, text in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER,
                           NamePart.FAMILY), NAMES, strict=True):
        p.name(part).original = text
    for name, value in dates.items():
        setattr(p, name, value)
    return session.persons.create(p)


def _import(session, path) -> tuple[dict, dict]:
    """(the dry run's preview of row 2, the import's report)."""
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    rows = svc.stage_rows(plan)
    assert rows[0].outcome == "certain"
    preview = svc.update_previews(rows)[2]
    return preview, svc.import_at_once(plan, rows)


def _changes(session, case_no: str) -> list[dict]:
    return [json.loads(h.detail)["changes"] for h in session.persons.history(case_no)
            if h.action == "person.import_update"]


AGE_22 = FuzzyDate.year_range(1991, 2004, "age 22, year not given")


def test_a_birth_day_inside_the_years_her_age_gave_is_taken_and_the_trail_keeps_the_age(
        session, tmp_path):
    """The tester's digits_sisters.xlsx row 4: ٠١/٠٧/١٩٩٢ for a woman stored as 'age 22, year
    not given' (1991-2004) was 'would change nothing', and the day was lost."""
    her = _her(session, birth=AGE_22)
    path = write_xlsx(tmp_path / "sisters.xlsx", [("Sheet1", [
        [*HEADER, "تاريخ الاختطاف", "تاريخ الميلاد"], [*ROW, "٣/٨/٢٠١٤", "٠١/٠٧/١٩٩٢"]])])
    preview, report = _import(session, path)
    assert preview["changes"]["birth"] == ["age 22, year not given", "٠١/٠٧/١٩٩٢"]
    assert preview["conflicts"] == []
    assert report["results"]["updated"] == 1 and report["conflicts"] == []
    birth = session.persons.get(her.case_no).birth
    assert (birth.earliest.isoformat(), birth.latest.isoformat()) == ("1992-07-01", "1992-07-01")
    assert _changes(session, her.case_no)[0]["birth"] == ["age 22, year not given",
                                                          "٠١/٠٧/١٩٩٢"]


def test_a_first_of_january_of_the_year_she_is_known_born_in_is_no_day_learnt(session,
                                                                               tmp_path):
    """A spreadsheet's date 1995-01-01 beside her 1995: papers write 1 January when only the
    year is known. Taken, it set an invented day on her dossier; another day is taken."""
    import datetime

    her = _her(session, birth=FuzzyDate.parse("1995"))
    path = write_xlsx(tmp_path / "l.xlsx", [("Sheet1", [
        [*HEADER, "تاريخ الاختطاف", "تاريخ الميلاد"],
        [*ROW, "3/8/2014", datetime.datetime(1995, 1, 1)]])])
    preview, report = _import(session, path)
    assert preview["changes"] == {} and preview["conflicts"] == []
    assert report["results"]["unchanged"] == 1
    assert session.persons.get(her.case_no).birth.display() == "1995"
    path = write_xlsx(tmp_path / "m.xlsx", [("Sheet1", [
        [*HEADER, "تاريخ الاختطاف", "تاريخ الميلاد"],
        [*ROW, "3/8/2014", datetime.datetime(1995, 3, 2)]])])
    preview, _ = _import(session, path)
    assert list(preview["changes"]) == ["birth"]


@pytest.mark.parametrize("listed", ["01/07/1989", "1990/1992"])  # outside, partly inside
def test_a_birth_outside_her_years_or_only_partly_inside_is_a_conflict_not_taken(
        session, tmp_path, listed):
    her = _her(session, birth=AGE_22)
    path = write_csv(tmp_path / "l.csv", [*HEADER, "تاريخ الاختطاف", "تاريخ الميلاد"],
                     [[*ROW, "3/8/2014", listed]])
    preview, report = _import(session, path)
    assert preview["changes"] == {}
    assert [(c["field"], c["vault"], c["list"]) for c in preview["conflicts"]] == [
        ("birth", "age 22, year not given", listed)]
    assert [(c["field"], c["list"]) for c in report["conflicts"]] == [("birth", listed)]
    assert session.persons.get(her.case_no).birth == AGE_22


def test_an_age_that_says_less_than_the_birth_year_held_is_no_conflict(session, tmp_path):
    """DEMO-00009, 'about 1979' (1977-1981), and the ministry's '35 years' with no year
    (1978-1991): the two may be one year, and the list knows less; it is no news."""
    her = _her(session, birth=FuzzyDate.parse("about 1979"))
    path = write_csv(tmp_path / "l.csv", [*HEADER, "تاريخ الاختطاف", "العمر"],
                     [[*ROW, "3/8/2014", "٣٥ سنة"]])
    preview, report = _import(session, path)
    assert preview == {"changes": {}, "conflicts": []} and report["conflicts"] == []
    assert session.persons.get(her.case_no).birth.text == "about 1979"


@pytest.mark.parametrize("held, listed, taken", [
    ("08/2014", "03/08/2014", True),     # the month the vault knew, the day the list knows
    ("03/08/2014", "2014", False),       # the list knows less: the vault keeps its day
    ("03/08/2014", "03/08/2014", False),
    ("03/08/2014", "15/08/2014", None),  # another day: a conflict
    ("2014", "2013/2014", False),        # the list knows less
    ("2013/2014", "2014/2015", False),   # partly outside, saying no more: may be one day
    ("about 2014", "2016/2017", None),   # saying more, partly outside: a conflict
])
def test_an_abduction_date_is_narrowed_kept_or_reported(session, tmp_path, held, listed, taken):
    her = _her(session, abduction_date=FuzzyDate.parse(held))
    path = write_csv(tmp_path / "l.csv", [*HEADER, "تاريخ الاختطاف"],
                     [[*ROW, listed]])
    _, report = _import(session, path)
    kept = session.persons.get(her.case_no).abduction_date.text
    assert kept == (listed if taken else held)
    assert [c["field"] for c in report["conflicts"]] == ([] if taken is not None
                                                        else ["abduction_date"])


def test_a_birth_the_vault_never_read_as_a_date_takes_the_lists_readable_one(session, tmp_path):
    """The NGO's second version wrote 2007 for the girl its first version called «عمر 7»: the
    import refused it ("vault keeps 'عمر 7', list says '2007'"), though the vault knew no date
    of her birth at all. The trail keeps the words it replaced. Words no date is read from
    stay a conflict, against the vault's words and against its year."""
    her = _her(session, birth=FuzzyDate(text="عمر 7"))  # as an earlier version kept it

    def listed(birth: str) -> dict:
        path = write_csv(tmp_path / f"{len(birth)}.csv", [*HEADER, "تاريخ الاختطاف", "التولد"],
                         [[*ROW, "3/8/2014", birth]])
        return _import(session, path)[1]

    assert [c["field"] for c in listed("عند الولادة")["conflicts"]] == ["birth"]
    assert listed("٢٠٠٧")["conflicts"] == []
    birth = session.persons.get(her.case_no).birth
    assert (birth.text, birth.earliest, birth.latest) == ("٢٠٠٧", date(2007, 1, 1),
                                                          date(2007, 12, 31))
    assert _changes(session, her.case_no)[-1]["birth"] == ["عمر 7", "٢٠٠٧"]
    assert [c["field"] for c in listed("ولدت في السبي")["conflicts"]] == ["birth"]
    assert session.persons.get(her.case_no).birth.text == "٢٠٠٧"


LEILA = ("Leila", "Murad", "Suleiman", "al-Rashkani")
NGO = ["Full Name", "Sex", "Village of origin", "Status", "Date of rescue"]


def _leila(session, *events: StatusEvent) -> Person:
    p = Person(sex=Sex.FEMALE, origin_village="Zorava", status_events=list(events))
    for part, text in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER,
                           NamePart.FAMILY), LEILA, strict=True):
        p.name(part).latin = text
    return session.persons.create(p)


def _ngo_list(tmp_path, status: str, rescued: str):
    return write_csv(tmp_path / "ngo.csv", NGO, [[" ".join(LEILA), "F", "Zorava", status,
                                                  rescued]])


def test_a_rescue_date_beside_a_reunion_that_is_not_the_vaults_rescue_is_a_conflict(
        session, tmp_path):
    """The tester's ngo_v1.csv row 4: 'Reunited with family', date of rescue 2016, for a woman
    the vault knows rescued on 2017-01-20: the 2016 was only in the new status's note."""
    her = _leila(session, StatusEvent(Status.MISSING, FuzzyDate.parse("2014-08-15")),
                 StatusEvent(Status.RESCUED, FuzzyDate.parse("2017-01-20")))
    preview, report = _import(session, _ngo_list(tmp_path, "Reunited with family", "2016"))
    said = [("rescue_date", "2017-01-20", "2016")]
    assert [(c["field"], c["vault"], c["list"]) for c in preview["conflicts"]] == said
    assert [(c["field"], c["vault"], c["list"]) for c in report["conflicts"]] == said
    assert "conflict row 2 (SNJ-00001): date rescued: vault keeps '2017-01-20', list says " \
           "'2016'" in report_text(report)
    now = session.persons.get(her.case_no)
    assert now.current_status is Status.REUNITED   # the reunion is news all the same
    assert [e.date.text for e in now.status_events if e.status is Status.RESCUED] == [
        "2017-01-20"]


def test_a_rescue_date_beside_a_reunion_that_knows_the_vaults_rescue_better_dates_it(
        session, tmp_path):
    her = _leila(session, StatusEvent(Status.RESCUED, FuzzyDate.parse("2017")))
    preview, report = _import(session, _ngo_list(tmp_path, "Reunited", "20/01/2017"))
    assert preview["changes"]["status_date.rescued"] == ["2017", "20/01/2017"]
    assert report["conflicts"] == []
    now = session.persons.get(her.case_no)
    assert [e.date.text for e in now.status_events if e.status is Status.RESCUED] == [
        "20/01/2017"]
    assert now.current_status is Status.REUNITED
    assert _changes(session, her.case_no)[0]["status_date.rescued"] == ["2017", "20/01/2017"]


def test_the_date_of_the_status_she_has_is_taken_when_it_says_more(session, tmp_path):
    """Rescued, known by 1 January 2020 (as a status told with no date is stored), and a list
    of the rescued that says when: 12/03/2019 was passed over in silence."""
    her = _leila(session, StatusEvent(Status.MISSING, FuzzyDate.parse("2014-08-15")),
                 StatusEvent(Status.RESCUED, FuzzyDate.by(date(2020, 1, 1))))
    preview, report = _import(session, _ngo_list(tmp_path, "Rescued", "12/03/2019"))
    assert preview["changes"] == {"status_date.rescued": ["≤ 2020-01-01", "12/03/2019"]}
    assert report["conflicts"] == [] and report["results"]["updated"] == 1
    assert session.persons.get(her.case_no).current_event.date.text == "12/03/2019"


@pytest.mark.parametrize("status, listed, conflict", [
    (Status.RESCUED, "2022", True),    # a rescue happens once: not after the day it was known
    (Status.MISSING, "2022", False),   # still missing later is no news
])
def test_a_status_dated_after_the_day_it_was_known_by(session, tmp_path, status, listed,
                                                      conflict):
    her = _leila(session, StatusEvent(status, FuzzyDate.by(date(2020, 1, 1))))
    path = write_csv(tmp_path / "l.csv", NGO[:4], [[" ".join(LEILA), "F", "Zorava",
                                                    f"{status.value} {listed}"]])
    preview, report = _import(session, path)
    assert [c["field"] for c in report["conflicts"]] == (["status"] if conflict else [])
    assert preview["changes"] == {}
    assert session.persons.get(her.case_no).current_event.date.display() == "≤ 2020-01-01"


@pytest.mark.parametrize("header", ["Current location", "Last known location", "مكان التواجد",
                                    "المكان الحالي", "آخر مكان معروف", "شوێنی ئێستا",
                                    "cihê niha", "Cihê dawî yê naskirî"])
def test_where_she_is_now_is_a_field_a_column_maps_to(session, tmp_path, header):
    path = write_csv(tmp_path / "l.csv", ["Full Name", header], [["Nadia Murad", "Germany"]])
    plan = ImportService(session).prepare(str(path))
    assert plan.mapping.columns[header] == Field.LAST_KNOWN_LOCATION


def test_where_she_is_now_fills_her_record_and_another_place_is_a_conflict(session, tmp_path):
    """ngo_v1.csv's 'Current location' (Syria (al-Hol), Germany, Khanke camp) was mapped to
    ignore: for a woman sighted somewhere it is the key fact."""
    her = _leila(session)
    there = _leila(session)
    there.last_known_location = "Sharya camp"
    there.name(NamePart.GIVEN).latin = "Befrin"
    session.persons.update(there)
    header = ["Full Name", "Sex", "Village of origin", "Current location"]
    path = write_csv(tmp_path / "l.csv", header, [
        [" ".join(LEILA), "F", "Zorava", "Syria (al-Hol)"],
        [" ".join(("Befrin", *LEILA[1:])), "F", "Zorava", "Germany"],
        ["Nadia Murad Taha", "F", "Kocho", "Khanke camp"]])
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    rows = svc.stage_rows(plan)
    previews = svc.update_previews(rows)
    assert previews[2]["changes"] == {"last_known_location": ["", "Syria (al-Hol)"]}
    assert previews[3]["conflicts"] == [{"field": "last_known_location",
                                         "vault": "Sharya camp", "list": "Germany"}]
    report = svc.import_at_once(plan, rows)
    assert session.persons.get(her.case_no).last_known_location == "Syria (al-Hol)"
    assert _changes(session, her.case_no)[0] == {"last_known_location": ["", "Syria (al-Hol)"]}
    assert session.persons.get(there.case_no).last_known_location == "Sharya camp"
    assert "conflict row 3 (SNJ-00002): last known location: vault keeps 'Sharya camp', " \
           "list says 'Germany'" in report_text(report)
    made = [p for p in session.persons.iter_all() if p.id not in (her.id, there.id)]
    assert [p.last_known_location for p in made] == ["Khanke camp"]


def test_a_blank_location_cell_leaves_the_place_the_vault_knows(session, tmp_path):
    her = _leila(session)
    her.last_known_location = "Sharya camp"
    session.persons.update(her)
    path = write_csv(tmp_path / "l.csv", ["Full Name", "Sex", "Village of origin",
                                          "Current location"],
                     [[" ".join(LEILA), "F", "Zorava", ""]])
    preview, report = _import(session, path)
    assert preview == {"changes": {}, "conflicts": []} and report["conflicts"] == []
    assert session.persons.get(her.case_no).last_known_location == "Sharya camp"


def test_the_dry_run_and_the_report_name_each_column_the_vault_did_not_take(tmp_path):
    """A column mapped to ignore was kept only in each row's provenance, and nothing said so:
    the lawyer reads one line a column, with the cells that held a value."""
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "camp.csv",
                     ["Name", "Father", "Tent", "Marital status", "Blank", "Notes"],
                     [["Nadia", "Murad", "B-12", "married", "", ""],
                      ["Layla", "Khalaf", "", "widow", "", "in Duhok"],
                      ["Samira", "Eido", "C-3", "", "", ""]])
    dry = cli(tmp_path, "import", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = [x for x in dry.stdout.splitlines() if "not imported" in x]
    assert lines == [
        "  not imported: column 'Tent', 2 cells with a value (kept with the list's rows)",
        "  not imported: column 'Marital status', 2 cells with a value (kept with the list's "
        "rows)"]
    data = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert data["columns_not_imported"] == [{"column": "Tent", "cells": 2},
                                            {"column": "Marital status", "cells": 2}]
    done = cli(tmp_path, "--json", "import", str(path))
    report = json.loads(done.stdout)
    assert report["columns_not_imported"] == data["columns_not_imported"]
    assert lines[0] in report_text(report).splitlines()
    assert "not imported: column 'Marital status', 2 cells with a value" in cli(
        tmp_path, "review", str(report["batch"]), "--report").stdout


VIAN = {NamePart.GIVEN: ("ڤيان", "Vian"), NamePart.FATHER: ("خليل", "Khalil"),
        NamePart.GRANDFATHER: ("علي", "Ali"), NamePart.FAMILY: ("شرقي", "Sharqi")}


def _update_her_from(session, tmp_path, names: list[str]) -> tuple[Person, dict]:
    """Vian as the demo vault holds her (DEMO-00009), updated from a row of the ministry's
    list, decided by hand when it waits."""
    p = Person(sex=Sex.FEMALE, origin_village="Tel Qasab")
    for part, (arabic, latin) in VIAN.items():
        p.name(part).original, p.name(part).latin = arabic, latin
    her = session.persons.create(p)
    path = write_xlsx(tmp_path / "ministry.xlsx", [("المختطفات", [
        ["الاسم", "اسم الاب", "اسم الجد", "اللقب", "الجنس", "القرية"],
        [*names, "انثى", "تل قصب"]])])
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    batch = svc.stage(plan, svc.stage_rows(plan))
    if svc.undecided(batch):
        svc.decide(batch, 2, "update", her.case_no)
    return her, svc.commit(batch)


def test_a_same_script_respelling_of_her_fathers_and_clans_names_is_kept_as_her_other_spelling(
        session, tmp_path):
    """The tester's DEMO-00009: خەلیل عەلی شەرقی, the Sorani spelling of her father's,
    grandfather's and clan's names, added nothing: her record stayed at version 1."""
    her, report = _update_her_from(session, tmp_path, ["ڤيان", "خەلیل", "عەلی", "شەرقی"])
    now = session.persons.get(her.case_no)
    assert now.aliases == ["ڤيان خەلیل عەلی شەرقی"] and now.version == 2
    assert now.name(NamePart.FATHER).original == "خليل"   # her record's spelling stays
    assert report["results"]["updated"] == 1 and report["conflicts"] == []
    assert _changes(session, her.case_no)[0] == {"aliases": ["", "ڤيان خەلیل عەلی شەرقی"]}


def test_a_respelling_in_a_script_the_row_gives_no_given_name_in_is_headed_by_hers(
        session, tmp_path):
    """Her name in Arabic letters and her father's in Latin: the Latin whole name the list
    gives is "Khaleel Ali Sharqi", which her dossier would list as a name of hers beginning
    with her father's."""
    p = Person(sex=Sex.FEMALE, origin_village="Tel Qasab")
    for part, (arabic, latin) in VIAN.items():
        p.name(part).original, p.name(part).latin = arabic, latin
    her = session.persons.create(p)
    path = write_csv(tmp_path / "l.csv", ["الاسم", "Father", "Grandfather", "Family", "القرية"],
                     [["ڤيان", "Khaleel", "Ali", "Sharqi", "تل قصب"]])
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    batch = svc.stage(plan, svc.stage_rows(plan))
    if svc.undecided(batch):
        svc.decide(batch, 2, "update", her.case_no)
    assert svc.commit(batch)["conflicts"] == []
    assert session.persons.get(her.case_no).aliases == ["Vian Khaleel Ali Sharqi"]


def test_the_same_name_after_normalisation_is_no_other_spelling(session, tmp_path):
    her, report = _update_her_from(session, tmp_path, ["ڤيان", "خليل", "على", "شرقى"])
    assert session.persons.get(her.case_no).aliases == []
    assert report["results"]["unchanged"] == 1


def test_another_fathers_name_in_an_update_decided_despite_it_is_a_conflict_not_a_spelling(
        session, tmp_path):
    """Another name is no spelling of hers: made her alias, her dossier would list a name she
    never had; dropped, the lawyer would not see the list said it."""
    p = Person(sex=Sex.FEMALE, origin_village="Tel Qasab")
    for part, (arabic, latin) in VIAN.items():
        p.name(part).original, p.name(part).latin = arabic, latin
    her = session.persons.create(p)
    path = write_csv(tmp_path / "l.csv", ["الاسم", "اسم الاب", "اسم الجد", "اللقب", "القرية"],
                     [["ڤيان", "خليل", "حسن", "شرقي", "تل قصب"]])
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    batch = svc.stage(plan, svc.stage_rows(plan))
    svc.decide(batch, 2, "update", her.case_no, override=True, despite_contradiction=True)
    report = svc.commit(batch)
    assert [(c["field"], c["vault"], c["list"]) for c in report["conflicts"]] == [
        ("grandfather.original", "علي", "حسن")]
    assert session.persons.get(her.case_no).aliases == []


def test_another_spelling_of_the_name_she_is_known_by_is_her_other_spelling(session, tmp_path):
    p = Person(sex=Sex.FEMALE, origin_village="Tel Qasab")
    for part, (arabic, latin) in VIAN.items():
        p.name(part).original, p.name(part).latin = arabic, latin
    p.name(NamePart.NICKNAME).latin = "Umm Sami"
    her = session.persons.create(p)
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Grandfather", "Family", "Known as",
                                          "Sex", "Village"],
                     [["Vian", "Khalil", "Ali", "Sharqi", "Oum Sami", "F", "Tel Qasab"]])
    _, report = _import(session, path)
    now = session.persons.get(her.case_no)
    assert now.aliases == ["Oum Sami"] and now.name(NamePart.NICKNAME).latin == "Umm Sami"
    assert report["conflicts"] == []
