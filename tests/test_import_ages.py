"""An age column is read in the year the list gives its ages in: the header's year, the year
the user names, or, when nothing says, a range of years that does not pretend to know."""

import json
from datetime import date

import pytest

from app.domain.errors import InputFileError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.importing import notes
from app.importing.mapping import Mapping, age_year_in_header
from app.importing.service import ImportService
from tests.import_helpers import cli, new_vault, write_csv, write_xlsx


@pytest.mark.parametrize("header, year", [
    ("Age", None), ("العمر", None), ("تەمەن", None),
    ("Age in 2014", 2014), ("Age (2019)", 2019), ("العمر ٢٠٢٣", 2023),
    ("Age at abduction", 2014), ("العمر عند الاختطاف", 2014), ("Temen dema revandinê", 2014),
])
def test_the_header_says_in_which_year_the_ages_were_given(header, year):
    assert age_year_in_header(header) == year


@pytest.fixture
def session(tmp_path):
    s = new_vault(tmp_path / "vault")
    yield s
    s.close()


def _asmaa(session):
    p = Person(sex=Sex.FEMALE, origin_village="Tel Qasab", birth=FuzzyDate.parse("2001"))
    for part, text in ((NamePart.GIVEN, "Asmaa"), (NamePart.FATHER, "Ibrahim"),
                       (NamePart.GRANDFATHER, "Khalaf")):
        p.name(part).put(text)
    return session.persons.create(p)


def _rows(session, tmp_path, header_age, age_year=None):
    path = write_csv(tmp_path / "list.csv",
                     ["Name", "Father", "Grandfather", "Sex", header_age, "Village"],
                     [["Asmaa", "Ibrahim", "Khalaf", "F", "23", "Tel Qasab"]])
    svc = ImportService(session)
    plan = svc.prepare(str(path), age_year=age_year)
    return plan, svc.stage_rows(plan)


def test_an_age_from_a_list_that_does_not_say_when_is_a_range_and_she_is_still_found(
        session, tmp_path):
    """Read as the age in 2014, 23 made her born 1990-91 and kept her from her record (born
    2001, and 23 in 2024)."""
    known = _asmaa(session)
    plan, rows = _rows(session, tmp_path, "Age")
    assert plan.mapping.age_year is None
    birth = rows[0].person.birth
    assert (birth.earliest.year, birth.latest.year) == (2014 - 24, date.today().year - 23)
    assert birth.text == "age 23, year not given"
    assert rows[0].match_person_id == known.id
    assert "birth partial" in rows[0].match_explain  # the range only does not disagree


def test_an_age_in_a_year_the_header_or_the_user_names_is_read_exactly(session, tmp_path):
    known = _asmaa(session)
    for header, year in (("Age (2024)", None), ("Age", 2024)):
        plan, rows = _rows(session, tmp_path, header, age_year=year)
        assert plan.mapping.age_year == 2024
        birth = rows[0].person.birth
        assert (birth.earliest.year, birth.latest.year) == (2000, 2001)
        assert (rows[0].outcome, rows[0].match_person_id) == ("certain", known.id)
    plan, rows = _rows(session, tmp_path, "Age at abduction")
    assert rows[0].person.birth.text == "age 23 in 2014"
    # Born 1990-91 by this list, 2001 in the vault: ten years apart. Her? Or a namesake ten
    # years older? Asked about, never taken as certain (test_import_age_years_apart_asked.py).
    assert "birth mismatch" in rows[0].match_explain
    assert "the birth years are 10-11 years apart" in rows[0].match_explain
    assert rows[0].outcome == "probable"


def test_the_headers_year_beats_the_year_an_earlier_list_of_the_source_was_given(
        session, tmp_path):
    """An earlier list from the source gave ages in 2019 (saved with its mapping); this one's
    header says 2024, and the header is what holds for this list."""
    saved = Mapping.from_json(json.dumps({"columns": {}, "age_year": 2019}))
    for header, year in (("Age in 2024", 2024), ("Age at abduction", 2014), ("Age", 2019)):
        path = write_csv(tmp_path / "l.csv", ["Name", header], [["Asmaa", "23"]])
        plan = ImportService(session).prepare(str(path), mapping=saved)
        assert plan.mapping.age_year == year, header


