"""A row's dates as a list gives them: what the importer had to guess (a two-digit year, an age
that may be a year) and what cannot be (born after the abduction, a date to come) is said on
the row, naming the column, what was typed and how it was read; the row is kept."""

from __future__ import annotations

from datetime import date

from app.importing import read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.import_helpers import cli, new_vault, write_csv, write_xlsx


def _rows(path):
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    return [conv.convert(r) for r in t.rows]


def test_a_year_in_two_digits_is_said_with_the_column_what_was_typed_and_both_readings(
        tmp_path):
    """'16' in a birth column became 2016 without a word, where 1916 is as possible: the
    warning names both, the year taken and the other (it named the first only). Not
    said where the other century cannot be: '98' (2098 is to come), an abduction's '3/8/14'
    (1914 is before any), so that a list writing every date so is not one warning a row.
    A birth after 2014 is no longer read at all where the row gives no abduction
    (test_import_birth_after_2014_kept_unread.py): '16' here beside an abduction of 2017."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Date of birth", "Date of abduction"],
                     [["Nadia", "16", "3/8/17"], ["Jilan", "3/5/98", "3/8/14"],
                      ["Layla", "about 98", ""], ["Vian", "1998", "03/08/2014"]])
    rows = _rows(path)
    # ('16' may be an age too, which the column's two-digit years outweigh)
    assert rows[0].warnings == [
        "column B (Date of birth): '16' gives the year in two digits and was read as 2016, but "
        "it may be 1916; check which is meant",
        "column B (Date of birth): '16' is read as the year 2016, as the column writes years in "
        "two digits, but it may be an age; check the row"]
    assert rows[1].warnings == []
    assert rows[2].warnings == []
    assert rows[3].warnings == []  # four digits: nothing was guessed
    # read as before, and kept: the warning says it, the row is not refused
    assert [r.rejected for r in rows] == ["", "", "", ""]
    assert rows[1].person.birth.earliest == date(1998, 5, 3)
    assert rows[1].person.birth.text == "3/5/98"


def test_a_two_digit_year_typed_as_a_number_in_a_workbook_is_said_too(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [("List", [
        ["Name", "Year of birth", "Date of abduction"], ["Nadia", 20, "2021"],
        ["Jilan", 1998, ""], ["Vian", 98, ""]])])
    rows = _rows(path)
    assert rows[0].warnings == [
        "column B (Year of birth): '20' gives the year in two digits and was read as 2020, but "
        "it may be 1920; check which is meant",
        "column B (Year of birth): '20' is read as the year 2020, as the column writes years in "
        "two digits, but it may be an age; check the row"]
    assert rows[1].warnings == rows[2].warnings == []


def test_a_two_digit_year_in_the_rescue_date_is_read_and_needs_no_word(tmp_path):
    """'3/5/17' in the rescue column is 2017: 1917 is before any abduction, so nothing was
    left in doubt (and a list that writes every date so gets no warning a row)."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Date of abduction", "Date rescued"],
                     [["Nadia", "03/08/2014", "3/5/17"]])
    [row] = _rows(path)
    assert row.warnings == []
    assert row.person.status_events[-1].date.earliest == date(2017, 5, 3)


