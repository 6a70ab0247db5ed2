"""A row inside a list that heads a section (the women, the men, the children), a family («عائلة خلف
رشو», "Family of Khalaf Rasho", Malbata Xelef Reşo) or is a note («ملاحظة: ...», "Note: ...") is
no person, in every language the lists use and with the list's running number beside it: rejected
with its reason, never a woman named «الإناث» or a given name 'Family' whose father is 'of'
(found by a tester). A woman's own name alone on its row stays hers."""

from __future__ import annotations

from app.domain.person import NamePart, NameText
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv, write_xlsx

HEADING = "stands alone on its row and reads as a heading or a note, not a person"


def _import(tmp_path, path) -> tuple[dict, list[dict[str, str]]]:
    """The report of importing path into a new vault, and the names of the persons it holds
    afterwards ({part: as written})."""
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="NGO")
    report = svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    assert isinstance(report, dict) and report["reconciled"]
    persons = [{part: _written(p.names.get(part)) for part in NamePart} for p in s.persons.iter_all()]
    return report, persons


def _written(name: NameText | None) -> str:
    return (name.original or name.latin) if name else ""


def _rejected(report) -> dict[int, str]:
    return {r["row"]: r["reason"] for r in report["rejected"]}


def _givens(persons) -> set[str]:
    return {n[NamePart.GIVEN] for n in persons}


def test_sections_of_women_men_and_children_are_not_persons(tmp_path):
    path = write_csv(tmp_path / "sections.csv", ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "القرية"], [
        ["الإناث", "", "", "", ""],                          # row 2
        ["رنا", "سالم", "خديدة", "انثى", "كوجو"],
        ["الذكور", "", "", "", ""],                          # row 4
        ["رامي", "سالم", "خديدة", "ذكر", "كوجو"],
        ["Females", "", "", "", ""],                         # row 6
        ["Women", "", "", "", ""],
        ["Children", "", "", "", ""],
        ["Girls", "", "", "", ""],
        ["Males", "", "", "", ""],                           # row 10
        ["منداڵان", "", "", "", ""],
        ["ئافرەتان", "", "", "", ""],
        ["النساء", "", "", "", ""],
        ["أطفال خلف رشو", "", "", "", ""],                   # row 14
        ["سهام", "خلف", "رشو", "انثى", "كوجو"]])
    report, persons = _import(tmp_path, path)
    rejected = _rejected(report)
    assert set(rejected) == {2, 4, *range(6, 15)}
    assert all(HEADING in reason for reason in rejected.values())
    assert "'الإناث'" in rejected[2] and "'Females'" in rejected[6]
    assert _givens(persons) == {"رنا", "رامي", "سهام"}


def test_a_familys_heading_in_any_language_is_not_a_person_and_names_no_one(tmp_path):
    path = write_csv(tmp_path / "families.csv", ["الاسم الكامل", "الجنس", "القرية"], [
        ["نادية مراد طه", "انثى", "كوجو"],
        ["عائلة خلف رشو", "", ""],                           # row 3
        ["اسرة خلف رشو", "", ""],
        ["Malbata Xelef Reşo", "", ""],
        ["Family of Khalaf Rasho", "", ""],                  # row 6
        ["خێزانی خەلەف ڕەشۆ", "", ""],
        ["بنەماڵەی خەلەف", "", ""],
        ["العوائل التالية من حردان", "", ""],                 # row 9
        ["شيرين", "انثى", "حردان"]])
    report, persons = _import(tmp_path, path)
    rejected = _rejected(report)
    assert set(rejected) == set(range(3, 10))
    assert all(HEADING in reason for reason in rejected.values())
    assert "'Family of Khalaf Rasho'" in rejected[6]
    # The heading's family name is not given to the woman below it: nothing is invented.
    assert sorted(_givens(persons)) == ["شيرين", "نادية"]
    shirin = next(n for n in persons if n[NamePart.GIVEN] == "شيرين")
    assert not shirin[NamePart.FAMILY] and not shirin[NamePart.FATHER]


def test_a_note_is_not_a_person_with_the_lists_number_beside_it(tmp_path):
    path = write_csv(tmp_path / "notes.csv", ["ت", "الاسم", "اسم الاب", "الجنس", "القرية"], [
        ["1", "نادية", "سالم", "انثى", "كوجو"],
        ["2", "ملاحظة: العوائل التالية من حردان", "", "", ""],   # row 3
        ["3", "رنا", "سالم", "انثى", "حردان"],
        ["4", "Note: the following are from Sinune camp", "", "", ""],
        ["5", "تنويه الاسماء التالية محررة", "", "", ""],       # row 6
        ["6", "Têbînî: ev ji Sinûnê ne", "", "", ""],
        ["7", "تێبینی ئەمانە لە شاریان", "", "", ""],
        ["8", "الإناث", "", "", ""],                            # row 9
        ["9", "ريم", "سالم", "انثى", "كوجو"]])
    report, persons = _import(tmp_path, path)
    rejected = _rejected(report)
    assert set(rejected) == set(range(3, 10)) - {4}
    assert all(HEADING in reason for reason in rejected.values())
    assert _givens(persons) == {"نادية", "رنا", "ريم"}


