"""A section heading that says a sex («الذكور», "Girls", Keç, کوڕان) gives it to the rows below
it until the next such heading, where the row says none; each row says so. The list-wide
--new-sex yields to it (counted only where really given, the contradiction said once), a row's
own sex cell wins (its disagreement said), and the boy is male for matching too: not his
sister. Real csv and xlsx lists into a real vault through the command line."""

from __future__ import annotations

import json

from tests.import_helpers import write_xlsx


def _write(tmp_path, rows: list[str], header: str = "الاسم,اسم الاب,اسم الجد") -> str:
    path = tmp_path / "list.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return str(path)


def _sexes(cli) -> dict[str, str]:
    r = cli("--json", "person", "list")
    assert r.returncode == 0, r.stderr
    return {(p["name_original"] or p["name_latin"]).split()[0]: p["sex"]
            for p in json.loads(r.stdout)}


def test_a_boy_under_the_males_heading_is_male_not_the_list_wide_female(cli, tmp_path):
    """The tester's list: خالد, under «الذكور», was stored female without a word."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    path = _write(tmp_path, ["ليلى,خلف,رشو", "الإناث,,", "نادية,الياس,حسن", "الذكور,,",
                             "خالد,الياس,حسن"])
    dry = cli("--json", "import", path, "--dry-run", "--new-sex", "female")
    assert dry.returncode == 0, dry.stderr
    said = json.loads(dry.stdout)["new_persons"]
    assert (said["sex_given"], said["sex_from_heading"], said["sex_headings"]) == (1, 1, ["الذكور"])
    r = cli("import", path, "--yes", "--new-sex", "female")
    assert r.returncode == 0, r.stderr
    assert "warning row 6: sex read as male from the section heading 'الذكور' of row 5 (the " \
           "row gives no sex)" in r.stdout
    assert "warning row 4: sex read as female from the section heading 'الإناث' of row 3" \
        in r.stdout
    # given only to ليلى, above every heading; the heading that said otherwise said once
    assert "sex said of everyone this list adds: female, given to 1 new person(s)" in r.stdout
    assert "not given to 1 new person(s) under a section heading that says the other sex " \
           "('الذكور')" in r.stdout
    assert _sexes(cli) == {"ليلى": "F", "نادية": "F", "خالد": "M"}


def test_without_new_sex_the_heading_is_read(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("import", _write(tmp_path, ["الاناث,,", "نادية,الياس,حسن", "الرجال,,",
                                        "خالد,الياس,حسن"]), "--yes")
    assert r.returncode == 0, r.stderr
    assert "sex said of everyone" not in r.stdout
    assert _sexes(cli) == {"نادية": "F", "خالد": "M"}


def test_kurmanji_sorani_and_english_headings_each_say_theirs(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    path = write_xlsx(tmp_path / "list.xlsx", [("List", [
        ["Nav", "Navê bavê"], ["Keç", ""], ["Şîrîn", "Xelef"], ["Mêr", ""], ["Xalid", "Xelef"],
        ["Jin", ""], ["Zêrîn", "Xelef"],
        ["کچان", ""], ["شیرین", "ئیلیاس"], ["کوڕان", ""], ["سەعید", "ئیلیاس"],
        ["Women of Kocho", ""], ["Nadia", "Murad"], ["Boys", ""], ["Samir", "Murad"]])])
    r = cli("import", str(path), "--yes")
    assert r.returncode == 0, r.stderr
    assert _sexes(cli) == {"Şîrîn": "F", "Xalid": "M", "Zêrîn": "F", "شیرین": "F", "سەعید": "M",
                           "Nadia": "F", "Samir": "M"}


def test_the_rows_own_sex_cell_wins_and_where_it_disagrees_that_is_said(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("import", _write(tmp_path, ["الذكور,,,", "خالد,الياس,حسن,", "سميرة,الياس,حسن,انثى"],
                             header="الاسم,اسم الاب,اسم الجد,الجنس"), "--yes")
    assert r.returncode == 0, r.stderr
    assert "warning row 4: column D (الجنس): 'انثى' is read as female, but the section heading " \
           "'الذكور' of row 2 says male: the row's own is kept; check the row" in r.stdout
    assert "warning row 4: sex read as" not in r.stdout
    assert _sexes(cli) == {"خالد": "M", "سميرة": "F"}


def test_a_family_heading_inside_a_section_keeps_its_sex(cli, tmp_path):
    """Women, then men, each by family: the families' headings end no section, and a note
    says no sex, whatever its words (here: males are not listed)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("import", _write(tmp_path, ["الإناث:,,", "عائلة الياس,,", "نادية,الياس,حسن",
                                        "ملاحظة: الذكور غير مشمولين,,",
                                        "عائلة خلف,,", "جيلان,خلف,رشو", "الذكور,,",
                                        "عائلة الياس,,", "خالد,الياس,حسن"]), "--yes")
    assert r.returncode == 0, r.stderr
    assert _sexes(cli) == {"نادية": "F", "جيلان": "F", "خالد": "M"}


