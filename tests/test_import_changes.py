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
    assert "1 repeated within the list (rows in all: 5)" in text
    assert "repeated row 5: سوزان خلف الياس, as row 3 (SNJ-00003)" in text


# The Yazda Kocho list as it comes: a title row, the name in both scripts, the list's own
# running number, age, sex, status and a note.
TITLE = ["قائمة مختطفي كوجو - منظمة يزدا"]
KOCHO_HEADER = ["ت", "الاسم الكامل", "Full name", "القرية", "العمر", "الجنس", "الحالة",
                "ملاحظات"]
NOFA = ["نوفة خلف حسن حسكاني", "Nofa Khalaf Hassan Haskani", "كوجو", "27", "انثى", "مفقودة",
        ""]
FARIDA = ["فريدة خلف الياس جيلكي", "Farida Khalaf Elias Jilki", "كوجو", "30", "انثى",
          "مفقودة", ""]
NADIA_K = ["نادية خلف رشو حسكاني", "Nadia Khalaf Rasho Haskani", "كوجو", "24", "انثى",
           "مفقودة", "الأم في مخيم شاريا"]
DUNYA = ["دنيا كريم مطو الدخي", "Dunya Karim Matto Al-Dakhi", "Hardan", "19", "انثى", "مختطفة",
         ""]


def _kocho(tmp_path, name, people, header=KOCHO_HEADER):
    from tests.import_helpers import write_xlsx

    def row(i, p):
        return [i, *p] if header[0] == "ت" else list(p)
    return write_xlsx(tmp_path / name, [("Kocho", [TITLE, [], header, *(
        row(i, p) for i, p in enumerate(people, 1))])])


def _import_v1(tmp_path, people):
    assert cli(tmp_path, "init").returncode == 0
    v1 = _kocho(tmp_path, "kocho_v1.xlsx", people)
    first = cli(tmp_path, "import", str(v1), "--source", "Yazda Kocho", "--yes")
    assert first.returncode == 0, first.stderr


def test_a_corrected_latin_spelling_is_a_changed_row_not_one_removed_and_one_added(tmp_path):
    """v2 writes Nofa as Nofah, her Arabic name as before: the NGO corrected a spelling, it did
    not take her off its list (as a removed row would tell the lawyer)."""
    _import_v1(tmp_path, [NOFA, FARIDA, NADIA_K, DUNYA])
    nofah = [NOFA[0], "Nofah Khalaf Hassan Haskani", *NOFA[2:]]
    v2 = _kocho(tmp_path, "kocho_v2.xlsx", [FARIDA, nofah, NADIA_K])
    for extra in (["--dry-run"], []):
        rep = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "Yazda Kocho",
                             *extra).stdout)
        ch = rep["changes_since_last_import"]
        assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"]) == (0, 1, 1, 2)
        assert [r["name"] for r in ch["removed_rows"]] == [
            "دنيا كريم مطو الدخي Dunya Karim Matto Al-Dakhi"]
        (changed,) = ch["changed_rows"]
        assert (changed["row"], changed["previous_row"], changed["case_no"]) == (5, 4,
                                                                                 "SNJ-00001")
        assert changed["columns"] == {"Full name": ["Nofa Khalaf Hassan Haskani",
                                                    "Nofah Khalaf Hassan Haskani"]}
    text = cli(tmp_path, "review", "2", "--report").stdout
    assert ("changed row 5 (was row 4): نوفة خلف حسن حسكاني Nofah Khalaf Hassan Haskani "
            "(SNJ-00001): Full name: 'Nofa Khalaf Hassan Haskani' -> "
            "'Nofah Khalaf Hassan Haskani'") in text
    assert "1 removed" in text and "removed row 4 of batch 1" not in text


