"""A list's own case number column (lists come back from families and offices with the case
numbers this vault gave them) bears on who each row is: the record it names settles a tie
with her namesake; a number naming another record than the names fit is asked about and said;
a number of this vault's form that no record has is said. Before, the column was read and
never used: a row naming her became a new person beside her, and a row naming one woman with
another's names updated the other unasked."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Case No", "Name", "Father", "Grandfather", "Family", "Sex", "Status"]


def _add(tmp_path, given: str, father: str, grandfather: str, family: str) -> str:
    r = cli(tmp_path, "--json", "person", "add", "--given", given, "--father", father,
            "--grandfather", grandfather, "--family", family, "--sex", "F",
            "--status", "missing")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _staged(tmp_path, rows: list[list[str]]) -> list[dict]:
    path = write_csv(tmp_path / "list.csv", HEADER, rows)
    r = cli(tmp_path, "--json", "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["rows"]


def test_the_case_number_settles_a_tie_and_asks_when_it_names_another(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    awaz = _add(tmp_path, "Awaz", "Barakat", "Hajji", "Rashkani")
    twin = _add(tmp_path, "Awaz", "Barakat", "Hajji", "Rashkani")  # her namesake cousin
    layla = _add(tmp_path, "Layla", "Murad", "Sulaiman", "Rashkani")
    farida = _add(tmp_path, "Farida", "Nizar", "Elias", "Hamdani")
    rows = _staged(tmp_path, [
        [twin, "Awaz", "Barakat", "Hajji", "Rashkani", "F", "rescued"],
        ["", "Awaz", "Barakat", "Hajji", "Rashkani", "F", "rescued"],
        [farida, "Layla", "Murad", "Sulaiman", "Rashkani", "F", "rescued"],
        ["SNJ-99999", "Ruba", "Murad", "Ali", "Bisi", "F", "missing"],
        ["NGO 17", "Layla", "Murad", "Sulaiman", "Rashkani", "F", "rescued"],
        [layla.lower(), "Layla", "Murad", "Sulaiman", "Rashkani", "F", "rescued"],
    ])
    assert [(r["outcome"], r["match"]) for r in rows] == [
        ("certain", twin),      # tied with awaz by the names; the number says which
        ("probable", awaz),     # no number: the tie is asked about as before
        ("probable", layla),    # the names are Layla's, the number Farida's
        ("new", None),
        ("certain", layla),     # another office's numbering says nothing here
        ("certain", layla)]
    assert "the list's case number names this record" in rows[0]["why"]
    assert f"the list's case number names {farida}, not this record" in rows[2]["why"]
    warned = [r["warnings"] for r in rows]
    assert any(f"case number '{farida}' names another record than the names fit: asked" in w
               for w in warned[2]), warned[2]
    assert any("case number 'SNJ-99999' is no record of this vault" in w for w in warned[3])
    assert not any("case number" in w for w in warned[4]), warned[4]


def test_a_number_naming_a_record_the_names_do_not_fit_makes_a_new_person_said(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    _add(tmp_path, "Layla", "Murad", "Sulaiman", "Rashkani")
    farida = _add(tmp_path, "Farida", "Nizar", "Elias", "Hamdani")
    (row,) = _staged(tmp_path, [[farida, "Ruba", "Khalaf", "Ali", "Bisi", "F", "missing"]])
    assert (row["outcome"], row["match"]) == ("new", None)
    assert any(f"case number '{farida}' names a record the names do not fit: read as a new "
               "person" in w for w in row["warnings"]), row["warnings"]


def test_the_case_number_column_is_found_as_this_program_heads_it():
    from app.importing.fields import Field, field_for_header
    for header in ("رقم الملف", "ژمارەی دۆسیە", "Hejmara dosyayê", "Case No", "رقم الحالة"):
        assert field_for_header(header)[0] == Field.CASE_NO, header
    assert field_for_header("الرقم")[0] == Field.SERIAL  # a list's own running number


def test_a_new_version_naming_another_womans_number_is_asked_though_her_names_were_listed(
        tmp_path):
    """The last version listed Vian; the new one adds a case number column, and her row names
    Samira's number and says rescued. Her names alone, listed before, made the row certain: the
    warning said "asked", nothing waited, and Vian was marked rescued (a tester's day)."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    first = write_csv(tmp_path / "v1.csv", ["الاسم", "اسم الاب", "اسم الجد", "القرية", "الحالة"],
                      [["فيان", "خليل", "علي", "كوجو", "مختطفة"],
                       ["سميرة", "الياس", "خديدة", "كوجو", "مختطفة"]])
    assert cli(tmp_path, "import", str(first), "--source", "Office").returncode == 0
    second = write_csv(tmp_path / "v2.csv",
                       ["الاسم", "اسم الاب", "اسم الجد", "القرية", "الحالة", "رقم القضية"],
                       [["فيان", "خليل", "علي", "كوجو", "محررة", "SNJ-00002"],
                        ["سميرة", "الياس", "خديدة", "كوجو", "مختطفة", ""]])
    done = cli(tmp_path, "--json", "import", str(second), "--source", "Office")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["state"] == "staged"  # a row waits: nothing committed
    waiting = json.loads(cli(tmp_path, "--json", "review", "2").stdout)
    assert [w["row"] for w in waiting] == [2]
    vian = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert vian["current_status"] == "missing"
