"""A list's row that moves her status forward and says when (a rescue-date column: «تاريخ
التحرير» 5/2019) sets that date: the dry run, the desktop's preview and the import's report say
it beside the change ("missing -> rescued (5/2019)"). A tester found it set, never said: a date
written without being shown cannot be checked against the paper."""

from __future__ import annotations

from tests.import_helpers import ok, write_csv


def _vault_and_list(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    first = write_csv(tmp_path / "first.csv",
                      ["الاسم", "اسم الاب", "اسم الجد", "القرية", "المواليد", "الحالة"],
                      [["كوثر", "عباس", "رشيد", "كوجو", "1989", "مفقودة"]])
    ok(tmp_path, "import", str(first), "--source", "Family", "--yes")
    return write_csv(tmp_path / "second.csv",
                     ["الاسم", "اسم الاب", "اسم الجد", "القرية", "المواليد", "الحالة",
                      "تاريخ التحرير"],
                     [["كوثر", "عباس", "رشيد", "كوجو", "1989", "محررة", "5/2019"]])


def test_dry_run_and_report_say_the_date_of_the_status(tmp_path):
    second = _vault_and_list(tmp_path)
    dry = ok(tmp_path, "import", str(second), "--source", "Family 2", "--dry-run").stdout
    assert "would change status: missing -> rescued (5/2019)" in dry
    done = ok(tmp_path, "import", str(second), "--source", "Family 2", "--yes").stdout
    assert "status row 2 (SNJ-00001): missing -> rescued (5/2019)" in done


def test_a_status_without_a_date_is_said_as_before(tmp_path):
    ok(tmp_path, "init", "--prefix", "SNJ")
    first = write_csv(tmp_path / "first.csv", ["Name", "Father", "Grandfather", "Village", "Born",
                                               "Status"],
                      [["Kawthar", "Abbas", "Rashid", "Kocho", "1989", "missing"]])
    ok(tmp_path, "import", str(first), "--source", "NGO", "--yes")
    second = write_csv(tmp_path / "second.csv", ["Name", "Father", "Grandfather", "Village", "Born",
                                                 "Status"],
                       [["Kawthar", "Abbas", "Rashid", "Kocho", "1989", "rescued"]])
    dry = ok(tmp_path, "import", str(second), "--source", "NGO 2", "--dry-run").stdout
    assert "would change status: missing -> rescued\n" in dry


def test_the_desktop_preview_says_the_date_of_the_status(qapp):
    from ui.import_changes import change_lines

    lines = change_lines({"status": ["missing", "rescued"]}, "F", status_date="5/2019")
    assert len(lines) == 1 and "5/2019" in lines[0] and "Rescued" in lines[0]
    assert "5/2019" not in change_lines({"status": ["missing", "rescued"]}, "F")[0]
