""""about 20" under "Date of birth" is her age, as «عمرها 17» in the same column is: it was read
as a year in two digits, born 2018 to 2022, a woman taken in 2014 recorded as born after it,
with only a warning that it "may be 1918–1922". "About" goes with an age where a year is
written whole ("about 1998"), in every language lists are written in; a column that writes
its years in two digits still reads it as one, and digits no age is written as ("about 98")
are the year. Real lists in a real vault, as the directorate's list came."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.importing import read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.import_helpers import write_csv, write_xlsx

HEADER = ["Full name", "Father", "Date of birth", "Village", "Status"]


def _births(path) -> list:
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    return [conv.convert(r) for r in t.rows]


def _years(birth) -> tuple:
    return (birth.earliest.year if birth.earliest else None,
            birth.latest.year if birth.latest else None)


def test_the_directorates_about_20_is_an_age_beside_an_age_in_words_and_a_year(cli, tmp_path):
    """The list as it came (lists/D_dob_ages.xlsx): "about 20", «عمرها 17», «١٩٩٨»."""
    path = write_xlsx(tmp_path / "D_dob_ages.xlsx", [("Sheet", [
        HEADER, ["Hana Murad Khalaf", "Murad", "about 20", "Kocho", "abducted"],
        ["Dilvin Saleh Qasim", "Saleh", "عمرها 17", "Kocho", "abducted"],
        ["Nareen Ali Hasan", "Ali", "١٩٩٨", "Kocho", "abducted"]])])
    assert cli("init").returncode == 0
    done = cli("import", str(path), "--source", "Directorate", "--new-sex", "female")
    assert done.returncode == 0, done.stderr
    today = date.today().year
    assert ("warning row 2: column C (Date of birth): 'about 20' is an age, not a date of birth: "
            f"read as born 1991–{today - 18} (the cell is kept with the list's row)") in done.stdout
    assert "2018–2022" not in done.stdout and "1918" not in done.stdout
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)["birth"]
    assert (shown["earliest"], shown["latest"]) == ("1991-01-01", f"{today - 18}-12-31")
    assert shown["text"] == "age 18-22, year not given"
    assert "age 18-22" in cli("person", "show", "SNJ-00001").stdout
    # the row keeps what the list wrote
    assert "Date of birth: about 20" in cli("person", "show", "SNJ-00001").stdout
    born = [json.loads(cli("--json", "person", "show", f"SNJ-0000{n}").stdout)["birth"]
            for n in (2, 3)]
    assert born[0]["text"] == "age 17, year not given"
    assert (born[1]["earliest"], born[1]["latest"]) == ("1998-01-01", "1998-12-31")


@pytest.mark.parametrize("cell", ["about 20", "approx 20", "approx. 20", "~20", "around 20",
                                  "ca. 20", "حوالي 20", "حوالى ٢٠", "نحو ٢٠", "بحدود 20",
                                  "في حدود 20", "قرابة 20", "20 تقريبا", "نزیکەی 20",
                                  "qasî 20", "nêzîkî 20"])
def test_about_a_number_under_a_birth_is_her_age_in_every_language(tmp_path, cell):
    path = write_csv(tmp_path / "l.csv", HEADER,
                     [["Hana Murad Khalaf", "Murad", cell, "Kocho", "abducted"],
                      ["Nareen Ali Hasan", "Ali", "1998", "Kocho", "abducted"]])
    row = _births(path)[0]
    assert _years(row.person.birth) == (1991, date.today().year - 18), cell
    assert row.person.birth.text == "age 18-22, year not given"
    assert [str(w) for w in row.warnings] == [
        f"column C (Date of birth): {cell!r} is an age, not a date of birth: read as born "
        f"{row.person.birth.display()} (the cell is kept with the list's row)"]


def test_an_age_that_says_so_in_a_birth_column_is_read_as_before(tmp_path):
    path = write_csv(tmp_path / "l.csv", HEADER,
                     [["Hana Murad Khalaf", "Murad", "20 سنة", "Kocho", "abducted"],
                      ["Dilvin Saleh Qasim", "Saleh", "عمرها 17", "Kocho", "abducted"]])
    rows = _births(path)
    assert [r.person.birth.text for r in rows] == ["age 20, year not given",
                                                   "age 17, year not given"]


def test_in_the_year_a_list_gives_its_ages_about_20_is_born_about_then(tmp_path):
    """'Age in 2024' over the list: the ages are of that year."""
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault

    path = write_csv(tmp_path / "l.csv", HEADER,
                     [["Hana Murad Khalaf", "Murad", "about 20", "Kocho", "abducted"]])
    s = new_vault(tmp_path / "vault")
    try:
        svc = ImportService(s)
        (row,) = svc.stage_rows(svc.prepare(str(path), age_year=2024))
        assert _years(row.person.birth) == (2001, 2006)
    finally:
        s.close()


def test_digits_no_age_is_written_as_stay_a_year_and_so_does_a_column_of_short_years(tmp_path):
    """'about 98' is about 1998, 'حوالي 05' about 2005; beside 78, 85 and 92 a column writes its
    years in two digits, and 'about 12' there is about 2012, said to be perhaps an age."""
    path = write_csv(tmp_path / "l.csv", HEADER,
                     [["Hana Murad Khalaf", "Murad", "about 98", "Kocho", "abducted"],
                      ["Dilvin Saleh Qasim", "Saleh", "حوالي 05", "Kocho", "abducted"],
                      ["Nareen Ali Hasan", "Ali", "1998", "Kocho", "abducted"]])
    assert [_years(r.person.birth) for r in _births(path)] == [(1996, 2000), (2003, 2007),
                                                              (1998, 1998)]
    path = write_csv(tmp_path / "l2.csv", HEADER,
                     [["Hana Murad Khalaf", "Murad", "78", "Kocho", "abducted"],
                      ["Dilvin Saleh Qasim", "Saleh", "85", "Kocho", "abducted"],
                      ["Nareen Ali Hasan", "Ali", "92", "Kocho", "abducted"],
                      ["Vian Abdallah Haji", "Abdallah", "about 12", "Kocho", "abducted"]])
    vian = _births(path)[3]
    assert _years(vian.person.birth) == (2010, 2014)
    assert [str(w) for w in vian.warnings] == [
        "column C (Date of birth): 'about 12' is read as the year 2010–2014, as the column "
        "writes years in two digits, but it may be an age; check the row"]


def test_a_row_about_20_meets_the_woman_born_1998_the_vault_holds(cli, tmp_path):
    """Laila, born ١٩٩٨ by the families' list; the directorate's "about 20" read as 2018–2022
    made her birth "20-24 years apart" and the row waited, or noted a conflict."""
    families = write_xlsx(tmp_path / "A.xlsx", [("القائمة", [
        ["ت", "الاسم", "اسم الاب", "اسم الجد", "المواليد", "القرية", "الحالة"],
        ["1", "ليلى", "خلف", "الياس", "١٩٩٨", "كوجو", "مختطفة"]])])
    officials = write_xlsx(tmp_path / "C.xlsx", [("Sheet1", [
        HEADER, ["Laila Khalaf Ilyas", "Khalaf", "about 20", "Kocho", "abducted"]])])
    assert cli("init").returncode == 0
    assert cli("import", str(families), "--source", "families").returncode == 0
    done = cli("--json", "import", str(officials), "--source", "Directorate")
    assert done.returncode == 0, done.stderr
    rep = json.loads(done.stdout)
    assert rep["outcomes"] == {"certain": 1} and rep["conflicts"] == []
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)["birth"]
    assert (shown["earliest"], shown["latest"]) == ("1998-01-01", "1998-12-31")
