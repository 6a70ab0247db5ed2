"""What changed since the last import of a list names people, not row numbers, and its counts add
up to the rows of the list, a name repeated within it included."""

import json

from tests.import_helpers import cli, write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "القرية", "الحالة"]
NADIA = ["نادية", "مراد", "باسي", "انثى", "كوجو", "مفقودة"]
REEM = ["ريم", "دخيل", "خلف", "انثى", "حردان", "مفقودة"]
SUZAN = ["سوزان", "خلف", "الياس", "انثى", "سنوني", "مفقودة"]
LAYLA = ["ليلى", "سليمان", "حجي", "انثى", "كوجو", "مفقودة"]
PEROZ = ["بيروز", "خضر", "علي", "انثى", "كرعزير", "مفقودة"]


def _two_versions(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    v1 = write_csv(tmp_path / "w1.csv", HEADER, [NADIA, REEM, SUZAN, LAYLA])
    first = cli(tmp_path, "--json", "import", str(v1), "--source", "NGO Duhok", "--yes")
    assert first.returncode == 0, first.stderr
    # Reem gone, Layla rescued, Suzan listed twice, Peroz new: five rows.
    freed = [*LAYLA[:5], "محررة"]
    return write_csv(tmp_path / "w2.csv", HEADER, [NADIA, SUZAN, freed, SUZAN, PEROZ])


def test_changes_name_each_row_and_the_person_it_went_to(tmp_path):
    v2 = _two_versions(tmp_path)
    rep = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok").stdout)
    ch = rep["changes_since_last_import"]
    assert ch["removed_rows"] == [{"row": 3, "name": "ريم دخيل خلف", "case_no": "SNJ-00002"}]
    assert ch["added_rows"] == [{"row": 6, "name": "بيروز خضر علي", "case_no": "SNJ-00005"}]
    (changed,) = ch["changed_rows"]
    assert (changed["row"], changed["name"], changed["case_no"]) == (4, "ليلى سليمان حجي",
                                                                    "SNJ-00004")
    text = cli(tmp_path, "review", "2", "--report").stdout
    assert "removed row 3 of batch 1: ريم دخيل خلف (SNJ-00002)" in text
    assert "added row 6: بيروز خضر علي (SNJ-00005)" in text
    assert "changed row 4 (was row 5): ليلى سليمان حجي (SNJ-00004): الحالة" in text


def test_a_row_repeated_within_the_list_is_counted_so_the_counts_add_up(tmp_path):
    v2 = _two_versions(tmp_path)
    dry = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok",
                         "--dry-run").stdout)
    ch = dry["changes_since_last_import"]
    assert (ch["added"], ch["changed"], ch["unchanged"], ch["repeated"]) == (1, 1, 2, 1)
    assert ch["added"] + ch["changed"] + ch["unchanged"] + ch["repeated"] \
        + ch["not_compared"] == dry["rows_read"] == 5
    assert ch["repeated_rows"] == [{"row": 5, "same_as_row": 3, "name": "سوزان خلف الياس",
                                    "case_no": "SNJ-00003"}]
    text = cli(tmp_path, "import", str(v2), "--source", "NGO Duhok", "--dry-run").stdout
    assert "1 repeated within the list (5 rows)" in text
    assert "repeated row 5: سوزان خلف الياس, as row 3 (SNJ-00003)" in text