def test_a_family_heading_after_the_men_begins_a_family_of_both(cli, tmp_path):
    """The tester's sections.csv without its sex column: سهام, of the family of Khalaf Rasho
    listed after the men, is no man."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("import", _write(tmp_path, ["الإناث,,", "رنا,سالم,خديدة", "الذكور,,",
                                        "رامي,سالم,خديدة", "عائلة خلف رشو,,", "سهام,خلف,رشو"]),
            "--yes")
    assert r.returncode == 0, r.stderr
    assert _sexes(cli) == {"رنا": "F", "رامي": "M", "سهام": "U"}


def test_the_next_village_or_a_childrens_heading_ends_the_section(cli, tmp_path):
    """Villages, each with its women and men: the men of Kocho end at the next village; the
    children (boys and girls) are of no one sex."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("import", _write(tmp_path, ["قرية كوجو,,", "الإناث,,", "نادية,الياس,حسن",
                                        "الذكور,,", "خالد,الياس,حسن", "قرية تل قصب,,",
                                        "جيلان,خلف,رشو", "الإناث,,", "بسمة,خلف,رشو",
                                        "الأطفال,,", "روژين,خلف,رشو"]), "--yes")
    assert r.returncode == 0, r.stderr
    assert _sexes(cli) == {"نادية": "F", "خالد": "M", "جيلان": "U", "بسمة": "F", "روژين": "U"}


def test_a_ditto_sex_cell_below_the_heading_is_read_as_its_section(cli, tmp_path):
    """A ditto under the heading repeats none of its words (ditto.py), and the one below it
    repeats that blank: each left blank and said, and each row takes the heading's sex."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("import", _write(tmp_path, ["الذكور,,,", "خالد,الياس,حسن,نفسه", "سعيد,الياس,حسن,نفسه"],
                             header="الاسم,اسم الاب,اسم الجد,الجنس"), "--yes")
    assert r.returncode == 0, r.stderr
    assert "sex read as male from the section heading 'الذكور' of row 2" in r.stdout
    assert _sexes(cli) == {"خالد": "M", "سعيد": "M"}


def test_the_boy_is_not_his_sister_when_matched(cli, tmp_path):
    """A brother listed under "Boys" with his sister's spelling of the name: his sex counts
    against the match, as a sex cell's would."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    sister = tmp_path / "sister.csv"
    sister.write_text("Name,Father,Grandfather,Sex\nJihan,Elias,Hasan,F\n", encoding="utf-8")
    assert cli("import", str(sister), "--yes").returncode == 0
    r = cli("import", _write(tmp_path, ["Boys,,", "Jihan,Elias,Hasan"],
                             header="Name,Father,Grandfather"), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "sex mismatch" in r.stdout


def test_a_heading_merged_across_the_row_says_its_sex(cli, tmp_path):
    """«الذكور» typed in a cell merged across the list, as clerks head a section."""
    from openpyxl import Workbook

    assert cli("init", "--prefix", "SNJ").returncode == 0
    wb = Workbook()
    ws = wb.active
    ws.append(["ت", "الاسم", "اسم الاب", "اسم الجد"])
    ws.append(["الذكور"])
    ws.merge_cells("A2:D2")
    ws.append([1, "خالد", "الياس", "حسن"])
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    r = cli("import", str(path), "--yes", "--new-sex", "female")
    assert r.returncode == 0, r.stderr
    assert "warning row 3: sex read as male from the section heading 'الذكور' of row 2" \
        in r.stdout
    assert _sexes(cli) == {"خالد": "M"}