def test_a_birth_after_the_abduction_is_said_naming_both_columns_and_kept_unread(
        tmp_path):
    """Accepted without a word: born 2015, abducted 2014; then stored so, warned. A birth is
    never stored after her abduction: it stays as written, unread, and the row is kept. With
    no abduction date, after 2014 (test_import_birth_after_2014_kept_unread.py)."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Born", "Date of abduction"],
                     [["Nadia", "2015", "03/08/2014"], ["Jilan", "about 2014", "03/08/2014"],
                      ["Layla", "03/08/2014", "03/08/2014"], ["Vian", "2016", ""]])
    rows = _rows(path)
    assert rows[0].warnings == [
        "column B (Born): '2015' puts the birth after the abduction ('03/08/2014' in column C "
        "(Date of abduction)): the birth is not read as a date, its text is kept; a child born "
        "in captivity may be listed with the mother's abduction: check the row"]
    assert rows[0].rejected == "" and rows[0].person.birth.earliest is None
    assert rows[0].person.birth.latest is None and rows[0].person.birth.text == "2015"
    assert rows[0].person.abduction_date.earliest == date(2014, 8, 3)
    # perhaps before: nothing to say; the very day of her abduction: the abduction written
    # twice far more often than a birth (test_import_birth_on_the_abduction_day_kept_unread)
    assert rows[1].warnings == []
    assert rows[2].warnings == [
        "column B (Born): '03/08/2014' is the day of the abduction ('03/08/2014' in column C "
        "(Date of abduction)): perhaps the abduction date written twice; the birth is not read "
        "as a date, its text is kept: check the row"]
    # no abduction date to compare: taken in 2014, as every woman of such a list
    assert rows[3].warnings == [
        "column B (Born): '2016' would put the birth in 2016, after the abductions from Sinjar "
        "in 2014: the birth is not read as a date, its text is kept; a child born in captivity "
        "may be listed so: check the row"]
    assert rows[3].person.birth.earliest is None and rows[3].person.birth.text == "2016"


def test_an_age_that_puts_the_birth_after_the_abduction_is_said_too(tmp_path):
    path = write_csv(tmp_path / "list.csv", ["Name", "Age in 2019", "Date of abduction"],
                     [["Nadia", "2", "03/08/2014"]])
    [row] = _rows(path)
    assert row.warnings == [
        "column B (Age in 2019): '2' puts the birth after the abduction ('03/08/2014' in column "
        "C (Date of abduction)): the birth is not read as a date, its text is kept; a child "
        "born in captivity may be listed with the mother's abduction: check the row"]
    assert row.person.birth.earliest is None and row.person.birth.text == "2"


def test_a_date_of_birth_or_abduction_in_the_future_names_its_column_and_keeps_the_row(
        tmp_path):
    """As it did: the range is not kept, the text is, and the row is imported."""
    later = str(date.today().year + 3)
    path = write_csv(tmp_path / "list.csv", ["Name", "Born", "Date of abduction"],
                     [["Nadia", later, "03/08/2014"], ["Jilan", "1998", f"03/08/{later}"]])
    rows = _rows(path)
    assert rows[0].warnings == [f"column B (Born): '{later}' lies in the future; the text "
                                "is kept"]
    assert rows[1].warnings == [f"column C (Date of abduction): '03/08/{later}' lies in the "
                                "future; the text is kept"]
    assert [r.rejected for r in rows] == ["", ""]
    assert rows[0].person.birth.text == later and rows[0].person.birth.earliest is None


def test_two_digits_in_a_birth_or_age_column_read_as_an_old_age_may_be_a_year(tmp_path):
    """'98' under 'Date of birth / Age' is read as age 98 (born 1915 to 1928), without a word;
    the lists' women were mostly born 1970 to 1999, the same digits as a year."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Date of birth / Age"],
                     [["Nadia", "98"], ["Jilan", "٧٥"], ["Layla", "23"], ["Vian", "98 years"],
                      ["Hana", "1998"]])
    rows = _rows(path)
    born = rows[0].person.birth
    assert rows[0].warnings == [
        f"column B (Date of birth / Age): '98' is read as an age (born {born.display()}), "
        "but it may be the year 1998; check the row"]
    assert born.text == "age 98, year not given"  # still read as the age the header allows
    assert rows[1].warnings == [
        f"column B (Date of birth / Age): '٧٥' is read as an age (born "
        f"{rows[1].person.birth.display()}), but it may be the year 1975; check the row"]
    # a young age, an age said in words, a year in four digits: nothing in doubt
    assert [r.warnings for r in rows[2:]] == [[], [], []]


def test_the_dry_run_says_each_rows_date_warnings(tmp_path):
    """What `casekeeper import --dry-run` showed for these rows: nothing at all."""
    new_vault(tmp_path / "vault").close()
    path = write_csv(tmp_path / "list.csv",
                     ["Name", "Father", "Date of birth / Age", "Date of abduction"],
                     [["Nadia", "Murad", "2015", "03/08/2014"],
                      ["Jilan", "Khalaf", "3/5/20", "3/8/21"],
                      ["Layla", "Hasan", "98", "03/08/2014"]])
    r = cli(tmp_path, "import", str(path), "--dry-run", "--source", "test")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert ("  row 2: new person: Nadia Murad\n"
            "      warning: column C (Date of birth / Age): '2015' puts "
            "the birth after the abduction ('03/08/2014' in column D (Date of abduction)): "
            "the birth is not read as a date, its text is kept; a child born in captivity may "
            "be listed with the mother's abduction: check the row\n") in out
    assert ("  row 3: new person: Jilan Khalaf\n"
            "      warning: column C (Date of birth / Age): '3/5/20' "
            "gives the year in two digits and was read as 2020-05-03, but it may be 1920-05-03; "
            "check which is meant\n") in out
    assert "  row 4: new person: Layla Hasan\n" \
           "      warning: column C (Date of birth / Age): '98' is read " \
           "as an age (born 1915–" in out
    assert "0 rejected" in out