def test_a_name_in_the_other_script_unchanged_pairs_rows_the_vault_did_not(tmp_path):
    """v2 corrects her Latin spelling and her sex, written male in v1: the row now contradicts
    the record v1 made, so it waits for the lawyer and pairs with no person yet; her Arabic
    name, as before, still says it is her row of the last version."""
    _import_v1(tmp_path, [[*NOFA[:4], "ذكر", *NOFA[5:]], FARIDA])
    fixed = [NOFA[0], "Nofah Khalaf Hassan Haskani", *NOFA[2:]]
    v2 = _kocho(tmp_path, "kocho_v2.xlsx", [FARIDA, fixed])
    rep = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "Yazda Kocho",
                         "--dry-run").stdout)
    assert [r["outcome"] for r in rep["rows"]] == ["certain", "probable"]
    ch = rep["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"]) == (0, 0, 1)
    assert ch["changed_rows"][0]["columns"] == {
        "Full name": ["Nofa Khalaf Hassan Haskani", "Nofah Khalaf Hassan Haskani"],
        "الجنس": ["ذكر", "انثى"]}
    # The lawyer decides the row is another woman: then it is not Nofa's row either.
    assert cli(tmp_path, "import", str(v2), "--source", "Yazda Kocho").returncode == 0
    done = cli(tmp_path, "--json", "review", "2", "--row", "5", "--decide", "create",
               "--commit")
    assert done.returncode == 0, done.stderr
    ch = json.loads(done.stdout)["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"]) == (1, 1, 0)


def test_two_women_of_different_names_are_still_one_removed_and_one_added(tmp_path):
    _import_v1(tmp_path, [NOFA, FARIDA, DUNYA])
    v2 = _kocho(tmp_path, "kocho_v2.xlsx", [FARIDA, DUNYA, [
        "هدية خلف مراد حسكاني", "Hediya Khalaf Murad Haskani", *NOFA[2:]]])
    ch = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "Yazda Kocho",
                        "--dry-run").stdout)["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"]) == (1, 1, 0, 2)


def test_a_cell_left_blank_is_not_a_change_but_is_named(tmp_path):
    """v2 leaves Nadia's note out: the vault keeps it (an import never blanks a value), so the
    row is not counted as changed; the report still says what the list no longer gives."""
    _import_v1(tmp_path, [NOFA, FARIDA, NADIA_K])
    no_note = [*NADIA_K[:6], ""]
    rescued = [*FARIDA[:5], "ناجية", ""]
    v2 = _kocho(tmp_path, "kocho_v2.xlsx", [NOFA, rescued, [*no_note[:5], "ناجية", ""]])
    rep = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "Yazda Kocho",
                         "--dry-run").stdout)
    ch = rep["changes_since_last_import"]
    assert (ch["changed"], ch["unchanged"]) == (2, 1)
    by_row = {c["row"]: c for c in ch["changed_rows"]}
    assert by_row[6]["columns"] == {"الحالة": ["مفقودة", "ناجية"]}
    assert by_row[6]["no_longer_given"] == {"ملاحظات": "الأم في مخيم شاريا"}
    assert "no_longer_given" not in by_row[5]
    v2 = _kocho(tmp_path, "kocho_v2.xlsx", [NOFA, FARIDA, no_note])
    rep = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "Yazda Kocho")
                     .stdout)
    ch = rep["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"]) == (0, 0, 0, 3)
    assert ch["no_longer_given_rows"] == [{
        "row": 6, "previous_row": 6, "name": "نادية خلف رشو حسكاني Nadia Khalaf Rasho Haskani",
        "case_no": "SNJ-00003", "no_longer_given": {"ملاحظات": "الأم في مخيم شاريا"}}]
    text = cli(tmp_path, "review", "2", "--report").stdout
    assert "0 changed, 3 unchanged" in text
    assert "'الأم في مخيم شاريا' -> ''" not in text
    assert ("no longer given in row 6 (was row 6): نادية خلف رشو حسكاني Nadia Khalaf Rasho "
            "Haskani (SNJ-00003): ملاحظات 'الأم في مخيم شاريا'") in text
    assert "not a change: the vault keeps what earlier versions gave" in text
    person = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00003").stdout)
    assert person["notes"] == "الأم في مخيم شاريا"


