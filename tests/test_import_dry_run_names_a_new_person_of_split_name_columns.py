"""A list whose name is in separate columns (given, father's, grandfather's): the dry run's
"new person" rows name her, under the given-name rule, as a whole-name list's rows do with
"name read as" (a tester read "row 19: new person" and could not see which woman it would make
twice)."""

from __future__ import annotations

from tests.import_helpers import ok, write_csv


def test_each_new_person_row_is_named(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    lst = write_csv(tmp_path / "l.csv", ["Given", "Father", "Grandfather", "Village"],
                    [["Peri", "Khalil", "Ismail", "Kocho"], ["", "Murad", "Ali", "Kocho"]])
    dry = ok(tmp_path, "import", str(lst), "--dry-run").stdout
    assert "  row 2: new person: Peri Khalil Ismail\n" in dry
    assert "  row 3: new person: (given name unknown) Murad Ali\n" in dry


def test_her_given_name_in_one_script_leads_the_other(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    lst = write_csv(tmp_path / "l.csv", ["Given name", "اسم الاب", "اسم الجد"],
                    [["Peri", "خليل", "اسماعيل"]])
    dry = ok(tmp_path, "import", str(lst), "--dry-run").stdout
    assert "  row 2: new person: Peri خليل اسماعيل / Peri\n" in dry
