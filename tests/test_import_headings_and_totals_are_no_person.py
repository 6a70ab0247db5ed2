"""A section's heading, a note, the header again or a totals line inside a list is no person:
rejected with its reason, never a new record; a woman's own row around them still is one."""

from __future__ import annotations

import pytest

from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv, write_xlsx


def _import(tmp_path, path) -> tuple[dict, None]:
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="NGO")
    report = svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    assert isinstance(report, dict) and report["reconciled"]
    return report, None


def _rejected(report) -> dict[int, str]:
    return {r["row"]: r["reason"] for r in report["rejected"]}


def test_village_headings_and_a_second_header_row_are_not_persons(tmp_path):
    path = write_xlsx(tmp_path / "sections.xlsx", [("Sheet", [
        ["ت", "الاسم", "اسم الاب", "اسم الجد", "المواليد", "الحالة"],
        ["No.", "Name", "Father", "Grandfather", "Birth", "Status"],            # row 2
        [None, "قرية كوجو", None, None, None, None],                            # row 3
        [1, "نادية", "مراد", "باسي", "1993", "مفقودة"],
        [2, "خالدة", "الياس", "خديدة", "1995", "مفقودة"],
        [None, "مجمع خانصور", None, None, None, None],                          # row 6
        [3, "جيهان", "قاسم", "خلف", "1990", "محررة"]])])
    report, _ = _import(tmp_path, path)
    rejected = _rejected(report)
    assert "repeats the list's column headings" in rejected[2]
    assert "stands alone on its row and reads as a heading" in rejected[3]
    assert "'قرية كوجو'" in rejected[3]
    assert "'مجمع خانصور'" in rejected[6]
    assert report["results"]["created"] == 3 and report["results"]["rejected"] == 3


def test_a_heading_merged_across_the_row_is_not_a_person(tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["ت", "الاسم", "اسم الاب", "اسم الجد", "القرية"])
    ws.append(["قرية تل قصب"])
    ws.merge_cells("A2:E2")  # as a clerk heads a village's women
    ws.append([1, "جيهان", "قاسم", "خلف", "تل قصب"])
    ws.append([2, "بسمة", "حسن", "علي", "تل قصب"])
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    report, _ = _import(tmp_path, path)
    assert "'قرية تل قصب' fills the whole row: a heading" in _rejected(report)[2]
    assert report["results"]["created"] == 2


def test_notes_and_group_headings_in_a_full_name_column_are_not_persons(tmp_path):
    path = write_csv(tmp_path / "notes.csv", ["ت", "الاسم الكامل", "القرية"], [
        ["1", "نادية مراد باسي", "كوجو"],
        ["", "ملاحظة: الاسماء التالية تم تحريرها", ""],   # row 3
        ["2", "خالدة الياس خديدة", "كوجو"],
        ["", "الناجيات", ""],                              # row 5
        ["", "Kocho village", ""],                         # row 6
        ["3", "Basma Hasan Ali", "Kocho"],
        ["", "Gundê Koço", ""],                            # row 8
        ["4", "Sara Khalaf Hassan", "Tel Qasab"]])
    report, _ = _import(tmp_path, path)
    assert set(_rejected(report)) == {3, 5, 6, 8}
    assert report["results"]["created"] == 4


@pytest.mark.parametrize("line", [
    ["", "Total", "", "9 persons"],
    ["", "Kom", "", "9"],
    ["", "عدد المختطفات", "9", ""],
    ["", "کۆ", "", "9"],
    ["", "Total number of abductees", "9", ""],
    ["", "المجموع", "", "9 مختطفات"],
])
def test_a_totals_line_with_its_count_in_another_column_is_not_a_person(tmp_path, line):
    path = write_csv(tmp_path / "t.csv", ["No", "Full name", "Age", "Village"], [
        ["1", "Sara Khalaf Hassan", "23", "Kocho"],
        ["2", "Dilvin Qasim Ali", "20", "Kocho"],
        line])
    report, _ = _import(tmp_path, path)
    assert "total line, not a person" in _rejected(report)[4]
    assert report["results"]["created"] == 2


@pytest.mark.parametrize("name", ["أسماء خلف", "أسماء", "عائدة", "ناجية", "ربيعة", "Asma"])
def test_a_womans_name_alone_on_its_row_stays_a_person(tmp_path, name):
    """أسماء is a woman's name as well as "names"; عائدة and ناجية are names as well as
    statuses; ربيعة a name as well as a town (found in review: each was rejected)."""
    path = write_csv(tmp_path / "given.csv", ["الاسم", "القرية"],
                     [["نادية", "ربيعة"], [name, ""]])
    report, _ = _import(tmp_path, path)
    assert _rejected(report) == {}


def test_one_name_copied_into_each_name_column_with_a_cell_left_empty_is_a_person(tmp_path):
    path = write_csv(tmp_path / "three.csv", ["الاسم الكامل", "Navê tevahî", "Full name",
                                              "Village"],
                     [["Xezal Xelef", "Xezal Xelef", "Xezal Xelef", ""]])
    report, _ = _import(tmp_path, path)
    assert _rejected(report) == {}


def test_rows_of_women_that_look_a_little_like_those_stay_persons(tmp_path):
    path = write_csv(tmp_path / "w.csv", ["ت", "الاسم", "Name", "العمر"], [
        ["1", "Nadia Murad", "Nadia Murad", ""],  # her Latin name copied into both columns
        ["", "شيرين", "", ""],                    # a given name alone: a family's list
        ["", "Nav Xezal", "Name Xezal", ""],      # each begins with a heading word (nav, name)
        ["4", "نادية", "", "15 سنة"]])            # last row: a name and an age
    report, _ = _import(tmp_path, path)
    assert _rejected(report) == {}
    assert report["results"]["created"] + report["results"]["same_as_earlier_row"] == 4