def test_the_year_of_the_ages_is_saved_with_the_mapping_and_checked():
    m = Mapping.from_json(json.dumps({"columns": {"Age": "age"}, "age_year": 2019}))
    assert m.age_year == 2019
    assert json.loads(m.to_json())["age_year"] == 2019
    for bad in (1990, "soon", date.today().year + 1):
        with pytest.raises(InputFileError, match="age_year"):
            Mapping.from_json(json.dumps({"columns": {}, "age_year": bad}), "map.json")


def test_the_command_line_takes_the_year_and_the_dry_run_says_how_ages_are_read(tmp_path):
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Age"], [["Asmaa", "Ibrahim", "23"]])
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    out = cli(tmp_path, "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "does not say in which year its ages were given" in out.stdout
    out = cli(tmp_path, "import", str(path), "--dry-run", "--json", "--age-year", "2020")
    assert json.loads(out.stdout)["age_year"] == 2020
    bad = cli(tmp_path, "import", str(path), "--dry-run", "--age-year", "2013")
    assert bad.returncode != 0 and "2013 is not a year a list of ages could be from" in bad.stderr


def test_a_column_for_the_birth_or_the_age_reads_a_short_number_as_an_age(session, tmp_path):
    """'التولد / العمر' takes a year or an age: 23 there is her age, not the year 2023 (nor,
    as before, the 23rd day of 1900); 1998 and 1998م are years."""
    path = write_csv(tmp_path / "list.csv", ["Name", "التولد / العمر"],
                     [["Asmaa", "23"], ["Layla", "1998"], ["Sara", "1998م"], ["Nadia", "20-25"]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    assert [r.person.birth.text for r in rows] == [
        "age 23, year not given", "1998", "1998م", "age 20-25, year not given"]
    assert rows[0].person.birth.latest.year == date.today().year - 23
    assert [json.loads(r.warnings_json) for r in rows] == [[], [], [], []]


@pytest.mark.parametrize("cell", ["12 سنة", "٨ سنوات", "12 years", "12 sal", "12 ساڵ",
                                  "حوالي 30 سنة"])
def test_an_age_written_in_a_birth_column_is_read_as_an_age_and_said(session, tmp_path, cell):
    """'12 سنة' under المواليد was kept as an unreadable date: her record said born '12 سنة',
    and every later list's real year of birth stood against it as a conflict."""
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "المواليد"],
                     [["خلود", "خلف", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    birth = rows[0].person.birth
    assert birth.earliest is not None and birth.latest is not None and birth.text.startswith("age")
    said = [str(n) for n in notes.loads(rows[0].warnings_json)]
    assert any(s.startswith(f"column C (المواليد): '{cell}' is an age, not a date of birth")
               for s in said), said
    assert not any("not a date we can read" in s for s in said)


@pytest.mark.parametrize("cell", ["سنة 1998", "2014", "12/3/1998"])
def test_a_year_or_a_date_in_a_birth_column_is_no_age(session, tmp_path, cell):
    path = write_csv(tmp_path / "list.csv", ["الاسم", "المواليد"], [["خلود", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    assert not rows[0].person.birth.text.startswith("age")
    assert not any("is an age" in str(n) for n in notes.loads(rows[0].warnings_json))


@pytest.mark.parametrize("cell, age", [
    ("عمر 7", 7), ("العمر 16", 16), ("عمرها 7", 7), ("بعمر 11", 11), ("عمرها 7 سنوات", 7),
    ("عمر ١٦", 16), ("temen 12", 12), ("تەمەن 16", 16), ("تەمەنی 16", 16), ("age 7", 7),
    ("Age: 7", 7), ("7 years old", 7)])
def test_an_age_with_its_word_in_a_birth_column_is_her_age_that_many_years(
        session, tmp_path, cell, age):
    """The NGO's column التولد held «عمر 7», «عمر 16»: each was kept as a date nobody could
    read, so a girl of 7 had no age for the filters and the dossier printed «عمر 7» as her
    birth. The age is read as the list's other ages are, in the year it was given (here none
    is said: up to this year), and exactly: «عمر 7» is 7, not "about 7"."""
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "التولد"],
                     [["ليلى", "خلف", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    birth = rows[0].person.birth
    assert birth.text == f"age {age}, year not given"
    assert (birth.earliest.year, birth.latest.year) == (2014 - age - 1, date.today().year - age)
    said = [str(n) for n in notes.loads(rows[0].warnings_json)]
    assert any(s.startswith(f"column C (التولد): '{cell}' is an age") for s in said), said


@pytest.mark.parametrize("header", ["Age", "التولد / العمر"])
def test_an_age_word_before_the_number_is_no_about(session, tmp_path, header):
    """«عمر 7» in an age column was read as "about 7" (5 to 9), the age word taken for a word
    for "about"; «حوالي 7» still is about 7."""
    path = write_csv(tmp_path / "list.csv", ["Name", header],
                     [["Layla", "عمر 7"], ["Nadia", "حوالي 7"]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path), age_year=2020))
    assert [r.person.birth.text for r in rows] == ["age 7 in 2020", "age 5-9 in 2020"]


def test_a_girl_whose_list_gave_her_age_in_words_is_among_the_girls_taken_under_18(tmp_path):
    """The tester's list: `person list --max-age 17 --age-when-taken` left out the girl the list
    called «عمر 7», and her dossier said born «عمر 7»."""
    path = write_xlsx(tmp_path / "ngo.xlsx", [("Sheet1", [
        ["الاسم", "اسم الاب", "اسم الجد", "التولد", "تاريخ الاختطاف"],
        ["ليلى", "خلف", "حسن", "عمر 7", "03/08/2014"],
        ["نادية", "مراد", "بسي", "1990", "03/08/2014"]])])
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    out = cli(tmp_path, "import", str(path), "--source", "NGO")
    assert out.returncode == 0, out.stderr
    assert "not a date we can read" not in out.stdout
    listed = cli(tmp_path, "--json", "person", "list", "--max-age", "17", "--age-when-taken")
    assert listed.returncode == 0, listed.stderr
    assert [p["case_no"] for p in json.loads(listed.stdout)] == ["SNJ-00001"]


MONTHS = ["6 months", "٦ اشهر", "6 أشهر", "6 شهور", "6 mo", "6 mos", "6 مانگ", "6 meh",
          "6 mehî", "6 months old"]


@pytest.mark.parametrize("cell", MONTHS)
@pytest.mark.parametrize("header", ["Age", "العمر", "Temen", "تەمەن"])
def test_an_age_in_months_is_a_baby_born_in_the_months_before_not_an_age_in_years(
        session, tmp_path, header, cell):
    """«6 أشهر» under العمر was read as six years: a baby born in captivity stored as a girl
    born before the abduction, and no warning. Read with 2019 as the year of the ages: born
    in the seven months before 2019 began at the earliest, six months before it ended at the
    latest; the cell's words are its text."""
    path = write_csv(tmp_path / "list.csv", ["Name", header], [["Layla", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path), age_year=2019))
    birth = rows[0].person.birth
    assert (birth.earliest, birth.latest) == (date(2018, 6, 1), date(2019, 6, 30))
    assert birth.text == cell
    assert birth.as_typed() == (cell, "2018-06-01 – 2019-06-30")
    assert json.loads(rows[0].warnings_json) == []


def test_an_age_in_months_with_no_year_said_ends_at_the_lists_day(session, tmp_path):
    """As an age in years with no year said: from the abductions to today."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Age"], [["Layla", "8 mo"]])
    svc = ImportService(session)
    birth = svc.stage_rows(svc.prepare(str(path)))[0].person.birth
    today = date.today()
    n = today.year * 12 + today.month - 1 - 8
    assert birth.earliest == date(2013, 4, 1)  # 9 months before 2014
    assert (birth.latest.year, birth.latest.month) == (n // 12, n % 12 + 1)
    assert birth.text == "8 mo"


@pytest.mark.parametrize("cell, months", [("3 weeks", (date(2018, 12, 1), date(2019, 12, 31))),
                                          ("10 أيام", (date(2018, 12, 1), date(2019, 12, 31)))])
def test_an_age_in_weeks_or_days_is_a_baby_born_within_the_year_of_the_ages(
        session, tmp_path, cell, months):
    path = write_csv(tmp_path / "list.csv", ["Name", "Age in 2019"], [["Layla", cell]])
    svc = ImportService(session)
    birth = svc.stage_rows(svc.prepare(str(path)))[0].person.birth
    assert (birth.earliest, birth.latest) == months


@pytest.mark.parametrize("cell", ["6 m", "8 mon", "25 F"])
def test_a_number_with_a_word_not_read_as_a_unit_leaves_the_birth_unread_and_says_so(
        session, tmp_path, cell):
    """A lone "m" may be months, or the sex: six was never to be taken for six years."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Age in 2019"], [["Layla", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    assert rows[0].person.birth.is_blank
    assert [str(n) for n in notes.loads(rows[0].warnings_json)] == [
        f"column B (Age in 2019): '{cell}' is a number with a word not read as years, months, "
        "weeks or days; the birth is left blank rather than guessed (the cell is kept with the "
        "list's row)"]


@pytest.mark.parametrize("cell, years", [("13 عاما", (13, 13)), ("13 عاماً", (13, 13)),
                                         ("30 تقريبا", (28, 32)), ("30 approx", (28, 32)),
                                         ("30 approx.", (28, 32))])
def test_years_written_as_arabic_writes_them_or_about_after_the_number_are_read(
        session, tmp_path, cell, years):
    """«13 عاما» is how Arabic writes thirteen years, and «30 تقريبا» "about 30": both were
    left blank as words not read as a unit."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Age in 2019"], [["Layla", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    birth = rows[0].person.birth
    assert (birth.earliest.year, birth.latest.year) == (2019 - years[1] - 1, 2019 - years[0])
    assert json.loads(rows[0].warnings_json) == []


@pytest.mark.parametrize("cell", ["30s", "30's", "in her 30s", "late 30s", "الثلاثينات",
                                  "الثلاثينيات", "٣٠s"])
def test_a_decade_of_her_life_is_its_ten_years_not_its_first(session, tmp_path, cell):
    """«30s» was read as exactly 30."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Age in 2019"], [["Layla", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    birth = rows[0].person.birth
    assert (birth.earliest.year, birth.latest.year) == (2019 - 40, 2019 - 30)
    assert birth.text == "age 30-39 in 2019"
    assert json.loads(rows[0].warnings_json) == []


@pytest.mark.parametrize("cell", ["6 أشهر", "in her 30s"])
def test_an_age_in_months_or_a_decade_that_says_so_is_read_in_a_birth_column(
        session, tmp_path, cell):
    path = write_csv(tmp_path / "list.csv", ["الاسم", "المواليد"], [["خلود", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path), age_year=2019))
    assert rows[0].person.birth.earliest is not None
    said = [str(n) for n in notes.loads(rows[0].warnings_json)]
    assert any(s.startswith(f"column B (المواليد): '{cell}' is an age") for s in said), said


@pytest.mark.parametrize("cell", ["30s", "الثلاثينات"])
def test_a_bare_decade_under_a_birth_may_be_the_decade_she_was_born_in_and_is_not_read(
        session, tmp_path, cell):
    path = write_csv(tmp_path / "list.csv", ["الاسم", "المواليد"], [["خلود", cell]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(path)))
    assert rows[0].person.birth.earliest is None
    assert "not a date we can read" in rows[0].warnings_json


def test_a_babys_age_in_months_shows_the_months_she_was_born_in_on_the_desktop(qapp):
    """The persons list and her tabs showed «6 أشهر» alone: years on, the record would still
    say six months and nothing more."""
    from ui.labels import date_said

    said = date_said(FuzzyDate(date(2018, 6, 1), date(2019, 6, 30), "6 أشهر"))
    assert "6 أشهر" in said and "2018-06 – 2019-06" in said
    assert date_said(FuzzyDate.parse("about 1998")) == "about 1998"