def test_columns_left_out_of_a_new_version_change_no_row(tmp_path):
    """v3 comes without the age and sex columns: not 'العمر: 29 -> blank' for every row, but
    one line naming the columns no longer in the list."""
    _import_v1(tmp_path, [NOFA, FARIDA, NADIA_K])
    header = [h for h in KOCHO_HEADER if h not in ("العمر", "الجنس")]
    shorter = [[p[0], p[1], p[2], p[5], p[6]] for p in (NOFA, FARIDA, NADIA_K)]
    shorter[0][3] = "ناجية"
    v3 = _kocho(tmp_path, "kocho_v3.xlsx", shorter, header)
    rep = json.loads(cli(tmp_path, "--json", "import", str(v3), "--source", "Yazda Kocho",
                         "--dry-run").stdout)
    ch = rep["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"]) == (0, 0, 1, 2)
    assert ch["columns_left_out"] == ["العمر", "الجنس"]
    assert ch["changed_rows"][0]["columns"] == {"الحالة": ["مفقودة", "ناجية"]}
    assert ch.get("no_longer_given_rows", []) == []
    text = cli(tmp_path, "import", str(v3), "--source", "Yazda Kocho", "--dry-run").stdout
    assert "columns no longer in the list: العمر, الجنس" in text
    assert "'27' -> ''" not in text


# Two records in the vault fit her alike (a record entered twice, one with a birth year): the
# lawyer decided by hand which one the list's row is.
VIYAN_V1 = ["ڤيان", "خليل", "علي", "انثى", "كوجو", "مفقودة"]
VIYAN_V2 = ["فيان", "خليل", "علي", "انثى", "كوجو", "مفقودة"]  # ڤ written ف by the next version
JAMILA = ["جميلة", "خليل", "علي", "انثى", "كوجو", "مفقودة"]  # her sister


def _viyan_decided_by_hand(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    for born in ([], ["--born", "1995"]):
        assert cli(tmp_path, "person", "add", "--given", "ڤيان", "--father", "خليل",
                   "--grandfather", "علي", "--sex", "F", "--village", "كوجو", "--status",
                   "missing", *born).returncode == 0
    v1 = write_csv(tmp_path / "l2019.csv", HEADER, [NADIA, VIYAN_V1])
    assert cli(tmp_path, "import", str(v1), "--source", "NGO Duhok").returncode == 0
    done = cli(tmp_path, "review", "1", "--row", "3", "--decide", "update", "--person",
               "SNJ-00002", "--commit")
    assert done.returncode == 0, done.stderr


def test_a_respelt_row_decided_by_hand_last_time_is_her_row_changed_with_her_person_suggested(
        tmp_path):
    """ڤيان in 2019, decided by hand to be SNJ-00002 of two records that fit alike; فيان in
    2020: the dry run already calls her row changed, not removed and added, and the row waits
    with SNJ-00002 suggested, saying why, instead of the tie asked again as if new."""
    _viyan_decided_by_hand(tmp_path)
    v2 = write_csv(tmp_path / "l2020.csv", HEADER, [NADIA, VIYAN_V2])
    dry = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok",
                         "--dry-run").stdout)
    ch = dry["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"]) == (0, 0, 1, 1)
    assert (ch["changed_rows"][0]["row"], ch["changed_rows"][0]["case_no"]) == (3, "SNJ-00002")
    row = dry["rows"][1]
    assert (row["outcome"], row["match"]) == ("probable", "SNJ-00002")
    assert ("spelt otherwise in the last import of this list (batch 1, row 3), decided by hand "
            "then: SNJ-00002") in row["why"]
    assert cli(tmp_path, "import", str(v2), "--source", "NGO Duhok").returncode == 0
    shown = cli(tmp_path, "review", "2").stdout
    assert "decided by hand then: SNJ-00002" in shown
    done = cli(tmp_path, "--json", "review", "2", "--row", "3", "--decide", "update", "--commit")
    assert done.returncode == 0, done.stderr
    rep = json.loads(done.stdout)
    ch = rep["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"]) == (0, 0, 1)
    assert ch["changed_rows"][0]["case_no"] == "SNJ-00002"


