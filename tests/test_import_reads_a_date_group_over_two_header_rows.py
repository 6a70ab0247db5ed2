"""A header on two rows whose group word names a field only with the label under it: «التاريخ»
merged over الاختطاف | التحرير (date: abduction | liberation), as Iraqi offices lay out a list of
the rescued. The row of the labels became a person («الاسم الثلاثي», "Full name") and both
dates were left out, so no one was marked rescued; now the two rows are one header and the
dates are the abduction and rescue dates, in a workbook, its CSV save and an ods."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from app.importing import read_table
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_ods

# (title, upper header row with the group's second cell None, the group's labels, a row)
LISTS = {
    "ar": ("قائمة الناجيات - مكتب انقاذ المختطفين",
           ["ت", "الاسم الثلاثي", "الجنس", "التاريخ", None, "مكان التواجد الحالي"],
           ["الاختطاف", "التحرير"], [1, "شيرين حسين قاسم", "انثى", "مخيم شاريا"]),
    "en": ("List of survivors", ["No.", "Full name", "Sex", "Date", None, "Current location"],
           ["Abduction", "Rescue"], [1, "Shirin Hussein Qasim", "F", "Sharya camp"]),
    "kmr": ("Lîsta rizgarbûyan", ["Hejmar", "Navê temam", "Zayend", "Dîrok", None, "Cihê niha"],
            ["Revandin", "Rizgarkirin"], [1, "Şîrîn Hisên Qasim", "mê", "Kampa Şarya"]),
    "ckb": ("لیستی ڕزگاربووان", ["ژ", "ناوی سیانی", "ڕەگەز", "بەروار", None, "شوێنی ئێستا"],
            ["ڕفاندن", "ڕزگاربوون"], [1, "شیرین حسێن قاسم", "مێ", "کەمپی شاریا"]),
}
ABDUCTED, RESCUED = dt.date(2014, 8, 3), dt.date(2017, 5, 20)


def _xlsx(path, lang):
    """As the office's sheet: a title merged across, the group merged across its two labels,
    every other header merged down over both header rows."""
    import openpyxl

    title, upper, labels, (n, name, sex, place) = LISTS[lang]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rescued"
    ws.append([title])
    ws.append(upper)
    ws.append([None, None, None, *labels, None])
    ws.append([n, name, sex, dt.datetime(2014, 8, 3), dt.datetime(2017, 5, 20), place])
    ws.merge_cells("A1:F1")
    ws.merge_cells("D2:E2")
    for c in "ABCF":
        ws.merge_cells(f"{c}2:{c}3")
    wb.save(path)
    return path


def _rows_as_saved(lang):
    """The sheet's cells as Excel saves it to CSV (and an ods reads without its merges): the
    group word over its first label only, the other headers on the first line only."""
    title, upper, labels, (n, name, sex, place) = LISTS[lang]
    return [[title, "", "", "", "", ""], [v or "" for v in upper],
            ["", "", "", *labels, ""], [str(n), name, sex, "03/08/2014", "20/05/2017", place]]


def _csv(path, lang):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(_rows_as_saved(lang))
    return path


def _ods(path, lang):
    return write_ods(path, [("Rescued", _rows_as_saved(lang))])


@pytest.mark.parametrize("lang", sorted(LISTS))
@pytest.mark.parametrize("form", ["xlsx", "csv", "ods"])
def test_the_two_header_rows_are_one_header_and_give_the_abduction_and_rescue_dates(
        tmp_path, lang, form):
    path = {"xlsx": _xlsx, "csv": _csv, "ods": _ods}[form](tmp_path / f"rescued.{form}", lang)
    t = read_table(str(path))
    _, upper, labels, _ = LISTS[lang]
    group = upper[3]
    assert t.headers == [*upper[:3], f"{group} / {labels[0]}", f"{group} / {labels[1]}",
                         upper[5]]
    # the labels' row is header, never a person
    assert t.header_row == 3 and [r.number for r in t.rows] == [4]
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.SERIAL, Field.FULL_NAME, Field.SEX,
        Field.ABDUCTION_DATE, Field.RESCUE_DATE, Field.LAST_KNOWN_LOCATION]
    reason = str(m.reasons[t.headers[3]])
    assert reason == (f"header '{group} / {labels[0]}': abduction_date, as the group '{group}' "
                      f"and the label '{labels[0]}' under it say together")


def test_the_lawyers_import_marks_her_rescued_and_makes_no_person_of_the_labels(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    for form, make in (("xlsx", _xlsx), ("csv", _csv)):
        path = make(tmp_path / f"rescued.{form}", "ar")
        dry = cli(tmp_path, "--json", "import", str(path), "--dry-run")
        assert dry.returncode == 0, dry.stderr
        rows = json.loads(dry.stdout)["rows"]
        assert [r["row"] for r in rows] == [4]   # no row 3: the labels are no person
    out = cli(tmp_path, "--json", "import", str(tmp_path / "rescued.xlsx"), "--yes",
              "--source", "Rescue Office")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["results"]["created"] == 1
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert shown["names"]["given"]["original"] == "شيرين"
    assert shown["abduction_date"]["earliest"] == ABDUCTED.isoformat()
    assert shown["current_status"] == "rescued"
    assert shown["status_events"][-1]["date"]["earliest"] == RESCUED.isoformat()
    assert cli(tmp_path, "person", "show", "SNJ-00002").returncode != 0


def test_an_event_over_its_date_and_place_gives_both(tmp_path):
    """"Abduction" over Date | Place, «الاختطاف» over التاريخ | المكان: the other way round."""
    for group, labels in (("Abduction", ["Date", "Place"]), ("الاختطاف", ["التاريخ", "المكان"])):
        path = tmp_path / "abduction.csv"
        path.write_text(f"No,Name,{group},,Village\n,,{labels[0]},{labels[1]},\n"
                        "1,Nadia,03/08/2014,Kocho,Kocho\n", encoding="utf-8")
        t = read_table(str(path))
        assert [r.number for r in t.rows] == [3]
        m = suggest(t)
        assert m.columns[f"{group} / {labels[0]}"] is Field.ABDUCTION_DATE
        assert m.columns[f"{group} / {labels[1]}"] is Field.ABDUCTION_PLACE


def test_labels_naming_nothing_known_are_header_where_the_other_headers_are_merged_down(
        tmp_path):
    """The sheet's merges say the labels' row is header, whatever its words: the uncles' names
    under «الأقارب» (relatives) are no person, and their columns stay with the list's rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ت", "الاسم الثلاثي", "الأقارب", None, "القرية"])
    ws.append([None, None, "الخال", "العم", None])
    ws.append([1, "نادية مراد طه", "خليل", "سعيد", "كوجو"])
    ws.merge_cells("C1:D1")
    for c in "ABE":
        ws.merge_cells(f"{c}1:{c}2")
    wb.save(tmp_path / "relatives.xlsx")
    t = read_table(str(tmp_path / "relatives.xlsx"))
    assert t.headers == ["ت", "الاسم الثلاثي", "الأقارب / الخال", "الأقارب / العم", "القرية"]
    assert t.header_row == 2 and [r.number for r in t.rows] == [3]


def test_a_first_row_of_dates_under_a_date_group_stays_data(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("No,Name,Date,,Village\n1,Nadia,03/08/2014,20/05/2017,Kocho\n",
                    encoding="utf-8")
    t = read_table(str(path))
    assert t.header_row == 1 and [r.number for r in t.rows] == [2]


@pytest.mark.usefixtures("new_translations")  # not in the .qm files yet
@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_the_reason_reads_in_the_interface_language(qapp, tmp_path, lang):
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    t = read_table(str(_xlsx(tmp_path / "rescued.xlsx", "en")))
    reason = suggest(t).reasons["Date / Rescue"]
    try:
        apply_language(qapp, lang)
        said = sentence_said(reason)
    finally:
        apply_language(qapp, "en")
    assert "say together" not in said and "Date / Rescue" in said and "Rescue" in said