def test_about_the_year_in_words_is_read_in_the_birth_and_abduction_columns(tmp_path):
    """'بحدود سنة 1998' (around the year 1998) was 'not a date' and the year lost to a search
    by birth; an age in words in the age column stays an age."""
    path = write_xlsx(tmp_path / "list.xlsx", [("List", [
        ["الاسم", "تاريخ الميلاد", "تاريخ الاختطاف", "العمر"],
        ["نادية", "بحدود سنة 1998", "سنة ٢٠١٤", ""],
        ["جيلان", "", "عام 2014", "12 سنة"]])])
    rows = _rows(path)
    assert [r.warnings for r in rows] == [[], []]
    nadia, jilan = (r.person for r in rows)
    assert (nadia.birth.earliest, nadia.birth.latest) == (date(1996, 1, 1), date(2000, 12, 31))
    assert nadia.birth.text == "بحدود سنة 1998"
    assert (nadia.abduction_date.earliest, nadia.abduction_date.latest) == (
        date(2014, 1, 1), date(2014, 12, 31))
    assert jilan.abduction_date.earliest == date(2014, 1, 1)
    assert jilan.birth.text == "age 12, year not given"


def test_the_other_century_of_a_day_and_of_an_about_is_said_as_the_taken_one_is(tmp_path):
    """In a column that writes its years in two digits, beside abductions later than the
    births ('about 16' beside four-digit years is her age,
    test_import_about_a_number_in_a_birth_column_is_an_age.py; a birth after 2014 with no
    abduction date is not read, test_import_birth_after_2014_kept_unread.py)."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Date of birth", "Date of abduction"],
                     [["Nadia", "29/2/20", "3/8/21"], ["Jilan", "about 16", "3/8/19"]])
    rows = _rows(path)
    assert rows[0].warnings == [
        "column B (Date of birth): '29/2/20' gives the year in two digits and was read as "
        "2020-02-29, but it may be 1920-02-29; check which is meant"]
    assert rows[1].warnings == [
        "column B (Date of birth): 'about 16' gives the year in two digits and was read as "
        "2014–2018, but it may be 1914–1918; check which is meant",
        "column B (Date of birth): 'about 16' is read as the year 2014–2018, as the column "
        "writes years in two digits, but it may be an age; check the row"]


def test_the_desktop_says_both_readings_of_a_two_digit_year_in_its_language(tmp_path, qapp):
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    # (a lone '16' under "Date of birth" is an age now: test_import_birth_numbers.py; a birth
    # in 2016 is read only beside a later abduction)
    [row] = _rows(write_csv(tmp_path / "list.csv", ["Name", "Date of birth", "Date of abduction"],
                            [["Nadia", "3/5/16", "3/8/17"]]))
    try:
        for lang in ("ar", "ckb", "kmr"):
            apply_language(qapp, lang)
            said = sentence_said(row.warnings[0])
            assert "2016" in said and "1916" in said and "two digits" not in said, (lang, said)
    finally:
        apply_language(qapp, "en")


def test_a_list_writing_the_month_by_name_agrees_with_the_day_the_vault_keeps(tmp_path):
    """'Aug 3 2014' and the like were kept as text no date was read from, and the import said
    "conflict, kept as in the vault: abduction date '3/8/2014', list 'Aug 3 2014'"."""
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.importing.service import ImportService

    session = new_vault(tmp_path / "vault")
    try:
        p = Person(sex=Sex.FEMALE, origin_village="Kocho",
                   abduction_date=FuzzyDate.parse("3/8/2014"))
        for part, text in ((NamePart.GIVEN, "Jilan"), (NamePart.FATHER, "Khalaf"),
                           (NamePart.GRANDFATHER, "Murad")):
            p.names[part] = NameText("", text)
        session.persons.create(p)
        for n, typed in enumerate(["Aug 3 2014", "03-Aug-2014", "3ê Tebaxê 2014"]):
            path = write_csv(tmp_path / f"l{n}.csv",
                             ["Name", "Father", "Grandfather", "Village", "Date of abduction"],
                             [["Jilan", "Khalaf", "Murad", "Kocho", typed]])
            svc = ImportService(session)
            plan = svc.prepare(str(path))
            rows = svc.stage_rows(plan)
            assert rows[0].person.abduction_date.earliest == date(2014, 8, 3), typed
            assert "not a date we can read" not in rows[0].warnings_json
            batch = svc.stage(plan, rows)
            if rows[0].outcome != "certain":
                svc.decide(batch, 2, "update", "SNJ-00001")
            assert svc.commit(batch)["conflicts"] == [], typed
    finally:
        session.close()