def test_her_sister_in_place_of_a_row_decided_by_hand_is_still_removed_and_added(tmp_path):
    """2020 lists Jamila, Viyan's sister (every other name alike), where Viyan was: not Viyan's
    row changed, and no person suggested for her from Viyan's decision; beside Viyan respelt,
    only Viyan's row pairs."""
    _viyan_decided_by_hand(tmp_path)
    v2 = write_csv(tmp_path / "l2020.csv", HEADER, [NADIA, JAMILA])
    dry = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok",
                         "--dry-run").stdout)
    ch = dry["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"]) == (1, 1, 0)
    assert "decided by hand then" not in (dry["rows"][1]["why"] or "")
    v2 = write_csv(tmp_path / "l2020b.csv", HEADER, [NADIA, JAMILA, VIYAN_V2])
    dry = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok",
                         "--dry-run").stdout)
    ch = dry["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"]) == (1, 0, 1)
    assert [r["row"] for r in ch["added_rows"]] == [3]
    assert ch["changed_rows"][0]["row"] == 4


def test_another_list_of_the_same_sender_is_no_version_of_its_first(tmp_path):
    """A family's second list, another file under the same source, naming none of the first
    list's women: it had been read as the next version, its women all 'removed'."""
    assert cli(tmp_path, "init").returncode == 0
    first = write_csv(tmp_path / "family-march.csv", HEADER, [NADIA, REEM, SUZAN])
    assert cli(tmp_path, "import", str(first), "--source", "Family lists",
               "--yes").returncode == 0
    other = write_csv(tmp_path / "family-june.csv", HEADER, [LAYLA, PEROZ])
    rep = json.loads(cli(tmp_path, "--json", "import", str(other), "--source", "Family lists",
                         "--dry-run").stdout)
    assert rep.get("changes_since_last_import") in (None, {})
    text = cli(tmp_path, "import", str(other), "--source", "Family lists", "--dry-run").stdout
    assert "removed" not in text
    # its next version, under another file name, shares its names: a version again
    again = write_csv(tmp_path / "family-march-v2.csv", HEADER, [NADIA, SUZAN])
    rep = json.loads(cli(tmp_path, "--json", "import", str(again), "--source", "Family lists",
                         "--dry-run").stdout)
    assert rep["changes_since_last_import"]["removed_rows"] == [
        {"row": 3, "name": "ريم دخيل خلف", "case_no": "SNJ-00002"}]


def test_a_column_headed_otherwise_in_a_new_version_changes_no_row_by_itself(tmp_path):
    """الحالة headed الوضع الحالي in the new version: every row's status had changed from
    nothing, and the one rescue was lost among them (found by a tester)."""
    assert cli(tmp_path, "init").returncode == 0
    v1 = write_csv(tmp_path / "w1.csv", HEADER, [NADIA, REEM, SUZAN])
    assert cli(tmp_path, "import", str(v1), "--source", "NGO Duhok", "--yes").returncode == 0
    freed = [*REEM[:5], "محررة"]
    v2 = write_csv(tmp_path / "w2.csv", [*HEADER[:5], "الوضع الحالي"], [NADIA, freed, SUZAN])
    rep = json.loads(cli(tmp_path, "--json", "import", str(v2), "--source", "NGO Duhok",
                         "--yes").stdout)
    ch = rep["changes_since_last_import"]
    (changed,) = ch["changed_rows"]
    assert (changed["row"], changed["case_no"]) == (3, "SNJ-00002"), ch
    assert changed["columns"] == {"الوضع الحالي": ["مفقودة", "محررة"]}, changed
