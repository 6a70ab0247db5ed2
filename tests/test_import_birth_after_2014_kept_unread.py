"""A birth a list's row writes after 2014 (a year, a day, a year in two digits), in a row that
gives no abduction date, is never taken as her birth: a woman the list names as abducted was
taken in 2014, and "2018" or "15" beside it is a slip or an age. The birth stays as the list
wrote it, unread (papers say it was not read as a date), and the row says so in the report
that names the file and sheet: its row, its column, what it would have been. A row that gives
her abduction holds the birth against that day, as before; a birth the list gives as an age
("6 أشهر" in a list of 2024: a child born in captivity) is what the list says. Real lists in a
real vault."""

from __future__ import annotations

import json
import subprocess

from tests.import_helpers import write_csv, write_xlsx

HEADER = ["Full name", "Father", "Date of birth", "Village", "Status"]


def _said(year_text: str, years: str, column: str = "C (Date of birth)") -> str:
    return (f"column {column}: {year_text!r} would put the birth in {years}, after the "
            "abductions from Sinjar in 2014: the birth is not read as a date, its text is kept; "
            "a child born in captivity may be listed so: check the row")


def test_a_year_after_2014_under_date_of_birth_is_kept_as_written_and_said(cli, tmp_path):
    path = write_xlsx(tmp_path / "officials.xlsx", [("Sheet1", [
        ["Directorate of Yazidi Affairs - Abductees"], [], HEADER,
        ["Hana Murad Khalaf", "Murad", "2018", "Kocho", "abducted"],
        ["Dilvin Saleh Qasim", "Saleh", "3/5/2016", "Kocho", "abducted"],
        ["Nareen Ali Hasan", "Ali", "1998", "Kocho", "abducted"]])])
    assert cli("init").returncode == 0
    done = cli("import", str(path), "--source", "Directorate", "--new-sex", "female")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    # the report names the file and the sheet, then each row and column
    assert out.startswith("Import batch 1 (committed): officials.xlsx, sheet 'Sheet1'")
    assert f"warning row 4: {_said('2018', '2018')}" in out
    assert f"warning row 5: {_said('3/5/2016', '2016-05-03')}" in out
    assert "row 6" not in out.split("rows of the list")[0]
    for case, typed in (("SNJ-00001", "2018"), ("SNJ-00002", "3/5/2016")):
        birth = json.loads(cli("--json", "person", "show", case).stdout)["birth"]
        assert (birth["earliest"], birth["latest"], birth["text"]) == (None, None, typed)
    assert cli("person", "edit", "SNJ-00001", "--sharing", "court").returncode == 0
    pdf = tmp_path / "court.pdf"
    r = cli("dossier", "SNJ-00001", "-o", str(pdf), "--profile", "court", "--lang", "en")
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode()
    born = next(line for line in text.splitlines() if line.startswith("Born"))
    assert born.split(None, 1)[1].strip() == "2018 (as written; not read as a date)", born


def test_about_20_in_a_column_of_two_digit_years_is_not_born_2018(tmp_path):
    from app.importing import read_table
    from app.importing.convert import Converter
    from app.importing.mapping import suggest

    path = write_csv(tmp_path / "l.csv", HEADER,
                     [["Hana Murad Khalaf", "Murad", "78", "Kocho", "abducted"],
                      ["Dilvin Saleh Qasim", "Saleh", "85", "Kocho", "abducted"],
                      ["Nareen Ali Hasan", "Ali", "15", "Kocho", "abducted"],
                      ["Vian Abdallah Haji", "Abdallah", "about 20", "Kocho", "abducted"]])
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    rows = [conv.convert(r) for r in t.rows]
    for row, typed, years in ((rows[2], "15", "2015"), (rows[3], "about 20", "2018–2022")):
        assert [str(w) for w in row.warnings] == [_said(typed, years)]
        b = row.person.birth
        assert (b.earliest, b.latest, b.text) == (None, None, typed)


def test_a_year_under_an_age_column_after_2014_is_not_her_birth_either(tmp_path):
    from app.importing import read_table
    from app.importing.convert import Converter
    from app.importing.mapping import suggest

    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Age"], [["Nadia", "Murad", "2016"]])
    t = read_table(str(path))
    (row,) = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    assert [str(w) for w in row.warnings] == [_said("2016", "2016", "C (Age)")]
    assert row.person.birth.earliest is None and row.person.birth.text == "2016"


def test_a_row_with_its_abduction_holds_the_birth_against_it_and_an_age_is_the_lists(tmp_path):
    """Born 2016, abducted 2017: before it, read. A baby of six months in a list of 2024 (born
    in captivity): her age, as the list gives it."""
    from app.importing import read_table
    from app.importing.convert import Converter
    from app.importing.mapping import suggest
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault

    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Born", "Date of abduction"],
                     [["Nadia", "Murad", "2016", "2017"]])
    t = read_table(str(path))
    (row,) = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    assert row.warnings == [] and row.person.birth.earliest.year == 2016
    baby = write_csv(tmp_path / "baby.csv", ["Name", "Father", "Age"],
                     [["Nadia", "Murad", "6 أشهر"]])
    s = new_vault(tmp_path / "vault")
    try:
        svc = ImportService(s)
        (staged,) = svc.stage_rows(svc.prepare(str(baby), age_year=2024))
        birth = staged.person.birth
        assert (birth.earliest.year, birth.latest.year) == (2023, 2024)
        assert not any("after the abductions" in str(w) for w in json.loads(
            staged.warnings_json or "[]"))
    finally:
        s.close()


def test_a_woman_the_vault_knows_keeps_her_birth_and_the_list_is_noted(cli, tmp_path):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Laila", "--father", "Khalaf", "--grandfather",
               "Ilyas", "--sex", "F", "--born", "1998", "--village", "Kocho").returncode == 0
    path = write_csv(tmp_path / "l.csv", HEADER,
                     [["Laila Khalaf Ilyas", "Khalaf", "2018", "Kocho", "abducted"]])
    done = cli("--json", "import", str(path), "--source", "Directorate")
    assert done.returncode == 0, done.stderr
    rep = json.loads(done.stdout)
    assert rep["outcomes"] == {"certain": 1}
    birth = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)["birth"]
    assert (birth["earliest"], birth["latest"]) == ("1998-01-01", "1998-12-31")
    assert [(c["field"], c["list"]) for c in rep["conflicts"]] == [("birth", "2018")]
