"""A bare small number in a birth column («12» under المواليد) is read as its column reads: an
age where the column's numbers are ages, a two-digit year where it writes years so, else not at
all, its row saying it may be either; and no birth is ever stored after her abduction."""

from __future__ import annotations

import json
from datetime import date

from app.importing import read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv

AR_HEADER = ["الاسم", "اسم الاب", "القرية", "المواليد", "الحالة", "تاريخ الاختطاف"]


def _rows(path):
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    return [conv.convert(r) for r in t.rows]


def _births(rows):
    b = [r.person.birth for r in rows]
    return [(x.earliest.year if x.earliest else None, x.latest.year if x.latest else None,
             x.text) for x in b]


def test_ages_in_a_birth_column_are_read_as_ages_not_as_years_after_her_abduction(tmp_path):
    """«12» was born 2012 with no word (2 when taken in 2014), «16» and «25» born 2016 and
    2025, after her own abduction, and stored so."""
    path = write_csv(tmp_path / "l.csv", AR_HEADER, [
        ["عمشة", "درويش", "كوجو", "12", "مخطوفة", "3/8/2014"],
        ["سوسن", "درويش", "كوجو", "16", "مخطوفة", "3/8/2014"],
        ["جيان", "درويش", "كوجو", "٢٥", "مخطوفة", "3/8/2014"]])
    rows = _rows(path)
    # an age's years as every age of a list with no year said: from the abductions to today
    today = date.today().year
    assert _births(rows) == [(2001, today - 12, "age 12, year not given"),
                             (1997, today - 16, "age 16, year not given"),
                             (1988, today - 25, "age 25, year not given")]
    said = [[w for w in r.warnings if "المواليد" in w] for r in rows]
    assert said[0] == [f"column D (المواليد): '12' is read as an age, as the column's numbers "
                       f"are ages, not years: born 2001–{today - 12}; check the row"]
    assert all(len(s) == 1 and "after the abduction" not in s[0] for s in said)


def test_a_number_beside_four_digit_years_may_be_an_age_or_a_year_and_is_not_read(tmp_path):
    """«12» beside 1998 and 2001 became 2012 without a word; «7» was 'not a date' only."""
    path = write_csv(tmp_path / "l.csv", AR_HEADER, [
        ["روژين", "قاسم", "كوجو", "1998", "مخطوفة", "3/8/2014"],
        ["سيلفانا", "قاسم", "كوجو", "12", "مخطوفة", "3/8/2014"],
        ["هيلين", "قاسم", "كوجو", "7", "مخطوفة", "3/8/2014"],
        ["نارين", "قاسم", "كوجو", "2001", "مخطوفة", "3/8/2014"]])
    rows = _rows(path)
    assert _births(rows) == [(1998, 1998, "1998"), (None, None, "12"), (None, None, "7"),
                             (2001, 2001, "2001")]
    for row, typed in ((rows[1], "12"), (rows[2], "7")):
        assert f"column D (المواليد): '{typed}' may be an age or a year written short, " \
               "and the column does not say which: not read as a date, the text is kept; " \
               "check the row" in row.warnings
    assert [r.rejected for r in rows] == ["", "", "", ""]


def test_a_column_that_writes_years_in_two_digits_reads_a_small_one_as_a_year_saying_so(
        tmp_path):
    """«14» under "Date of birth" beside 98 and ٢٠٠٢ was the year 2014 without a word: it still
    is (98 says the column shortens its years), but the row says it may be an age; 98, which
    no age of the abducted is, is 1998 as before, and a lone '0' is no date, as before."""
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Date of birth", "Status"], [
        ["Rozhin", "Qasim", "14", "Missing"], ["Silvana", "Qasim", "٢٠٠٢", "Missing"],
        ["Helin", "Qasim", "0", "Missing"], ["Narin", "Qasim", "98", "Missing"]])
    rows = _rows(path)
    assert _births(rows)[0] == (2014, 2014, "14")
    assert rows[0].warnings == [
        "column C (Date of birth): '14' is read as the year 2014, as the column writes years in "
        "two digits, but it may be an age; check the row"]
    assert _births(rows)[1:] == [(2002, 2002, "٢٠٠٢"), (None, None, "0"), (1998, 1998, "98")]
    assert rows[3].warnings == []
    assert rows[2].warnings == ["column C (Date of birth): '0' is not a date we can read; the "
                                "text is kept"]