def test_an_unheaded_column_of_running_numbers_is_the_lists_number_too(tmp_path):
    path = write_xlsx(tmp_path / "numbered.xlsx", [("Sheet", [
        [None, "Name", "Father", "Sex", "Village"],
        [1, "Nadia", "Salim", "F", "Kocho"],
        [2, "Note: the following are from Sinune camp", None, None, None],   # row 3
        [3, "Layla", "Salim", "F", "Kocho"],
        [4, "Females", None, None, None],                                     # row 5
        [5, "Rim", "Salim", "F", "Sinune"]])])
    report, persons = _import(tmp_path, path)
    rejected = _rejected(report)
    assert set(rejected) == {3, 5}
    assert all(HEADING in reason for reason in rejected.values())
    assert _givens(persons) == {"Nadia", "Layla", "Rim"}


def test_kurmanji_jin_heads_the_women_only_in_a_list_that_writes_kurmanji_letters(tmp_path):
    path = write_csv(tmp_path / "kmr.csv", ["Nav", "Bav", "Zayend", "Gund"], [
        ["Jin", "", "", ""],                     # row 2: women
        ["Nadiya", "Mûrad", "mê", "Koço"],
        ["Jîn", "", "", ""],                     # a woman's name, alone on its row
        ["Mêr", "", "", ""],                     # row 5: men
        ["Xelef", "Reşo", "nêr", "Koço"],
        ["Zarok", "", "", ""],                   # row 7: children
        ["Gulîstan", "Xelef", "mê", "Koço"]])
    report, persons = _import(tmp_path / "kmr", path)
    assert set(_rejected(report)) == {2, 5, 7}
    assert _givens(persons) == {"Nadiya", "Jîn", "Xelef", "Gulîstan"}
    # A list without those letters writes her name Jîn as Jin: she stays a person.
    path = write_csv(tmp_path / "en.csv", ["Name", "Father"],
                     [["Nadia", "Murad"], ["Jin", ""], ["Layla", "Hasan"]])
    report, persons = _import(tmp_path / "en", path)
    assert _rejected(report) == {}
    assert _givens(persons) == {"Nadia", "Jin", "Layla"}


def test_a_heading_word_beside_anything_else_of_a_person_is_hers(tmp_path):
    """«عائلة» and the like make a heading only of a row with nothing else of a person: with her
    sex or her father's name beside it, the row is read as any other (and says what it reads)."""
    path = write_csv(tmp_path / "mixed.csv", ["ت", "الاسم", "اسم الاب", "الجنس"], [
        ["1", "نادية", "سالم", "انثى"],
        ["2", "Females", "", "انثى"],
        ["3", "Family", "Khalaf", ""],
        ["4", "أسماء", "", ""],
        ["5", "Jîn", "", ""]])
    report, _ = _import(tmp_path, path)
    assert _rejected(report) == {}


def test_a_numbered_row_of_a_name_and_her_status_after_a_colon_is_hers(tmp_path):
    """A review: with the list's number set aside, a colon made a note of «نادية خلف رشو:
    محررة»; a line the list numbers is a person's unless a note's word begins it."""
    path = write_csv(tmp_path / "l.csv", ["No", "Name"], [
        ["1", "ليلى حسن علي"], ["2", "نادية خلف رشو: محررة"], ["3", "ملاحظة: العوائل التالية"]])
    report, _persons = _import(tmp_path, path)
    assert set(_rejected(report)) == {4}, report["rejected"]


def test_more_sections_and_a_second_header_row_in_the_other_language_are_no_persons(tmp_path):
    """A tester: "Female children", "Male children", "Daughters", "Wives", "Zarokên" were
    persons; so was a header's second row in English under the Arabic one ("Name Father
    Grandfather", village "Village") and the header of two rows again on a new page."""
    path = write_csv(tmp_path / "l.csv", ["الاسم الثلاثي", "القرية"], [
        ["Female children", ""], ["نادية خليل الياس", "كوجو"], ["Male children", ""],
        ["كاوا خليل الياس", "كوجو"], ["Daughters", ""], ["Wives", ""], ["Zarokên", ""],
        ["شيرين حسن علي", "كوجو"]])
    report, persons = _import(tmp_path, path)
    assert set(_rejected(report)) == {2, 4, 6, 7, 8}, report["rejected"]
    bilingual = write_xlsx(tmp_path / "b.xlsx", [("List", [
        ["ت", "الاسم", "اسم الاب", "اسم الجد", "القرية"],
        ["No.", "Name", "Father", "Grandfather", "Village"],
        [1, "نوال", "خديدة", "سليمان", "كوجو"]])])
    report, persons = _import(tmp_path / "b", bilingual)
    assert set(_rejected(report)) == {2} and len(persons) == 1, report["rejected"]