def test_a_two_digit_year_after_the_abduction_is_kept_as_written_and_unread(tmp_path):
    """In a column of 78, 85 and 92, «12» is 2012; «16» would be 2016, after her abduction:
    not stored so, and only that is said of it (not its other century, nor a year read)."""
    path = write_csv(tmp_path / "l.csv", ["Name", "Date of birth", "Date of abduction"], [
        ["Nadia", "78", "3/8/2014"], ["Jilan", "85", "3/8/2014"], ["Layla", "92", "3/8/2014"],
        ["Vian", "12", ""], ["Hana", "16", "3/8/2014"]])
    rows = _rows(path)
    assert _births(rows) == [(1978, 1978, "78"), (1985, 1985, "85"), (1992, 1992, "92"),
                             (2012, 2012, "12"), (None, None, "16")]
    assert [r.warnings for r in rows[:3]] == [[], [], []]
    assert rows[3].warnings == [
        "column B (Date of birth): '12' is read as the year 2012, as the column writes years in "
        "two digits, but it may be an age; check the row"]
    assert rows[4].warnings == [
        "column B (Date of birth): '16' puts the birth after the abduction ('3/8/2014' in "
        "column C (Date of abduction)): the birth is not read as a date, its text is kept; a "
        "child born in captivity may be listed with the mother's abduction: check the row"]


def test_a_full_date_of_birth_after_the_abduction_is_not_stored(tmp_path):
    path = write_csv(tmp_path / "l.csv", ["Name", "Date of birth", "Date of abduction"], [
        ["Nadia", "05/06/2016", "03/08/2014"], ["Jilan", "03/08/2014", "03/08/2014"]])
    rows = _rows(path)
    # the day of her abduction under both: kept as written, unread, and said
    assert _births(rows) == [(None, None, "05/06/2016"), (None, None, "03/08/2014")]
    assert "is the day of the abduction" in rows[1].warnings[0]


def test_imported_the_vault_holds_the_age_and_the_unread_cell_as_written(tmp_path):
    """Through the command line into a real vault: her birth as an age, and a number the
    column leaves in doubt as written, never a year."""
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Date of birth", "Status"], [
        ["Amsha", "Faris", "12", "missing"], ["Suzan", "Murad", "1998", "missing"],
        ["Layla", "Murad", "9", "missing"]])
    r = cli(tmp_path, "import", str(path), "--source", "test", "--yes")
    assert r.returncode == 0, r.stderr
    shown = {}
    for n in (1, 2, 3):
        p = json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)
        shown[p["names"]["given"]["latin"]] = p["birth"]
    assert shown["Suzan"]["text"] == "1998"
    assert shown["Amsha"]["text"] == "12" and shown["Amsha"]["earliest"] is None
    assert shown["Layla"]["text"] == "9" and shown["Layla"]["earliest"] is None


def test_a_row_read_again_alone_reads_its_number_as_the_whole_list_did(tmp_path):
    """Withdrawn, a row of a list imported at once is read again alone: its «12», left
    unread beside 1998 and 2001, would be an age by its one cell; the batch keeps how the list
    read the column."""
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Grandfather", "Born", "Status"], [
        ["Nadia", "Murad", "Taha", "1998", "missing"], ["Layla", "Qasim", "Elias", "12", "missing"],
        ["Zozan", "Hadi", "Khalaf", "2001", "missing"]])
    assert cli(tmp_path, "import", str(path), "--source", "NGO", "--yes").returncode == 0
    for args in (("review", "1", "--row", "3", "--withdraw"),
                 ("review", "1", "--row", "3", "--decide", "create")):
        r = cli(tmp_path, *args)
        assert r.returncode == 0, r.stderr
    made = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-4").stdout)
    assert made["names"]["given"]["latin"] == "Layla"
    assert made["birth"]["text"] == "12" and made["birth"]["earliest"] is None


def test_a_year_with_its_leading_zero_among_ages_stays_a_year(tmp_path):
    """No age is written «05»: beside the ages 12 and 16 it is 2005, not age 5."""
    path = write_csv(tmp_path / "l.csv", ["Name", "Date of birth"],
                     [["Nadia", "12"], ["Jilan", "16"], ["Layla", "05"]])
    rows = _rows(path)
    assert [b[2] for b in _births(rows)] == ["age 12, year not given", "age 16, year not given",
                                             "05"]
    assert _births(rows)[2][:2] == (2005, 2005)


def test_ages_typed_as_numbers_in_a_workbook_are_ages_too(tmp_path):
    from tests.import_helpers import write_xlsx

    path = write_xlsx(tmp_path / "l.xlsx", [("List", [
        ["Name", "Date of birth", "Date of abduction"], ["Nadia", 12, "03/08/2014"],
        ["Jilan", 16, "03/08/2014"]])])
    rows = _rows(path)
    assert [b[2] for b in _births(rows)] == ["age 12, year not given", "age 16, year not given"]
    assert rows[1].raw["Date of birth"] == "16"
